"""Thousands of known check-ins in a test district, written with Core inserts (in seconds).

Each one is remembered as a `Made` so a test can work out what a filter must show without asking
the code under test.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import insert, select

from coordinator.db.engine import Database
from coordinator.db.models import Checkin, CheckinAttendee, CheckinKind
from district import YEAR_END, YEAR_START, District

KINDS = (CheckinKind.ONE_TO_ONE, CheckinKind.GROUP, CheckinKind.OBSERVATION, CheckinKind.PHONE)


@dataclass(frozen=True)
class Made:
    id: int
    occurred_on: dt.date
    mentor_id: int
    kind: CheckinKind
    minutes: int
    mentee_ids: tuple[int, ...]


def add_many_checkins(db: Database, d: District, count: int = 5000, seed: int = 3) -> list[Made]:
    """`count` check-ins over the year: several on most days (ties on the date), each kind."""
    rng = random.Random(seed)
    days = (YEAR_END - YEAR_START).days
    planned = []
    for n in range(count):
        mentor = rng.choice(d.mentor_ids)
        kind = KINDS[n % len(KINDS)]
        cohort = d.mentees[mentor]
        mentees = tuple(cohort) if kind is CheckinKind.GROUP else (rng.choice(cohort),)
        day = YEAR_START + dt.timedelta(days=rng.randrange(days + 1))
        planned.append((day, mentor, kind, 15 + 5 * rng.randrange(20), mentees))
    with db.transaction() as s:
        s.execute(
            insert(Checkin),
            [
                {
                    "program_year_id": d.year_id,
                    "mentor_id": mentor,
                    "occurred_on": day,
                    "kind": kind,
                    "minutes": minutes,
                    "source": "generated",
                    "source_key": f"generated-{n}",
                }
                for n, (day, mentor, kind, minutes, _) in enumerate(planned)
            ],
        )
        stored = select(Checkin.source_key, Checkin.id).where(Checkin.source == "generated")
        ids: dict[str | None, int] = dict(s.execute(stored).all())
        made = [
            Made(ids[f"generated-{n}"], day, mentor, kind, minutes, mentees)
            for n, (day, mentor, kind, minutes, mentees) in enumerate(planned)
        ]
        s.execute(
            insert(CheckinAttendee),
            [
                {"checkin_id": m.id, "mentee_id": mentee, "present": True}
                for m in made
                for mentee in m.mentee_ids
            ],
        )
    return made


def newest_first(made: list[Made]) -> list[int]:
    """The ids in the list's default order: newest date first, then the higher id."""
    return [m.id for m in sorted(made, key=lambda m: (m.occurred_on, m.id), reverse=True)]
