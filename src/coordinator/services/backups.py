"""Backups of the SQLite database: make, rotate, list, restore and copy them to another folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from coordinator import __version__, paths
from coordinator.db.backup import (
    BackupFailedError,
    BackupNotVerifiedError,
    backup_sqlite,
    first_problem,
    fsync_folder,
    integrity_errors,
    read_only_uri,
)
from coordinator.db.engine import SQLITE_HEADER, Database
from coordinator.db.migrate import script_directory
from coordinator.db.models import Setting
from coordinator.errors import RefusedError, UnreadableInputError
from coordinator.services import audit

log = logging.getLogger(__name__)

RETENTION_KEY = "backups.retention"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)--(?P<stamp>\d{8}-\d{6}-\d{6})--(?P<reason>[a-z0-9-]+)\.sqlite$")
SUFFIX = ".sqlite"


@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps: the newest few, and one per day, week and month."""

    recent: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def as_setting(self) -> dict[str, int]:
        return {
            "recent": self.recent,
            "daily": self.daily,
            "weekly": self.weekly,
            "monthly": self.monthly,
        }


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the list shows it; counts are None when the file cannot be read."""

    path: Path
    made_at: dt.datetime
    reason: str
    size: int
    people: int | None
    checkins: int | None
    problem: str | None = None

    @property
    def readable(self) -> bool:
        return self.problem is None


# --- settings -----------------------------------------------------------------------------------


def retention(session: Session) -> Retention:
    """The rotation counts stored in the database, or the defaults."""
    row = session.get(Setting, RETENTION_KEY)
    if row is None or not isinstance(row.value, dict):
        return Retention()
    defaults = Retention().as_setting()
    values = {k: _count(row.value.get(k), defaults[k]) for k in defaults}
    return Retention(**values)


def _count(value: object, default: int) -> int:
    return value if isinstance(value, int) and value >= 0 else default


def set_retention(session: Session, policy: Retention) -> None:
    """Store new rotation counts (audited like any other change)."""
    if min(policy.as_setting().values()) < 0:
        raise RefusedError("Backup counts cannot be negative.")
    row = session.get(Setting, RETENTION_KEY)
    before = row.value if row is not None else None
    if row is None:
        session.add(Setting(key=RETENTION_KEY, value=policy.as_setting()))
    else:
        row.value = policy.as_setting()
    audit.record(session, "update", "setting", None, before=before, after=policy.as_setting())


# --- making and listing -------------------------------------------------------------------------


def _sqlite_path(db: Database) -> Path:
    if not db.is_sqlite or db.path is None:
        raise RefusedError(
            "A shared PostgreSQL database is backed up by its server, not by Coordinator. "
            "Ask whoever runs the server."
        )
    return db.path


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug or "manual"


def backup_name(db_path: Path, reason: str, when: dt.datetime) -> str:
    return f"{db_path.stem}--{when.strftime(STAMP_FORMAT)}--{_slug(reason)}{SUFFIX}"


def make_backup(
    db: Database,
    reason: str,
    *,
    folder: Path | None = None,
    rotate: bool = True,
) -> BackupInfo:
    """Back up the open database into the backup folder, verified, then apply rotation."""
    source = _sqlite_path(db)
    target_folder = folder or paths.backup_dir()
    now = dt.datetime.now()
    destination = target_folder / backup_name(source, reason, now)
    backup_sqlite(source, destination)
    log.info("backup made (%s)", _slug(reason))
    remove_stale_partials(target_folder)
    if rotate:
        with db.reading() as session:
            policy = retention(session)
        rotate_backups(source, policy, folder=target_folder)
    return read_backup_info(destination)


def backup_before(db: Database, operation: str) -> BackupInfo | None:
    """The backup an import, restore or bulk delete makes first ("before import"), when the
    database is a SQLite file; a PostgreSQL server keeps its own backups, so None there."""
    if not db.is_sqlite or db.path is None:
        return None
    return make_backup(db, f"before {operation}")


def backup_to_file(db: Database, destination: Path) -> BackupInfo:
    """`coordinator backup -o FILE`: a verified copy at a place the coordinator names."""
    source = _sqlite_path(db)
    if destination.exists():
        raise RefusedError(f"{destination} already exists; choose a new file name.")
    backup_sqlite(source, destination)
    return read_backup_info(destination)


def _parse_name(path: Path) -> tuple[str, dt.datetime, str] | None:
    """(database stem, when, reason) from a backup's file name, or None for other names."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    return match["stem"], dt.datetime.strptime(match["stamp"], STAMP_FORMAT), match["reason"]


def read_backup_info(path: Path) -> BackupInfo:
    """What one backup file holds, read without changing it."""
    parsed = _parse_name(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise UnreadableInputError(f"Cannot read the backup {path}: {exc.strerror}.") from exc
    if parsed is not None:
        _stem, made_at, reason = parsed
    else:
        made_at = dt.datetime.fromtimestamp(stat.st_mtime)
        reason = "before-migration" if "before-migration" in path.name else "copy"
    people = checkins = None
    problem = None
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            people = int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
            checkins = int(conn.execute("SELECT count(*) FROM checkin").fetchone()[0])
    except sqlite3.Error:
        problem = "not a readable Coordinator backup"
    return BackupInfo(path, made_at, reason, stat.st_size, people, checkins, problem)


def _backup_files(folder: Path, stem: str | None) -> list[Path]:
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob(f"*{SUFFIX}") if p.is_file()]
    if stem is None:
        return files
    return [p for p in files if p.name.startswith(f"{stem}--") or p.name.startswith(f"{stem}-")]


