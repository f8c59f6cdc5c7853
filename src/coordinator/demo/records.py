"""What the cohort phase hands to the check-in phase and the writer: pairings and row lists."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any


class Pace(enum.Enum):
    """How a mentee's year of contact goes, so the demo shows every state a coordinator watches."""

    ON_TRACK = "on_track"
    BEHIND = "behind"  # short of the minimum in one semester
    FAR_BEHIND = "far_behind"  # well short in one semester
    OUT_OF_CONTACT = "out_of_contact"  # contact stops weeks before the end of the year


@dataclass(frozen=True)
class Pairing:
    """One assignment: active from `start` until `end` (exclusive; None = still active)."""

    mentee_id: int
    mentor_id: int
    start: dt.date
    end: dt.date | None = None


@dataclass
class CohortPlan:
    """One program year's people: profiles, trainings, enrollments, assignments, and paces."""

    program_year_id: int
    mentor_profiles: list[dict[str, Any]] = field(default_factory=list)
    trainings: list[dict[str, Any]] = field(default_factory=list)
    enrollments: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)
    pairings: list[Pairing] = field(default_factory=list)
    paces: dict[int, Pace] = field(default_factory=dict)
    # mentee id -> last day contact is possible (out of contact, left, withdrew)
    contact_until: dict[int, dt.date] = field(default_factory=dict)
    unassigned: int = 0

    def enroll(
        self,
        person_id: int,
        role: str,
        enrolled_on: dt.date,
        *,
        year_in_program: int = 1,
    ) -> dict[str, Any]:
        row = {
            "program_year_id": self.program_year_id,
            "person_id": person_id,
            "role": role,
            "year_in_program": year_in_program,
            "status": "active",
            "enrolled_on": enrolled_on,
            "ended_on": None,
            "end_reason": None,
            "batch_id": None,
            "eligibility_override": None,
            "version": 1,
        }
        self.enrollments.append(row)
        return row

    def assign(
        self,
        mentee_id: int,
        mentor_id: int,
        start: dt.date,
        *,
        end: dt.date | None = None,
        end_reason: str | None = None,
        match_reasons: str | None = None,
    ) -> dict[str, Any]:
        row = {
            "program_year_id": self.program_year_id,
            "mentee_id": mentee_id,
            "mentor_id": mentor_id,
            "start_date": start,
            "end_date": end,
            "end_reason": end_reason,
            "override_reason": None,
            "match_reasons": match_reasons,
            "created_at": dt.datetime.combine(start, dt.time(9, 0)),
            "version": 1,
        }
        self.assignments.append(row)
        return row

    def finish_pairings(self) -> None:
        """Derive the pairings the check-in phase walks from the assignment rows."""
        self.pairings = [
            Pairing(a["mentee_id"], a["mentor_id"], a["start_date"], a["end_date"])
            for a in self.assignments
        ]
