"""Taking turns: assignments in one program year, or two imports, never interleave.

On PostgreSQL a transaction-scoped advisory lock per program year (assign, reassign, Match all),
one per database for roster imports and one for check-in file imports: the second writer waits,
then reads what the first one committed and checks again. On SQLite every write transaction
already begins IMMEDIATE (see db/engine.py), so the file's write lock does the same; taking the
lock here starts that transaction before anything is read. The unique indexes of migration 0003
back both up.
"""

from __future__ import annotations

import time

from sqlalchemy import text
from sqlalchemy.orm import Session

from coordinator.db.engine import READING
from coordinator.errors import CoordinatorError, RefusedError

ASSIGNMENTS = 7301  # first key of pg_advisory_xact_lock(int, int): assignments in a year
IMPORTS = 7302  # imports into this database: rosters (second key 0), check-in files (1)
CHECKIN_FILES = 1
WAIT_SECONDS = 60.0
POLL_SECONDS = 0.05


def hold_year_assignments(session: Session, program_year_id: int) -> None:
    """Until this transaction ends, no one else assigns, reassigns or applies a draft here."""
    _hold(
        session,
        ASSIGNMENTS,
        program_year_id,
        "Another coordinator is changing this program year's assignments right now and has not "
        "finished after a minute. Nothing was changed; try again when they are done.",
    )


def hold_imports(session: Session) -> None:
    """Until this transaction ends, no other roster import writes to this database."""
    _hold(
        session,
        IMPORTS,
        0,
        "Another roster import into this database is still running after a minute. Nothing "
        "was imported; try again when it has finished.",
    )


def hold_checkin_imports(session: Session) -> None:
    """Until this transaction ends, no other check-in workbook or survey import writes here:
    the second of two imports of one file then finds the first one's check-ins and adds none."""
    _hold(
        session,
        IMPORTS,
        CHECKIN_FILES,
        "Another check-in import into this database is still running after a minute. Nothing "
        "was imported; try again when it has finished.",
    )


def _hold(session: Session, namespace: int, key: int, busy: str) -> None:
    conn = session.connection()  # begins the transaction: on SQLite, BEGIN IMMEDIATE
    if conn.info.get(READING) or session.info.get("read_only"):
        raise CoordinatorError("A change was started inside a read-only look at the database.")
    if conn.dialect.name != "postgresql":
        return
    locked = text("SELECT pg_try_advisory_xact_lock(:namespace, :key)")
    deadline = time.monotonic() + WAIT_SECONDS
    while not conn.scalar(locked, {"namespace": namespace, "key": key}):
        if time.monotonic() > deadline:
            raise RefusedError(busy)
        time.sleep(POLL_SECONDS)
