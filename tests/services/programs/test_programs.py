"""Programs, years and copy-forward; mentor eligibility and caseload caps under the rule packs."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cohort_builders import YEAR_END, YEAR_START, build_district, make_year, person
from coordinator.db.engine import Database
from coordinator.db.enums import TrainingKind
from coordinator.db.models import Assignment, Enrollment, Role
from coordinator.errors import CoordinatorError, RefusedError
from coordinator.services.cohorts import assignments, caseloads, mentors
from coordinator.services.compliance.packs import LOCAL_PROGRAM, TEXAS_MPA, TEXAS_REQUIRED_TOPICS
from coordinator.services.programs import next_year, programs

DISTRICT = TrainingKind.DISTRICT


def test_a_program_starts_with_its_packs_topics_and_topics_can_be_edited(db: Database) -> None:
    with db.transaction() as session:
        texas = programs.create_program(session, "Texas MPA", rule_pack=TEXAS_MPA)
        programs.create_program(
            session, "Library cohort", topics=["Collection development", "Advocacy"]
        )
        with pytest.raises(RefusedError, match="already exists"):
            programs.create_program(session, "library COHORT")
        programs.edit_program(
            session, texas.id, topics=[*TEXAS_REQUIRED_TOPICS[:2], "Classroom management"]
        )
    with db.reading() as session:
        listed = {p.name: p for p in programs.list_programs(session)}
    assert listed["Library cohort"].rule_pack == LOCAL_PROGRAM
    assert listed["Library cohort"].topics == ["Collection development", "Advocacy"]
    assert listed["Texas MPA"].topics == [*TEXAS_REQUIRED_TOPICS[:2], "Classroom management"]


def test_a_year_has_two_semesters_inside_it(db: Database) -> None:
    with db.transaction() as session:
        year = make_year(session, "Texas MPA", TEXAS_MPA)
        summary = programs.year_summary(session, year)
        with pytest.raises(CoordinatorError, match="must lie inside the year"):
            programs.create_year(
                session,
                year.program,
                "2026-27",
                dt.date(2026, 8, 10),
                dt.date(2027, 5, 28),
                [("Fall", dt.date(2026, 8, 1), dt.date(2026, 12, 18))],
            )
    assert summary.semesters == [
        ("Fall", YEAR_START, dt.date(2025, 12, 31)),
        ("Spring", dt.date(2026, 1, 1), YEAR_END),
    ]


@pytest.mark.parametrize(
    ("label", "following"),
    [("2025-26", "2026-27"), ("2025-2026", "2026-2027"), ("2099-00", "2100-01"), ("2025", "2026")],
)
def test_next_label(label: str, following: str) -> None:
    assert next_year.next_label(label) == following


def test_copy_forward_keeps_second_year_mentees_with_their_mentor(db: Database) -> None:
    district = build_district(db, texas_mentees=4)
    first, second, withdrawn, unassigned = district.texas_mentee_ids
    mentor = district.texas_mentor_ids[4]  # capacity 4
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        for mentee in (first, second, withdrawn):
            assignments.assign(session, year, mentee, mentor, start=YEAR_START)
        enrollment = session.scalars(
            select(Enrollment).where(Enrollment.person_id == second, Enrollment.role == Role.MENTEE)
        ).one()
        enrollment.year_in_program = 2  # already in their second year: completes now
        assignments.withdraw(session, year, withdrawn, on=dt.date(2026, 2, 2))
        result = next_year.copy_forward(session, year)
    assert (result.label, result.mentees_carried, result.mentees_completed) == ("2026-27", 1, 2)
    assert result.mentors == len(district.texas_mentor_ids)
    with db.reading() as session:
        new_year = programs.year_by_id(session, result.year_id)
        carried = session.execute(
            select(Enrollment.person_id, Enrollment.year_in_program).where(
                Enrollment.program_year_id == new_year.id, Enrollment.role == Role.MENTEE
            )
        ).all()
        (assignment,) = session.execute(
            select(Assignment.mentee_id, Assignment.mentor_id, Assignment.start_date).where(
                Assignment.program_year_id == new_year.id
            )
        ).all()
        cohort = caseloads.cohort(session, new_year, mentor)
        semesters = [(s.start_date, s.end_date) for s in new_year.semesters]
    assert [tuple(row) for row in carried] == [(first, 2)]
    assert (assignment.mentee_id, assignment.mentor_id) == (first, mentor)
    assert assignment.start_date == dt.date(2026, 8, 11)
    assert [m.person_id for m in cohort] == [first]
    assert semesters[0] == (dt.date(2026, 8, 11), dt.date(2026, 12, 31))
    assert unassigned not in {row.person_id for row in carried}


def test_bulk_enrollment_counts_people_already_enrolled(db: Database) -> None:
    with db.transaction() as session:
        year = make_year(session, "Library cohort", LOCAL_PROGRAM)
        ids = [person(session, f"X{i}").id for i in range(5)]
        first = programs.enroll(session, year, ids[:3], Role.MENTEE)
        again = programs.enroll(session, year, ids, Role.MENTEE)
    assert (first.added, first.already) == (3, 0)
    assert (again.added, again.already) == (2, 3)


@pytest.mark.parametrize(
    ("pack", "six_hours", "profile_capacity", "cap"),
    [
        (TEXAS_MPA, True, None, 2),
        (TEXAS_MPA, False, None, 4),
        (TEXAS_MPA, False, 3, 3),
        (TEXAS_MPA, True, 30, 2),
        (LOCAL_PROGRAM, False, 35, 35),
        (LOCAL_PROGRAM, True, None, None),
    ],
)
def test_caseload_cap_under_each_pack(
    db: Database, pack: str, six_hours: bool, profile_capacity: int | None, cap: int | None
) -> None:
    with db.transaction() as session:
        year = make_year(session, "Program", pack)
        mentor = person(session, "M1", position="Teacher")
        mentors.edit_mentor_profile(
            session,
            mentor.id,
            years_experience=10,
            teaches_six_hours=six_hours,
            capacity=profile_capacity,
        )
        mentors.add_training(session, mentor.id, "Mentor training", dt.date(2024, 6, 1))
        mentors.add_training(
            session, mentor.id, "District orientation", dt.date(2024, 8, 1), kind=DISTRICT
        )
        result = mentors.eligibility(session, mentor, year)
    assert result.capacity == cap
    assert result.eligible


def test_eligibility_names_the_supervisor_and_missing_profile(db: Database) -> None:
    with db.transaction() as session:
        year = make_year(session, "Texas MPA", TEXAS_MPA)
        principal = person(session, "P1", position="Principal")
        mentee = person(session, "N1", position="Teacher", appraiser_id=principal.id)
        result = mentors.eligibility(session, principal, year, mentee)
    assert result.reasons == [
        "years of experience not recorded (3 needed)",
        "no mentor training recorded",
        "no district mentor training recorded",
        "is the mentee's appraiser",
    ]
    assert result.summary == "; ".join(result.reasons)
