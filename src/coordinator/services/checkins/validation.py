"""Refusing a check-in a coordinator could not have meant: each refusal names its field.

The fields are `CheckinInput`'s own names ("occurred_on", "minutes", "mentor_id", "mentee_ids",
"absent_ids", "topic_ids", "program_year_id"), so the form focuses the widget for that field and
an importer names the column holding it, whatever the message says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Assignment, CheckinKind, Person, ProgramYear, Topic
from coordinator.errors import NotFoundError, RefusedError
from coordinator.tools.text import count_of

MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class CheckinInput:
    """What a coordinator enters for one check-in; `absent_ids` are invited but not present."""

    program_year_id: int
    mentor_id: int
    occurred_on: dt.date
    kind: CheckinKind
    minutes: int
    mentee_ids: tuple[int, ...]
    absent_ids: tuple[int, ...] = ()
    topic_ids: tuple[int, ...] = ()
    private_notes: str = ""
    next_steps: str = ""
    follow_up_on: dt.date | None = None
    starts_at: dt.time | None = None  # when it began (the designated-time rule reads it)


class UnassignedAttendeesError(RefusedError):
    """Some attendees are not assigned to the mentor on that date; the user may confirm."""

    def __init__(self, message: str, mentee_ids: tuple[int, ...]) -> None:
        super().__init__(message, field="mentee_ids")
        self.mentee_ids = mentee_ids


@dataclass
class Validated:
    year: ProgramYear
    topics: list[Topic] = field(default_factory=list)


# --- checks ------------------------------------------------------------------------------------


def assigned_mentees(
    session: Session, program_year_id: int, mentor_id: int, on: dt.date
) -> set[int]:
    """Mentees assigned to the mentor on `on` (start inclusive, end exclusive)."""
    return set(
        session.scalars(
            select(Assignment.mentee_id).where(
                Assignment.program_year_id == program_year_id,
                Assignment.mentor_id == mentor_id,
                Assignment.start_date <= on,
                (Assignment.end_date.is_(None)) | (Assignment.end_date > on),
            )
        )
    )


def validate(session: Session, data: CheckinInput, *, confirm_unassigned: bool) -> Validated:
    """Refuse a check-in a coordinator could not have meant, with a message saying why."""
    year = session.get(ProgramYear, data.program_year_id)
    if year is None:
        raise NotFoundError(
            f"There is no program year with id {data.program_year_id}.", field="program_year_id"
        )
    if not year.start_date <= data.occurred_on <= year.end_date:
        raise RefusedError(
            f"The date {data.occurred_on.isoformat()} is outside the program year {year.label} "
            f"({year.start_date.isoformat()} to {year.end_date.isoformat()}). "
            "Check the date, or choose the right program year.",
            field="occurred_on",
        )
    if not 0 < data.minutes <= MAX_MINUTES:
        raise RefusedError(
            f"Minutes must be between 1 and {MAX_MINUTES}; {data.minutes} was entered.",
            field="minutes",
        )
    if session.get(Person, data.mentor_id) is None:
        raise NotFoundError(f"There is no mentor with id {data.mentor_id}.", field="mentor_id")
    if not data.mentee_ids:
        raise RefusedError("A check-in needs at least one mentee.", field="mentee_ids")
    if len(set(data.mentee_ids)) != len(data.mentee_ids):
        raise RefusedError(
            "A mentee is listed twice in this check-in; list each mentee once.", field="mentee_ids"
        )
    if not set(data.absent_ids) <= set(data.mentee_ids):
        raise RefusedError(
            "An absent mentee must also be one of the check-in's mentees.", field="absent_ids"
        )
    if set(data.absent_ids) == set(data.mentee_ids):
        raise RefusedError(
            "Every mentee is marked absent; tick at least one who attended.", field="absent_ids"
        )
    known = set(session.scalars(select(Person.id).where(Person.id.in_(data.mentee_ids))))
    if missing := [m for m in data.mentee_ids if m not in known]:
        raise NotFoundError(f"There is no person with id {missing[0]}.", field="mentee_ids")
    if not confirm_unassigned:
        assigned = assigned_mentees(session, year.id, data.mentor_id, data.occurred_on)
        stray = tuple(m for m in data.mentee_ids if m not in assigned)
        if stray:
            raise UnassignedAttendeesError(
                f"{count_of(len(stray), 'of the mentees is', 'of the mentees are')} not assigned "
                f"to this mentor on {data.occurred_on.isoformat()}. Check the mentor and the "
                "date, or confirm to log the check-in anyway.",
                stray,
            )
    topics = list(session.scalars(select(Topic).where(Topic.id.in_(data.topic_ids))))
    if len(topics) != len(set(data.topic_ids)) or any(
        t.program_id != year.program_id for t in topics
    ):
        raise RefusedError(
            "A topic does not belong to this program; choose from its list.", field="topic_ids"
        )
    return Validated(year=year, topics=topics)
