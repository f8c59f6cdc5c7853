"""Opening a database: SQLite by default, PostgreSQL by URL, always migrated to the app's schema."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from coordinator.db.backup import read_only_uri
from coordinator.db.invariants import broken_invariant
from coordinator.db.server import remember_refusal, server_engine
from coordinator.db.server_roles import READ_ONLY_REFUSAL, Access, learn, local_account
from coordinator.errors import ConcurrentEditError, CoordinatorError, UnreadableInputError
from coordinator.paths import resolve_target as resolve_target  # where it was always found

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
READING = "coordinator_reading"  # marks a pooled connection lent to Database.reading()
SQLITE_HEADER = b"SQLite format 3\x00"


class NotADatabaseError(UnreadableInputError):
    """The file exists but is not a SQLite database (or not a Coordinator one)."""


class DatabaseTooNewError(CoordinatorError):
    """The database was written by a newer Coordinator."""


class DatabaseDamagedError(CoordinatorError):
    """SQLite cannot read the file, or its check found damage; `problem` is SQLite's words."""

    def __init__(self, message: str, problem: str = "") -> None:
        super().__init__(message)
        self.problem = problem


@dataclass
class Database:
    """An open database: its engine, where it lives, and how to start a unit of work."""

    url: URL
    engine: Engine
    path: Path | None
    read_only: bool = False
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    _tidy_log: bool = field(init=False, repr=False, default=False)
    _access: Access | None = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        # A read-only reader cannot remove the -wal and -shm files it makes: done at dispose.
        self._tidy_log = (
            self.read_only and self.path is not None and not _write_ahead_log(self.path).exists()
        )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_name(self) -> str:
        """Where the data lives, for the status bar: a path, or a URL without its password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @property
    def access(self) -> Access:
        """What the account that opened it may do here (learned once, when it is opened).

        A file: the operating-system account, writing unless opened read-only. A server: the
        database role that connected and its group (server_roles): the window disables what it
        cannot do, and a change the server refuses is said in `access.refusal`.
        """
        if self._access is None:
            if self.is_sqlite:
                self._access = Access(local_account(), "local", can_write=not self.read_only)
            else:
                with self.engine.connect() as conn:
                    self._access = learn(conn)
                remember_refusal(self.engine, self._access.refusal, self._access.read_refusal)
        return self._access

    def session(self) -> Session:
        return self._factory()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits, or rolls back and re-raises; stale edits become readable."""
        if self.read_only:
            raise CoordinatorError(READ_ONLY_REFUSAL)
        with self._factory() as session, unit_of_work(session):
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (no write lock taken).

        On SQLite it starts with a deferred BEGIN, so a long read (the dashboard evaluating in a
        worker thread) neither waits for nor blocks other readers and writers.
        """
        with self.engine.connect() as conn:
            conn.info[READING] = True
            try:
                with self._factory(bind=conn) as session:
                    session.info["read_only"] = True
                    try:
                        yield session
                    finally:
                        session.rollback()
            finally:
                conn.info.pop(READING, None)

    def dispose(self) -> None:
        self.engine.dispose()
        if self._tidy_log and self.path is not None:
            self._tidy_log = False
            remove_empty_log(self.path)


def _write_ahead_log(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def remove_empty_log(path: Path) -> None:
    """Remove an empty -wal (and its -shm) beside `path` when no one else has the file open.

    SQLite removes them when the last connection that may write closes; with nothing in the log
    that connection writes nothing to the file itself.
    """
    log_file = _write_ahead_log(path)
    try:
        if not log_file.exists() or log_file.stat().st_size != 0:
            return
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (OSError, sqlite3.Error):
        log.info("left the write-ahead log beside the database as it was")


@contextlib.contextmanager
def unit_of_work(session: Session) -> Iterator[Session]:
    """Commit `session` at the end, or roll back; a stale edit becomes `ConcurrentEditError`."""
    try:
        yield session
        session.commit()
    except StaleDataError as exc:
        session.rollback()
        raise ConcurrentEditError(
            "Changed by someone else since you opened it; nothing was saved. "
            "Reload it and make your change again."
        ) from exc
    except IntegrityError as exc:
        session.rollback()
        refusal = broken_invariant(exc)
        if refusal is None:
            raise
        raise refusal from exc
    except BaseException:
        session.rollback()
        raise


def to_url(target: str) -> URL:
    if "://" in target:
        return make_url(target)
    return URL.create("sqlite+pysqlite", database=str(Path(target).expanduser().resolve()))


def _sqlite_engine(url: URL, *, read_only: bool) -> Engine:
    connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    file = url.database not in (None, "", ":memory:")
    if read_only and file:
        # Read-only at the file level too: closing the last reader then never folds a
        # write-ahead log into a file that may be damaged.
        location = read_only_uri(Path(str(url.database)))
        engine = create_engine(
            url,
            hide_parameters=True,
            creator=lambda: sqlite3.connect(location, uri=True, **connect_args),
        )
    else:
        engine = create_engine(url, hide_parameters=True, connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take over transaction control from pysqlite so BEGIN IMMEDIATE can be issued.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        else:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock at the start, so two writers never deadlock mid-way.
        # Reads (Database.reading) start deferred and never hold the write lock.
        reading = read_only or conn.info.get(READING, False)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, read_only=read_only)
    return server_engine(url)
