"""Opening a current database reads its revision without Alembic, and agrees with Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from coordinator.db import migrate
from coordinator.db.opening import open_database


def test_the_scripts_folder_read_directly_names_alembics_revisions_and_head() -> None:
    scripts = migrate.script_directory()
    by_alembic = {rev.revision: rev.down_revision for rev in scripts.walk_revisions()}
    assert migrate.script_revisions() == by_alembic
    assert migrate.head_revision() == scripts.get_current_head()


def test_current_revision_read_with_sql_is_alembics(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert migrate.current_revision(conn) == (
                MigrationContext.configure(conn).get_current_revision()
            )
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version"))
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) is None
    finally:
        db.dispose()


def test_opening_a_current_database_imports_no_alembic(db_path: Path) -> None:
    open_database(db_path).dispose()  # created and migrated: this one needs Alembic
    code = (
        "import sys\n"
        "from coordinator.db.opening import open_database\n"
        "db = open_database(sys.argv[1])\n"
        "db.dispose()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'mako'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.strip() == "[]"


def test_an_old_database_still_gets_alembic_and_is_migrated(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        conn.execute(text("DROP INDEX ix_checkin_year_day_minutes"))  # what 0002 adds
        conn.execute(text("DROP INDEX ix_checkin_year_mentor_minutes"))
        conn.execute(text("DROP INDEX uq_assignment_one_open"))  # what 0003 adds
        conn.execute(text("DROP INDEX uq_person_email_without_id"))
        conn.execute(text("DROP TABLE campus_access"))  # what 0009 adds
    assert migrate.upgrade_to_head(db) is True
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        indexes = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        assert "ix_checkin_year_day_minutes" in set(indexes.scalars())
    db.dispose()
