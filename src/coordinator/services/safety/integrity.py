"""Whole-database checks: SQLite's integrity_check and foreign_key_check, in words."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from coordinator.db.engine import Database

MAX_REPORTED = 20


@dataclass(frozen=True)
class CheckReport:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    """Run the full checks; a PostgreSQL server checks itself, so only reachability counts there.

    Damage bad enough to stop SQLite's own check part-way is reported as damage too.
    """
    problems: list[str] = []
    with db.engine.connect() as conn:
        if not db.is_sqlite:
            conn.execute(text("SELECT 1"))
            return CheckReport()
        try:
            for (message,) in conn.exec_driver_sql("PRAGMA integrity_check").fetchall():
                if message != "ok":
                    problems.append(f"integrity: {message}")
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"row {rowid} of {table} points to a missing {parent} record")
        except UnicodeDecodeError:  # SQLite's complaint itself held damaged bytes
            problems.append("integrity: the file's pages are damaged")
        except DBAPIError as exc:
            if not isinstance(exc.orig, sqlite3.DatabaseError):
                raise
            problems.append(f"integrity: {exc.orig}")
    return CheckReport(problems[:MAX_REPORTED])
