"""Files that lie, built for the tests: altered, foreign, newer and damaged databases and backups.

Each is left in rollback-journal mode, so opening it for writing (which turns on write-ahead
logging) would change its header: comparing bytes shows whether anything wrote to it.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

from coordinator.db.migrate import head_revision

# What a hostile trigger does when it runs: wipes the attendance and rewrites every e-mail.
WIPE = "DELETE FROM checkin_attendee; UPDATE person SET email = 'stolen@evil.example';"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rollback_mode(path: Path) -> Path:
    """Fold the write-ahead log in and leave the file in rollback-journal mode."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    return path


def add_trigger(path: Path, name: str, when: str) -> Path:
    """Plant a trigger (`when` like "AFTER INSERT ON audit_log") that runs WIPE."""
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"CREATE TRIGGER {name} {when} BEGIN {WIPE} END")
    return rollback_mode(path)


def foreign_schema_file(path: Path) -> Path:
    """Another program's tables behind a Coordinator version stamp."""
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
        conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
        conn.execute("INSERT INTO recipes VALUES ('chili', 90)")
    return rollback_mode(path)


def reading(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: closing it never folds a write-ahead log into the file."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def attendance_and_emails(path: Path) -> tuple[int, list[str]]:
    """What WIPE would change, read without changing the file."""
    with contextlib.closing(reading(path)) as conn:
        attendees = conn.execute("SELECT count(*) FROM checkin_attendee").fetchone()[0]
        emails = [r[0] for r in conn.execute("SELECT email FROM person ORDER BY id")]
    return int(attendees), emails


def page_of(path: Path, name: str) -> int:
    """A page in the middle of the B-tree of the table or index `name` (1-based)."""
    with contextlib.closing(reading(path)) as conn:
        pages = [
            int(r[0])
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (name,),
            )
        ]
    assert pages, f"{name} has no leaf pages"
    return pages[len(pages) // 2]


def damage(path: Path, *, page: int | None = None, offset: int = 0, length: int = 0) -> None:
    """Overwrite the middle of `page` (cell pointers and cells), or `length` bytes at `offset`."""
    with contextlib.closing(reading(path)) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if page is not None:
        offset, length = (page - 1) * page_size + 8, page_size // 2
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xa5" * length)
