"""The real window: yesterday's state in three clicks, backup on close, the lock, start checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.app import build_window
from coordinator.db.opening import open_database
from coordinator.services.safety import backups
from coordinator.services.safety.backups import STAMP_FORMAT, BackupInfo
from coordinator.services.safety.instance_lock import InstanceLock, lock_path
from coordinator.ui import app_settings
from coordinator.ui.database_opening import open_for_window
from coordinator.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.safety import SafetyTools
from safety.population import populate, read_counts
from safety.test_backups import damage_middle_page

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def own_settings(coordinator_home: Path) -> None:
    """Recent-database settings go to this test's home, never the user's."""
    app_settings.use_settings_folder(coordinator_home / "config")


def _made_yesterday(info: BackupInfo) -> BackupInfo:
    evening = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(18, 5))
    stem, _stamp, reason = info.path.name.split("--")
    moved = info.path.rename(info.path.with_name(f"{stem}--{evening:{STAMP_FORMAT}}--{reason}"))
    return backups.read_backup_info(moved)


def _answer_next_modal(answer: Callable[[QApplication], bool]) -> None:
    """Poll for the next modal dialog and let `answer` click in it (True when done)."""

    def poll() -> None:
        if not answer(QApplication.instance()):  # type: ignore[arg-type]
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def window_on(qtbot: QtBot) -> Iterator[Callable[[Path], MainWindow]]:
    windows: list[MainWindow] = []

    def make(path: Path) -> MainWindow:
        db = open_for_window(str(path))
        assert db is not None
        window = build_window(db)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
        window.context.db.dispose()


def test_yesterdays_state_is_three_clicks_from_the_window(
    qtbot: QtBot, db_path: Path, window_on: Callable[[Path], MainWindow]
) -> None:
    db = open_database(db_path)
    populate(db, 30, 12)
    _made_yesterday(backups.make_backup(db, "on close"))
    populate(db, 9, 4, tag="today")  # today's mistakes
    db.dispose()
    window = window_on(db_path)
    tools = window.findChild(SafetyTools)
    assert tools is not None
    assert tools.backups_action in window.file_menu.actions()
    assert tools.audit_action in window.file_menu.actions()
    button = tools.toolbar.widgetForAction(tools.backups_action)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # 1: Backups…
    dialog = tools.backups_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # 2: Restore…
    assert dialog.confirmation is not None
    yes = dialog.confirmation.button(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.context.database_changed, timeout=10_000):
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)  # 3: Restore

    assert read_counts(window.context.db).people == 30
    qtbot.waitUntil(lambda: window.people_count_label.text() == "30 people", timeout=5_000)
    assert tools.lock is not None
    assert tools.lock.held  # the restored database is still ours alone


def test_closing_after_a_change_backs_up_and_frees_the_lock(
    qtbot: QtBot, db_path: Path, window_on: Callable[[Path], MainWindow]
) -> None:
    window = window_on(db_path)
    assert lock_path(db_path).exists()
    populate(window.context.db, 4, 1)
    window.context.notify("people")
    window.close()
    reasons = [b.reason for b in backups.list_backups(db_path)]
    assert reasons == ["on-close"]
    assert not lock_path(db_path).exists()


def test_audit_opens_from_the_file_menu(
    qtbot: QtBot, db_path: Path, window_on: Callable[[Path], MainWindow]
) -> None:
    window = window_on(db_path)
    populate(window.context.db, 3, 0)
    tools = window.findChild(SafetyTools)
    assert tools is not None
    tools.audit_action.trigger()
    assert tools.audit_dialog is not None
    assert tools.audit_dialog.model.rowCount() == 3


def test_a_database_open_elsewhere_opens_read_only_without_restore(
    qtbot: QtBot, db_path: Path
) -> None:
    open_database(db_path).dispose()
    other = InstanceLock(db_path).acquire()
    said: list[str] = []

    def open_read_only(app: QApplication) -> bool:
        box = app.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return False
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Open).click()
        return True

    _answer_next_modal(open_read_only)
    db = open_for_window(str(db_path))
    other.release()
    assert db is not None
    assert db.read_only
    assert "already open in another Coordinator" in said[0]
    window = build_window(db)
    qtbot.addWidget(window)
    tools = window.findChild(SafetyTools)
    assert tools is not None
    dialog = tools.open_backups()
    assert not dialog.restore_button.isEnabled()
    window.close()
    db.dispose()


def test_a_damaged_database_is_restored_from_the_start_up_dialog(
    qtbot: QtBot, db_path: Path
) -> None:
    db = open_database(db_path)
    populate(db, 1500, 1500)
    backups.make_backup(db, "on close")
    db.dispose()
    damage_middle_page(db_path)

    def restore(app: QApplication) -> bool:
        dialog = app.activeModalWidget()
        if not isinstance(dialog, DamagedDatabaseDialog):
            return False
        assert dialog.restore_button is not None
        dialog.restore_button.click()
        return True

    _answer_next_modal(restore)
    restored = open_for_window(str(db_path))
    assert restored is not None
    assert not restored.read_only
    assert read_counts(restored).people == 1500
    restored.dispose()
    assert lock_path(db_path).exists()  # held for the window that will show it


def test_file_open_takes_the_lock_and_asks_when_another_coordinator_has_the_file(
    window_on: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    first, second, busy = (tmp_path / f"{name}.sqlite" for name in ("first", "second", "busy"))
    for path in (first, second, busy):
        open_database(path).dispose()
    window = window_on(first)
    tools = window.findChild(SafetyTools)
    assert tools is not None
    assert tools.lock is not None
    assert tools.lock.db_path == first

    # A free file: the window moves to it, and so does the lock.
    assert window.open_database_at(str(second))
    assert window.context.db.path == second
    assert tools.lock is not None
    assert tools.lock.db_path == second
    assert not lock_path(first).exists()

    # A file another Coordinator holds: asked first; Cancel keeps the window where it was.
    other = InstanceLock(busy).acquire()
    said: list[str] = []

    def cancel(app: QApplication) -> bool:
        box = app.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return False
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()
        return True

    _answer_next_modal(cancel)
    assert not window.open_database_at(str(busy))
    assert "already open in another Coordinator" in said[0]
    assert window.context.db.path == second
    assert tools.lock is not None
    assert tools.lock.db_path == second

    # Open it anyway: read-only, and this window takes no lock on it.
    def open_read_only(app: QApplication) -> bool:
        box = app.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return False
        box.button(QMessageBox.StandardButton.Open).click()
        return True

    _answer_next_modal(open_read_only)
    assert window.open_database_at(str(busy))
    assert window.context.db.read_only
    assert tools.lock is None
    other.release()


def test_settings_opens_backups_and_the_audit_log(
    window_on: Callable[[Path], MainWindow], db_path: Path
) -> None:
    open_database(db_path).dispose()
    window = window_on(db_path)
    settings = window.show_page("Settings")
    assert not settings.safety_box.isHidden()
    settings.backups_button.click()
    tools = window.findChild(SafetyTools)
    assert tools is not None
    assert tools.backups_dialog is not None
    assert tools.backups_dialog.isVisible()
    tools.backups_dialog.close()
    settings.audit_button.click()
    assert tools.audit_dialog is not None
    assert tools.audit_dialog.isVisible()
    tools.audit_dialog.close()
