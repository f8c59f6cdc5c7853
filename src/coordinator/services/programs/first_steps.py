"""What a coordinator should do next when there is nothing to show yet: a program, then a year."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy.orm import Session

from coordinator.services.programs.programs import list_programs


class StepKind(Enum):
    NEW_PROGRAM = "new program"
    NEW_YEAR = "new year"
    CHOOSE_YEAR = "choose year"


@dataclass(frozen=True)
class FirstStep:
    """The next step in words, and the program it is about (for New year…)."""

    kind: StepKind
    text: str
    program_id: int | None = None


def first_step(session: Session) -> FirstStep:
    """No program: create one. A program without a year: add its first. Else: choose a year."""
    programs = list_programs(session)
    if not programs:
        return FirstStep(
            StepKind.NEW_PROGRAM,
            "There is no program yet. Create a program on the Cohorts page: New program… "
            "(Ctrl+Shift+P) names it and picks its rule pack. Then add its first year, enroll "
            "people and match mentees with mentors.",
        )
    waiting = next((p for p in programs if not p.years), None)
    if waiting is not None and all(not p.years for p in programs):
        return FirstStep(
            StepKind.NEW_YEAR,
            f"{waiting.name} has no program year yet. Add its first year with New year… "
            "(Ctrl+Shift+Y on the Cohorts page): the dates and the two semesters.",
            waiting.id,
        )
    return FirstStep(StepKind.CHOOSE_YEAR, "Choose a program year in the toolbar.")
