"""The Backups window: yesterday's state back in two clicks, Back up now, Back up to a folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.services.safety import backups
from coordinator.services.safety.backups import STAMP_FORMAT, BackupInfo
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.backups_dialog import BackupsDialog, preferred_row
from coordinator.ui.models.backups_model import BackupsModel
from safety.population import populate, read_counts

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _made_yesterday(info: BackupInfo) -> BackupInfo:
    """Backups are dated by their file name; give this one yesterday evening's."""
    evening = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(18, 5))
    stem, _stamp, reason = info.path.name.split("--")
    moved = info.path.rename(info.path.with_name(f"{stem}--{evening:{STAMP_FORMAT}}--{reason}"))
    return backups.read_backup_info(moved)


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(db)


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, db: Database) -> None:
    populate(db, 3, 1)
    backups.make_backup(db, "periodic")
    backups.make_backup(db, "before import")
    model = BackupsModel()
    assert db.path is not None
    model.set_rows(backups.list_backups(db.path))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "Before an import"
    assert model.index(0, 3).data() == "3"


def test_restoring_yesterdays_state_takes_restore_then_yes(
    qtbot: QtBot, db: Database, context: AppContext
) -> None:
    populate(db, 20, 10)
    yesterday = _made_yesterday(backups.make_backup(db, "on close"))
    populate(db, 5, 3, tag="today")
    backups.make_backup(db, "periodic")  # today's, newer: not preselected
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.selected_backup() == yesterday
    assert "lost with it" in dialog.reminder.text()
    dialog.grab().save("/tmp/safety-backups-dialog.png")

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # click 2 of 3
    box = dialog.confirmation
    assert box is not None
    assert "20 people and 10 check-ins" in box.text()
    with qtbot.waitSignal(context.database_changed, timeout=10_000):
        qtbot.mouseClick(
            box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
        )  # click 3 of 3

    assert context.db is not db
    assert read_counts(context.db).people == 20
    assert "Restored: 20 people and 10 check-ins" in dialog.status.text()
    reasons = [b.reason for b in backups.list_backups(context.db.path)]  # type: ignore[arg-type]
    assert reasons[0] == "before-restore"


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot, db: Database, context: AppContext
) -> None:
    populate(db, 4, 0)
    backups.make_backup(db, "manual")
    populate(db, 2, 0, tag="more")
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.confirmation is not None
    qtbot.mouseClick(
        dialog.confirmation.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert context.db is db
    assert read_counts(db).people == 6
    assert dialog.model.rowCount() == 1


def test_back_up_now_adds_a_row(qtbot: QtBot, db: Database, context: AppContext) -> None:
    populate(db, 7, 2)
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert "Backed up 7 people and 2 check-ins" in dialog.status.text()
    assert dialog.model.index(0, 1).data() == "Backed up by you"


def test_back_up_to_a_folder(
    qtbot: QtBot, db: Database, context: AppContext, tmp_path: Path
) -> None:
    populate(db, 3, 0)
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    chooser = dialog.folder_dialog
    assert chooser is not None
    chooser.selectFile(str(stick))
    chooser.accept()
    qtbot.waitUntil(lambda: "copied to" in dialog.status.text(), timeout=10_000)
    (copy,) = stick.iterdir()
    assert backups.read_backup_info(copy).people == 3


def test_a_failure_is_shown_in_words(
    qtbot: QtBot, db: Database, context: AppContext, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.copy_to(not_a_folder / "sub")
    qtbot.waitUntil(lambda: "Cannot write a backup" in dialog.status.text(), timeout=10_000)


def test_preferred_row_is_the_newest_from_before_today(db: Database) -> None:
    populate(db, 1, 0)
    old = _made_yesterday(backups.make_backup(db, "manual"))
    new = backups.make_backup(db, "manual")
    assert preferred_row([new, old], dt.date.today()) == 1
    assert preferred_row([new], dt.date.today()) == 0
