"""Opening a database creates and migrates it; newer or foreign databases are refused."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from coordinator.db.engine import DatabaseTooNewError, NotADatabaseError
from coordinator.db.migrate import head_revision
from coordinator.db.models import Base
from coordinator.db.opening import open_database


def test_new_database_is_migrated_to_head_and_private(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    db.dispose()
    assert set(Base.metadata.tables) <= tables
    assert revision == head_revision()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_connection_settings(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.dispose()


@pytest.mark.filterwarnings("ignore:.*expression-based index:Warning")
def test_schema_matches_models_after_migration(db_path: Path) -> None:
    """Autogenerate finds nothing to do: the migrations build exactly what the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(db_path)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_reopening_a_current_database_changes_nothing(db_path: Path) -> None:
    open_database(db_path).dispose()
    before = db_path.stat().st_mtime_ns
    open_database(db_path).dispose()
    assert not list((db_path.parent).glob("*.partial"))
    assert db_path.stat().st_mtime_ns >= before


def test_database_from_newer_app_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    with pytest.raises(DatabaseTooNewError, match="newer version of Coordinator"):
        open_database(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "ffff_from_the_future",
        )


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes", encoding="utf-8")
    with pytest.raises(NotADatabaseError, match="not a Coordinator database"):
        open_database(path)
    assert path.read_text(encoding="utf-8") == "these are my notes"


def test_other_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(NotADatabaseError, match="not a Coordinator one"):
        open_database(path)


def test_audit_log_is_append_only(db_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    from coordinator.services import audit

    db = open_database(db_path)
    with db.transaction() as session:
        audit.record(session, "create", "program", 1, after={"name": "x"})
    with pytest.raises(IntegrityError, match="append-only"), db.transaction() as session:
        session.execute(text("UPDATE audit_log SET actor = 'someone else'"))
    with pytest.raises(IntegrityError, match="append-only"), db.transaction() as session:
        session.execute(text("DELETE FROM audit_log"))
    db.dispose()


def test_an_older_database_is_backed_up_then_upgraded(db_path: Path) -> None:
    """A file at the first revision, with a person in it, opens at head; a backup came first."""
    from alembic import command

    from coordinator import paths
    from coordinator.db.engine import make_engine, to_url
    from coordinator.db.migrate import alembic_config

    engine = make_engine(to_url(str(db_path)))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            text(
                "INSERT INTO person (employee_id, first_name, last_name, status, created_at, "
                "updated_at, version) VALUES ('004512', 'Zoë', 'O''Brien', 'active', "
                "'2025-08-01 00:00:00', '2025-08-01 00:00:00', 1)"
            )
        )
    engine.dispose()
    assert head_revision() != "0001"  # there is something to upgrade

    db = open_database(db_path)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
        assert conn.execute(text("SELECT last_name FROM person")).scalar() == "O'Brien"
    db.dispose()
    backups = list(paths.backup_dir().glob("*before-migration-0001*.sqlite"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT first_name FROM person").fetchone() == ("Zoë",)
