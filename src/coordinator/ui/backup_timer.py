"""Wires the backup scheduler to the window: signals note changes, a timer asks for backups."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from coordinator.errors import CoordinatorError
from coordinator.services.safety.backup_schedule import BackupScheduler
from coordinator.ui.context import AppContext

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000


class BackupTimer(QObject):
    """Notes every change the window announces and asks the scheduler once a minute.

    The main window calls `close()` from its closeEvent so a changed database is backed up on
    the way out. A failed periodic backup is reported through `last_error`, never as a crash.
    """

    def __init__(
        self,
        context: AppContext,
        scheduler: BackupScheduler | None = None,
        *,
        check_every_ms: int = CHECK_EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.scheduler = scheduler or BackupScheduler(context.db)
        self.last_error: str | None = None
        context.data_changed.connect(lambda _kind: self.scheduler.note_change())
        context.database_changed.connect(lambda: self.scheduler.set_database(context.db))
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        try:
            self.scheduler.maybe_backup()
        except CoordinatorError as exc:
            self.last_error = str(exc)
            log.warning("a periodic backup failed")

    def close(self) -> None:
        self.timer.stop()
        try:
            self.scheduler.backup_on_close_if_changed()
        except CoordinatorError as exc:
            self.last_error = str(exc)
            log.warning("the backup on close failed")
