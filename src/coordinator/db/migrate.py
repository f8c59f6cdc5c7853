"""Alembic migrations run when a database is opened: backed up first, refused when too new."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from coordinator import __version__, paths
from coordinator.db.backup import backup_sqlite
from coordinator.db.engine import Database, DatabaseTooNewError, NotADatabaseError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


@functools.cache  # the scripts ship with the app; parsing them takes 20 ms a time
def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


@functools.cache
def _known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in script_directory().walk_revisions())


def known_revision(revision: str) -> bool:
    return revision in _known_revisions()


def check_not_newer(db: Database) -> str | None:
    """Refuse a database written by a newer app, or a file that is some other program's."""
    with db.engine.connect() as conn:
        revision = current_revision(conn)
        tables = set(inspect(conn).get_table_names())
    if revision is not None and not known_revision(revision):
        raise DatabaseTooNewError(
            f"{db.display_name} was written by a newer version of Coordinator "
            f"(this is version {__version__}). Install the newer version to open it; "
            "nothing was changed."
        )
    if revision is None and tables - {"alembic_version"}:
        raise NotADatabaseError(
            f"{db.display_name} is a database, but not a Coordinator one. "
            "Choose the file Coordinator created, or a new file name; nothing was changed."
        )
    return revision


def upgrade_to_head(db: Database) -> bool:
    """Bring the schema to the app's version; return True when anything was migrated."""
    revision = check_not_newer(db)
    head = head_revision()
    if revision == head:
        return False
    if revision is not None and db.path is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backup_dir() / f"{db.path.stem}-before-migration-{revision}-{stamp}.sqlite"
        backup_sqlite(db.path, target)
        log.info("backed up before migration from %s", revision)
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("database migrated to %s", head)
    return True
