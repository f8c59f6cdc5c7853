"""Copying a whole database between a SQLite file and a PostgreSQL server, either way, verified.

`copy_database(source, target)` is how a program moves from a laptop file to the team's server
and back (and, in `server_backups`, how a shared database is backed up and restored). Every
copy is checked (`copy_checks`): each table's row count and a checksum of its rows, computed
the same way on both engines from a canonical form of each row, must match the source's.
Nothing is ever half-written: a SQLite target is built in a temporary file beside it and
renamed into place only once verified; a PostgreSQL target is filled in one transaction
(schema, rows, sequences) that rolls back on any failure. A target holding data is refused
unless `replace` is asked for; what it held is then backed up first.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from coordinator.db import migrate as migrations
from coordinator.db.backup import integrity_errors
from coordinator.db.engine import READING, make_engine, remove_empty_log, resolve_target, to_url
from coordinator.db.server import ServerUnreachableError
from coordinator.errors import CoordinatorError, RefusedError, UnreadableInputError
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.safety.copy_checks import (
    BATCH_ROWS,
    TableCheck,
    Tally,
    compare,
    copy_tables,
    integer_key,
    key_columns,
    self_references,
    table_checks,
    table_rows,
)
from coordinator.tools.os_words import server_failure
from coordinator.tools.private_files import finish_temp, temp_file_beside
from coordinator.tools.text import count_of

log = logging.getLogger(__name__)

REVISION_TABLE = "alembic_version"


class CopyNotVerifiedError(CoordinatorError):
    """The copy's rows did not match the source's; nothing was kept."""


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    tables: tuple[TableCheck, ...]
    revision: str
    replaced_backup: Path | None = None  # where what the target held was saved first

    def rows_of(self, table: str) -> int:
        return next((t.rows for t in self.tables if t.name == table), 0)

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def summary(self) -> str:
        return (
            f"{count_of(self.rows_of('person'), 'person')}, "
            f"{count_of(self.rows_of('checkin'), 'check-in')} and "
            f"{count_of(len(self.tables), 'table')} verified"
        )


# --- reaching either engine ---------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """Where a copy reads from or writes to: a SQLite file or a PostgreSQL server."""

    url: URL

    @classmethod
    def named(cls, target: str) -> Place:
        url = to_url(resolve_target(target))
        backend = url.get_backend_name()
        if backend not in ("sqlite", "postgresql"):
            raise UnreadableInputError(
                f"{target} is neither a database file nor a postgresql+psycopg:// address."
            )
        if backend == "sqlite" and url.database in (None, "", ":memory:"):
            raise UnreadableInputError("Name a database file to copy from or to.")
        return cls(url)

    @property
    def is_file(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path:
        return Path(str(self.url.database))

    @property
    def display(self) -> str:
        if self.is_file:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def same_as(self, other: Place) -> bool:
        if self.is_file and other.is_file:
            return self.path.resolve() == other.path.resolve()
        mine, theirs = self.url.set(password=None), other.url.set(password=None)
        return mine.render_as_string() == theirs.render_as_string()


@contextlib.contextmanager
def _server_failures(place: Place, doing: str) -> Iterator[None]:
    """A server that cannot be reached, refuses the login or refuses a write, in words."""
    try:
        yield
    except ServerUnreachableError as exc:
        said = str(exc.__cause__ or "")
        if "does not exist" in said:
            raise RefusedError(
                f"There is no database {place.url.database} on the server {place.display}: "
                "check its name, or ask whoever runs the server to create it. Nothing was written."
            ) from None
        if "authentication failed" in said or "no password" in said:
            raise RefusedError(
                f"The server {place.display} refused the login: check the user name and "
                "password. Nothing was written."
            ) from None
        raise _unreachable(place, exc.__cause__) from exc
    except DBAPIError as exc:
        orig = exc.orig
        state = getattr(orig, "sqlstate", None) or ""
        if orig is not None and server_failure(orig) is not None:
            raise _unreachable(place, orig) from None
        if state == "42501" or state.startswith("28"):
            raise RefusedError(
                f"The server {place.display} refused {doing}: your database role may not do "
                "that there. Ask whoever runs the server for a coordinator or admin role; "
                "nothing was written."
            ) from None
        if state.startswith("22"):  # a value the server's column cannot hold
            raise RefusedError(
                f"The server {place.display} refused a value while {doing} "
                f"({type(orig).__name__}); nothing was written."
            ) from None
        raise


def _unreachable(place: Place, cause: BaseException | None) -> ServerUnreachableError:
    failure = server_failure(cause) if cause is not None else None
    reason = failure.reason if failure is not None else "the database server is unreachable"
    return ServerUnreachableError(
        f"Cannot copy: {reason} ({place.display}). Check the address and the network (or VPN) "
        "connection, or ask whoever runs the server, and try again; nothing was written."
    )


def _connect_reading(place: Place) -> tuple[Engine, Connection]:
    """A connection reading one consistent snapshot of the source, changing nothing."""
    if place.is_file:
        from coordinator.db.inspection import look

        if not place.path.exists():
            raise UnreadableInputError(f"There is no database at {place.path}.")
        look(place.path)  # refuses what is not a Coordinator database, before reading it
        engine = make_engine(place.url, read_only=True)
        conn = engine.connect()
        conn.info[READING] = True  # a deferred BEGIN: one snapshot, no write lock
    else:
        engine = make_engine(place.url)
        conn = engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
    return engine, conn


def _check_revision(conn: Connection, place: Place, *, as_source: bool) -> str | None:
    revision = migrations.current_revision(conn)
    tables = set(inspect(conn).get_table_names())
    if revision is not None and not migrations.known_revision(revision):
        raise RefusedError(
            f"{place.display} was written by a newer version of Coordinator; install it to "
            "copy this database. Nothing was written."
        )
    if revision is None and tables - {REVISION_TABLE}:
        raise RefusedError(
            f"{place.display} holds tables that are not a Coordinator database; "
            "nothing was written."
        )
    if as_source:
        if revision is None:
            raise UnreadableInputError(f"{place.display} is an empty database; nothing to copy.")
        if revision != migrations.head_revision():
            raise RefusedError(
                f"{place.display} was made by an older Coordinator. Open it once with this "
                f"version (coordinator --db {place.display} init) to bring it up to date, "
                "then copy it. Nothing was written."
            )
    return revision


# Rows the schema's own migrations write into every new database (the calendar id of 0008): not
# data a coordinator entered, and a copy brings the source's own instead.
SCHEMA_SETTINGS = ("calendar_uid_domain",)


def _entered(table: Table) -> Any:
    """A query for one row of `table` that a person (not the schema) put there."""
    query = select(text("1")).select_from(table)
    if table.name == "setting":
        query = query.where(table.c.key.not_in(SCHEMA_SETTINGS))
    return query.limit(1)


def _holds_data(conn: Connection, tables: Sequence[Table]) -> bool:
    present = set(inspect(conn).get_table_names())
    return any(conn.execute(_entered(t)).first() is not None for t in tables if t.name in present)


# --- the copy -----------------------------------------------------------------------------------


def _write_rows(
    source: Connection,
    target: Connection,
    tables: Sequence[Table],
    progress: Progress,
) -> list[TableCheck]:
    """Insert every source row into the target (inside the caller's transaction); return the
    source's checks, computed from the very rows written."""
    total = sum(int(source.scalar(select(text("count(*)")).select_from(t)) or 0) for t in tables)
    for t in tables:  # the new schema's own settings give way to the source's
        if t.name == "setting":
            target.execute(t.delete().where(t.c.key.in_(SCHEMA_SETTINGS)))
    done = 0
    checks = []
    for table in tables:
        tally = Tally(table.name)
        names = [c.name for c in table.columns]
        later = self_references(table)
        key = names.index(key_columns(table)[0].name) if later else -1
        deferred: list[dict[str, object]] = []
        batch: list[dict[str, object]] = []
        for row in table_rows(source, table):
            tally.add(row)
            values = dict(zip(names, row, strict=True))
            if later:
                refs = {c: values[c] for c in later if values[c] is not None}
                if refs:
                    deferred.append({"_key": values[names[key]], **refs})
                    values.update(dict.fromkeys(refs))
            batch.append(values)
            if len(batch) >= BATCH_ROWS:
                target.execute(table.insert(), batch)
                done += len(batch)
                batch = []
                progress.step(done, total, f"Copying {table.name}")
        if batch:
            target.execute(table.insert(), batch)
            done += len(batch)
        for column in later:
            pending = [d for d in deferred if column in d]
            if pending:
                key_column = key_columns(table)[0]
                target.execute(
                    table.update()
                    .where(key_column == _bind("_key"))
                    .values({column: _bind(column)}),
                    [{"_key": d["_key"], column: d[column]} for d in pending],
                )
        progress.step(done, total, f"Copied {table.name}")
        checks.append(tally.check())
    return checks


def _bind(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name)


def _verify(expected: Sequence[TableCheck], found: Sequence[TableCheck], target: Place) -> None:
    problems = compare(expected, found)
    if problems:
        log.warning("a copy did not verify: %s", "; ".join(problems))
        raise CopyNotVerifiedError(
            f"The copy to {target.display} did not verify ({'; '.join(problems)}); "
            "it was not kept and nothing was written there."
        )


def _reset_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """Each serial key's sequence continues after the highest id copied in (PostgreSQL)."""
    for table in tables:
        key = key_columns(table)
        if len(key) != 1 or not integer_key(table):
            continue
        sequence = conn.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": key[0].name},
        )
        if sequence is None:
            continue
        conn.execute(
            text(
                f'SELECT setval(:sequence, coalesce((SELECT max("{key[0].name}") '
                f'FROM "{table.name}"), 0) + 1, false)'
            ),
            {"sequence": sequence},
        )


