"""The damaged-database dialog says what happened and returns the coordinator's choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.db.opening import open_database
from coordinator.services.safety import backups
from coordinator.services.safety.open_checks import OpenStatus, assess
from coordinator.ui.dialogs.damaged_database_dialog import DamagedChoice, DamagedDatabaseDialog
from safety.population import populate
from safety.test_backups import damage_middle_page


def _damaged(db_path: Path, *, with_backup: bool) -> None:
    db = open_database(db_path)
    populate(db, 1500, 1500)
    if with_backup:
        backups.make_backup(db, "on close")
    db.dispose()
    damage_middle_page(db_path)


def test_dialog_offers_the_backup_and_returns_restore(qtbot: QtBot, db_path: Path) -> None:
    _damaged(db_path, with_backup=True)
    assessment = assess(db_path)
    assert assessment.status is OpenStatus.DAMAGED
    dialog = DamagedDatabaseDialog(assessment)
    qtbot.addWidget(dialog)
    assert "is damaged" in dialog.message.text()
    assert "1500 people, 1500 check-ins" in dialog.message.text()
    assert dialog.details.toPlainText()
    dialog.grab().save("/tmp/safety-damaged-dialog.png")
    assert dialog.restore_button is not None
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is DamagedChoice.RESTORE
    assert dialog.result() == dialog.DialogCode.Accepted


def test_without_a_backup_only_read_only_or_quit(qtbot: QtBot, db_path: Path) -> None:
    _damaged(db_path, with_backup=False)
    dialog = DamagedDatabaseDialog(assess(db_path))
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert dialog.read_only_button is not None
    qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is DamagedChoice.READ_ONLY


def test_a_file_too_damaged_to_open_offers_only_the_backup(qtbot: QtBot, db_path: Path) -> None:
    _damaged(db_path, with_backup=True)
    with db_path.open("r+b") as fh:  # the schema page too
        fh.seek(100)
        fh.write(b"\xff" * 3900)
    assessment = assess(db_path)
    assert assessment.status is OpenStatus.UNREADABLE
    dialog = DamagedDatabaseDialog(assessment)
    qtbot.addWidget(dialog)
    assert "too damaged to open" in dialog.message.text()
    assert dialog.read_only_button is None
    assert dialog.restore_button is not None
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is DamagedChoice.QUIT
    assert dialog.result() == dialog.DialogCode.Rejected
