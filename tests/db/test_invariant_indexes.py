"""Migration 0003: the database itself holds one open assignment per mentee and one person per
e-mail without an ID; duplicates already there are closed (assignments) or refused (people)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session
from tests.cohort_builders import YEAR_START

from coordinator.db.engine import Database, make_engine, to_url
from coordinator.db.migrate import alembic_config, head_revision
from coordinator.db.models import (
    Assignment,
    AuditEntry,
    Enrollment,
    Person,
    Program,
    ProgramYear,
    Role,
    RulePack,
)
from coordinator.db.opening import open_database
from coordinator.errors import RefusedError

CLOSED = "closed on upgrade: a later assignment was open at the same time"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, db_path: Path) -> str:
    if request.param == "sqlite":
        return str(db_path)
    return str(request.getfixturevalue("pg_url"))


def _at_0002(target: str) -> Database:
    url = to_url(target)
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    return Database(url, engine, None)


def _revision(target: str) -> str | None:
    engine = make_engine(to_url(target))
    with engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return revision


def _row(session: Session, model: Any, **values: Any) -> int:
    """Insert with only the columns given (and their defaults), as a 0002 table has them: the
    ORM would name every column today's model has, and later migrations added some."""
    return int(session.execute(insert(model.__table__).values(**values)).inserted_primary_key[0])


def _two_open_assignments(db: Database) -> tuple[int, int]:
    """A mentee with two open mentors, as two Match alls at once left them before 0003."""
    with db.transaction() as session:
        pack = _row(session, RulePack, name="Local", description="", rules={}, builtin=False)
        program = _row(session, Program, name="Library cohort", description="",
                       rule_pack_id=pack, match_weights={})  # fmt: skip
        year = _row(session, ProgramYear, program_id=program, label="2025-26",
                    start_date=YEAR_START, end_date=dt.date(2026, 6, 5))  # fmt: skip
        first, second, mentee = (
            _row(session, Person, employee_id=e, first_name="F" + e, last_name="L" + e)
            for e in ("M001", "M002", "N001")
        )
        for pid, role in ((first, Role.MENTOR), (second, Role.MENTOR), (mentee, Role.MENTEE)):
            _row(session, Enrollment, program_year_id=year, person_id=pid, role=role)
        older = _row(session, Assignment, program_year_id=year, mentee_id=mentee,
                     mentor_id=first, start_date=YEAR_START)  # fmt: skip
        later = _row(session, Assignment, program_year_id=year, mentee_id=mentee,
                     mentor_id=second, start_date=YEAR_START + dt.timedelta(days=7))  # fmt: skip
        return older, later


def test_duplicate_open_assignments_are_closed_on_upgrade(target: str) -> None:
    old_db = _at_0002(target)
    older, later = _two_open_assignments(old_db)
    old_db.dispose()
    db = open_database(target)
    try:
        with db.reading() as session:
            kept = session.get(Assignment, later)
            closed = session.get(Assignment, older)
            assert kept is not None
            assert closed is not None
            assert kept.end_date is None
            assert closed.end_date == YEAR_START + dt.timedelta(days=7)
            assert closed.end_reason == CLOSED
            entry = session.scalars(
                select(AuditEntry).where(AuditEntry.entity_id == older, AuditEntry.action == "end")
            ).one()
            assert (entry.actor, entry.after) == (
                "upgrade",
                {"end_date": "2025-08-18", "end_reason": CLOSED},
            )
    finally:
        db.dispose()


def test_duplicate_people_without_an_id_are_refused_and_nothing_changes(target: str) -> None:
    old_db = _at_0002(target)
    with old_db.transaction() as session:
        for email in ("pat.lee@district.example", " Pat.Lee@District.example"):
            _row(session, Person, first_name="Pat", last_name="Lee", email=email)
    old_db.dispose()
    with pytest.raises(RefusedError) as refused:
        open_database(target)
    assert str(refused.value).startswith(
        "This database has 2 people without an employee ID who share 1 e-mail addresses"
    )
    assert "Nothing was changed" in str(refused.value)
    assert _revision(target) == "0002"


def test_the_indexes_refuse_a_second_open_assignment_or_person_in_words(target: str) -> None:
    assert head_revision() == "0016"
    db = open_database(target)
    try:
        with pytest.raises(RefusedError, match="already has an open assignment"):
            _two_open_assignments(db)
        with db.transaction() as session:
            session.add(Person(first_name="Pat", last_name="Lee", email="pat@district.example"))
        with (
            pytest.raises(RefusedError, match="already has this e-mail address"),
            db.transaction() as s,
        ):
            s.add(Person(first_name="Pat", last_name="Lee", email=" PAT@district.example"))
        with db.transaction() as session:  # with an employee ID the e-mail may repeat
            session.add(
                Person(
                    employee_id="E1", first_name="P", last_name="L", email="pat@district.example"
                )
            )
    finally:
        db.dispose()


def test_a_server_engine_gives_the_partial_indexes_their_postgresql_where() -> None:
    """Not named where the indexes are declared (that loaded SQLAlchemy's PostgreSQL dialect on
    every start, a SQLite file's too): added when a server engine is made, SQLite's clause."""
    from sqlalchemy import make_url
    from sqlalchemy.schema import CreateIndex

    from coordinator.db.models import Base
    from coordinator.db.server import server_engine

    engine = server_engine(make_url("postgresql+psycopg://coordinator@127.0.0.1:1/none"))
    try:  # never connected: the DDL is only compiled
        ddl = {
            index.name: str(CreateIndex(index).compile(dialect=engine.dialect))
            for table in Base.metadata.tables.values()
            for index in table.indexes
            if index.dialect_options["sqlite"]["where"] is not None
        }
    finally:
        engine.dispose()
    assert set(ddl) == {"uq_person_email_without_id", "uq_assignment_one_open"}
    assert ddl["uq_person_email_without_id"].endswith(
        "WHERE employee_id IS NULL AND email IS NOT NULL"
    )
    assert ddl["uq_assignment_one_open"].endswith("WHERE end_date IS NULL")
