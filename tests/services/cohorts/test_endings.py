"""Ending a mentee's year: end the assignment, withdraw, mark completed; checked and audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cohort_builders import YEAR_END, YEAR_START, District, build_district
from coordinator.db.engine import Database
from coordinator.db.models import Enrollment, EnrollmentStatus, Role
from coordinator.errors import CoordinatorError
from coordinator.services import audit
from coordinator.services.audit_view import AuditFilter, audit_lines
from coordinator.services.cohorts import assignments, caseloads
from coordinator.services.programs import programs

DAY = dt.date(2026, 1, 15)


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, texas_mentees=0)


def _status(db: Database, mentee: int, year_id: int) -> EnrollmentStatus:
    with db.reading() as session:
        status = session.scalar(
            select(Enrollment.status).where(
                Enrollment.person_id == mentee,
                Enrollment.program_year_id == year_id,
                Enrollment.role == Role.MENTEE,
            )
        )
    assert status is not None
    return status


def test_ending_an_assignment_puts_the_mentee_back_in_the_queue(
    db: Database, district: District
) -> None:
    mentee = district.librarian_ids[0]
    with db.transaction() as session:
        year = programs.year_by_id(session, district.library_year_id)
        assignments.end_assignment(session, year, mentee, on=DAY, reason=" mentor on leave ")
    with db.reading() as session:
        year = programs.year_by_id(session, district.library_year_id)
        waiting = {m.person_id for m in caseloads.unassigned_mentees(session, year, DAY)}
        (line,) = caseloads.assignment_history(session, mentee)
        words = audit_lines(session, AuditFilter(person_id=mentee))
    assert mentee in waiting
    assert (line.end_date, line.end_reason) == (DAY, "mentor on leave")
    assert _status(db, mentee, district.library_year_id) == EnrollmentStatus.ACTIVE
    assert words[0].what == "Ended the mentor assignment on 2026-01-15: mentor on leave"


def test_marking_completed_ends_the_assignment_and_the_year(
    db: Database, district: District
) -> None:
    mentee = district.librarian_ids[1]
    with db.transaction() as session:
        year = programs.year_by_id(session, district.library_year_id)
        assignments.mark_completed(session, year, mentee, on=YEAR_END)
    assert _status(db, mentee, district.library_year_id) == EnrollmentStatus.COMPLETED
    with db.reading() as session:
        words = [line.what for line in audit_lines(session, AuditFilter(person_id=mentee))]
    assert words[:2] == [
        "Completed the program on 2026-05-29",
        "Ended the mentor assignment on 2026-05-29: completed the program",
    ]


def test_withdrawal_is_in_words_with_its_reason(db: Database, district: District) -> None:
    mentee = district.librarian_ids[2]
    with db.transaction() as session:
        year = programs.year_by_id(session, district.library_year_id)
        assignments.withdraw(session, year, mentee, on=DAY, reason="moved to Austin")
    with db.reading() as session:
        words = audit_lines(session, AuditFilter(person_id=mentee))
    assert words[0].what == "Withdrew from the program on 2026-01-15: moved to Austin"
    assert _status(db, mentee, district.library_year_id) == EnrollmentStatus.WITHDRAWN


@pytest.mark.parametrize(
    ("on", "reason", "field", "words"),
    [
        (YEAR_START - dt.timedelta(days=1), "moved", "on", "outside the program year 2025-26"),
        (YEAR_END + dt.timedelta(days=1), "moved", "on", "outside the program year 2025-26"),
        (DAY, "   ", "reason", "Give a reason"),
    ],
)
def test_a_bad_day_or_no_reason_is_refused_naming_the_field(
    db: Database, district: District, on: dt.date, reason: str, field: str, words: str
) -> None:
    mentee = district.librarian_ids[3]
    for ending in (assignments.withdraw, assignments.mark_completed, assignments.end_assignment):
        with db.transaction() as session:
            year = programs.year_by_id(session, district.library_year_id)
            with pytest.raises(CoordinatorError, match=words) as refused:
                ending(session, year, mentee, on=on, reason=reason)
        assert refused.value.field == field
    assert _status(db, mentee, district.library_year_id) == EnrollmentStatus.ACTIVE


def test_a_year_already_ended_cannot_end_again(db: Database, district: District) -> None:
    mentee = district.librarian_ids[4]
    with db.transaction() as session:
        year = programs.year_by_id(session, district.library_year_id)
        assignments.withdraw(session, year, mentee, on=DAY, reason="moved")
    with db.transaction() as session:
        year = programs.year_by_id(session, district.library_year_id)
        with pytest.raises(CoordinatorError, match="already ended on 2026-01-15") as refused:
            assignments.mark_completed(session, year, mentee, on=YEAR_END)
        assert refused.value.field == "mentee_id"
        with pytest.raises(CoordinatorError, match="already ended"):
            assignments.end_assignment(session, year, mentee, on=YEAR_END, reason="x")
    with db.reading() as session:
        entries = audit.recent_entries(session, person_id=mentee)
    assert [e.action for e in entries] == ["end", "end", "assign", "enroll"]
