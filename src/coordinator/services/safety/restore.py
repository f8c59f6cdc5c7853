"""Restoring a backup and copying one elsewhere: verified, and never half-done."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coordinator import paths
from coordinator.db.backup import (
    READ_ERRORS,
    BackupFailedError,
    BackupNotVerifiedError,
    backup_sqlite,
    brief_problem,
    first_problem,
    fsync_folder,
    integrity_errors,
)
from coordinator.db.engine import Database, DatabaseDamagedError, DatabaseTooNewError
from coordinator.db.inspection import look, not_a_file
from coordinator.errors import RefusedError, UnreadableInputError, WriteFailedError
from coordinator.services.audit import current_actor
from coordinator.services.safety.backups import BackupInfo, backup_name, read_backup_info
from coordinator.tools.private_files import copy_private

log = logging.getLogger(__name__)


def copy_backup_to(backup: Path, folder: Path) -> Path:
    """ "Back up to...": a verified copy of `backup` in `folder` (a USB stick), same file name."""
    verify_backup(backup, full=False)
    destination = folder / backup.name
    if destination.exists():
        raise RefusedError(f"{destination} already exists; choose another folder.")
    _copy_verified(backup, destination)
    return destination


def _copy_verified(backup: Path, destination: Path) -> None:
    """backup_sqlite verifies the copy; a copy that fails means the backup itself is damaged."""
    try:
        backup_sqlite(backup, destination)
    except BackupNotVerifiedError as exc:
        raise _damaged_backup(backup, exc.problem) from exc


def _damaged_backup(path: Path, problem: str) -> UnreadableInputError:
    return UnreadableInputError(
        f"The backup {path} is damaged ({brief_problem(problem)}); choose another backup."
    )


def verify_backup(path: Path, *, full: bool = True) -> BackupInfo:
    """Refuse a file that is not a sound Coordinator backup, saying what is wrong with it.

    The file is only read: its schema must be exactly the one its revision's migrations build (an
    added trigger would run in the live database). `full=False` leaves out SQLite's
    integrity_check, for callers whose copy is verified anyway.
    """
    try:
        found = look(path, kind="backup")
    except DatabaseTooNewError as exc:
        raise RefusedError(str(exc)) from exc
    except DatabaseDamagedError as exc:
        raise _damaged_backup(path, exc.problem) from exc
    if found.fresh:
        raise UnreadableInputError(f"{path} is not a Coordinator backup (it is empty).")
    info = read_backup_info(path)
    if not info.readable:
        raise UnreadableInputError(f"{path} is not a Coordinator backup; nothing was changed.")
    if full:
        try:
            problems = integrity_errors(path)
        except READ_ERRORS as exc:
            problems = [str(exc)]
        if problems:
            raise _damaged_backup(path, first_problem(problems))
    return info


def _refuse_at_once(backup_path: Path, db_path: Path) -> None:
    """A folder, a pipe, a device or the database itself: refused from stat alone, never read."""
    try:
        other = not_a_file(backup_path)
        same = os.path.lexists(db_path) and os.path.samefile(backup_path, db_path)
    except OSError as exc:
        raise UnreadableInputError(f"Cannot read {backup_path}: {exc.strerror}.") from exc
    if other is not None:
        raise UnreadableInputError(
            f"{backup_path} is {other}, not a backup; choose a backup file. Nothing was changed."
        )
    if same:
        raise RefusedError("That file is the database itself; choose a backup.")


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    previous_state: Path | None  # where the state before the restore was saved


def restore(db_path: Path, backup_path: Path, *, db: Database | None = None) -> RestoreResult:
    """Replace the database at `db_path` with `backup_path`, after backing up the current state.

    `db`, when given, is disposed first; the caller reopens the database afterwards. Every step
    leaves either the old or the new database in place, never a mixture.
    """
    backup_path = backup_path.resolve()
    _refuse_at_once(backup_path, db_path)
    verify_backup(backup_path, full=False)  # the staged copy below is verified in full
    if db is not None:
        db.dispose()
    previous = save_current_state(db_path) if db_path.exists() else None
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        _copy_verified(backup_path, staged)
        look(staged, kind="backup")  # the copy, too: the file may have changed since its check
        _record_restore(staged, backup_path, previous)
        settle_journal(db_path)
        os.replace(staged, db_path)
        fsync_folder(db_path.parent)
    except OSError as exc:
        raise BackupFailedError(
            f"Cannot restore into {db_path.parent}: {exc.strerror or exc}. "
            "The database was left as it was."
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
    log.info("database restored from a backup")
    return RestoreResult(read_backup_info(db_path), previous)


def _record_restore(staged: Path, backup_path: Path, previous: Path | None) -> None:
    """Write the restore into the restored database's own audit log, before it goes live."""
    after = {"backup": backup_path.name, "previous_state": previous.name if previous else None}
    try:
        _write_restore_entry(staged, after)
    except sqlite3.Error as exc:  # e.g. a header that marks the file read-only: damaged
        log.warning("a restore was refused: the backup cannot be written (%s)", type(exc).__name__)
        raise UnreadableInputError(
            f"{backup_path} cannot be restored: it reads as a database but cannot be written to "
            "(its file header is damaged). Choose another backup. Nothing was changed."
        ) from exc


def _write_restore_entry(staged: Path, after: dict[str, str | None]) -> None:
    with contextlib.closing(sqlite3.connect(staged)) as conn, conn:
        conn.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, after) "
            "VALUES (?, ?, 'restore', 'database', NULL, ?)",
            (
                dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" "),
                current_actor(),
                json.dumps(after),
            ),
        )


def save_current_state(db_path: Path) -> Path:
    """Back up the database about to be replaced; keep a raw copy when it is too damaged to."""
    destination = paths.backup_dir() / backup_name(db_path, "before-restore", dt.datetime.now())
    try:
        backup_sqlite(db_path, destination)
        return destination
    except BackupNotVerifiedError:
        pass  # damaged: keep its bytes as they are, so nothing is lost either way
    raw = destination.with_suffix(".damaged")
    try:
        for suffix in ("", "-wal"):
            part = Path(str(db_path) + suffix)
            if part.exists():
                copy_private(part, Path(str(raw) + suffix))
    except WriteFailedError as exc:
        raise _no_raw_copy(raw, exc.reason) from exc
    except OSError as exc:  # reading the damaged file itself
        raise _no_raw_copy(raw, exc.strerror or str(exc)) from exc
    log.warning("the database was damaged; a raw copy was kept before restoring")
    return raw


def _no_raw_copy(raw: Path, reason: str) -> BackupFailedError:
    return BackupFailedError(
        f"Cannot keep a copy of the damaged database in {raw.parent}: {reason}. "
        "Free some disk space; nothing was changed."
    )


def settle_journal(db_path: Path) -> None:
    """Fold the write-ahead log into the file and remove -wal/-shm so none outlives the swap."""
    if db_path.exists():
        try:
            with contextlib.closing(sqlite3.connect(db_path)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.Error:
            log.warning("could not checkpoint the database before restoring; dropping its log")
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(db_path) + suffix).unlink()
