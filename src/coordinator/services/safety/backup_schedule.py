"""When to back up on its own: periodically while changes are made, and on close after changes."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from coordinator.db.engine import Database
from coordinator.services.safety.backups import BackupInfo, make_backup

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 15 * 60


class BackupScheduler:
    """A plain object the window pokes: `note_change()` after a save, `maybe_backup()` on a timer.

    A periodic backup is made at most once per interval and only when something changed since the
    last backup; closing the window backs up once more if anything changed since then.
    """

    def __init__(
        self,
        db: Database,
        *,
        interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._interval = interval_seconds
        self._clock = clock
        self._last_backup_at = clock()
        self._changed = False

    @property
    def enabled(self) -> bool:
        """PostgreSQL databases are backed up by their server, and read-only ones never change."""
        return self._db.is_sqlite and self._db.path is not None and not self._db.read_only

    @property
    def has_unsaved_backup(self) -> bool:
        """Something changed since the last backup."""
        return self._changed

    def set_database(self, db: Database) -> None:
        """The window opened another database (or a restored one): start afresh."""
        self._db = db
        self._changed = False
        self._last_backup_at = self._clock()

    def note_change(self) -> None:
        self._changed = True

    def backup_now(self, reason: str = "manual") -> BackupInfo:
        info = make_backup(self._db, reason)
        self._changed = False
        self._last_backup_at = self._clock()
        return info

    def maybe_backup(self) -> BackupInfo | None:
        """Back up when changes were made and the interval has passed since the last backup."""
        if not (self.enabled and self._changed):
            return None
        if self._clock() - self._last_backup_at < self._interval:
            return None
        return self.backup_now("periodic")

    def backup_on_close_if_changed(self) -> BackupInfo | None:
        if not (self.enabled and self._changed):
            return None
        return self.backup_now("on-close")
