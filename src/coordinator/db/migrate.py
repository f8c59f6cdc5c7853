"""Alembic migrations run when a database is opened: backed up first, refused when too new."""

from __future__ import annotations

import ast
import datetime as dt
import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from coordinator import __version__, paths
from coordinator.db.backup import backup_sqlite
from coordinator.db.engine import Database, DatabaseTooNewError, NotADatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

# Alembic (and Mako under it) is imported only when a database needs migrating: opening one that is
# already at the head revision reads alembic_version and the scripts folder directly.

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@functools.cache
def script_revisions() -> dict[str, str | None]:
    """Each migration script's revision and the one it revises, read from the scripts' source.

    Empty when a script is not the plain linear kind (a merge, a branch label, a file we cannot
    read, only compiled files in a frozen app): then Alembic reads the scripts itself.
    """
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        try:
            tree = ast.parse(script.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            return {}
        values: dict[str, object] = {}
        for node in tree.body:
            if isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and isinstance(node.value, ast.Constant):
                        values[target.id] = node.value.value
        revision, down = values.get("revision"), values.get("down_revision")
        plain = values.get("branch_labels") is None and values.get("depends_on") is None
        if not isinstance(revision, str) or not isinstance(down, str | None) or not plain:
            return {}
        found[revision] = down
    return found


@functools.cache  # the scripts ship with the app; parsing them takes 20 ms a time
def head_revision() -> str:
    revisions = script_revisions()
    heads = set(revisions) - set(revisions.values())
    if len(heads) == 1:  # the newest script, if every script lies on one line back to the first
        newest = heads.pop()
        chain: str | None = newest
        seen: set[str] = set()
        while chain is not None and chain in revisions and chain not in seen:
            seen.add(chain)
            chain = revisions[chain]
        if chain is None and seen == set(revisions):
            return newest
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) <= 1:
        return rows[0] if rows else None
    from alembic.runtime.migration import MigrationContext  # several heads: Alembic's own error

    return MigrationContext.configure(conn).get_current_revision()


@functools.cache
def _known_revisions() -> frozenset[str]:
    if revisions := script_revisions():
        return frozenset(revisions)
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
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("database migrated to %s", head)
    return True
