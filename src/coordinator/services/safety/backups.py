"""Backups of the SQLite database: make, rotate, list, restore and copy them to another folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coordinator import paths
from coordinator.db.backup import (
    READ_ERRORS,
    backup_sqlite,
    connect_read_only,
    integrity_errors,
)
from coordinator.db.engine import Database
from coordinator.db.inspection import look
from coordinator.db.models import Setting
from coordinator.errors import CoordinatorError, RefusedError, UnreadableInputError
from coordinator.services import audit
from coordinator.tools.private_files import remove_stale_temps

log = logging.getLogger(__name__)

RETENTION_KEY = "backups.retention"
IDENTITY_KEY = "database_id"  # lasting id of a database, copied into its backups
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
    database_id: str | None = None

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
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return default


def set_retention(session: Session, policy: Retention) -> None:
    """Store new rotation counts (audited like any other change)."""
    if min(policy.as_setting().values()) < 0:
        raise RefusedError("Backup counts cannot be negative.")
    row = session.get(Setting, RETENTION_KEY)
    before = dict(row.value) if row is not None and isinstance(row.value, dict) else None
    after = policy.as_setting()
    if row is None:
        session.add(Setting(key=RETENTION_KEY, value=after))
    elif before != after:
        row.value = after
    if before is None:
        audit.record(session, "update", "setting", None, after=after)
    else:  # only the counts that changed, and nothing when none did
        audit.record_edit(session, "update", "setting", None, before=before, after=after)


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
    database_identity(db)  # so the backup carries it and is listed with its database
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
        with contextlib.closing(connect_read_only(path)) as conn:
            people = int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
            checkins = int(conn.execute("SELECT count(*) FROM checkin").fetchone()[0])
    except READ_ERRORS:
        problem = "not a readable Coordinator backup"
    identity = file_identity(path) if problem is None else None
    return BackupInfo(path, made_at, reason, stat.st_size, people, checkins, problem, identity)


def database_identity(db: Database) -> str | None:
    """The database's lasting id, created on its first backup (None when it cannot be written)."""
    with db.reading() as session:
        row = session.get(Setting, IDENTITY_KEY)
        if row is not None and isinstance(row.value, str):
            return row.value
    if db.read_only:
        return None
    try:
        with db.transaction() as session:
            if session.get(Setting, IDENTITY_KEY) is None:
                session.add(Setting(key=IDENTITY_KEY, value=uuid.uuid4().hex))
    except (CoordinatorError, SQLAlchemyError):
        log.warning("could not give the database an id; its backups are listed by file name")
        return None
    return database_identity(db)


def file_identity(path: Path) -> str | None:
    """The id stored in a database or backup file, read without changing it."""
    try:
        with contextlib.closing(connect_read_only(path)) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", [IDENTITY_KEY]).fetchone()
        value = json.loads(row[0]) if row else None
    except (*READ_ERRORS, ValueError, TypeError):
        return None
    return value if isinstance(value, str) else None


def _backup_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.glob(f"*{SUFFIX}") if p.is_file()]


def _belongs(info: BackupInfo, stem: str, identity: str | None) -> bool:
    """A backup belongs to a database by id; backups without one (older, or of a file that
    could not be given one) by the database's file name."""
    if identity is not None and info.database_id is not None:
        return info.database_id == identity
    return info.path.name.startswith((f"{stem}--", f"{stem}-"))


def list_backups(db_path: Path | None = None, *, folder: Path | None = None) -> list[BackupInfo]:
    """Backups in the backup folder, newest first (only those of `db_path` when given)."""
    infos = [read_backup_info(p) for p in _backup_files(folder or paths.backup_dir())]
    if db_path is not None:
        identity = file_identity(db_path) if db_path.exists() else None
        infos = [i for i in infos if _belongs(i, db_path.stem, identity)]
    return sorted(infos, key=lambda b: b.made_at, reverse=True)


def newest_good_backup(db_path: Path, *, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup of `db_path` that is Coordinator's, unaltered and passes SQLite's check."""
    for info in list_backups(db_path, folder=folder):
        if info.readable and _unaltered(info.path) and not integrity_errors(info.path):
            return info
    return None


def _unaltered(path: Path) -> bool:
    try:
        look(path, kind="backup")
    except CoordinatorError:
        return False
    return True


def remove_stale_partials(folder: Path, older_than_seconds: float = 3600) -> list[Path]:
    """Delete half-written copies left by backups that were killed (never listed as backups)."""
    cutoff = dt.datetime.now().timestamp() - older_than_seconds
    removed = []
    for leftover in [*folder.glob("*.partial"), *folder.glob("*.partial-journal")]:
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed.append(leftover)
    return removed + remove_stale_temps(folder, older_than_seconds=older_than_seconds)


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
    for info in list_backups(db_path, folder=folder):
        if _parse_name(info.path) is not None:  # only backups named by make_backup rotate
            files.append(info.path)
            made.append(info.made_at)
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
