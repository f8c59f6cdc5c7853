"""The People list and one person's details, as plain rows the window and the CLI can show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import String, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from coordinator.db.enums import (  # re-exported: the pages use these words too
    ENROLLMENT_STATUS_LABELS as ENROLLMENT_STATUS_LABELS,
    PERSON_STATUS_LABELS as PERSON_STATUS_LABELS,
    ROLE_LABELS as ROLE_LABELS,
)
from coordinator.db.models import (
    Campus,
    Enrollment,
    MentorProfile,
    MentorTraining,
    Person,
    Program,
    ProgramYear,
    Role,
)
from coordinator.errors import NotFoundError
from coordinator.tools.names import display_name, name_sort_key
from coordinator.tools.word_search import search_key


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the People table.

    `name` is shown ("Preferred Last"), `sort_key` puts it in last-name order, and `search_text`
    is the row's `tools.word_search.search_key` (name, legal first name, ID, e-mail, position,
    campus, role, status), worked out once per load.
    """

    id: int
    name: str
    employee_id: str
    position: str
    campus: str
    role: str
    status: str
    search_text: str
    sort_key: str


@dataclass(frozen=True, slots=True)
class EnrollmentLine:
    program: str
    year: str
    role: str
    status: str
    year_in_program: int
    program_year_id: int = 0
    ended_on: dt.date | None = None  # the day a withdrawn, completed or left year ended


@dataclass(frozen=True, slots=True)
class MentorSummary:
    years_experience: int | None
    teaches_six_hours: bool
    capacity: int | None
    trainings: tuple[tuple[str, dt.date], ...]


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """Everything the detail pane shows about one person."""

    id: int
    name: str
    first_name: str
    last_name: str
    preferred_name: str
    employee_id: str
    email: str
    phone: str
    position: str
    subject: str
    grade: str
    campus: str
    campus_level: str
    region: str
    hire_date: dt.date | None
    supervisor: str
    appraiser: str
    status: str
    left_on: dt.date | None
    enrollments: tuple[EnrollmentLine, ...]
    mentor_profile: MentorSummary | None
    # years of teaching experience (19 TAC §153.1011(a)(1): a beginning teacher has fewer than 2)
    years_experience: int | None = None


_ROLE_LABELS = {
    (False, False): "",
    (True, False): "Mentor",
    (False, True): "Mentee",
    (True, True): "Mentor, Mentee",
}


def role_label(is_mentor: bool, is_mentee: bool) -> str:
    return _ROLE_LABELS[(bool(is_mentor), bool(is_mentee))]


