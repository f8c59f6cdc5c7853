"""A small real district for the pay tests: two mentors, two mentees, check-ins as logged."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coordinator.db.engine import Database
from coordinator.db.enums import TrainingKind
from coordinator.db.models import CheckinKind, RulePack
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.cohorts import assignments, mentors
from coordinator.services.programs import programs

START, END = dt.date(2025, 8, 11), dt.date(2026, 5, 29)
FALL_DAYS = (dt.date(2025, 12, 31) - START).days + 1  # 143


def _person(session: Any, eid: str, first: str, last: str) -> int:
    from coordinator.db.models import Person

    p = Person(employee_id=eid, first_name=first, last_name=last)
    session.add(p)
    session.flush()
    return p.id


def _world(db: Database, pack: str, pay: dict[str, Any] | None = None) -> dict[str, int]:
    """One mentor (trained, 5 years) with Nguyễn from the start and Zoë from 1 October."""
    with db.transaction() as s:
        program = programs.create_program(s, "Pilot", rule_pack=pack)
        year = programs.create_year(s, program, "2025-26", START, END)
        if pay is not None:
            rule_pack = s.get(RulePack, program.rule_pack_id)
            assert rule_pack is not None
            rule_pack.rules = {**rule_pack.rules, "pay": pay}
        ana = _person(s, "M1", "Ana", "Björk")
        ben = _person(s, "M2", "Ben", "Okafor")
        nguyen = _person(s, "E1", "Minh", "Nguyễn")
        zoe = _person(s, "E2", "Zoë", "Şahin")
        mentors.edit_mentor_profile(s, ana, years_experience=5)
        mentors.add_training(s, ana, "Mentor training", dt.date(2025, 6, 1))
        mentors.add_training(
            s, ana, "District mentor orientation", dt.date(2025, 8, 4), kind=TrainingKind.DISTRICT
        )
        mentors.edit_mentor_profile(s, ben, years_experience=1)
        programs.enroll(s, year, [ana, ben], programs.Role.MENTOR)
        programs.enroll(s, year, [nguyen, zoe], programs.Role.MENTEE)
        assignments.assign(s, year, nguyen, ana, start=START)
        assignments.assign(s, year, zoe, ana, start=dt.date(2025, 10, 1))
        return {"year": year.id, "ana": ana, "ben": ben, "nguyen": nguyen, "zoe": zoe}


def _log(db: Database, w: dict[str, int], mentee: str, day: dt.date, minutes: int) -> None:
    with db.transaction() as s:
        add_checkin(
            s,
            CheckinInput(w["year"], w["ana"], day, CheckinKind.ONE_TO_ONE, minutes, (w[mentee],)),
        )
