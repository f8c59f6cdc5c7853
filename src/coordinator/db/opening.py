"""Opening a database: create the file if asked, prove it ours, then migrate it or check it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from coordinator.db import migrate as migrations
from coordinator.db.engine import (
    Database,
    NotADatabaseError,
    make_engine,
    resolve_target,
    to_url,
)
from coordinator.db.inspection import look, refuse_damaged
from coordinator.db.schema_signature import APPLICATION_ID
from coordinator.db.server import NotPermittedError
from coordinator.errors import CoordinatorError, RefusedError, UnreadableInputError
from coordinator.tools.os_words import on_read_only_medium
from coordinator.tools.private_files import create_private_file


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    migrate: bool = True,
    read_only: bool = False,
    create: bool = True,
    damage_checked: bool = False,
) -> Database:
    """Open (creating and migrating as needed) the database named by `target`.

    A SQLite file is first looked at read-only (`inspection.look`): one that is not proven a
    Coordinator database, or that is damaged when it would be written to, is refused before a
    byte of it changes. `damage_checked` says the caller already ran the quick check.
    """
    url = to_url(resolve_target(target))
    path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(str(url.database))
        _prove_file(path, read_only=read_only, create=create, damage_checked=damage_checked)
    engine = make_engine(url, read_only=read_only)
    db = Database(url=url, engine=engine, path=path, read_only=read_only)
    try:
        _probe(db)
        if migrate and not read_only:
            _upgrade(db)
            _mark_as_ours(db)
        else:
            migrations.check_not_newer(db)
        db.access  # noqa: B018 - learned now, so a role that cannot be read fails at open
    except BaseException:
        engine.dispose()
        raise
    return db


def _upgrade(db: Database) -> None:
    try:
        migrations.upgrade_to_head(db)
    except NotPermittedError:  # a server account that does not own the tables
        raise RefusedError(
            f"{db.display_name} is older than this version of Coordinator, and your account "
            "may not bring it up to date: whoever set up the server runs "
            "`coordinator server setup URL` with this version. Nothing was changed."
        ) from None


def _prove_file(path: Path, *, read_only: bool, create: bool, damage_checked: bool) -> None:
    if not os.path.lexists(path):
        if not create or read_only:
            raise UnreadableInputError(f"There is no database at {path}.")
        try:
            create_private_file(path)
        except OSError as exc:
            raise CoordinatorError(
                f"Cannot create the database {path}: {exc.strerror}. "
                "Choose a folder you may write to."
            ) from exc
        return
    found = look(path)
    if not read_only and not damage_checked and not found.fresh:
        refuse_damaged(path, str(path))


def _mark_as_ours(db: Database) -> None:
    """Give a SQLite file Coordinator's application id (files made before it was set lack it)."""
    if not db.is_sqlite or db.path is None:
        return
    with db.engine.connect() as conn:
        if conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID:
            return
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _probe(db: Database) -> None:
    """Touch the database once so unreadable files fail here with a clear message."""
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            inspect(conn).get_table_names()
    except UnicodeDecodeError:  # SQLite's own complaint about the file held damaged bytes
        raise NotADatabaseError(
            f"{db.display_name} cannot be opened as a database (its pages are damaged). "
            "Restore a backup, or choose another file."
        ) from None
    except DBAPIError as exc:
        original = exc.orig
        if db.path is not None and on_read_only_medium(db.path):
            raise UnreadableInputError(
                f"{db.display_name} is on a read-only disk or folder, so it cannot be changed "
                "here. Open it read-only to look and make reports, or copy it to a folder you "
                "may write to and open the copy."
            ) from None
        if isinstance(original, sqlite3.DatabaseError):
            raise NotADatabaseError(
                f"{db.display_name} cannot be opened as a database ({original}). "
                "It may be damaged: restore a backup, or choose another file."
            ) from None
        raise UnreadableInputError(
            f"Cannot connect to the database {db.display_name}: "
            f"{type(original).__name__}. Check the address and that the server is running."
        ) from None
