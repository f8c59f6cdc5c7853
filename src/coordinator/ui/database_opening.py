"""Opening a database from the window: checks on open, the one-writer lock, a damaged file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator.db.engine import Database, resolve_target, to_url
from coordinator.db.opening import open_database
from coordinator.errors import CoordinatorError
from coordinator.services.safety.instance_lock import InstanceLock
from coordinator.services.safety.open_checks import (
    OpenAssessment,
    OpenStatus,
    assess,
    open_assessed,
    restore_newest_good_backup,
)
from coordinator.ui.dialogs.damaged_database_dialog import DamagedChoice, DamagedDatabaseDialog

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
    elif assessment.status is OpenStatus.READ_ONLY_MEDIUM:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("DatabaseOpening", "Coordinator: opened read-only"),
            assessment.message,
        )
        db = open_assessed(assessment)
    elif assessment.status is OpenStatus.IN_USE:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("DatabaseOpening", "Coordinator: the database is in use"),
            assessment.message,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        db = open_assessed(assessment) if answer == QMessageBox.StandardButton.Open else None
    else:
        for warning in assessment.warnings:
            log.warning("the database is on a network share")
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("DatabaseOpening", "Coordinator: a network share"),
                warning,
            )
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
