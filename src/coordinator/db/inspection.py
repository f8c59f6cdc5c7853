"""Looking at a SQLite file before trusting it: read-only, never blocking, never writing to it.

`look()` proves a file is a Coordinator database (or backup) or refuses it, naming why: not a
regular file, not SQLite, another program's, from a newer Coordinator, altered (its schema differs
from the one its revision's migrations build), or too damaged to read. Only a file it accepts is
ever opened for writing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from coordinator import __version__
from coordinator.db.backup import READ_ERRORS, lenient_text
from coordinator.db.engine import (
    SQLITE_HEADER,
    DatabaseDamagedError,
    DatabaseTooNewError,
    NotADatabaseError,
)
from coordinator.db.migrate import known_revision
from coordinator.db.schema_signature import (
    APPLICATION_ID,
    describe_differences,
    read_schema,
    recorded_schema,
    schema_differences,
)
from coordinator.errors import CoordinatorError, UnreadableInputError

FileKind = Literal["database", "backup"]
HEADER_BYTES = 100
WAL_MODE = 2  # header bytes 18 and 19 (write and read format) in a write-ahead-log file
QUICK_CHECK_SECONDS = 3.0
MAX_PROBLEMS = 10


class SchemaAlteredError(NotADatabaseError):
    """A SQLite file whose tables, indexes, triggers or views are not the ones Coordinator made."""


@dataclass(frozen=True)
class FileLook:
    """What a file proved to be: Coordinator's at `revision`, or `fresh` (nothing in it yet)."""

    path: Path
    fresh: bool
    revision: str | None
    marked: bool  # its application_id says Coordinator (files from before it was set do not)


@dataclass(frozen=True)
class QuickCheck:
    problems: list[str]
    complete: bool  # False when the time budget ran out before the whole file was read


def not_a_file(path: Path) -> str | None:
    """What `path` is when it is not a regular file ("a folder", "a named pipe"), from stat alone.

    Never opens it, so a FIFO cannot make the caller wait.
    """
    mode = os.stat(path).st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def file_header(path: Path, subject: str) -> bytes:
    """The first bytes of the regular file `path`; anything else is refused without waiting."""
    try:
        other = not_a_file(path)
        if other is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            try:
                if stat.S_ISREG(os.fstat(fd).st_mode):  # not swapped since the stat
                    return os.read(fd, HEADER_BYTES)
            finally:
                os.close(fd)
            other = "not a regular file"
    except OSError as exc:
        raise UnreadableInputError(
            f"Cannot read {subject}: {exc.strerror or exc}. Check that it exists and that you "
            "may read it."
        ) from exc
    raise UnreadableInputError(f"{subject} is {other}, not a file Coordinator can read.")


def connect_to_look(path: Path, header: bytes) -> sqlite3.Connection:
    """A read-only connection that leaves no -wal or -shm file behind.

    A write-ahead-log file with no -wal beside it is open nowhere, so it is read as immutable
    (no locks, no shared-memory file); otherwise read-only with SQLite's usual locking.
    """
    wal = len(header) > 19 and header[18] == WAL_MODE
    unused = wal and not Path(f"{path}-wal").exists()
    query = "immutable=1" if unused else "mode=ro"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    conn.text_factory = lenient_text
    return conn


def _damaged(subject: str, detail: object) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        f"{subject} is damaged ({detail}). Nothing was changed; restore a backup "
        "(coordinator backup list), or choose another file.",
        str(detail),
    )


def _unreadable(subject: str, exc: Exception) -> CoordinatorError:
    """Damage when SQLite says so; otherwise the file could not be read (a lock, a permission)."""
    name = getattr(exc, "sqlite_errorname", "")
    if isinstance(exc, UnicodeDecodeError) or name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return _damaged(subject, "its pages are damaged" if name == "" else exc)
    return UnreadableInputError(
        f"Cannot read {subject} ({exc}). Check that you may read it and the folder it is in; "
        "nothing was changed."
    )


def too_new_message(subject: str, kind: FileKind) -> str:
    action = "open" if kind == "database" else "restore"
    return (
        f"{subject} was written by a newer version of Coordinator (this is version "
        f"{__version__}). Install the newer version to {action} it; nothing was changed."
    )


def _foreign(subject: str, kind: FileKind, why: str) -> NotADatabaseError:
    if kind == "backup":
        return NotADatabaseError(
            f"{subject} is not a Coordinator backup ({why}); nothing was changed."
        )
    return NotADatabaseError(
        f"{subject} is a database, but not a Coordinator one ({why}). Choose the file "
        "Coordinator created, or a new file name; nothing was changed."
    )


def look(path: Path, *, kind: FileKind = "database") -> FileLook:
    """Prove `path` is a Coordinator file, reading it only; refuse it in words otherwise."""
    named = str(path)
    subject = f"The backup {path}" if kind == "backup" else named
    header = file_header(path, named)
    if not header:
        return FileLook(path, fresh=True, revision=None, marked=False)
    if header[:16] != SQLITE_HEADER:
        noun = "backup" if kind == "backup" else "database"
        raise NotADatabaseError(
            f"{named} is not a Coordinator {noun} (it is not a SQLite file). "
            "Choose the .sqlite file Coordinator created, or a new file name."
        )
    try:
        with contextlib.closing(connect_to_look(path, header)) as conn:
            application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            schema = read_schema(conn)
            versions = []
            if "table alembic_version" in schema:
                versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except READ_ERRORS as exc:
        raise _unreadable(subject, exc) from None
    if application_id not in (0, APPLICATION_ID):
        raise _foreign(named, kind, "it is marked as another program's file")
    if not schema:
        return FileLook(path, fresh=True, revision=None, marked=application_id != 0)
    if len(versions) != 1 or not isinstance(versions[0][0], str):
        raise _foreign(named, kind, "it has no Coordinator version")
    revision = versions[0][0]
    if not known_revision(revision):
        raise DatabaseTooNewError(too_new_message(subject, kind))
    differences = schema_differences(schema, recorded_schema(revision))
    if differences:
        raise SchemaAlteredError(
            describe_differences(subject, differences, kind) + " Nothing was changed."
        )
    return FileLook(path, fresh=False, revision=revision, marked=application_id != 0)


def quick_check(path: Path, *, seconds: float = QUICK_CHECK_SECONDS) -> QuickCheck:
    """SQLite's quick_check, stopped after `seconds` so a huge file never delays opening long."""
    deadline = time.monotonic() + seconds
    timed_out = False

    def over_budget() -> int:
        nonlocal timed_out
        timed_out = time.monotonic() > deadline
        return 1 if timed_out else 0

    header = file_header(path, str(path))
    with contextlib.closing(connect_to_look(path, header)) as conn:
        conn.set_progress_handler(over_budget, 10_000)
        try:
            rows = conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
        except UnicodeDecodeError:  # SQLite's complaint itself holds damaged bytes
            return QuickCheck(["the file's pages are damaged"], complete=True)
        except sqlite3.OperationalError:
            if timed_out:
                return QuickCheck([], complete=False)
            raise
        except sqlite3.DatabaseError as exc:  # damage so bad the check itself stops
            return QuickCheck([str(exc)], complete=True)
    problems = [str(r[0]) for r in rows]
    return QuickCheck([] if problems == ["ok"] else problems, complete=True)


def refuse_damaged(path: Path, subject: str) -> None:
    """Refuse to write to a file SQLite's quick check finds damage in (bounded in time)."""
    check = quick_check(path)
    if check.problems:
        first = next((p for p in check.problems[0].splitlines() if not p.startswith("***")), "")
        raise _damaged(subject, first or "its pages are damaged")
