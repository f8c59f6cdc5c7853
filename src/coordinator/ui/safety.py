"""Safety in the window: automatic backups, File > Backups… and Audit…, the one-writer lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

from coordinator.errors import CoordinatorError
from coordinator.services.safety.instance_lock import InstanceLock
from coordinator.ui.backup_timer import BackupTimer
from coordinator.ui.database_opening import take_lock
from coordinator.ui.main_window import MainWindow

if TYPE_CHECKING:  # the dialogs' modules are imported when one is opened
    from coordinator.ui.dialogs.audit_dialog import AuditDialog
    from coordinator.ui.dialogs.backups_dialog import BackupsDialog


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
        self.backups_action = QAction(self.tr("&Backups…"), window)
        self.backups_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backups_action.setStatusTip(
            self.tr("Back up now, copy a backup elsewhere, or restore one")
        )
        self.backups_action.triggered.connect(self.open_backups)
        self.audit_action = QAction(self.tr("&Audit…"), window)
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.audit_action.setStatusTip(self.tr("Every change: who, when, what, before and after"))
        self.audit_action.triggered.connect(self.open_audit)
        menu = window.file_menu
        separator = menu.insertSeparator(menu.quit_action)
        menu.insertActions(separator, [self.backups_action, self.audit_action])
        self.toolbar = QToolBar(self.tr("Backups"))
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
        from coordinator.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(
            self.context, self.window, scheduler=self.timer.scheduler, can_restore=self.may_restore
        )
        self.backups_dialog = dialog
        dialog.open()
        return dialog

    def open_audit(self) -> AuditDialog:
        from coordinator.ui.dialogs.audit_dialog import AuditDialog

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
            QMessageBox.warning(self.window, self.tr("Coordinator: backup"), self.timer.last_error)
        if self.lock is not None:
            self.lock.release()