def _upgrade(conn: Connection) -> None:
    """Build (or bring up to date) the app's schema on `conn`, inside its transaction."""
    from alembic import command

    config = migrations.alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def copy_database(
    source: str | Place,
    target: str | Place,
    *,
    replace: bool = False,
    progress: Progress = NO_PROGRESS,
    saved_as: str = "before-replace",
) -> CopyResult:
    """Copy the whole database at `source` to `target` (a file or a server URL), verified;
    what a replaced server held is first backed up under the reason `saved_as`."""
    origin = source if isinstance(source, Place) else Place.named(source)
    destination = target if isinstance(target, Place) else Place.named(target)
    if origin.same_as(destination):
        raise RefusedError("The source and the target are the same database; nothing was copied.")
    tables = copy_tables()
    had_log = origin.is_file and Path(str(origin.path) + "-wal").exists()
    with _server_failures(origin, "the copy's reading"):
        engine, reader = _connect_reading(origin)
    try:
        with _server_failures(origin, "the copy's reading"), reader.begin():
            revision = _check_revision(reader, origin, as_source=True)
            assert revision is not None
            if destination.is_file:
                checks, saved = _copy_to_file(reader, destination, tables, replace, progress)
            else:
                checks, saved = _copy_to_server(
                    reader, destination, tables, replace, progress, saved_as
                )
    finally:
        reader.close()
        engine.dispose()
        if origin.is_file and not had_log:
            remove_empty_log(origin.path)
    log.info("database copied (%d tables verified)", len(checks))
    return CopyResult(origin.display, destination.display, tuple(checks), revision, saved)


