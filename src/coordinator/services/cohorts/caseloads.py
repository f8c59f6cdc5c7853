"""What the assignments add up to: loads against capacity, cohorts, the unassigned, history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from coordinator.db.models import (
    Assignment,
    Campus,
    Enrollment,
    EnrollmentStatus,
    MentorProfile,
    Person,
    PersonStatus,
    ProgramYear,
    Role,
)
from coordinator.services.cohorts.mentors import (
    LEFT_THE_DISTRICT,
    caseload_capacity,
    load_counts,
    load_reason,
    qualification_reasons,
)
from coordinator.services.compliance.training import facts_by_profile
from coordinator.services.programs.programs import reference_day
from coordinator.tools.names import display_name, name_sort_key


@dataclass(frozen=True)
class AssignmentRecord:
    """One line of a mentee's assignment history."""

    id: int
    program_year: str
    mentor_id: int
    mentor_name: str
    start_date: dt.date
    end_date: dt.date | None
    end_reason: str | None
    override_reason: str | None
    match_reasons: str | None


@dataclass(frozen=True)
class MentorLoad:
    person_id: int
    employee_id: str | None
    name: str
    sort_key: str
    position: str | None
    campus: str | None
    load: int
    capacity: int | None
    eligible: bool
    reasons: list[str] = field(default_factory=list)

    @property
    def over_cap(self) -> bool:
        return self.capacity is not None and self.load > self.capacity

    @property
    def load_text(self) -> str:
        return f"{self.load}/{self.capacity}" if self.capacity is not None else f"{self.load}"


@dataclass(frozen=True)
class MenteeRow:
    person_id: int
    employee_id: str | None
    name: str
    sort_key: str
    position: str | None
    campus: str | None
    hire_date: dt.date | None
    assignment_id: int | None = None
    assigned_since: dt.date | None = None


@dataclass(frozen=True)
class HireToAssignment:
    person_id: int
    employee_id: str | None
    hire_date: dt.date | None
    first_assigned: dt.date | None
    days: int | None  # days from hire to first assignment, or so far when never assigned
    late: bool  # past the pack's assign_within_days_of_hire


def open_assignment(
    session: Session, year_id: int, mentee_id: int, day: dt.date
) -> Assignment | None:
    """The mentee's assignment not yet ended on `day` (an upcoming one counts)."""
    return session.scalar(
        select(Assignment)
        .where(
            Assignment.program_year_id == year_id,
            Assignment.mentee_id == mentee_id,
            Assignment.end_date.is_(None) | (Assignment.end_date > day),
        )
        .order_by(Assignment.start_date.desc())
        .limit(1)
    )


def assignment_history(
    session: Session, mentee_id: int, year_id: int | None = None
) -> list[AssignmentRecord]:
    """Every assignment the mentee has had, oldest first, with dates and reasons."""
    mentor = aliased(Person)
    query = (
        select(Assignment, mentor, ProgramYear.label)
        .join(mentor, mentor.id == Assignment.mentor_id)
        .join(ProgramYear, ProgramYear.id == Assignment.program_year_id)
        .where(Assignment.mentee_id == mentee_id)
        .order_by(Assignment.start_date, Assignment.id)
    )
    if year_id is not None:
        query = query.where(Assignment.program_year_id == year_id)
    return [
        AssignmentRecord(
            id=a.id,
            program_year=label,
            mentor_id=m.id,
            mentor_name=m.display_name,
            start_date=a.start_date,
            end_date=a.end_date,
            end_reason=a.end_reason,
            override_reason=a.override_reason,
            match_reasons=a.match_reasons,
        )
        for a, m, label in session.execute(query)
    ]


PERSON_COLUMNS = (
    Person.id,
    Person.employee_id,
    Person.first_name,
    Person.preferred_name,
    Person.last_name,
    Person.position,
    Person.hire_date,
    Person.status,
    Campus.name,
)


def mentor_loads(
    session: Session, year: ProgramYear, on: dt.date | None = None
) -> list[MentorLoad]:
    """Every mentor of the year with their current load, capacity and eligibility, by name."""
    day = reference_day(year, on)
    rules = year.program.rule_pack.rules
    loads = load_counts(session, year.id, day)
    enrolled = select(Enrollment.person_id).where(
        Enrollment.program_year_id == year.id,
        Enrollment.role == Role.MENTOR,
        Enrollment.status == EnrollmentStatus.ACTIVE,
    )
    carrying = select(Assignment.mentor_id).where(
        Assignment.program_year_id == year.id,
        Assignment.end_date.is_(None) | (Assignment.end_date > day),
    )
    rows = session.execute(
        select(
            *PERSON_COLUMNS,
            MentorProfile.id,
            MentorProfile.years_experience,
            MentorProfile.teaches_six_hours,
            MentorProfile.capacity,
        )
        .outerjoin(Campus, Campus.id == Person.campus_id)
        .outerjoin(MentorProfile, MentorProfile.person_id == Person.id)
        .where(Person.id.in_(enrolled.union(carrying)))
    )
    trainings = facts_by_profile(session)
    result = []
    for pid, eid, first, preferred, last, position, _hired, status, campus, *profile in rows:
        profile_id, years, six_hours, profile_capacity = profile
        reasons: list[str] = [LEFT_THE_DISTRICT] if status == PersonStatus.LEFT else []
        reasons += qualification_reasons(
            rules, years, trainings.get(profile_id, []), year.start_date
        )
        capacity = caseload_capacity(rules, bool(six_hours), profile_capacity)
        load = loads.get(pid, 0)
        over = load_reason(load, capacity, adding=False)
        result.append(
            MentorLoad(
                person_id=pid,
                employee_id=eid,
                name=display_name(first=first, preferred=preferred, last=last),
                sort_key=name_sort_key(first=first, preferred=preferred, last=last),
                position=position,
                campus=campus,
                load=load,
                capacity=capacity,
                eligible=not reasons,
                reasons=reasons + ([over] if over else []),
            )
        )
    result.sort(key=lambda m: m.sort_key)
    return result


