"""The same code runs against PostgreSQL: migrations, the audit guard, concurrent-edit detection."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from coordinator.db.engine import unit_of_work
from coordinator.db.migrate import head_revision
from coordinator.db.models import Base, Campus
from coordinator.db.opening import open_database
from coordinator.errors import ConcurrentEditError
from coordinator.services import audit

pytestmark = pytest.mark.postgres


def test_postgres_database_is_migrated_to_head(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert not db.is_sqlite
        assert db.path is None
        assert db.display_name.startswith("postgresql+psycopg://")
        with db.engine.connect() as conn:
            assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
    finally:
        db.dispose()
    # Opening again is a no-op at head.
    open_database(pg_url).dispose()


def test_postgres_audit_log_is_append_only(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.transaction() as session:
            audit.record(session, "create", "campus", 1, after={"name": "North High"})
        with pytest.raises(DBAPIError, match="append-only"), db.transaction() as session:
            session.execute(text("DELETE FROM audit_log"))
    finally:
        db.dispose()


def test_concurrent_edit_is_detected_not_overwritten(pg_url: str) -> None:
    """Two coordinators open the same campus; the second save is refused with a clear message."""
    db = open_database(pg_url)
    try:
        with db.transaction() as session:
            session.add(Campus(name="Bluebonnet Elementary", region="North"))
        first = db.session()
        second = db.session()
        mine = first.scalars(select(Campus)).one()
        theirs = second.scalars(select(Campus)).one()
        mine.region = "South"
        first.commit()
        with (
            pytest.raises(ConcurrentEditError, match="Changed by someone else since you opened it"),
            unit_of_work(second),
        ):
            theirs.region = "East"
        first.close()
        second.close()
        with db.reading() as session:
            assert session.scalars(select(Campus.region)).one() == "South"
    finally:
        db.dispose()
