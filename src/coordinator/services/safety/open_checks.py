"""What to do when a database is opened: a quick damage check, version, lock and share warnings.

`assess()` returns plain data; the window decides what to show from it, the way the command line
would. A damaged database opens read-only and the newest good backup is offered.
"""

from __future__ import annotations

import contextlib
import enum
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from coordinator.db.backup import connect_read_only
from coordinator.db.engine import (
    Database,
    DatabaseTooNewError,
    NotADatabaseError,
    check_sqlite_file,
)
from coordinator.db.opening import open_database
from coordinator.errors import CoordinatorError, NotFoundError
from coordinator.services.safety.backups import BackupInfo, newest_good_backup
from coordinator.services.safety.instance_lock import (
    DatabaseInUseError,
    InstanceLock,
    LockNotPossibleError,
    network_share_warning as share_warning,
)
from coordinator.services.safety.restore import RestoreResult, restore

QUICK_CHECK_SECONDS = 3.0
MAX_PROBLEMS = 10


class OpenStatus(enum.StrEnum):
    NEW = "new"  # no file yet: it will be created
    OK = "ok"
    DAMAGED = "damaged"  # opens read-only; restoring a backup is offered
    IN_USE = "in_use"  # another Coordinator writes to it; opens read-only
    NOT_COORDINATOR = "not_coordinator"
    TOO_NEW = "too_new"
    UNREADABLE = "unreadable"  # so damaged SQLite cannot read it at all


@dataclass(frozen=True)
class QuickCheck:
    problems: list[str]
    complete: bool  # False when the time budget ran out before the whole file was read


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
        return self.status in {OpenStatus.NEW, OpenStatus.OK, OpenStatus.DAMAGED, OpenStatus.IN_USE}

    @property
    def read_only(self) -> bool:
        return self.status in {OpenStatus.DAMAGED, OpenStatus.IN_USE}


def quick_check(path: Path, *, seconds: float = QUICK_CHECK_SECONDS) -> QuickCheck:
    """SQLite's quick_check, stopped after `seconds` so a huge file never delays opening long."""
    deadline = time.monotonic() + seconds
    timed_out = False

    def over_budget() -> int:
        nonlocal timed_out
        timed_out = time.monotonic() > deadline
        return 1 if timed_out else 0

    with contextlib.closing(connect_read_only(path)) as conn:
        conn.set_progress_handler(over_budget, 10_000)
        try:
            rows = conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
        except UnicodeDecodeError:  # SQLite's complaint itself holds damaged bytes
            return QuickCheck(["the file's pages are damaged"], complete=True)
        except sqlite3.OperationalError:
            if timed_out:
                return QuickCheck([], complete=False)
            raise
    problems = [str(r[0]) for r in rows]
    return QuickCheck([] if problems == ["ok"] else problems, complete=True)


def assess(path: Path, *, lock: InstanceLock | None = None) -> OpenAssessment:
    """Decide how the database at `path` can be opened; acquires `lock` when it is given.

    The lock is taken first, so a damaged database is only offered for restoring when no other
    Coordinator has it open.
    """
    warnings = [w for w in [share_warning(path)] if w]
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
        check_sqlite_file(path)
        check = quick_check(path)
    except NotADatabaseError as exc:
        return OpenAssessment(path, OpenStatus.NOT_COORDINATOR, str(exc), lock_held=busy is None)
    except (sqlite3.DatabaseError, CoordinatorError):
        return _unreadable(path, busy)
    if check.problems:
        return _damaged(path, check.problems, warnings, busy)
    try:
        open_database(path, read_only=True, migrate=False).dispose()
    except DatabaseTooNewError as exc:
        return OpenAssessment(path, OpenStatus.TOO_NEW, str(exc), lock_held=busy is None)
    except NotADatabaseError as exc:
        return OpenAssessment(path, OpenStatus.NOT_COORDINATOR, str(exc), lock_held=busy is None)
    if busy is not None:
        return OpenAssessment(
            path, OpenStatus.IN_USE, str(busy), warnings=warnings, lock_held=False
        )
    return OpenAssessment(path, OpenStatus.OK, warnings=warnings)


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
