"""A consistent copy of a live SQLite database through SQLite's online backup API."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from coordinator.errors import CoordinatorError
from coordinator.tools.os_words import failure_of, on_read_only_medium, os_failure
from coordinator.tools.private_files import (
    finish_temp,
    fsync_folder as fsync_folder,  # restore uses it
    temp_file_beside,
)


class BackupFailedError(CoordinatorError):
    """The copy could not be written or did not verify."""


class BackupNotVerifiedError(BackupFailedError):
    """The source is damaged: its copy failed SQLite's checks (nothing was kept)."""

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


DAMAGE_ERRORS = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening `path` read-only; quoting keeps '?' and '#' in names harmless.

    On a read-only medium SQLite cannot make the shared-memory file a write-ahead-log database
    needs even to read ("unable to open database file"); nobody can write there either, so the
    file is read as immutable."""
    query = "immutable=1" if on_read_only_medium(path) else "mode=ro"
    return f"{path.resolve().as_uri()}?{query}"


# What reading a damaged file may raise: sqlite3 decodes SQLite's own error message as UTF-8, and a
# damaged page can put invalid bytes into it.
READ_ERRORS = (sqlite3.Error, UnicodeDecodeError)


def lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open a file that may be damaged, read-only; damaged text reads as text, never raises."""
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    conn.text_factory = lenient_text
    return conn


def integrity_errors(path: Path) -> list[str]:
    """Return SQLite's integrity_check complaints for the file at `path` (empty when sound).

    A file so damaged that the check itself cannot run ("database disk image is malformed") has
    that one complaint.
    """
    try:
        with contextlib.closing(connect_read_only(path)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except READ_ERRORS as exc:
        return [str(exc)]
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems


def brief_problem(detail: object, limit: int = 120) -> str:
    """SQLite's complaint on one short line: "malformed database schema" quotes whole CREATE
    statements over several lines, which a message to a coordinator does not need."""
    text = " ".join(str(detail).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def first_problem(problems: list[str]) -> str:
    """SQLite's first complaint on one line, without its '*** in database main ***' banner."""
    lines = [ln for p in problems for ln in p.splitlines() if ln and not ln.startswith("***")]
    return lines[0] if lines else "unreadable"


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` (0600), verify it, flush it and rename it into place.

    SQLite writes the copy into an unpredictable owner-only temporary name beside the destination
    (tools.private_files), so a file or link planted there is never written through."""
    try:
        with temp_file_beside(destination) as partial:
            with (
                contextlib.closing(connect_read_only(source)) as src,
                contextlib.closing(sqlite3.connect(partial)) as dst,
            ):
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            problems = integrity_errors(partial)
            if problems:
                raise _not_verified(source, first_problem(problems))
            finish_temp(partial, destination)
    except OSError as exc:
        raise BackupFailedError(
            f"Cannot write a backup to {destination.parent}: {_os_reason(exc)}"
        ) from exc
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") in DAMAGE_ERRORS:
            raise _not_verified(source, str(exc)) from exc
        failure = failure_of(exc)
        if failure is not None:
            raise BackupFailedError(
                f"Cannot write a backup to {destination.parent}: "
                f"{failure[0].reason}. {failure[0].advice}"
            ) from exc
        raise BackupFailedError(
            f"Cannot back up {source.name} to {destination.parent}: {exc}. "
            "Free some disk space or choose another folder."
        ) from exc
    return destination


def _os_reason(exc: OSError) -> str:
    failure = os_failure(exc)
    if failure is not None:
        return f"{failure.reason}. {failure.advice}"
    return f"{exc.strerror or exc}. Free some disk space or choose another folder."


def _not_verified(source: Path, problem: str) -> BackupNotVerifiedError:
    return BackupNotVerifiedError(
        f"The backup of {source.name} did not verify ({problem}); it was not kept. "
        "The database itself may be damaged: run its check (coordinator check).",
        problem,
    )
