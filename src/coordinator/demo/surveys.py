"""The demo's survey answers: start- and end-of-year mentee confidence, and satisfaction.

Teacher Induction gets the shipped instruments. Most mentees answered the start-of-year
confidence survey in late August and the end-of-year one in May; their confidence rises by
about three quarters of a point when the year went on track, less for those who fell behind,
and not at all for those who dropped out of contact. Most mentees and mentors also answered the
satisfaction surveys, and a few wrote a comment. Response rates are below 100 % so the chase
list has names on it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from coordinator.db.enums import EnrollmentStatus, QuestionScale, Role, SurveyTiming
from coordinator.db.models import (
    ProgramYear,
    SurveyAnswer,
    SurveyInstrument,
    SurveyResponse,
)
from coordinator.demo.records import CohortPlan, Pace
from coordinator.services.surveys.instruments import CONFIDENCE, ensure_default_instruments

ASKED = {EnrollmentStatus.ACTIVE.value, EnrollmentStatus.COMPLETED.value}
ANSWER_SHARE = {  # measure/timing -> share answering
    (CONFIDENCE, SurveyTiming.START): 0.88,
    (CONFIDENCE, SurveyTiming.END): 0.8,
    ("mentee_satisfaction", SurveyTiming.END): 0.74,
    ("mentor_satisfaction", SurveyTiming.END): 0.68,
}
RISE = {Pace.ON_TRACK: 0.8, Pace.BEHIND: 0.35, Pace.FAR_BEHIND: 0.1, Pace.OUT_OF_CONTACT: -0.2}
WINDOWS = {
    SurveyTiming.START: (dt.date(2025, 8, 25), 18),
    SurveyTiming.MID: (dt.date(2026, 1, 12), 14),
    SurveyTiming.END: (dt.date(2026, 5, 11), 18),
}
COMMENTS = {
    SurveyTiming.START: (
        "Still finding my way around the campus.",
        "Worried about classroom management with my 3rd period.",
        "Glad to have someone to ask.",
    ),
    SurveyTiming.END: (
        "My mentor's observations helped the most.",
        "More time to plan together would help.",
        "I feel ready for next year.",
        "The group meetings were the best part.",
    ),
}


def _scale(rng: random.Random, centre: float) -> int:
    return max(1, min(5, round(rng.gauss(centre, 0.7))))


def _answers(
    rng: random.Random, instrument: SurveyInstrument, centre: float
) -> list[tuple[int, int | None, str | None]]:
    answers: list[tuple[int, int | None, str | None]] = []
    for question in instrument.questions:
        if question.scale is QuestionScale.AGREEMENT:
            answers.append((question.id, _scale(rng, centre), None))
        elif question.scale is QuestionScale.YES_NO:
            answers.append((question.id, 1 if rng.random() < 0.85 else 0, None))
        elif rng.random() < 0.15:
            pool = COMMENTS[
                SurveyTiming.START if instrument.timing is SurveyTiming.START else SurveyTiming.END
            ]
            answers.append((question.id, None, rng.choice(pool)))
    return answers


def _when(rng: random.Random, timing: SurveyTiming) -> dt.datetime:
    first, days = WINDOWS[timing]
    day = first + dt.timedelta(days=rng.randrange(days))
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 18), rng.randrange(60)))


def add_demo_surveys(session: Session, rng: random.Random, cohort: CohortPlan) -> int:
    """The survey answers of one cohort's program year; how many responses were written."""
    year = session.get(ProgramYear, cohort.program_year_id)
    assert year is not None
    ensure_default_instruments(session, year.program_id)
    instruments = session.scalars(
        select(SurveyInstrument).where(SurveyInstrument.program_id == year.program_id)
    ).all()
    people = {
        role: [
            e["person_id"]
            for e in cohort.enrollments
            if e["role"] == role.value and str(e["status"]) in ASKED
        ]
        for role in Role
    }
    starting = {pid: rng.uniform(2.2, 3.4) for pid in people[Role.MENTEE]}
    next_id = int(session.scalar(select(func.max(SurveyResponse.id))) or 0) + 1
    responses: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    for instrument in instruments:
        share = ANSWER_SHARE.get((instrument.measure, instrument.timing), 0.7)
        for pid in people[instrument.respondent]:
            if rng.random() >= share:
                continue
            if instrument.measure == CONFIDENCE:
                rise = RISE[cohort.paces.get(pid, Pace.ON_TRACK)]
                centre = starting[pid] + (rise if instrument.timing is SurveyTiming.END else 0)
            else:
                centre = rng.uniform(3.4, 4.6)
            key = hashlib.sha256(f"demo:{instrument.id}:{year.id}:{pid}".encode()).hexdigest()
            responses.append(
                {
                    "id": next_id,
                    "instrument_id": instrument.id,
                    "program_year_id": year.id,
                    "person_id": pid,
                    "submitted_at": _when(rng, instrument.timing),
                    "source_key": key,
                    "batch_id": None,
                    "row_number": None,
                    "created_at": dt.datetime(2026, 6, 1, 8, 0),
                }
            )
            answers += [
                {"response_id": next_id, "question_id": q, "number": n, "text": t}
                for q, n, t in _answers(rng, instrument, centre)
            ]
            next_id += 1
    if responses:
        session.execute(insert(SurveyResponse.__table__), responses)  # type: ignore[arg-type]
        session.execute(insert(SurveyAnswer.__table__), answers)  # type: ignore[arg-type]
        if session.get_bind().dialect.name == "postgresql":
            session.execute(
                text("SELECT setval(pg_get_serial_sequence('survey_response', 'id'), :top)"),
                {"top": next_id - 1},
            )
    return len(responses)