def _copy_to_server(
    reader: Connection,
    destination: Place,
    tables: Sequence[Table],
    replace: bool,
    progress: Progress,
    saved_as: str,
) -> tuple[list[TableCheck], Path | None]:
    engine = make_engine(destination.url)
    saved: Path | None = None
    try:
        with _server_failures(destination, "the copy"):
            if replace:
                saved = _save_before_replacing(destination, tables, saved_as)
            with engine.begin() as conn:
                _check_revision(conn, destination, as_source=False)
                present = set(inspect(conn).get_table_names())
                names = ", ".join(f'"{t.name}"' for t in tables if t.name in present)
                if names:  # nobody writes there while it is filled
                    conn.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
                if _holds_data(conn, tables):
                    if not replace:
                        raise _refuse_non_empty(destination)
                    conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
                _upgrade(conn)
                # The audit entries keep the actor and time they were made with (the server
                # stamps every other new entry itself: migration 0009).
                conn.exec_driver_sql("SET LOCAL coordinator.copying = 'on'")
                checks = _write_rows(reader, conn, tables, progress)
                _reset_sequences(conn, tables)
                progress.step(1, 1, "Verifying the copy")
                _verify(checks, table_checks(conn, tables), destination)
    finally:
        engine.dispose()
    return checks, saved


