"""Check-ins from a survey-form export: rows matched to mentors, mentees, kinds and topics.

A survey row carries a timestamp, the mentor's e-mail, a mentee's name, a meeting type, minutes
and topics as a comma-separated list. Names are matched to the people of the program year (the
mentor's own mentees first); an ambiguous or unknown name is a problem on that row, never a guess.
Each row's key (timestamp, e-mail, mentee) makes importing the same export twice add nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import Assignment, CheckinKind, Enrollment, Person, Role
from coordinator.importing.problem import Problem, SheetColumns
from coordinator.importing.values import timestamp_date
from coordinator.services.checkins.entry import topics_for_year
from coordinator.services.checkins.validation import CheckinInput
from coordinator.tools.names import written_forms
from coordinator.tools.text import count_of, fold

SURVEY_FIELDS = (
    "timestamp",
    "email",
    "mentee",
    "kind",
    "minutes",
    "topics",
    "next_steps",
    "follow_up",
)
# The survey field holding each `CheckinInput` field a check-in refusal can name.
FIELD_OF_INPUT = {
    "occurred_on": "timestamp",
    "mentor_id": "email",
    "mentee_ids": "mentee",
    "absent_ids": "mentee",
    "kind": "kind",
    "minutes": "minutes",
    "topic_ids": "topics",
    "next_steps": "next_steps",
    "follow_up_on": "follow_up",
}

KIND_WORDS: tuple[tuple[str, CheckinKind], ...] = (
    ("observ", CheckinKind.OBSERVATION),
    ("group", CheckinKind.GROUP),
    ("cohort", CheckinKind.GROUP),
    ("team", CheckinKind.GROUP),
    ("visit", CheckinKind.CAMPUS_VISIT),
    ("campus", CheckinKind.CAMPUS_VISIT),
    ("phone", CheckinKind.PHONE),
    ("call", CheckinKind.PHONE),
    ("mail", CheckinKind.EMAIL),
    ("one", CheckinKind.ONE_TO_ONE),
    ("1:1", CheckinKind.ONE_TO_ONE),
    ("1-1", CheckinKind.ONE_TO_ONE),
    ("individual", CheckinKind.ONE_TO_ONE),
    ("in person", CheckinKind.ONE_TO_ONE),
    ("meeting", CheckinKind.ONE_TO_ONE),
)


@dataclass(frozen=True)
class SurveyCheckin:
    row: int
    source_key: str
    data: CheckinInput


@dataclass
class SurveyPlan:
    checkins: list[SurveyCheckin] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def parse_kind(text: str) -> CheckinKind | None:
    words = fold(text)
    for value in CheckinKind:
        if words in (value.value, fold(value.label)):
            return value
    return next((kind for word, kind in KIND_WORDS if word in words), None)


@dataclass
class _People:
    """The year's mentors by e-mail and mentees by folded name (lists: names can repeat)."""

    mentors: dict[str, int]
    mentees: dict[str, list[int]]
    assigned: dict[int, set[int]]


def _people(session: Session, program_year_id: int) -> _People:
    mentors: dict[str, int] = {}
    for pid, email in session.execute(
        select(Person.id, func.lower(Person.email)).where(
            Person.email.is_not(None),
            Person.id.in_(
                select(Enrollment.person_id).where(
                    Enrollment.program_year_id == program_year_id, Enrollment.role == Role.MENTOR
                )
            ),
        )
    ):
        mentors[str(email).strip()] = pid
    mentees: dict[str, list[int]] = {}
    for pid, first, preferred, last in session.execute(
        select(Person.id, Person.first_name, Person.preferred_name, Person.last_name).where(
            Person.id.in_(
                select(Enrollment.person_id).where(
                    Enrollment.program_year_id == program_year_id, Enrollment.role == Role.MENTEE
                )
            )
        )
    ):
        # "First Last" and "Last, First", for the legal and the preferred name
        for name in written_forms(first=first, preferred=preferred, last=last):
            mentees.setdefault(fold(name), []).append(pid)
    assigned: dict[int, set[int]] = {}
    for mentor_id, mentee_id in session.execute(
        select(Assignment.mentor_id, Assignment.mentee_id).where(
            Assignment.program_year_id == program_year_id
        )
    ):
        assigned.setdefault(mentor_id, set()).add(mentee_id)
    return _People(mentors, mentees, assigned)


