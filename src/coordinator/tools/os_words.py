"""Plain words for the failures a computer's files, disks and network cause: one sentence each.

The command line prints the sentence (exit 1) and the window shows it; neither calls a full disk,
a read-only folder, a file in use or a name too long "an unexpected error". Only the failures a
person can do something about have words here; anything else stays a bug for the crash report.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
READ_ONLY = frozenset({errno.EROFS})
NO_PERMISSION = frozenset({errno.EACCES, errno.EPERM})
IN_USE = frozenset({errno.EBUSY, errno.ETXTBSY})
TOO_LONG = frozenset({errno.ENAMETOOLONG})
# Windows reports a file another program holds open as a "sharing" or "lock" violation.
WINDOWS_IN_USE = frozenset({32, 33})
# SQLite's own names for the same failures, when the database file is the one that failed.
SQLITE_WORDS = {
    "SQLITE_FULL": "disk_full",
    "SQLITE_READONLY": "read_only",
    "SQLITE_READONLY_DBMOVED": "read_only",
    "SQLITE_READONLY_DIRECTORY": "read_only",
    "SQLITE_BUSY": "in_use",
    "SQLITE_LOCKED": "in_use",
}


@dataclass(frozen=True)
class PlainFailure:
    """What went wrong in a few words (`reason`) and what to do about it (`advice`)."""

    kind: str  # disk_full, read_only, no_permission, in_use, too_long, server_silent, ...
    reason: str
    advice: str

    def sentence(self, path: Path | str | None = None) -> str:
        where = f"{path}: " if path else "Cannot finish: "
        return f"{where}{self.reason}. {self.advice}"


FAILURES = {
    "disk_full": PlainFailure(
        "disk_full", "the disk is full", "Free some disk space or choose another folder."
    ),
    "read_only": PlainFailure(
        "read_only",
        "the folder or disk is read-only",
        "Choose a folder you may write to, or copy the file to your own computer first.",
    ),
    "no_permission": PlainFailure(
        "no_permission",
        "permission denied",
        "Choose a file or folder you may use, or ask whoever looks after this computer.",
    ),
    "in_use": PlainFailure(
        "in_use",
        "the file is in use by another program",
        "Close it there (Excel, a PDF viewer, a backup or sync tool) and try again.",
    ),
    "too_long": PlainFailure(
        "too_long",
        "the file or folder name is too long",
        "Choose a shorter name or a folder nearer the top of the disk.",
    ),
    "server_silent": PlainFailure(
        "server_silent",
        "the database server did not answer",
        "Check the network (or VPN) connection and try again; a change you were making was "
        "not saved.",
    ),
    "server_unreachable": PlainFailure(
        "server_unreachable",
        "the database server is unreachable",
        "Check the network (or VPN) connection, or ask whoever runs the server, and try again; "
        "a change you were making was not saved.",
    ),
}
# PostgreSQL's codes for a statement it stopped after statement_timeout, and for a connection
# it ended (an administrator, a restart, a crash) or could not take.
SERVER_SILENT_STATES = frozenset({"57014"})
SERVER_GONE_STATES = frozenset({"57P01", "57P02", "57P03"})


def os_failure(exc: OSError) -> PlainFailure | None:
    """The plain failure an OSError is, or None when it is not one a person can fix."""
    if getattr(exc, "winerror", None) in WINDOWS_IN_USE:
        return FAILURES["in_use"]
    code = exc.errno
    for codes, kind in (
        (DISK_FULL, "disk_full"),
        (READ_ONLY, "read_only"),
        (NO_PERMISSION, "no_permission"),
        (IN_USE, "in_use"),
        (TOO_LONG, "too_long"),
    ):
        if code in codes:
            return FAILURES[kind]
    return None


def _own_failure(exc: BaseException) -> tuple[PlainFailure, str | None] | None:
    if isinstance(exc, OSError):
        failure = os_failure(exc)
        return (failure, exc.filename) if failure is not None else None
    if isinstance(exc, sqlite3.Error):
        kind = SQLITE_WORDS.get(getattr(exc, "sqlite_errorname", ""))
        return (FAILURES[kind], None) if kind is not None else None
    server = server_failure(exc)
    return (server, None) if server is not None else None


def server_failure(exc: BaseException) -> PlainFailure | None:
    """The plain failure a PostgreSQL driver (psycopg) error is when the network or the server
    failed: it did not answer in time, or cannot be reached; None for anything else."""
    kinds = type(exc).__mro__
    if not type(exc).__module__.startswith("psycopg") or not any(
        k.__name__ == "OperationalError" for k in kinds
    ):
        return None
    state = getattr(exc, "sqlstate", None)
    if state in SERVER_SILENT_STATES:
        return FAILURES["server_silent"]
    if state is None and "timeout" in str(exc).lower():  # libpq's connect_timeout
        return FAILURES["server_silent"]
    if state is None or state in SERVER_GONE_STATES or state.startswith("08"):
        return FAILURES["server_unreachable"]
    return None


def failure_of(exc: BaseException) -> tuple[PlainFailure, str | None] | None:
    """The plain failure behind `exc` (or what caused it: SQLAlchemy wraps sqlite3's errors),
    with the file it names when it names one; None for anything else."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _own_failure(current)
        if found is not None:
            return found
        orig = getattr(current, "orig", None)  # sqlalchemy.exc.DBAPIError keeps the driver's
        if isinstance(orig, BaseException) and id(orig) not in seen:
            found = _own_failure(orig)
            if found is not None:
                return found
        current = current.__cause__ or current.__context__
    return None


def failure_words(exc: BaseException) -> str | None:
    """One sentence for a full disk, a read-only folder, a file in use, a name too long or a
    refused permission behind `exc`; None when `exc` is none of those (then it is a bug)."""
    found = failure_of(exc)
    if found is None:
        return None
    failure, filename = found
    return failure.sentence(filename)


def on_read_only_medium(path: Path) -> bool:
    """Nothing can be written beside `path`: its folder is on a disk mounted read-only (a locked
    USB stick, a CD, a read-only share) or may not be written to. `access` says EROFS even to
    root, so this holds for every user."""
    return not os.access(Path(path).parent, os.W_OK)


def read_only_medium_notice(path: Path) -> str:
    """What the window says when it opens a database on a read-only disk, folder or file."""
    return (
        f"{path.name} is on a read-only disk or folder (or the file itself is read-only), so it "
        "is open for reading only: you can look and make reports, but not change anything. To "
        "work in it, copy it to a folder you may write to and open the copy."
    )