def list_people(session: Session, program_year_id: int | None) -> list[PersonRow]:
    """Every person with campus and role in the given program year, in one query, by name."""
    roles = (
        select(
            Enrollment.person_id.label("person_id"),
            func.max(case((Enrollment.role == Role.MENTOR, 1), else_=0)).label("is_mentor"),
            func.max(case((Enrollment.role == Role.MENTEE, 1), else_=0)).label("is_mentee"),
        )
        .where(Enrollment.program_year_id == (program_year_id or -1))
        .group_by(Enrollment.person_id)
        .subquery()
    )
    stmt = (
        select(
            Person.id,
            Person.last_name,
            Person.first_name,
            Person.preferred_name,
            Person.employee_id,
            Person.email,
            Person.position,
            type_coerce(Person.status, String),  # the stored text, without enum conversion
            Campus.name,
            roles.c.is_mentor,
            roles.c.is_mentee,
        )
        .outerjoin(Campus, Person.campus_id == Campus.id)
        .outerjoin(roles, roles.c.person_id == Person.id)
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    status_labels = {status.value: label for status, label in PERSON_STATUS_LABELS.items()}
    keys: dict[str, str] = {}  # campuses, positions, roles repeat: work each out once

    def key_once(value: str) -> str:
        result = keys.get(value)
        if result is None:
            result = keys[value] = search_key(value)
        return result

    rows: list[PersonRow] = []
    # Core rows (not ORM entities): 100,000 people load in a fraction of the ORM's time.
    result = session.connection().execute(stmt)
    for pid, last, first, preferred, emp, email, position, status, campus, mentor, mentee in result:
        name = display_name(first=first, preferred=preferred, last=last)
        role = _ROLE_LABELS[(bool(mentor), bool(mentee))]
        status_label = status_labels.get(status, status)
        searchable = "".join(
            (
                # The legal first name too, when the preferred one is shown.
                search_key(name, first if preferred else "", emp or "", email or ""),
                key_once(position or ""),
                key_once(campus or ""),
                key_once(role),
                key_once(status_label),
            )
        )
        rows.append(
            PersonRow(
                id=pid,
                name=name,
                employee_id=emp or "",
                position=position or "",
                campus=campus or "",
                role=role,
                status=status_label,
                search_text=searchable,
                sort_key=name_sort_key(first=first, preferred=preferred, last=last),
            )
        )
    return rows


def count_people(session: Session) -> int:
    return session.scalar(select(func.count(Person.id))) or 0


def _enrollment_lines(session: Session, person_id: int) -> tuple[EnrollmentLine, ...]:
    stmt = (
        select(
            Program.name,
            ProgramYear.label,
            Enrollment.role,
            Enrollment.status,
            Enrollment.year_in_program,
            Enrollment.program_year_id,
            Enrollment.ended_on,
        )
        .join(ProgramYear, Enrollment.program_year_id == ProgramYear.id)
        .join(Program, ProgramYear.program_id == Program.id)
        .where(Enrollment.person_id == person_id)
        .order_by(ProgramYear.start_date.desc(), Program.name, Enrollment.role)
    )
    return tuple(
        EnrollmentLine(
            program=program,
            year=year,
            role=ROLE_LABELS.get(role, str(role)),
            status=ENROLLMENT_STATUS_LABELS.get(status, str(status)),
            year_in_program=year_in_program,
            program_year_id=year_id,
            ended_on=ended_on,
        )
        for program, year, role, status, year_in_program, year_id, ended_on in session.execute(stmt)
    )


def _mentor_summary(session: Session, person_id: int) -> MentorSummary | None:
    profile = session.scalar(select(MentorProfile).where(MentorProfile.person_id == person_id))
    if profile is None:
        return None
    trainings = session.execute(
        select(MentorTraining.name, MentorTraining.completed_on)
        .where(MentorTraining.profile_id == profile.id)
        .order_by(MentorTraining.completed_on)
    )
    return MentorSummary(
        years_experience=profile.years_experience,
        teaches_six_hours=bool(profile.teaches_six_hours),
        capacity=profile.capacity,
        trainings=tuple(trainings),
    )


def person_detail(session: Session, person_id: int) -> PersonDetail:
    """All of one person's fields, campus, supervisor, enrollments and mentor profile."""
    supervisor = aliased(Person)
    appraiser = aliased(Person)
    row = session.execute(
        select(Person, Campus, supervisor, appraiser)
        .outerjoin(Campus, Person.campus_id == Campus.id)
        .outerjoin(supervisor, Person.supervisor_id == supervisor.id)
        .outerjoin(appraiser, Person.appraiser_id == appraiser.id)
        .where(Person.id == person_id)
    ).first()
    if row is None:
        raise NotFoundError(f"There is no person with id {person_id}; they may have been removed.")
    person, campus, boss, rater = row
    return PersonDetail(
        id=person.id,
        name=person.display_name,
        first_name=person.first_name,
        last_name=person.last_name,
        preferred_name=person.preferred_name or "",
        employee_id=person.employee_id or "",
        email=person.email or "",
        phone=person.phone or "",
        position=person.position or "",
        subject=person.subject or "",
        grade=person.grade or "",
        campus=campus.name if campus else "",
        campus_level=campus.level.value.capitalize() if campus else "",
        region=(campus.region or "") if campus else "",
        hire_date=person.hire_date,
        years_experience=person.years_experience,
        supervisor=boss.display_name if boss else "",
        appraiser=rater.display_name if rater else "",
        status=PERSON_STATUS_LABELS.get(person.status, str(person.status)),
        left_on=person.left_on,
        enrollments=_enrollment_lines(session, person_id),
        mentor_profile=_mentor_summary(session, person_id),
    )