def list_backups(db_path: Path | None = None, *, folder: Path | None = None) -> list[BackupInfo]:
    """Backups in the backup folder, newest first (only those of `db_path` when given)."""
    stem = db_path.stem if db_path is not None else None
    infos = [read_backup_info(p) for p in _backup_files(folder or paths.backup_dir(), stem)]
    return sorted(infos, key=lambda b: b.made_at, reverse=True)


def newest_good_backup(db_path: Path, *, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup of `db_path` that passes SQLite's integrity check."""
    for info in list_backups(db_path, folder=folder):
        if info.readable and not integrity_errors(info.path):
            return info
    return None


def remove_stale_partials(folder: Path, older_than_seconds: float = 3600) -> list[Path]:
    """Delete half-written copies left by backups that were killed (never listed as backups)."""
    cutoff = dt.datetime.now().timestamp() - older_than_seconds
    removed = []
    for leftover in [*folder.glob("*.partial"), *folder.glob("*.partial-journal")]:
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed.append(leftover)
    return removed


# --- rotation -----------------------------------------------------------------------------------


def backups_to_keep(made: list[dt.datetime], policy: Retention) -> set[int]:
    """Indexes rotation keeps: the newest N, then the newest of each day, week and month."""
    order = sorted(range(len(made)), key=lambda i: made[i], reverse=True)
    keep = set(order[: policy.recent])
    buckets = (
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    )
    for count, key in buckets:
        seen: set[object] = set()
        for i in order:
            bucket = key(made[i])
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(bucket)
            keep.add(i)
    return keep


def rotate_backups(
    db_path: Path,
    policy: Retention,
    *,
    folder: Path | None = None,
) -> list[Path]:
    """Delete the backups of `db_path` that rotation does not keep; return what was deleted."""
    files: list[Path] = []
    made: list[dt.datetime] = []
    for path in _backup_files(folder or paths.backup_dir(), db_path.stem):
        parsed = _parse_name(path)
        if parsed is not None and parsed[0] == db_path.stem:
            files.append(path)
            made.append(parsed[1])
    keep = backups_to_keep(made, policy)
    removed = []
    for i, path in enumerate(files):
        if i not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            removed.append(path)
    if removed:
        log.info("rotation removed %d old backups", len(removed))
    return removed


# --- copying and restoring ----------------------------------------------------------------------


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
    return UnreadableInputError(f"The backup {path} is damaged ({problem}); choose another backup.")


def verify_backup(path: Path, *, full: bool = True) -> BackupInfo:
    """Refuse a file that is not a sound Coordinator backup, saying what is wrong with it.

    `full=False` leaves out SQLite's integrity_check, for callers whose copy is verified anyway.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise UnreadableInputError(f"Cannot read {path}: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise UnreadableInputError(f"{path} is not a Coordinator backup (not a SQLite file).")
    info = read_backup_info(path)
    if not info.readable:
        raise UnreadableInputError(f"{path} is not a Coordinator backup; nothing was changed.")
    _refuse_unknown_schema(path)
    if full:
        try:
            problems = integrity_errors(path)
        except sqlite3.Error as exc:
            problems = [str(exc)]
        if problems:
            raise _damaged_backup(path, first_problem(problems))
    return info


def _refuse_unknown_schema(path: Path) -> None:
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if row is None:
        raise UnreadableInputError(f"{path} is not a Coordinator backup; nothing was changed.")
    known = {rev.revision for rev in script_directory().walk_revisions()}
    if row[0] not in known:
        raise RefusedError(
            f"The backup {path} was made by a newer version of Coordinator (this is version "
            f"{__version__}). Install the newer version to restore it; nothing was changed."
        )


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
    verify_backup(backup_path, full=False)  # the staged copy below is verified in full
    if backup_path == db_path.resolve():
        raise RefusedError("That file is the database itself; choose a backup.")
    if db is not None:
        db.dispose()
    previous = _save_current_state(db_path) if db_path.exists() else None
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        _copy_verified(backup_path, staged)
        _settle_journal(db_path)
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


def _save_current_state(db_path: Path) -> Path:
    """Back up the database about to be replaced; keep a raw copy when it is too damaged to."""
    destination = paths.backup_dir() / backup_name(db_path, "before-restore", dt.datetime.now())
    try:
        backup_sqlite(db_path, destination)
        return destination
    except BackupFailedError:
        if not _is_sqlite_file(db_path):
            raise
    raw = destination.with_suffix(".damaged")
    for suffix in ("", "-wal"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            _private_copy(part, Path(str(raw) + suffix))
    log.warning("the database was damaged; a raw copy was kept before restoring")
    return raw


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def _private_copy(source: Path, destination: Path) -> None:
    fd = os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())


def _settle_journal(db_path: Path) -> None:
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
