"""Assignments with effective dates: the 35-librarian cohort, reassignment history, overrides."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cohort_builders import YEAR_START, build_district, person
from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, Enrollment, EnrollmentStatus, Person, Role
from coordinator.errors import RefusedError
from coordinator.services.cohorts import assignments, caseloads, mentors
from coordinator.services.programs import programs


def test_librarian_mentor_carries_35_of_35_with_every_mentee_listed(db: Database) -> None:
    district = build_district(db, texas_mentees=0)
    with db.reading() as session:
        year = programs.year_by_id(session, district.library_year_id)
        (load,) = caseloads.mentor_loads(session, year)
        members = caseloads.cohort(session, year, district.library_mentor_id)
    assert load.load_text == "35/35"
    assert load.eligible
    assert not load.over_cap
    assert load.reasons == []
    assert sorted(m.person_id for m in members) == sorted(district.librarian_ids)
    assert {m.assigned_since for m in members} == {YEAR_START}


def test_the_36th_librarian_needs_an_override_and_the_override_is_kept(db: Database) -> None:
    district = build_district(db, texas_mentees=0)
    with db.transaction() as session:
        year = programs.year_by_id(session, district.library_year_id)
        extra = person(session, "L0999", position="School Librarian").id
        with pytest.raises(RefusedError, match=r"caseload full \(35/35\)"):
            assignments.assign(session, year, extra, district.library_mentor_id)
        made = assignments.assign(
            session,
            year,
            extra,
            district.library_mentor_id,
            override_reason="only librarian mentor in the district",
        )
        made_id = made.id
    with db.reading() as session:
        year = programs.year_by_id(session, district.library_year_id)
        (load,) = caseloads.mentor_loads(session, year)
        (history,) = caseloads.assignment_history(session, extra)
        entry_after = session.scalar(
            select(AuditEntry.after).where(
                AuditEntry.entity == "assignment", AuditEntry.entity_id == made_id
            )
        )
    assert load.load_text == "36/35"
    assert load.over_cap
    assert "over the caseload cap (36/35)" in load.reasons
    assert history.override_reason == (
        "only librarian mentor in the district (overrides: caseload full (35/35))"
    )
    assert entry_after is not None
    assert entry_after["override_reason"] == history.override_reason


def test_reassign_ends_the_old_assignment_the_day_the_new_one_starts(db: Database) -> None:
    district = build_district(db, texas_mentees=0)
    moved = district.librarian_ids[3]
    on = dt.date(2025, 10, 6)
    with db.transaction() as session:
        year = programs.year_by_id(session, district.library_year_id)
        second = person(session, "L0002", position="Librarian", campus_id=district.campus_ids[1])
        mentors.edit_mentor_profile(session, second.id, capacity=10)
        assignments.reassign(
            session, year, moved, second.id, on=on, reason="moved to a high-school campus"
        )
        second_id = second.id
    with db.reading() as session:
        year = programs.year_by_id(session, district.library_year_id)
        history = caseloads.assignment_history(session, moved)
        old_cohort = caseloads.cohort(session, year, district.library_mentor_id, on)
        before_move = caseloads.cohort(
            session, year, district.library_mentor_id, on - dt.timedelta(1)
        )
        audit_rows = session.execute(
            select(AuditEntry.action, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.person_id == moved)
            .order_by(AuditEntry.id)
        ).all()
    first, current = history
    assert (first.mentor_id, first.start_date, first.end_date) == (
        district.library_mentor_id,
        YEAR_START,
        on,
    )
    assert first.end_reason == "moved to a high-school campus"
    assert (current.mentor_id, current.start_date, current.end_date) == (second_id, on, None)
    assert moved not in {m.person_id for m in old_cohort}
    assert moved in {m.person_id for m in before_move}
    _action, before, after = next(row for row in audit_rows if row.action == "end")
    assert before["end_date"] is None
    assert after["end_date"] == on.isoformat()
    assert after["end_reason"] == "moved to a high-school campus"


def test_reassign_needs_a_reason_and_a_current_mentor(db: Database) -> None:
    district = build_district(db, texas_mentees=1)
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        mentee = district.texas_mentee_ids[0]
        with pytest.raises(RefusedError, match="assign one instead"):
            assignments.reassign(
                session, year, mentee, district.texas_mentor_ids[1], on=YEAR_START, reason="x"
            )
        assignments.assign(session, year, mentee, district.texas_mentor_ids[1], start=YEAR_START)
        with pytest.raises(Exception, match="Give a reason"):
            assignments.reassign(
                session, year, mentee, district.texas_mentor_ids[2], on=YEAR_START, reason=" "
            )


def test_a_supervisor_mentors_only_with_an_override_reason(db: Database) -> None:
    district = build_district(db, texas_mentees=1)  # mentee 0 is supervised by mentor 0
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        mentee, head = district.texas_mentee_ids[0], district.texas_mentor_ids[0]
        with pytest.raises(RefusedError, match="is the mentee's supervisor"):
            assignments.assign(session, year, mentee, head, start=YEAR_START)
        made = assignments.assign(
            session, year, mentee, head, start=YEAR_START, override_reason="they asked"
        )
        assert made.override_reason == "they asked (overrides: is the mentee's supervisor)"


def test_ineligible_mentor_reasons_and_override(db: Database) -> None:
    district = build_district(db, texas_mentees=1)
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        novice = person(session, "T9000", position="Teacher")
        mentors.edit_mentor_profile(session, novice.id, years_experience=2)
        mentors.add_training(session, novice.id, "Mentor training", YEAR_START + dt.timedelta(5))
        mentee = session.get(Person, district.texas_mentee_ids[0])
        assert mentee is not None
        result = mentors.eligibility(session, novice, year, mentee)
        assert not result.eligible
        assert result.reasons == [
            "fewer than 3 years of experience (2)",
            "mentor training not completed before the year began (completed 2025-08-16)",
        ]
        with pytest.raises(RefusedError, match="fewer than 3 years"):
            assignments.assign(session, year, mentee.id, novice.id)
        made = assignments.assign(
            session, year, mentee.id, novice.id, override_reason="the only math teacher on campus"
        )
        assert made.override_reason is not None
        assert made.override_reason.startswith("the only math teacher on campus (overrides:")


def test_withdraw_and_leaving_the_district_end_assignments(db: Database) -> None:
    district = build_district(db, texas_mentees=3)
    a, b, c = district.texas_mentee_ids
    mentor = district.texas_mentor_ids[2]
    day = dt.date(2025, 11, 3)
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        for mentee in (a, b):
            assignments.assign(session, year, mentee, mentor, start=YEAR_START)
        assignments.withdraw(session, year, a, on=day)
        ended = assignments.mark_left_district(session, mentor, on=day)
    assert ended == 1  # only b was still with the mentor
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        history_a = caseloads.assignment_history(session, a)
        history_b = caseloads.assignment_history(session, b)
        unassigned = {m.person_id for m in caseloads.unassigned_mentees(session, year, day)}
        status_a = session.scalar(
            select(Enrollment.status).where(
                Enrollment.person_id == a, Enrollment.role == Role.MENTEE
            )
        )
        loads = {m.person_id: m for m in caseloads.mentor_loads(session, year, day)}
    assert (history_a[0].end_date, history_a[0].end_reason) == (day, "withdrew from the program")
    assert (history_b[0].end_date, history_b[0].end_reason) == (day, "mentor left the district")
    assert status_a == EnrollmentStatus.WITHDRAWN
    assert unassigned == {b, c}  # a withdrew, so is no longer waiting for a mentor
    assert mentor not in loads  # their enrollment ended with them


def test_days_from_hire_to_first_assignment_and_never_assigned(db: Database) -> None:
    district = build_district(db, texas_mentees=2)
    first, second = district.texas_mentee_ids
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        hired = session.get(Person, first)
        assert hired is not None
        assert hired.hire_date is not None
        late_start = hired.hire_date + dt.timedelta(days=45)
        assignments.assign(session, year, first, district.texas_mentor_ids[3], start=late_start)
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        rows = {r.person_id: r for r in caseloads.days_to_first_assignment(session, year)}
        never = [m.person_id for m in caseloads.never_assigned(session, year)]
    assert rows[first].days == 45
    assert rows[first].late
    assert rows[first].first_assigned == late_start
    assert rows[second].first_assigned is None
    assert rows[second].late
    assert never == [second]


def test_demo_district_librarian_mentor_shows_35_of_35_with_every_mentee(db: Database) -> None:
    from coordinator.demo import LIBRARY_PROGRAM, build_demo
    from coordinator.services.lookup import program_year_by_names

    build_demo(db, scale="district")
    with db.reading() as session:
        year = program_year_by_names(session, LIBRARY_PROGRAM, "2025-26")
        (mentor,) = caseloads.mentor_loads(session, year)
        members = caseloads.cohort(session, year, mentor.person_id)
        librarians = session.scalars(
            select(Enrollment.person_id).where(
                Enrollment.program_year_id == year.id, Enrollment.role == Role.MENTEE
            )
        ).all()
    assert mentor.load_text == "35/35"
    assert mentor.position == "Library Services Coordinator"
    assert sorted(m.person_id for m in members) == sorted(librarians)
    assert len(members) == 35