def _refuse_non_empty(destination: Place) -> RefusedError:
    return RefusedError(
        f"{destination.display} already holds a Coordinator database with data; nothing was "
        "written. To replace it, copy again choosing Replace (--replace on the command line); "
        "what it holds is backed up first."
    )


def _save_before_replacing(destination: Place, tables: Sequence[Table], reason: str) -> Path | None:
    """Back up what a server about to be replaced holds, as a SQLite file in the backup folder."""
    engine = make_engine(destination.url)
    try:
        with engine.connect() as conn:
            if _check_revision(conn, destination, as_source=False) is None:
                return None
            if not _holds_data(conn, tables):
                return None
    finally:
        engine.dispose()
    from coordinator.services.safety.server_backups import backup_server

    return Path(backup_server(destination, reason=reason).target)


def _copy_to_file(
    reader: Connection,
    destination: Place,
    tables: Sequence[Table],
    replace: bool,
    progress: Progress,
) -> tuple[list[TableCheck], Path | None]:
    from coordinator.db.opening import open_database
    from coordinator.services.safety import restore
    from coordinator.services.safety.instance_lock import InstanceLock

    path = destination.path
    existing = path.exists()
    if existing and _file_holds_data(path, tables) and not replace:
        raise _refuse_non_empty(destination)
    saved: Path | None = None
    with contextlib.ExitStack() as held:
        if existing:
            held.enter_context(InstanceLock(path))  # no window has it open while it is replaced
        try:
            with temp_file_beside(path) as partial:
                built = open_database(partial)  # the schema, by the app's own migrations
                try:
                    with built.engine.begin() as conn:
                        checks = _write_rows(reader, conn, tables, progress)
                finally:
                    built.dispose()
                _self_contained(partial)
                progress.step(1, 1, "Verifying the copy")
                _verify(checks, _file_checks(partial, tables), destination)
                problems = integrity_errors(partial)
                if problems:
                    raise CopyNotVerifiedError(
                        f"The copy to {path} failed SQLite's check ({problems[0]}); "
                        "it was not kept."
                    )
                if existing:
                    saved = restore.save_current_state(path) if replace else None
                    restore.settle_journal(path)
                finish_temp(partial, path)
        except OSError as exc:
            from coordinator.db.backup import BackupFailedError
            from coordinator.tools.os_words import os_failure

            failure = os_failure(exc)
            reason = f"{failure.reason}. {failure.advice}" if failure else exc.strerror
            raise BackupFailedError(
                f"Cannot write the copy to {path.parent}: {reason}. Nothing was written."
            ) from exc
    return checks, saved


def _self_contained(path: Path) -> None:
    """Fold the write-ahead log into the file and leave it in rollback-journal mode, so the copy
    is one file (as a backup is) and reading it later makes no -wal beside it."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def _file_holds_data(path: Path, tables: Sequence[Table]) -> bool:
    """Whether an existing file holds a Coordinator database with data (what is not a
    Coordinator database at all is refused, replace or not)."""
    from coordinator.db.inspection import look

    if path.is_file() and path.stat().st_size == 0:
        return False
    look(path)
    had_log = Path(str(path) + "-wal").exists()
    engine = make_engine(URL.create("sqlite+pysqlite", database=str(path)), read_only=True)
    try:
        with engine.connect() as conn:
            conn.info[READING] = True
            _check_revision(conn, Place(engine.url), as_source=False)
            return _holds_data(conn, tables)
    finally:
        engine.dispose()
        if not had_log:
            remove_empty_log(path)


def _file_checks(path: Path, tables: Sequence[Table]) -> list[TableCheck]:
    """The copy as read back from disk by a new connection."""
    engine = make_engine(URL.create("sqlite+pysqlite", database=str(path)), read_only=True)
    try:
        with engine.connect() as conn:
            conn.info[READING] = True
            with conn.begin():
                return table_checks(conn, tables)
    finally:
        engine.dispose()
