"""The demo's training year and who is a beginning teacher: every case of each rule shows.

TEC §21.458(b)(1)-(2): mentors hold the approved training (already planned with each mentor) and
the district's own before the year; (b-1): mentors and the principals and assistant principals
who supervise or appraise mentees are trained before the year and again during it. Most are done;
a few mentors skipped the district orientation or a supplemental session, a few leaders too.
19 TAC §153.1011(a)(1): mentees are beginning teachers (0 or 1 year), except two with more
experience (one kept with a recorded reason) and three whose experience HR never sent.
Draws from its own random stream so the rest of the demo stays what it was.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from coordinator.db.models import Role, TrainingKind
from coordinator.demo.plan import YEAR_START
from coordinator.demo.records import CohortPlan
from coordinator.demo.staff import Roster

DISTRICT_TRAINING = "District mentor orientation"
DISTRICT_PROVIDER = "Office of Teaching and Learning"
APPROVED_PROVIDER = "Region 13 Education Service Center"
SUPPLEMENTAL = (
    ("Mentor cohort meeting: coaching cycles", dt.date(2025, 10, 14), 120),
    ("Mentor cohort meeting: data-driven instruction", dt.date(2026, 1, 20), 120),
    ("Mentor cohort meeting: parent-teacher conferences", dt.date(2026, 3, 24), 120),
)
LEADER_SUPPLEMENTAL = (
    ("Supporting beginning teachers: campus leaders", dt.date(2025, 11, 4), 180),
    ("Supporting beginning teachers: spring check-in", dt.date(2026, 2, 10), 180),
)
DISTRICT = TrainingKind.DISTRICT
OVERRIDE_REASON = (
    "Moved from fourth grade to high school chemistry: new to the subject, and the rule counts "
    "experience in the subject or grade taught"
)


def training_row(
    profile_id: int,
    kind: TrainingKind,
    name: str,
    day: dt.date,
    provider: str | None,
    minutes: int | None,
) -> dict[str, Any]:
    """A `mentor_training` row with every column the bulk insert names."""
    return {
        "profile_id": profile_id,
        "kind": kind.value,
        "name": name,
        "completed_on": day,
        "provider": provider,
        "minutes": minutes,
    }


def add_texas_training(rng: random.Random, cohort: CohortPlan, roster: Roster) -> None:
    people = {p["id"]: p for p in roster.person_rows}
    _mentor_trainings(rng, cohort)
    _leader_trainings(rng, cohort, people)
    _mentee_experience(rng, cohort, people)


def _mentor_trainings(rng: random.Random, cohort: CohortPlan) -> None:
    profiles = sorted(p["id"] for p in cohort.mentor_profiles)
    late = {t["profile_id"] for t in cohort.trainings if t["completed_on"] >= YEAR_START}
    novices = {p["id"] for p in cohort.mentor_profiles if (p["years_experience"] or 0) < 3}
    # one missing training each: the mentors already ineligible for another reason keep theirs
    otherwise_fine = [p for p in profiles if p not in late | novices]
    no_district = set(rng.sample(otherwise_fine, 2 if len(otherwise_fine) >= 8 else 1))
    for profile_id in profiles:
        if profile_id not in no_district:
            day = dt.date(2025, 8, rng.choice((4, 5, 6)))
            cohort.trainings.append(
                training_row(
                    profile_id,
                    TrainingKind.DISTRICT,
                    DISTRICT_TRAINING,
                    day,
                    DISTRICT_PROVIDER,
                    360,
                )
            )
        missed = 0 if rng.random() < 0.8 else rng.choice((1, 1, 2))
        for name, day, minutes in SUPPLEMENTAL[: len(SUPPLEMENTAL) - missed]:
            cohort.trainings.append(
                training_row(
                    profile_id, TrainingKind.SUPPLEMENTAL, name, day, DISTRICT_PROVIDER, minutes
                )
            )


def _leader_trainings(
    rng: random.Random, cohort: CohortPlan, people: dict[int, dict[str, Any]]
) -> None:
    """Principals and assistant principals of the year's mentees get a profile for their
    trainings (it makes nobody a mentor)."""
    mentees = [e["person_id"] for e in cohort.enrollments if e["role"] == Role.MENTEE]
    leaders = sorted(
        {
            people[m][key]
            for m in mentees
            for key in ("supervisor_id", "appraiser_id")
            if people[m][key] is not None
        }
        - {p["person_id"] for p in cohort.mentor_profiles}
    )
    untrained = set(rng.sample(leaders, 2)) if len(leaders) >= 6 else set()
    for leader in leaders:
        cohort.mentor_profiles.append(
            {
                "id": leader,
                "person_id": leader,
                "years_experience": None,
                "teaches_six_hours": False,
                "capacity": None,
                "notes": "",
                "version": 1,
            }
        )
        if leader in untrained:
            continue
        day = dt.date(2025, 7, rng.choice((28, 29, 30)))
        cohort.trainings.append(
            training_row(
                leader, TrainingKind.DISTRICT, DISTRICT_TRAINING, day, DISTRICT_PROVIDER, 180
            )
        )
        sessions = LEADER_SUPPLEMENTAL if rng.random() < 0.85 else LEADER_SUPPLEMENTAL[:1]
        for name, day, minutes in sessions:
            cohort.trainings.append(
                training_row(
                    leader, TrainingKind.SUPPLEMENTAL, name, day, DISTRICT_PROVIDER, minutes
                )
            )


def _mentee_experience(
    rng: random.Random, cohort: CohortPlan, people: dict[int, dict[str, Any]]
) -> None:
    mentees = [e for e in cohort.enrollments if e["role"] == Role.MENTEE]
    for enrollment in mentees:
        years = 1 if enrollment["year_in_program"] == 2 else 0
        people[enrollment["person_id"]]["years_experience"] = years
    active = sorted(
        (e for e in mentees if e["status"] == "active" and e["year_in_program"] == 1),
        key=lambda e: e["person_id"],
    )
    if len(active) < 6:
        return
    experienced, kept, *unknown = rng.sample(active, 5)
    people[experienced["person_id"]]["years_experience"] = 4
    people[kept["person_id"]]["years_experience"] = 6
    kept["eligibility_override"] = OVERRIDE_REASON
    for enrollment in unknown:
        people[enrollment["person_id"]]["years_experience"] = None
