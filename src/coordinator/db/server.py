"""A PostgreSQL server over a network that fails: timeouts, keepalives, and failures in words.

A server that accepts the connection but never answers stops a command after CONNECT_TIMEOUT_S
(libpq's connect_timeout), a statement that runs away after STATEMENT_TIMEOUT_MS, and a network
that silently dropped the connection is noticed by TCP keepalives. Whatever the driver raises
for those (and for a server that went away mid-transaction) arrives as `ServerUnreachableError`,
a CoordinatorError with one sentence from tools/os_words: the command line prints it (exit 1)
and a dialog shows it and keeps what was typed. The pool's pre-ping reconnects on the next
action. A value already in the URL's query (`?connect_timeout=10`) is kept as given.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext

from coordinator.db.live import announce_changes
from coordinator.errors import CoordinatorError
from coordinator.tools.os_words import server_failure

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 60_000
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 30,  # seconds idle before the first probe
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


class ServerUnreachableError(CoordinatorError):
    """The database server did not answer, or could not be reached; nothing was saved."""


def connect_args(url: URL) -> dict[str, Any]:
    """psycopg's connection settings for `url`, leaving alone what the URL itself sets."""
    wanted: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
        **KEEPALIVES,
    }
    return {k: v for k, v in wanted.items() if k not in url.query}


def server_engine(url: URL) -> Engine:
    engine = create_engine(
        url, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args(url)
    )
    event.listen(engine, "handle_error", _in_words)
    announce_changes(engine)  # the live view of other coordinators' windows (db/live.py)
    return engine


def _in_words(context: ExceptionContext) -> BaseException | None:
    if context.is_pre_ping:  # the pool reconnects by itself
        return None
    failure = server_failure(context.original_exception)
    if failure is None:
        return None
    return ServerUnreachableError(failure.sentence())