def source_key(when: Any, email: str, mentee: str) -> str:
    raw = f"{str(when).strip()}|{email.strip().lower()}|{fold(mentee)}"
    return "survey:" + hashlib.sha256(raw.encode()).hexdigest()[:40]


def plan_survey_rows(
    session: Session,
    program_year_id: int,
    rows: Iterable[tuple[int, Mapping[str, Any]]],
    columns: SheetColumns,
) -> SurveyPlan:
    """Turn mapped survey rows (row number, field -> value) into check-ins or row problems;
    `columns` says where each survey field is in the file."""
    people = _people(session, program_year_id)
    topics = {fold(t.name): t.topic_id for t in topics_for_year(session, program_year_id)}
    plan = SurveyPlan()
    for number, row in rows:
        try:
            plan.checkins.append(_row(people, topics, program_year_id, number, row))
        except _Problem as problem:
            plan.problems.append(
                columns.problem(
                    number,
                    problem.column,
                    row.get(problem.column),
                    _CODES.get(problem.column, f"BAD_{problem.column.upper()}"),
                    fix=problem.message,
                )
            )
    return plan


_CODES = {"follow_up": "BAD_FOLLOW_UP"}


class _Problem(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def _row(
    people: _People, topics: dict[str, int], year_id: int, number: int, row: Mapping[str, Any]
) -> SurveyCheckin:
    day = row.get("date") or timestamp_date(row.get("timestamp"))
    if not isinstance(day, dt.date):
        raise _Problem("timestamp", "the timestamp is not a date; keep the form's timestamp.")
    email = str(row.get("email") or "").strip().lower()
    mentor = people.mentors.get(email)
    if mentor is None:
        raise _Problem(
            "email",
            "this e-mail is not a mentor's in this program year; check the "
            "mentor's e-mail on the People page.",
        )
    name = str(row.get("mentee") or "").strip()
    mentee = _mentee(people, mentor, name)
    kind = parse_kind(str(row.get("kind") or ""))
    if kind is None:
        raise _Problem(
            "kind",
            "the meeting type is not one Coordinator knows; use one-to-one, "
            "group, observation, campus visit, phone or e-mail.",
        )
    try:
        minutes = int(float(str(row.get("minutes") or "").strip()))
    except ValueError:
        minutes = 0
    if minutes <= 0:
        raise _Problem("minutes", "enter the minutes as a whole number greater than 0.")
    topic_ids = []
    for part in re.split(r"[,;]", str(row.get("topics") or "")):
        if part.strip():
            if fold(part) not in topics:
                raise _Problem(
                    "topics",
                    "a topic is not on the program's list; add it in "
                    "Settings or correct the spelling.",
                )
            topic_ids.append(topics[fold(part)])
    follow_up = None
    if str(row.get("follow_up") or "").strip():
        follow_up = row.get("follow_up_date") or timestamp_date(row.get("follow_up"))
        if not isinstance(follow_up, dt.date):
            raise _Problem(
                "follow_up",
                "the follow-up date is not a date; write it as 10/15/2025 or leave it empty.",
            )
    data = CheckinInput(
        year_id,
        mentor,
        day,
        kind,
        minutes,
        (mentee,),
        topic_ids=tuple(dict.fromkeys(topic_ids)),
        next_steps=str(row.get("next_steps") or "").strip(),
        follow_up_on=follow_up,
    )
    return SurveyCheckin(number, source_key(row.get("timestamp"), email, name), data)


def _mentee(people: _People, mentor: int, name: str) -> int:
    if not name:
        raise _Problem("mentee", "the mentee's name is empty.")
    matches = people.mentees.get(fold(name), [])
    own = [m for m in matches if m in people.assigned.get(mentor, set())]
    if len(own) == 1:
        return own[0]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise _Problem(
            "mentee",
            "no mentee of this program year has this name; check the spelling against the roster.",
        )
    raise _Problem(
        "mentee",
        f"the name matches {count_of(len(matches), 'mentee')}; ask the mentor which "
        "one, and enter that check-in by hand.",
    )
