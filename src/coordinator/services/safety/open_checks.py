"""What to do when a database is opened: a quick damage check, version, lock and share warnings.

`assess()` returns plain data; the window decides what to show from it, the way the command line
would. A damaged database opens read-only and the newest good backup is offered.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from coordinator.db.engine import Database, DatabaseDamagedError, DatabaseTooNewError
from coordinator.db.inspection import QuickCheck, look, quick_check
from coordinator.db.opening import open_database
from coordinator.errors import CoordinatorError, NotFoundError, UnreadableInputError
from coordinator.services.safety.backups import BackupInfo, newest_good_backup
from coordinator.services.safety.instance_lock import (
    DatabaseInUseError,
    InstanceLock,
    LockNotPossibleError,
    network_share_warning as share_warning,
)
from coordinator.services.safety.restore import RestoreResult, restore
from coordinator.tools.os_words import on_read_only_medium, read_only_medium_notice

__all__ = ["OpenAssessment", "OpenStatus", "QuickCheck", "assess", "open_assessed", "quick_check"]


class OpenStatus(enum.StrEnum):
    NEW = "new"  # no file yet: it will be created
    OK = "ok"
    DAMAGED = "damaged"  # opens read-only; restoring a backup is offered
    IN_USE = "in_use"  # another Coordinator writes to it; opens read-only
    NOT_COORDINATOR = "not_coordinator"
    TOO_NEW = "too_new"
    UNREADABLE = "unreadable"  # so damaged SQLite cannot read it at all
    READ_ONLY_MEDIUM = "read_only_medium"  # nothing can be written there: opens read-only


@dataclass(frozen=True)
class OpenAssessment:
    path: Path
    status: OpenStatus
    message: str = ""
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    newest_good_backup: BackupInfo | None = None
    lock_held: bool = True  # False: another Coordinator writes to it, so never restore here

    @property
    def can_restore(self) -> bool:
        return self.newest_good_backup is not None and self.lock_held

    @property
    def can_open(self) -> bool:
        return self.status in {
            OpenStatus.NEW,
            OpenStatus.OK,
            OpenStatus.DAMAGED,
            OpenStatus.IN_USE,
            OpenStatus.READ_ONLY_MEDIUM,
        }

    @property
    def read_only(self) -> bool:
        return self.status in {OpenStatus.DAMAGED, OpenStatus.IN_USE, OpenStatus.READ_ONLY_MEDIUM}


def assess(path: Path, *, lock: InstanceLock | None = None) -> OpenAssessment:
    """Decide how the database at `path` can be opened; acquires `lock` when it is given.

    The lock is taken first, so a damaged database is only offered for restoring when no other
    Coordinator has it open.
    """
    warnings = [w for w in [share_warning(path)] if w]
    if path.exists() and on_read_only_medium(path):
        return _on_read_only_medium(path, warnings)
    busy: CoordinatorError | None = None
    try:
        _acquire(lock)
    except (DatabaseInUseError, LockNotPossibleError) as exc:
        busy = exc
    if not path.exists():
        if busy is not None:
            return OpenAssessment(path, OpenStatus.NOT_COORDINATOR, str(busy), lock_held=False)
        return OpenAssessment(path, OpenStatus.NEW, warnings=warnings)
    try:
        look(path)  # read-only: a foreign, altered, newer or unreadable file is left as it is
        check = quick_check(path)
    except DatabaseTooNewError as exc:
        return OpenAssessment(path, OpenStatus.TOO_NEW, str(exc), lock_held=busy is None)
    except (DatabaseDamagedError, sqlite3.DatabaseError):
        return _unreadable(path, busy)
    except UnreadableInputError as exc:  # not SQLite, another program's, altered, not a file
        return OpenAssessment(path, OpenStatus.NOT_COORDINATOR, str(exc), lock_held=busy is None)
    if check.problems:
        return _damaged(path, check.problems, warnings, busy)
    if busy is not None:
        return OpenAssessment(
            path, OpenStatus.IN_USE, str(busy), warnings=warnings, lock_held=False
        )
    return OpenAssessment(path, OpenStatus.OK, warnings=warnings)


def _on_read_only_medium(path: Path, warnings: list[str]) -> OpenAssessment:
    """A locked USB stick or a read-only share: no lock can be taken and nobody can write there,
    so the file is checked as it is and opened read-only, with the notice saying why."""
    try:
        look(path)
        check = quick_check(path)
    except DatabaseTooNewError as exc:
        return OpenAssessment(path, OpenStatus.TOO_NEW, str(exc), lock_held=False)
    except (DatabaseDamagedError, sqlite3.DatabaseError):
        return _unreadable(path, None)
    except UnreadableInputError as exc:
        return OpenAssessment(path, OpenStatus.NOT_COORDINATOR, str(exc), lock_held=False)
    if check.problems:
        return _damaged(path, check.problems, warnings, None)
    return OpenAssessment(
        path,
        OpenStatus.READ_ONLY_MEDIUM,
        read_only_medium_notice(path),
        warnings=warnings,
        lock_held=False,
    )


def _acquire(lock: InstanceLock | None) -> None:
    if lock is not None:
        lock.acquire()


def _offer(backup: BackupInfo | None, busy: CoordinatorError | None) -> str:
    if busy is not None:
        return f"It is also open in another Coordinator, so it cannot be restored here. {busy}"
    if backup is None:
        return "No good backup was found; copy out what you need and contact support."
    return (
        f"Or restore the newest good backup, from {backup.made_at:%d %b %Y %H:%M}"
        f" ({backup.people} people, {backup.checkins} check-ins)."
    )


def _damaged(
    path: Path, problems: list[str], warnings: list[str], busy: CoordinatorError | None
) -> OpenAssessment:
    backup = newest_good_backup(path)
    message = (
        f"{path.name} is damaged. It opens read-only so nothing more is lost: you can look at "
        f"it and export what you need. {_offer(backup, busy)}"
    )
    return OpenAssessment(
        path, OpenStatus.DAMAGED, message, problems, warnings, backup, lock_held=busy is None
    )


def _unreadable(path: Path, busy: CoordinatorError | None) -> OpenAssessment:
    backup = newest_good_backup(path)
    offer = _offer(backup, busy).replace("Or restore", "Restore")
    message = f"{path.name} is too damaged to open. {offer}"
    return OpenAssessment(
        path, OpenStatus.UNREADABLE, message, newest_good_backup=backup, lock_held=busy is None
    )


def open_assessed(assessment: OpenAssessment) -> Database:
    """Open the database the way the assessment says: read-only when damaged or in use."""
    if not assessment.can_open:
        raise CoordinatorError(assessment.message)
    return open_database(
        assessment.path,
        read_only=assessment.read_only,
        migrate=not assessment.read_only,
        damage_checked=True,  # the quick check of `assess`
    )


def restore_newest_good_backup(
    assessment: OpenAssessment, db: Database | None = None
) -> RestoreResult:
    """The offer a damaged database comes with: put the newest good backup in its place."""
    backup = assessment.newest_good_backup
    if backup is None:
        raise NotFoundError(f"There is no good backup of {assessment.path.name} to restore.")
    if not assessment.lock_held:
        raise CoordinatorError(
            f"{assessment.path.name} is open in another Coordinator; close it there to restore."
        )
    return restore(assessment.path, backup.path, db=db)
