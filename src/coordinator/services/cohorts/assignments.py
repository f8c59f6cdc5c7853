"""Cohorts: assign, reassign and end assignments with effective dates, and what they add up to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.locks import hold_year_assignments
from coordinator.db.models import (
    Assignment,
    Enrollment,
    EnrollmentStatus,
    Person,
    PersonStatus,
    ProgramYear,
    Role,
)
from coordinator.errors import CoordinatorError, NotFoundError, RefusedError
from coordinator.services import audit
from coordinator.services.cohorts.caseloads import open_assignment
from coordinator.services.cohorts.mentors import eligibility, hard_refusal
from coordinator.services.people import ENROLLMENT_STATUS_LABELS
from coordinator.services.programs.programs import ENROLLMENT_END_FIELDS, enroll, reference_day

ASSIGNMENT_FIELDS = (
    "program_year_id",
    "mentee_id",
    "mentor_id",
    "start_date",
    "end_date",
    "end_reason",
    "override_reason",
)


# --- changes ------------------------------------------------------------------------------------


def assign(
    session: Session,
    year: ProgramYear,
    mentee_id: int,
    mentor_id: int,
    *,
    start: dt.date | None = None,
    override_reason: str | None = None,
    match_reasons: str | None = None,
    batch_id: int | None = None,
) -> Assignment:
    """Assign a mentor from `start`; an ineligible mentor needs an override reason (audited).

    Takes the year's assignment lock first, so the "already has a mentor" and capacity checks
    below see every assignment another coordinator committed, and none can slip in between.
    """
    hold_year_assignments(session, year.id)
    mentee, mentor = _person(session, mentee_id), _person(session, mentor_id)
    day = start or reference_day(year)
    if not year.start_date <= day <= year.end_date:
        raise CoordinatorError(
            f"The start date {day.isoformat()} is outside the program year {year.label} "
            f"({year.start_date.isoformat()} to {year.end_date.isoformat()}).",
            field="start",
        )
    if mentee.status == PersonStatus.LEFT:
        raise RefusedError(
            f"Employee {mentee.employee_id or mentee.id} has left the district.", field="mentee_id"
        )
    current = open_assignment(session, year.id, mentee_id, day)
    if current is not None:
        raise RefusedError(
            f"Employee {mentee.employee_id or mentee.id} already has a mentor from "
            f"{current.start_date.isoformat()}; reassign instead.",
            field="mentee_id",
        )
    override = _check_eligible(session, year, mentor, mentee, day, override_reason)
    _ensure_enrolled(session, year, mentee_id, Role.MENTEE, day)
    _ensure_enrolled(session, year, mentor_id, Role.MENTOR, day)
    assignment = Assignment(
        program_year_id=year.id,
        mentee_id=mentee_id,
        mentor_id=mentor_id,
        start_date=day,
        override_reason=override,
        match_reasons=match_reasons,
    )
    session.add(assignment)
    session.flush()
    audit.record(
        session,
        "assign",
        "assignment",
        assignment.id,
        after=audit.snapshot(assignment, ASSIGNMENT_FIELDS),
        person_id=mentee_id,
        batch_id=batch_id,
    )
    return assignment


def reassign(
    session: Session,
    year: ProgramYear,
    mentee_id: int,
    new_mentor_id: int,
    *,
    on: dt.date,
    reason: str,
    override_reason: str | None = None,
) -> Assignment:
    """End the current assignment on `on` with a reason, and start the new mentor on that day."""
    if not reason.strip():
        raise CoordinatorError(
            "Give a reason for the reassignment; it is kept in the history.", field="reason"
        )
    hold_year_assignments(session, year.id)
    current = open_assignment(session, year.id, mentee_id, on)
    if current is None:
        raise RefusedError(
            f"This mentee has no mentor on {on.isoformat()}; assign one instead of reassigning.",
            field="mentee_id",
        )
    if current.mentor_id == new_mentor_id:
        raise RefusedError("The mentee already has that mentor.", field="new_mentor_id")
    if on < current.start_date:
        raise CoordinatorError(
            f"The reassignment date {on.isoformat()} is before the current assignment began "
            f"({current.start_date.isoformat()}).",
            field="on",
        )
    _end(session, current, on, reason.strip())
    return assign(
        session, year, mentee_id, new_mentor_id, start=on, override_reason=override_reason
    )


def withdraw(
    session: Session,
    year: ProgramYear,
    mentee_id: int,
    *,
    on: dt.date,
    reason: str = "withdrew from the program",
) -> None:
    """The mentee leaves the program: the assignment ends on `on`, the enrollment is withdrawn."""
    _finish(session, year, mentee_id, EnrollmentStatus.WITHDRAWN, on, reason)


def mark_completed(
    session: Session,
    year: ProgramYear,
    mentee_id: int,
    *,
    on: dt.date,
    reason: str = "completed the program",
) -> None:
    """The mentee completed the year: the assignment ends on `on`, the enrollment is completed."""
    _finish(session, year, mentee_id, EnrollmentStatus.COMPLETED, on, reason)


def end_assignment(
    session: Session, year: ProgramYear, mentee_id: int, *, on: dt.date, reason: str
) -> Assignment:
    """End the mentee's current assignment on `on`; they stay enrolled and wait for a mentor."""
    why = _checked_ending(session, year, mentee_id, on, reason)
    current = open_assignment(session, year.id, mentee_id, on)
    if current is None:
        raise RefusedError(
            f"This mentee has no mentor on {on.isoformat()}, so there is no assignment to end.",
            field="mentee_id",
        )
    _check_not_before_start(current, on)
    _end(session, current, on, why)
    return current


