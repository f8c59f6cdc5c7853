"""A PostgreSQL server over a network that fails: timeouts, keepalives, and failures in words.

A server that accepts the connection but never answers stops a command after CONNECT_TIMEOUT_S
(libpq's connect_timeout), a statement that runs away after STATEMENT_TIMEOUT_MS, and a network
that silently dropped the connection is noticed by TCP keepalives. Whatever the driver raises
for those (and for a server that went away mid-transaction) arrives as `ServerUnreachableError`,
a CoordinatorError with one sentence from tools/os_words: the command line prints it (exit 1)
and a dialog shows it and keeps what was typed. The pool's pre-ping reconnects on the next
action. A value already in the URL's query (`?connect_timeout=10`) is kept as given.
A statement the server refuses the account (SQLSTATE 42501: a viewer's write) arrives as
`NotPermittedError`, in the sentence the opened database learned for its role.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext

from coordinator.db.live import announce_changes
from coordinator.db.server_roles import UNKNOWN_READ_REFUSAL, UNKNOWN_REFUSAL
from coordinator.errors import CoordinatorError, RefusedError
from coordinator.tools.os_words import server_failure

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 60_000
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 30,  # seconds idle before the first probe
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE: the server refused this account the statement

# Why each engine's account is refused a change and a read, learned when it was opened.
_REFUSALS: WeakKeyDictionary[Engine, tuple[str, str]] = WeakKeyDictionary()


class ServerUnreachableError(CoordinatorError):
    """The database server did not answer, or could not be reached; nothing was saved."""


class NotPermittedError(RefusedError):
    """The server refused this account the change (a viewer's write); nothing was saved."""


def remember_refusal(engine: Engine, change: str, read: str) -> None:
    """The sentences a refused change ("...not change it (viewer).") and a refused read (a
    viewer's of private notes) on `engine` are said in."""
    _REFUSALS[engine] = (change, read)


def connect_args(url: URL) -> dict[str, Any]:
    """psycopg's connection settings for `url`, leaving alone what the URL itself sets."""
    wanted: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
        **KEEPALIVES,
    }
    return {k: v for k, v in wanted.items() if k not in url.query}


def server_engine(url: URL) -> Engine:
    # Here, not at the top: db.engine imports this module, and not all its users need the models.
    from coordinator.db.models import add_postgresql_where

    add_postgresql_where()
    engine = create_engine(
        url, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args(url)
    )
    event.listen(engine, "handle_error", _in_words)
    announce_changes(engine)  # the live view of other coordinators' windows (db/live.py)
    return engine


def _in_words(context: ExceptionContext) -> BaseException | None:
    if context.is_pre_ping:  # the pool reconnects by itself
        return None
    if getattr(context.original_exception, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        known = _REFUSALS.get(context.engine) if context.engine else None
        change, read = known or (UNKNOWN_REFUSAL, UNKNOWN_READ_REFUSAL)
        reading = (context.statement or "").lstrip().upper().startswith("SELECT")
        return NotPermittedError(read if reading else change)
    failure = server_failure(context.original_exception)
    if failure is None:
        return None
    return ServerUnreachableError(failure.sentence())
