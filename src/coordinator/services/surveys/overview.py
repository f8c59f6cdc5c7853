"""What the Surveys page shows for a program year: its instruments, who answered, the imports."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from coordinator.db.models import ProgramYear
from coordinator.importing.surveys.apply import SurveyBatch, survey_batches
from coordinator.services.surveys.instruments import (
    QuestionRef,
    ensure_default_instruments,
    instruments_of,
    question_refs,
)
from coordinator.services.surveys.responses import ChaseList, chase_list


@dataclass(frozen=True)
class InstrumentView:
    id: int
    name: str
    timing: str  # "Start of year"
    respondent: str  # "Mentee"
    questions: tuple[QuestionRef, ...]
    chase: ChaseList


@dataclass(frozen=True)
class SurveysView:
    program_year_id: int
    title: str  # "Teacher Induction 2025-26"
    instruments: tuple[InstrumentView, ...]
    batches: tuple[SurveyBatch, ...]


def needs_default_instruments(session: Session, program_year_id: int) -> bool:
    year = session.get(ProgramYear, program_year_id)
    return year is not None and not instruments_of(session, year.program_id)


def add_default_instruments(session: Session, program_year_id: int) -> int:
    """The shipped instruments for the year's program, when it has none yet."""
    year = session.get(ProgramYear, program_year_id)
    return ensure_default_instruments(session, year.program_id) if year is not None else 0


def surveys_view(session: Session, program_year_id: int) -> SurveysView | None:
    year = session.get(ProgramYear, program_year_id)
    if year is None:
        return None
    instruments = tuple(
        InstrumentView(
            id=i.id,
            name=i.name,
            timing=i.timing.label,
            respondent=i.respondent.label,
            questions=tuple(question_refs(i)),
            chase=chase_list(session, program_year_id, i),
        )
        for i in instruments_of(session, year.program_id)
    )
    return SurveysView(
        program_year_id=program_year_id,
        title=f"{year.program.name} {year.label}",
        instruments=instruments,
        batches=tuple(survey_batches(session, program_year_id)),
    )
