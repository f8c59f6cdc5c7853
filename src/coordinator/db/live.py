"""Live view on a shared server: every commit says which tables it changed (PostgreSQL NOTIFY).

`announce_changes(engine)` watches what a connection writes (INSERT, UPDATE, DELETE, TRUNCATE:
the table each statement names) and, as its transaction commits, sends one
`pg_notify('coordinator_changes', {"sender": ..., "tables": [...]})` in that same transaction, so
the notice goes out only when the change is really there (a rollback sends nothing). Every
Coordinator on the server announces this way: the window, the command line, imports, copies.

`listen(url, on_change, stop)` is the other side: its own psycopg connection LISTENs and calls
`on_change(kinds)` with the areas changed by someone else ("people", "checkins", ...; the kinds
pages refresh on), reconnecting after the network or the server went away. It knows nothing of
Qt: ui/live_view.py runs it in a thread and turns it into a signal.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

CHANNEL = "coordinator_changes"
SENDER = uuid.uuid4().hex[:16]  # this process: its own changes are not news to it
CHANGED = "coordinator_changed_tables"  # connection.info key: tables written in this transaction
RETRY_SECONDS = 5.0

# What a table's change means to the pages (the kinds AppContext.data_changed carries).
TABLE_KINDS = {
    "person": "people",
    "campus": "people",
    "mentor_profile": "mentors",
    "mentor_training": "mentors",
    "assignment": "assignments",
    "enrollment": "assignments",
    "checkin": "checkins",
    "checkin_attendee": "checkins",
    "checkin_topic": "checkins",
    "import_batch": "imports",
    "import_row": "imports",
    "mapping_profile": "imports",
    "program": "programs",
    "program_year": "programs",
    "semester": "programs",
    "topic": "programs",
    "rule_pack": "programs",
    "setting": "settings",
    "pay_run": "pay",
    "pay_line": "pay",
    "ledger_entry": "pay",
    "allotment_budget": "pay",
    "payroll_profile": "pay",
}
_WRITE = re.compile(
    r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?([A-Za-z_][\w]*)"?',
    re.IGNORECASE,
)


def written_table(statement: str) -> str | None:
    """The table an INSERT, UPDATE, DELETE or TRUNCATE writes to (the first one named)."""
    found = _WRITE.match(statement)
    return found.group(1).lower() if found else None


def kinds_of(tables: list[str]) -> set[str]:
    """The areas of the app a change to `tables` touches (the audit log alone touches none)."""
    return {TABLE_KINDS[t] for t in tables if t in TABLE_KINDS}


def announce_changes(engine: Engine) -> None:
    """Make every commit on `engine` announce the tables it changed (PostgreSQL only)."""

    @event.listens_for(engine, "after_cursor_execute")
    def _note(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        table = written_table(statement)
        if table is not None:
            conn.info.setdefault(CHANGED, set()).add(table)

    @event.listens_for(engine, "commit")
    def _announce(conn: Any) -> None:
        tables = conn.info.pop(CHANGED, None)
        if not tables:
            return
        payload = json.dumps({"sender": SENDER, "tables": sorted(tables)})
        cursor = conn.connection.dbapi_connection.cursor()
        try:  # the raw cursor: part of this transaction, unseen by the events above
            cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
        except Exception as exc:  # the server went away just before the commit: said in words
            from coordinator.db.server import ServerUnreachableError
            from coordinator.tools.os_words import server_failure

            failure = server_failure(exc)
            if failure is None:
                raise
            raise ServerUnreachableError(failure.sentence()) from exc
        finally:
            cursor.close()

    @event.listens_for(engine, "rollback")
    def _forget(conn: Any) -> None:
        if not conn.invalidated:  # a lost connection's info cannot be reached, nor is needed
            conn.info.pop(CHANGED, None)


def read_notice(payload: str) -> tuple[str, list[str]] | None:
    """(sender, tables) from a notice's payload; None for one that is not Coordinator's."""
    try:
        data = json.loads(payload)
        sender, tables = data["sender"], data["tables"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(sender, str) or not isinstance(tables, list):
        return None
    return sender, [t for t in tables if isinstance(t, str)]


def conninfo(url: URL) -> str:
    """libpq's connection string for `url` (the password stays out of every log)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def listen(
    url: URL,
    on_change: Callable[[set[str]], None],
    stop: threading.Event,
    *,
    on_connected: Callable[[], None] | None = None,
    poll_seconds: float = 0.5,
) -> None:
    """Until `stop` is set, call `on_change(kinds)` for each change another process committed."""
    import psycopg

    from coordinator.db.server import connect_args

    while not stop.is_set():
        try:
            with psycopg.connect(conninfo(url), autocommit=True, **connect_args(url)) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                if on_connected is not None:
                    on_connected()
                while not stop.is_set():
                    for notice in conn.notifies(timeout=poll_seconds):
                        found = read_notice(notice.payload)
                        if found is None or found[0] == SENDER:
                            continue
                        kinds = kinds_of(found[1])
                        if kinds:
                            on_change(kinds)
        except psycopg.Error as exc:
            log.info("live view lost the server (%s); trying again", type(exc).__name__)
            stop.wait(RETRY_SECONDS)