def _mentee_rows(rows: Iterable[Any]) -> list[MenteeRow]:
    """MenteeRows from PERSON_COLUMNS (+ assignment id and start, when given), by name."""
    result = []
    for pid, eid, first, preferred, last, position, hired, _status, campus, *assigned in rows:
        result.append(
            MenteeRow(
                person_id=pid,
                employee_id=eid,
                name=display_name(first=first, preferred=preferred, last=last),
                sort_key=name_sort_key(first=first, preferred=preferred, last=last),
                position=position,
                campus=campus,
                hire_date=hired,
                assignment_id=assigned[0] if assigned else None,
                assigned_since=assigned[1] if assigned else None,
            )
        )
    return sorted(result, key=lambda m: m.sort_key)


def cohort(
    session: Session, year: ProgramYear, mentor_id: int, on: dt.date | None = None
) -> list[MenteeRow]:
    """The mentor's current mentees (assignments not ended by the day), by name."""
    day = reference_day(year, on)
    rows = session.execute(
        select(*PERSON_COLUMNS, Assignment.id, Assignment.start_date)
        .join(Assignment, Assignment.mentee_id == Person.id)
        .outerjoin(Campus, Campus.id == Person.campus_id)
        .where(
            Assignment.program_year_id == year.id,
            Assignment.mentor_id == mentor_id,
            Assignment.end_date.is_(None) | (Assignment.end_date > day),
        )
    )
    return _mentee_rows(rows)


def unassigned_mentees(
    session: Session, year: ProgramYear, on: dt.date | None = None
) -> list[MenteeRow]:
    """Active mentees of the year with no mentor on the day (and none coming), by name."""
    day = reference_day(year, on)
    covered = select(Assignment.mentee_id).where(
        Assignment.program_year_id == year.id,
        Assignment.end_date.is_(None) | (Assignment.end_date > day),
    )
    rows = session.execute(
        select(*PERSON_COLUMNS)
        .join(Enrollment, Enrollment.person_id == Person.id)
        .outerjoin(Campus, Campus.id == Person.campus_id)
        .where(
            Enrollment.program_year_id == year.id,
            Enrollment.role == Role.MENTEE,
            Enrollment.status == EnrollmentStatus.ACTIVE,
            Person.status == PersonStatus.ACTIVE,
            Person.id.not_in(covered),
        )
    )
    return _mentee_rows(rows)


def never_assigned(session: Session, year: ProgramYear) -> list[MenteeRow]:
    """Active mentees of the year who have never had any assignment in it."""
    ever = set(
        session.scalars(select(Assignment.mentee_id).where(Assignment.program_year_id == year.id))
    )
    return [
        m for m in unassigned_mentees(session, year, year.start_date) if m.person_id not in ever
    ]


def days_to_first_assignment(
    session: Session, year: ProgramYear, on: dt.date | None = None
) -> list[HireToAssignment]:
    """Per mentee: days from hire (or the year's start, if later) to their first assignment."""
    day = on or dt.date.today()
    limit = year.program.rule_pack.rules.get("assign_within_days_of_hire")
    first: dict[int, dt.date] = {}
    for mentee_id, start in session.execute(
        select(Assignment.mentee_id, Assignment.start_date).where(
            Assignment.program_year_id == year.id
        )
    ):
        first[mentee_id] = min(start, first.get(mentee_id, start))
    people = session.scalars(
        select(Person)
        .join(Enrollment, Enrollment.person_id == Person.id)
        .where(Enrollment.program_year_id == year.id, Enrollment.role == Role.MENTEE)
    )
    result = []
    for person in people:
        begun = max(person.hire_date or year.start_date, year.start_date)
        assigned = first.get(person.id)
        days = ((assigned or day) - begun).days
        result.append(
            HireToAssignment(
                person_id=person.id,
                employee_id=person.employee_id,
                hire_date=person.hire_date,
                first_assigned=assigned,
                days=max(days, 0),
                late=limit is not None and days > int(limit),
            )
        )
    return sorted(result, key=lambda r: -(r.days or 0))
