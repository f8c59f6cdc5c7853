"""A small district whose second roster holds possible duplicates, for the duplicate review."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from sqlalchemy import select
from tests.cohort_builders import YEAR_START, make_year
from tests.importing.corpus import HEADERS_MONTH_1, MONTH_1, write_csv, write_xlsx

from coordinator.db.engine import Database
from coordinator.db.models import (
    Assignment,
    Campus,
    Checkin,
    CheckinAttendee,
    CheckinKind,
    Person,
    Role,
)
from coordinator.importing.roster.pipeline import apply_import, prepare_import
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.programs import programs

NFD_BJORK = unicodedata.normalize("NFD", "Björk")


def seed_people(db: Database, tmp_path: Path) -> None:
    apply_import(
        db, prepare_import(db, write_xlsx(tmp_path / "seed.xlsx", HEADERS_MONTH_1, MONTH_1))
    )
    with db.transaction() as session:
        campus = session.scalar(select(Campus).where(Campus.name == "Lamar Elementary"))
        assert campus is not None
        # typed by hand long ago, the accent in decomposed form (NFD)
        session.add(
            Person(employee_id="555001", last_name=NFD_BJORK, first_name="Ana", campus=campus)
        )


SECOND_FILE = [
    # a new ID with the e-mail 115840 holds
    ["999001", "García", "Zoë", "zoe.garcia@district.org", "Crockett High", "Librarian", ""],
    # Jo Smith, hired the same day as 115839, at another campus, under a new ID
    ["999003", "Smith", "Jo", "", "Lamar Elementary", "Teacher", "08/11/2025"],
    # Ana Björk typed in NFC at the same campus under a new ID: the NFD twin of 555001
    ["999004", "Björk", "Ana", "", "Lamar Elementary", "Librarian", ""],
]


def second_import(db: Database, tmp_path: Path) -> int:
    path = write_csv(tmp_path / "october.csv", HEADERS_MONTH_1, SECOND_FILE)
    _plan, result = apply_import(db, prepare_import(db, path, date_order="mdy"))
    assert result.batch_id is not None
    return result.batch_id


def history_of_twins(db: Database) -> tuple[int, int, int]:
    """A program year where B (777001, the twin of 090011 typed with another ID) has a mentor,
    an enrollment and a check-in; A (090011) is enrolled too."""
    with db.transaction() as session:
        year = make_year(session, "Library cohort", LOCAL_PROGRAM)
        a = session.scalar(select(Person).where(Person.employee_id == "090011"))
        mentor = session.scalar(select(Person).where(Person.employee_id == "115838"))
        assert a is not None
        assert mentor is not None
        b = Person(
            employee_id="777001",
            last_name="Nguyen",
            first_name="Mai",
            email="m.nguyen@district.org",
        )
        session.add(b)
        session.flush()
        programs.enroll(session, year, [a.id, b.id], Role.MENTEE)
        programs.enroll(session, year, [mentor.id], Role.MENTOR)
        session.add(
            Assignment(
                program_year_id=year.id, mentee_id=b.id, mentor_id=mentor.id, start_date=YEAR_START
            )
        )
        checkin = Checkin(
            program_year_id=year.id,
            mentor_id=mentor.id,
            occurred_on=YEAR_START + dt.timedelta(days=3),
            kind=CheckinKind.ONE_TO_ONE,
            minutes=45,
        )
        checkin.attendees.append(CheckinAttendee(mentee_id=b.id))
        session.add(checkin)
        session.flush()
        return year.id, a.id, b.id
