"""An instrument as a form to hand out: its words, for the printable PDF and the form tool sheet.

The first question of every form asks who is answering (the employee ID; the form tool collects
the e-mail), so that the answers can be matched to the program's people when they come back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coordinator.db.enums import QuestionScale
from coordinator.db.models import ProgramYear, SurveyInstrument
from coordinator.errors import NotFoundError
from coordinator.services.surveys.instruments import AGREEMENT_WORDS, QuestionRef, question_refs

IDENTITY_QUESTION = "Employee ID"  # the import reads this header as the employee ID


@dataclass(frozen=True)
class SurveyForm:
    program: str
    year: str
    instrument: str
    timing: str  # "Start of year"
    respondent: str  # "mentees"
    description: str
    questions: tuple[QuestionRef, ...]
    prepared_on: dt.date

    @property
    def title(self) -> str:
        return self.instrument


def choices(scale: QuestionScale) -> tuple[str, ...]:
    """The answers a question offers, in order: the five agreement words, or Yes and No."""
    if scale is QuestionScale.AGREEMENT:
        return tuple(f"{n} {word}" for n, word in enumerate(AGREEMENT_WORDS, start=1))
    if scale is QuestionScale.YES_NO:
        return ("Yes", "No")
    return ()


def survey_form(
    session: Session, program_year_id: int, instrument_id: int, *, today: dt.date
) -> SurveyForm:
    year = session.get(ProgramYear, program_year_id)
    instrument = session.get(SurveyInstrument, instrument_id)
    if year is None or instrument is None or instrument.program_id != year.program_id:
        raise NotFoundError("That survey instrument does not belong to this program year.")
    return SurveyForm(
        program=year.program.name,
        year=year.label,
        instrument=instrument.name,
        timing=instrument.timing.label,
        respondent=f"{instrument.respondent.label.lower()}s",
        description=instrument.description,
        questions=tuple(question_refs(instrument)),
        prepared_on=today,
    )
