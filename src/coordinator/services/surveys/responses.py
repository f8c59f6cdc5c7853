"""Who is asked an instrument, who has answered, and the chase list of those who have not.

The people asked are those enrolled in the program year in the instrument's role (mentees or
mentors), less those who withdrew or left the district. A person's answer is their latest
submission: a second, later one (answered again) replaces the first in every figure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.enums import EnrollmentStatus, Role
from coordinator.db.models import (
    Campus,
    Enrollment,
    Person,
    SurveyAnswer,
    SurveyInstrument,
    SurveyResponse,
)
from coordinator.tools import names
from coordinator.tools.sql_chunks import plain_rows

ASKED_STATUSES = (EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED)


@dataclass(frozen=True)
class Respondent:
    person_id: int
    name: str  # "Preferred Last"
    sort_key: str
    employee_id: str
    email: str
    campus: str


@dataclass(frozen=True)
class ChaseList:
    """An instrument's people who have not answered, in name order."""

    instrument_id: int
    instrument: str
    asked: int
    answered: int
    missing: tuple[Respondent, ...]


def asked_people(session: Session, program_year_id: int, role: Role) -> list[Respondent]:
    """Everyone in the year in this role who is asked (not withdrawn, not left), by name."""
    rows = plain_rows(
        session,
        select(
            Person.id,
            Person.first_name,
            Person.preferred_name,
            Person.last_name,
            Person.employee_id,
            Person.email,
            Campus.name,
        )
        .join(Enrollment, Enrollment.person_id == Person.id)
        .outerjoin(Campus, Campus.id == Person.campus_id)
        .where(
            Enrollment.program_year_id == program_year_id,
            Enrollment.role == role,
            Enrollment.status.in_(ASKED_STATUSES),
        ),
    ).all()
    people = {
        pid: Respondent(
            person_id=pid,
            name=names.display_name(first=first, preferred=preferred, last=last),
            sort_key=names.name_sort_key(first=first, preferred=preferred, last=last),
            employee_id=employee_id or "",
            email=email or "",
            campus=campus or "",
        )
        for pid, first, preferred, last, employee_id, email, campus in rows
    }
    return sorted(people.values(), key=lambda r: r.sort_key)


def asked_ids(session: Session, program_year_id: int, role: Role) -> set[int]:
    """The ids of `asked_people` (no names: the figures need only who)."""
    return set(
        session.connection().scalars(
            select(Enrollment.person_id).where(
                Enrollment.program_year_id == program_year_id,
                Enrollment.role == role,
                Enrollment.status.in_(ASKED_STATUSES),
            )
        )
    )


def latest_responses(
    session: Session, program_year_id: int, instrument_id: int
) -> dict[int, SurveyResponse]:
    """Person id -> their latest submission of the instrument in the year."""
    query = (
        select(SurveyResponse)
        .where(
            SurveyResponse.program_year_id == program_year_id,
            SurveyResponse.instrument_id == instrument_id,
        )
        .order_by(
            SurveyResponse.submitted_at.is_(None).desc(),
            SurveyResponse.submitted_at,
            SurveyResponse.id,
        )
    )
    latest: dict[int, SurveyResponse] = {}
    for response in session.scalars(query):
        latest[response.person_id] = response  # later rows replace earlier ones
    return latest


class Answer(NamedTuple):  # a tuple: a year's answers are many
    question_id: int
    number: int | None
    text: str | None


def latest_response_ids(
    session: Session, program_year_id: int, instrument_id: int
) -> dict[int, int]:
    """Person id -> the id of their latest submission (read as plain rows: this runs often)."""
    rows = plain_rows(
        session,
        select(SurveyResponse.id, SurveyResponse.person_id)
        .where(
            SurveyResponse.program_year_id == program_year_id,
            SurveyResponse.instrument_id == instrument_id,
        )
        .order_by(
            SurveyResponse.submitted_at.is_(None).desc(),
            SurveyResponse.submitted_at,
            SurveyResponse.id,
        ),
    )
    return {person_id: response_id for response_id, person_id in rows}


def latest_answers(
    session: Session, program_year_id: int, instrument_id: int
) -> dict[int, dict[int, Answer]]:
    """Person id -> question id -> their answer in their latest submission."""
    latest = latest_response_ids(session, program_year_id, instrument_id)
    person_of = {response_id: person_id for person_id, response_id in latest.items()}
    answers: dict[int, dict[int, Answer]] = {pid: {} for pid in latest}
    if not person_of:
        return answers
    rows = plain_rows(
        session,
        select(
            SurveyAnswer.response_id,
            SurveyAnswer.question_id,
            SurveyAnswer.number,
            SurveyAnswer.text,
        )
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(
            SurveyResponse.program_year_id == program_year_id,
            SurveyResponse.instrument_id == instrument_id,
        ),
    )
    for response_id, question_id, number, text in rows:
        person = person_of.get(response_id)
        if person is not None:
            answers[person][question_id] = Answer(question_id, number, text)
    return answers


def chase_list(session: Session, program_year_id: int, instrument: SurveyInstrument) -> ChaseList:
    """Who was asked the instrument this year and has not answered it."""
    asked = asked_people(session, program_year_id, instrument.respondent)
    answered = set(latest_response_ids(session, program_year_id, instrument.id))
    missing = tuple(r for r in asked if r.person_id not in answered)
    return ChaseList(
        instrument_id=instrument.id,
        instrument=instrument.name,
        asked=len(asked),
        answered=len(asked) - len(missing),
        missing=missing,
    )


def submitted_on(response: SurveyResponse) -> dt.date | None:
    return response.submitted_at.date() if response.submitted_at else None
