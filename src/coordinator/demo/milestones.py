"""The librarian cohort's timeline in the demo: documents received, stay conversations held.

The New Librarians program runs on the local pack's timeline (services/milestones/shipped.py):
most induction documents came in before Feb 15 and a few late or not at all, most pairs had
their stay conversation in February or early March (a check-in with that topic), and most
mentoring logs were signed in May. So the Milestones dialog, the week list and the calendar
have something true to show. Drawn from a generator of their own: the rest of the demo's draws
stay as they were.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Checkin,
    CheckinAttendee,
    CheckinTopic,
    Enrollment,
    MilestoneReceipt,
    ProgramYear,
    Role,
    Topic,
)
from coordinator.demo.records import CohortPlan, Pace

STAY_TOPIC = "Stay conversation"


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    day = first + dt.timedelta(days=rng.randint(0, (last - first).days))
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return max(day, first)


def add_library_timeline(session: Session, seed: int, library: CohortPlan) -> None:
    rng = random.Random(seed * 7919 + 16)
    year = session.get(ProgramYear, library.program_year_id)
    assert year is not None
    mentees = sorted(
        session.scalars(
            select(Enrollment.person_id).where(
                Enrollment.program_year_id == year.id, Enrollment.role == Role.MENTEE
            )
        )
    )
    last_order = session.scalar(
        select(func.max(Topic.sort_order)).where(Topic.program_id == year.program_id)
    )
    topic = Topic(program_id=year.program_id, name=STAY_TOPIC, sort_order=(last_order or 0) + 1)
    session.add(topic)
    session.flush()
    talked: set[int] = set()
    for mentee in mentees:
        quiet = library.paces.get(mentee) is Pace.OUT_OF_CONTACT
        draw = rng.random()
        if draw < 0.8:
            received = _day(rng, dt.date(2026, 1, 20), dt.date(2026, 2, 13))
        elif draw < 0.92:
            received = _day(rng, dt.date(2026, 2, 16), dt.date(2026, 2, 27))  # late
        else:
            received = None  # still missing
        if received is not None:
            session.add(
                MilestoneReceipt(
                    program_year_id=year.id,
                    milestone_key="induction-documents",
                    person_id=mentee,
                    received_on=received,
                    ticked_by="demo",
                    ticked_at=dt.datetime.combine(received, dt.time(16)),
                )
            )
        if not quiet and rng.random() < 0.85:
            session.add(
                MilestoneReceipt(
                    program_year_id=year.id,
                    milestone_key="year-closed",
                    person_id=mentee,
                    received_on=(signed := _day(rng, dt.date(2026, 5, 4), dt.date(2026, 5, 15))),
                    ticked_by="demo",
                    ticked_at=dt.datetime.combine(signed, dt.time(16)),
                )
            )
        if quiet or rng.random() >= 0.85:
            continue
        held = session.scalar(
            select(Checkin.id)
            .join(CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id)
            .where(
                Checkin.program_year_id == year.id,
                CheckinAttendee.mentee_id == mentee,
                Checkin.occurred_on.between(dt.date(2026, 2, 2), dt.date(2026, 3, 13)),
            )
            .order_by(Checkin.occurred_on, Checkin.id)
            .limit(1)
        )
        if held is not None and held not in talked:  # a group meeting covers all who came
            talked.add(held)
            session.add(CheckinTopic(checkin_id=held, topic_id=topic.id))
    session.flush()
