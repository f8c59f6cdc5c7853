"""Safety in the window: checks on open, the one-writer lock, automatic backups, Backups, Audit."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from coordinator.db.engine import Database, open_database, resolve_target, to_url
from coordinator.errors import CoordinatorError
from coordinator.services.instance_lock import InstanceLock
from coordinator.services.open_checks import (
    OpenAssessment,
    OpenStatus,
    assess,
    open_assessed,
    restore_newest_good_backup,
)
from coordinator.ui.backup_timer import BackupTimer
from coordinator.ui.dialogs.audit_dialog import AuditDialog
from coordinator.ui.dialogs.backups_dialog import BackupsDialog
from coordinator.ui.dialogs.damaged_database_dialog import DamagedChoice, DamagedDatabaseDialog

if TYPE_CHECKING:
    from coordinator.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def sqlite_path(target: str) -> Path | None:
    url = to_url(resolve_target(target))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


# The one-writer locks this process holds, by database file: a process-wide fact, handed from
# the start-up checks to the window that then owns it.
_held_locks: dict[Path, InstanceLock] = {}


def take_lock(db: Database) -> InstanceLock | None:
    """The lock the start-up checks took for `db`, now owned by the caller."""
    return _held_locks.pop(db.path, None) if db.path is not None else None


def open_for_window(target: str, parent: QWidget | None = None) -> Database | None:
    """Open a database for the window; a SQLite file the safe way (see `open_checked`)."""
    path = sqlite_path(target)
    if path is None:
        return open_database(target)
    return open_checked(path, parent)


def open_checked(path: Path, parent: QWidget | None = None) -> Database | None:
    """Lock, quick check, and the coordinator's choice when the file is damaged or in use.

    None when they chose to quit; a CoordinatorError when it cannot be opened at all.
    """
    lock = InstanceLock(path)
    assessment = assess(path, lock=lock)
    if not assessment.can_open and assessment.status is not OpenStatus.UNREADABLE:
        lock.release()
        raise CoordinatorError(assessment.message)
    db: Database | None = None
    if assessment.status in (OpenStatus.DAMAGED, OpenStatus.UNREADABLE):
        db = _after_damage(assessment, parent)
    elif assessment.status is OpenStatus.IN_USE:
        answer = QMessageBox.question(
            parent,
            "Coordinator: the database is in use",
            assessment.message,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        db = open_assessed(assessment) if answer == QMessageBox.StandardButton.Open else None
    else:
        for warning in assessment.warnings:
            log.warning("the database is on a network share")
            QMessageBox.warning(parent, "Coordinator: a network share", warning)
        db = open_assessed(assessment)
    if db is None or not lock.held:
        lock.release()
    else:
        _held_locks[path] = lock
    return db


def _after_damage(assessment: OpenAssessment, parent: QWidget | None) -> Database | None:
    dialog = DamagedDatabaseDialog(assessment, parent)
    dialog.exec()
    if dialog.choice is DamagedChoice.RESTORE:
        restore_newest_good_backup(assessment)
        return open_database(assessment.path)
    if dialog.choice is DamagedChoice.READ_ONLY:
        return open_assessed(assessment)
    return None


class SafetyTools(QObject):
    """File > Backups… and Audit…, a Backups button on the toolbar, automatic backups, and the
    lock on the open database, released when the window closes."""

    def __init__(self, window: MainWindow, lock: InstanceLock | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.lock = lock
        self.backups_dialog: BackupsDialog | None = None
        self.audit_dialog: AuditDialog | None = None
        self.backups_action = QAction("&Backups…", window)
        self.backups_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backups_action.setStatusTip("Back up now, copy a backup elsewhere, or restore one")
        self.backups_action.triggered.connect(self.open_backups)
        self.audit_action = QAction("&Audit…", window)
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.audit_action.setStatusTip("Every change: who, when, what, before and after")
        self.audit_action.triggered.connect(self.open_audit)
        menu = window.file_menu
        separator = menu.insertSeparator(menu.quit_action)
        menu.insertActions(separator, [self.backups_action, self.audit_action])
        self.toolbar = QToolBar("Backups")
        self.toolbar.setObjectName("backups_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.backups_action)
        window.addToolBar(self.toolbar)
        self.timer = BackupTimer(self.context, parent=self)
        self.context.database_changed.connect(self._database_changed)
        window.installEventFilter(self)

    @property
    def may_restore(self) -> bool:
        return self.lock is not None and self.lock.held

    def open_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(
            self.context, self.window, scheduler=self.timer.scheduler, can_restore=self.may_restore
        )
        self.backups_dialog = dialog
        dialog.open()
        return dialog

    def open_audit(self) -> AuditDialog:
        dialog = AuditDialog(self.context, self.window)
        self.audit_dialog = dialog
        dialog.open()
        return dialog

    def _database_changed(self) -> None:
        """Another database was opened: the lock follows it (none for a read-only view)."""
        db = self.context.db
        path = db.path if db.is_sqlite else None
        if self.lock is not None and path is not None and self.lock.db_path == path:
            return
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if path is None or db.read_only:
            return
        lock = take_lock(db)  # taken by the checks on open (File > Open, Open Recent)
        if lock is None:
            lock = InstanceLock(path)
            try:
                lock.acquire()
            except CoordinatorError as exc:
                self.window.statusBar().showMessage(str(exc))
                return
        self.lock = lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def close(self) -> None:
        """On closing the window: a last backup when something changed, then free the lock."""
        self.timer.close()
        if self.timer.last_error:
            QMessageBox.warning(self.window, "Coordinator: backup", self.timer.last_error)
        if self.lock is not None:
            self.lock.release()
