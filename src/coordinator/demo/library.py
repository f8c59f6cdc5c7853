"""The New Librarians cohort: one district library-services mentor and every new librarian."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from coordinator.db.models import Role, TrainingKind
from coordinator.demo.plan import LIBRARY_TRAINING, YEAR_START, ScalePlan
from coordinator.demo.records import CohortPlan, Pace
from coordinator.demo.staff import LIBRARIAN, RosterMaker
from coordinator.demo.texas import day_between
from coordinator.demo.training import training_row


def new_librarians(rng: random.Random, plan: ScalePlan, maker: RosterMaker) -> list[dict[str, Any]]:
    """A new librarian on each of `plan.librarians` campuses (two where campuses run out)."""
    roster = maker.roster
    campuses = list(roster.campuses)
    rng.shuffle(campuses)
    chosen: list[dict[str, Any]] = []
    for i in range(plan.librarians):
        campus = campuses[i % len(campuses)]
        if i < len(campuses):
            person = campus.librarians[0]
        else:
            person = maker.person(
                LIBRARIAN,
                campus_id=campus.id,
                supervisor_id=campus.principal_id,
                hire_date=YEAR_START,
            )
            campus.librarians.append(person)
        if rng.random() < 0.9:
            person["hire_date"] = day_between(rng, dt.date(2025, 7, 21), YEAR_START)
        else:
            person["hire_date"] = day_between(rng, dt.date(2025, 8, 18), dt.date(2025, 9, 5))
        chosen.append(person)
    return chosen


def build_library_cohort(
    rng: random.Random, plan: ScalePlan, maker: RosterMaker, year_id: int
) -> CohortPlan:
    """Everyone assigned to the one mentor (a full caseload); one or two fall out of contact."""
    cohort = CohortPlan(program_year_id=year_id)
    mentor = maker.roster.library_coordinator
    librarians = new_librarians(rng, plan, maker)
    cohort.mentor_profiles.append(
        {
            "id": mentor["id"],
            "person_id": mentor["id"],
            "years_experience": 18,
            "teaches_six_hours": False,
            "capacity": plan.librarians,
            "notes": "District library services; carries the whole new-librarian cohort.",
            "version": 1,
        }
    )
    cohort.trainings.append(
        training_row(
            mentor["id"], TrainingKind.APPROVED, LIBRARY_TRAINING, dt.date(2021, 6, 14), None, None
        )
    )
    cohort.enroll(mentor["id"], Role.MENTOR, YEAR_START)
    for person in sorted(librarians, key=lambda p: (p["hire_date"], p["id"])):
        start = max(person["hire_date"], YEAR_START) + dt.timedelta(days=rng.randint(0, 4))
        while start.weekday() >= 5:
            start += dt.timedelta(days=1)
        cohort.enroll(person["id"], Role.MENTEE, max(person["hire_date"], YEAR_START))
        cohort.assign(person["id"], mentor["id"], start, match_reasons="same role: librarian")
        cohort.paces[person["id"]] = Pace.ON_TRACK
    quiet = rng.sample(librarians, 2 if plan.librarians >= 20 else 1)
    for person in quiet:
        cohort.paces[person["id"]] = Pace.OUT_OF_CONTACT
        cohort.contact_until[person["id"]] = day_between(
            rng, dt.date(2026, 3, 2), dt.date(2026, 4, 10)
        )
    cohort.finish_pairings()
    return cohort
