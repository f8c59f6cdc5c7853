"""Ending an assignment or an enrollment, and a person leaving the district: each audited with
exactly the fields that changed, before and after; repeating a change that is already so writes
nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from audit_checks import audit_mark, only_entry, written_since
from cohort_builders import YEAR_START, make_year, person
from coordinator.db.engine import Database
from coordinator.db.models import Role
from coordinator.services.cohorts import assignments
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.programs import programs

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")

ON = YEAR_START + dt.timedelta(days=40)


@dataclass(frozen=True)
class Cohort:
    year_id: int
    mentor_id: int
    other_mentor_id: int
    mentee_id: int
    assignment_id: int


@pytest.fixture
def cohort(db: Database) -> Cohort:
    with db.transaction() as session:
        year = make_year(session, "Library cohort", LOCAL_PROGRAM)
        mentor, other, mentee = (person(session, e) for e in ("M1", "M2", "N1"))
        row = assignments.assign(session, year, mentee.id, mentor.id, start=YEAR_START)
        return Cohort(year.id, mentor.id, other.id, mentee.id, row.id)


def test_reassigning_audits_the_end_of_the_old_assignment_and_the_new_one(
    db: Database, cohort: Cohort
) -> None:
    mark = audit_mark(db)
    with db.transaction() as session:
        year = programs.year_by_id(session, cohort.year_id)
        assignments.reassign(
            session, year, cohort.mentee_id, cohort.other_mentor_id, on=ON, reason="schedule"
        )
    ended, started = (r for r in written_since(db, mark) if r.entity == "assignment")
    assert (ended.action, ended.entity, ended.entity_id) == (
        "end",
        "assignment",
        cohort.assignment_id,
    )
    assert ended.before == {"end_date": None, "end_reason": None}
    assert ended.after == {"end_date": ON.isoformat(), "end_reason": "schedule"}
    assert (started.action, started.entity) == ("assign", "assignment")
    assert started.after is not None
    assert started.after["mentor_id"] == cohort.other_mentor_id


def test_withdrawing_audits_the_assignment_and_the_enrollment_with_their_reason(
    db: Database, cohort: Cohort
) -> None:
    mark = audit_mark(db)
    with db.transaction() as session:
        year = programs.year_by_id(session, cohort.year_id)
        assignments.withdraw(session, year, cohort.mentee_id, on=ON, reason="moved away")
    ended, withdrawn = written_since(db, mark)
    assert ended.after == {"end_date": ON.isoformat(), "end_reason": "moved away"}
    assert (withdrawn.action, withdrawn.entity) == ("end", "enrollment")
    assert withdrawn.before == {"status": "active", "ended_on": None, "end_reason": None}
    assert withdrawn.after == {
        "status": "withdrawn",
        "ended_on": ON.isoformat(),
        "end_reason": "moved away",
    }


def test_re_enrolling_a_withdrawn_mentee_audits_what_the_withdrawal_had_set(
    db: Database, cohort: Cohort
) -> None:
    with db.transaction() as session:
        year = programs.year_by_id(session, cohort.year_id)
        assignments.withdraw(session, year, cohort.mentee_id, on=ON, reason="moved away")
    mark = audit_mark(db)
    with db.transaction() as session:
        year = programs.year_by_id(session, cohort.year_id)
        programs.enroll(session, year, [cohort.mentee_id], Role.MENTEE)
    entry = only_entry(db, mark)
    assert (entry.action, entry.entity, entry.person_id) == (
        "re-enroll",
        "enrollment",
        cohort.mentee_id,
    )
    assert entry.before == {
        "status": "withdrawn",
        "ended_on": ON.isoformat(),
        "end_reason": "moved away",
    }
    assert entry.after == {"status": "active", "ended_on": None, "end_reason": None}


def test_leaving_the_district_is_audited_once(db: Database, cohort: Cohort) -> None:
    mark = audit_mark(db)
    with db.transaction() as session:
        assignments.mark_left_district(session, cohort.mentor_id, on=ON)
    rows = written_since(db, mark)
    left = [r for r in rows if r.entity == "person"]
    assert len(left) == 1
    assert left[0].before == {"status": "active", "left_on": None}
    assert left[0].after == {"status": "left", "left_on": ON.isoformat()}
    assert [r.entity for r in rows if r.action == "end"] == ["assignment", "enrollment"]
    mark = audit_mark(db)
    with db.transaction() as session:
        assignments.mark_left_district(session, cohort.mentor_id, on=ON)
    assert written_since(db, mark) == []