def _finish(
    session: Session,
    year: ProgramYear,
    mentee_id: int,
    status: EnrollmentStatus,
    on: dt.date,
    reason: str,
) -> None:
    why = _checked_ending(session, year, mentee_id, on, reason)
    current = open_assignment(session, year.id, mentee_id, on)
    if current is not None:
        _check_not_before_start(current, on)
        _end(session, current, on, why)
    _end_enrollment(session, year.id, mentee_id, status, on, why)


def _checked_ending(
    session: Session, year: ProgramYear, mentee_id: int, on: dt.date, reason: str
) -> str:
    """The reason, stripped, once the day is inside the year and the mentee is still active."""
    if not year.start_date <= on <= year.end_date:
        raise CoordinatorError(
            f"The date {on.isoformat()} is outside the program year {year.label} "
            f"({year.start_date.isoformat()} to {year.end_date.isoformat()}).",
            field="on",
        )
    if not reason.strip():
        raise CoordinatorError("Give a reason; it is kept in the mentee's history.", field="reason")
    enrollment = session.scalar(
        select(Enrollment).where(
            Enrollment.program_year_id == year.id,
            Enrollment.person_id == mentee_id,
            Enrollment.role == Role.MENTEE,
        )
    )
    if enrollment is None:
        raise RefusedError(f"This person is not a mentee in {year.label}.", field="mentee_id")
    if enrollment.status != EnrollmentStatus.ACTIVE:
        ended = f" on {enrollment.ended_on.isoformat()}" if enrollment.ended_on else ""
        raise RefusedError(
            f"This mentee's year already ended{ended} "
            f"({ENROLLMENT_STATUS_LABELS[enrollment.status].lower()}).",
            field="mentee_id",
        )
    return reason.strip()


def _check_not_before_start(current: Assignment, on: dt.date) -> None:
    if on < current.start_date:
        raise CoordinatorError(
            f"The date {on.isoformat()} is before the current assignment began "
            f"({current.start_date.isoformat()}).",
            field="on",
        )


def mark_left_district(session: Session, person_id: int, *, on: dt.date) -> int:
    """The person left: their open assignments (as mentee or mentor) end; returns how many ended."""
    person = _person(session, person_id)
    before = {"status": person.status, "left_on": person.left_on}
    person.status = PersonStatus.LEFT
    person.left_on = on
    open_rows = session.scalars(
        select(Assignment).where(
            (Assignment.mentee_id == person_id) | (Assignment.mentor_id == person_id),
            Assignment.end_date.is_(None) | (Assignment.end_date > on),
        )
    ).all()
    for row in open_rows:
        why = "left the district" if row.mentee_id == person_id else "mentor left the district"
        _end(session, row, max(on, row.start_date), why)
    for enrollment in session.scalars(
        select(Enrollment).where(
            Enrollment.person_id == person_id, Enrollment.status == EnrollmentStatus.ACTIVE
        )
    ):
        _end_enrollment(
            session,
            enrollment.program_year_id,
            person_id,
            EnrollmentStatus.LEFT_DISTRICT,
            on,
            "left the district",
            role=enrollment.role,
        )
    session.flush()
    audit.record_edit(
        session,
        "left_district",
        "person",
        person_id,
        before=before,
        after={"status": person.status, "left_on": person.left_on},
        person_id=person_id,
    )
    return len(open_rows)


def _check_eligible(
    session: Session,
    year: ProgramYear,
    mentor: Person,
    mentee: Person,
    day: dt.date,
    override_reason: str | None,
) -> str | None:
    result = eligibility(session, mentor, year, mentee, on=day)
    if result.eligible:
        return override_reason.strip() if override_reason and override_reason.strip() else None
    never = hard_refusal(result.reasons)
    if never:
        raise RefusedError(
            f"This mentor {never}; "
            + (
                "an appraiser never mentors the teachers they appraise."
                if never.startswith("is the")
                else "choose another mentor."
            ),
            field="mentor_id",
        )
    if not (override_reason and override_reason.strip()):
        raise RefusedError(
            "This mentor is not eligible: "
            + "; ".join(result.reasons)
            + ". Give an override reason to assign anyway.",
            field="override_reason",
        )
    return f"{override_reason.strip()} (overrides: {'; '.join(result.reasons)})"


def _end(session: Session, assignment: Assignment, on: dt.date, reason: str) -> None:
    before = audit.snapshot(assignment, ASSIGNMENT_FIELDS)
    assignment.end_date = on
    assignment.end_reason = reason
    session.flush()
    audit.record_edit(
        session,
        "end",
        "assignment",
        assignment.id,
        before=before,
        after=audit.snapshot(assignment, ASSIGNMENT_FIELDS),
        person_id=assignment.mentee_id,
    )


def _end_enrollment(
    session: Session,
    year_id: int,
    person_id: int,
    status: EnrollmentStatus,
    on: dt.date,
    reason: str,
    role: Role = Role.MENTEE,
) -> None:
    enrollment = session.scalar(
        select(Enrollment).where(
            Enrollment.program_year_id == year_id,
            Enrollment.person_id == person_id,
            Enrollment.role == role,
        )
    )
    if enrollment is None or enrollment.status != EnrollmentStatus.ACTIVE:
        return
    before = audit.snapshot(enrollment, ENROLLMENT_END_FIELDS)
    enrollment.status = status
    enrollment.ended_on = on
    enrollment.end_reason = reason
    session.flush()
    audit.record_edit(
        session,
        "end",
        "enrollment",
        enrollment.id,
        before=before,
        after=audit.snapshot(enrollment, ENROLLMENT_END_FIELDS),
        person_id=person_id,
    )


def _ensure_enrolled(
    session: Session, year: ProgramYear, person_id: int, role: Role, day: dt.date
) -> None:
    enroll(session, year, [person_id], role, on=day)


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("That person no longer exists.")
    return person
