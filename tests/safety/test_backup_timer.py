"""The window's changes drive periodic backups and one on close."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.services.safety import backups
from coordinator.services.safety.backup_schedule import BackupScheduler
from coordinator.ui.backup_timer import BackupTimer
from coordinator.ui.context import AppContext
from safety.population import populate


def test_changes_announced_by_the_window_are_backed_up(qtbot: QtBot, db: Database) -> None:
    assert db.path is not None
    context = AppContext(db)
    scheduler = BackupScheduler(db, interval_seconds=0)
    timer = BackupTimer(context, scheduler, check_every_ms=20)
    qtbot.wait(60)
    assert backups.list_backups(db.path) == []  # nothing changed, nothing backed up
    populate(db, 3, 1)
    context.notify("checkins")
    qtbot.waitUntil(lambda: len(backups.list_backups(db.path)) == 1, timeout=5_000)
    assert backups.list_backups(db.path)[0].reason == "periodic"
    timer.close()
    assert len(backups.list_backups(db.path)) == 1  # nothing new since: no backup on close
    context.notify("people")
    timer.close()
    assert backups.list_backups(db.path)[0].reason == "on-close"
