"""Copying a program year forward: mentors re-enrolled, second-year mentees keep their mentor."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    Enrollment,
    EnrollmentStatus,
    Person,
    PersonStatus,
    ProgramYear,
    Role,
)
from coordinator.services import audit
from coordinator.services.programs.programs import _enroll_one, create_year

DEFAULT_CARRY_YEARS = 2  # the Texas rule asks for two years of mentoring


@dataclass(frozen=True)
class CopyForwardResult:
    year_id: int
    label: str
    mentors: int
    mentees_carried: int
    mentees_completed: int


def next_label(label: str) -> str:
    """2025-26 -> 2026-27; 2025-2026 -> 2026-2027; 2025 -> 2026; otherwise '<label> (next)'."""
    match = re.fullmatch(r"(\d{4})(?:([-/])(\d{2}|\d{4}))?", label.strip())
    if not match:
        return f"{label} (next)"
    first = int(match.group(1)) + 1
    if match.group(3) is None:
        return str(first)
    width = len(match.group(3))
    second = str(int(match.group(3)) + 1).zfill(width)[-width:]
    return f"{first}{match.group(2)}{second}"


def renumber(name: str, years: int) -> str:
    """'Fall 2025' -> 'Fall 2026' when a semester's dates move one year on."""
    return re.sub(r"\b(19|20)\d{2}\b", lambda m: str(int(m.group(0)) + years), name)


def shift_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def copy_forward(
    session: Session,
    year: ProgramYear,
    *,
    label: str | None = None,
    carry_years: int | None = None,
) -> CopyForwardResult:
    """Create the next year: mentors re-enrolled, mentees short of the years keep their mentor.

    A mentee is carried when they are still active and in the district, their year in the program
    is below the rule pack's `min_program_years` (two when the pack does not say), and they have an
    open assignment at the end of the year; the new assignment starts on the new year's first day.
    """
    carry = carry_years_for(year, carry_years)
    new_year = create_year(
        session,
        year.program,
        label or next_label(year.label),
        shift_year(year.start_date),
        shift_year(year.end_date),
        [
            (renumber(s.name, 1), shift_year(s.start_date), shift_year(s.end_date))
            for s in year.semesters
        ],
    )
    mentors, carried, completed = _sort_out(session, year, carry)
    for mentor_id in sorted(mentors):
        _enroll_one(session, new_year, mentor_id, Role.MENTOR, 1, new_year.start_date)
    for enrollment, mentor_id in carried:
        _enroll_one(
            session,
            new_year,
            enrollment.person_id,
            Role.MENTEE,
            enrollment.year_in_program + 1,
            new_year.start_date,
        )
        assignment = Assignment(
            program_year_id=new_year.id,
            mentee_id=enrollment.person_id,
            mentor_id=mentor_id,
            start_date=new_year.start_date,
            match_reasons=f"second year with the same mentor (carried from {year.label})",
        )
        session.add(assignment)
        session.flush()
        audit.record(
            session,
            "assign",
            "assignment",
            assignment.id,
            after={"mentor_id": mentor_id, "start_date": new_year.start_date, "copied": year.label},
            person_id=enrollment.person_id,
        )
    session.flush()
    return CopyForwardResult(
        year_id=new_year.id,
        label=new_year.label,
        mentors=len(mentors),
        mentees_carried=len(carried),
        mentees_completed=completed,
    )


def carry_years_for(year: ProgramYear, carry_years: int | None = None) -> int:
    rules = year.program.rule_pack.rules
    return carry_years or int(rules.get("min_program_years") or DEFAULT_CARRY_YEARS)


def _sort_out(
    session: Session, year: ProgramYear, carry: int
) -> tuple[set[int], list[tuple[Enrollment, int]], int]:
    """Who goes forward: mentors re-enrolled, (mentee enrollment, mentor) carried, and how many
    mentees completed the program (or have no mentor at the year's end)."""
    enrollments = session.scalars(
        select(Enrollment)
        .join(Person, Person.id == Enrollment.person_id)
        .where(
            Enrollment.program_year_id == year.id,
            Enrollment.status == EnrollmentStatus.ACTIVE,
            Person.status == PersonStatus.ACTIVE,
        )
    ).all()
    open_mentor = open_mentors_at(session, year.id, year.end_date)
    mentors: set[int] = set()
    carried: list[tuple[Enrollment, int]] = []
    completed = 0
    for enrollment in enrollments:
        if enrollment.role == Role.MENTOR:
            mentors.add(enrollment.person_id)
        elif enrollment.year_in_program < carry and enrollment.person_id in open_mentor:
            carried.append((enrollment, open_mentor[enrollment.person_id]))
        else:
            completed += 1
    mentors.update(mentor_id for _e, mentor_id in carried)
    return mentors, carried, completed


@dataclass(frozen=True)
class CopyForwardPlan:
    """What copying a year forward will do, before it does it."""

    from_label: str
    label: str
    start_date: dt.date
    end_date: dt.date
    mentors: int
    mentees_carried: int
    mentees_completed: int
    carry_years: int
    label_taken: bool


def plan_copy_forward(
    session: Session, year: ProgramYear, *, label: str | None = None
) -> CopyForwardPlan:
    """The counts `copy_forward` would produce, computed without writing anything."""
    carry = carry_years_for(year)
    mentors, carried, completed = _sort_out(session, year, carry)
    new_label = (label or next_label(year.label)).strip()
    taken = session.scalar(
        select(ProgramYear.id).where(
            ProgramYear.program_id == year.program_id, ProgramYear.label == new_label
        )
    )
    return CopyForwardPlan(
        from_label=year.label,
        label=new_label,
        start_date=shift_year(year.start_date),
        end_date=shift_year(year.end_date),
        mentors=len(mentors),
        mentees_carried=len(carried),
        mentees_completed=completed,
        carry_years=carry,
        label_taken=taken is not None,
    )


def open_mentors_at(session: Session, year_id: int, day: dt.date) -> dict[int, int]:
    """mentee id -> mentor id for assignments still open on `day` (end_date is exclusive)."""
    rows = session.execute(
        select(Assignment.mentee_id, Assignment.mentor_id)
        .where(
            Assignment.program_year_id == year_id,
            Assignment.start_date <= day,
            (Assignment.end_date.is_(None)) | (Assignment.end_date > day),
        )
        .order_by(Assignment.start_date)
    )
    return dict(rows.all())
