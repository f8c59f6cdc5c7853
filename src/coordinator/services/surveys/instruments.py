"""A program's survey instruments: the shipped defaults, finding one by name, editing questions.

Every program starts with the same four instruments (mentee confidence at the start and at the
end of the year, the mentees' satisfaction with their mentor, the mentors' satisfaction with the
program); they are the program's own to rename and to edit. The start- and end-of-year confidence
instruments share a measure and their questions' keys, which is how answers pair before/after.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from coordinator.db.enums import QuestionScale, Role, SurveyTiming
from coordinator.db.models import SurveyAnswer, SurveyInstrument, SurveyQuestion
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services import audit

CONFIDENCE = "mentee_confidence"  # the measure whose start/end change is each mentee's shift
AGREE, YES_NO, FREE = QuestionScale.AGREEMENT, QuestionScale.YES_NO, QuestionScale.FREE_TEXT
AGREEMENT_WORDS = (
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
)  # 1 .. 5


@dataclass(frozen=True)
class QuestionSpec:
    key: str
    text: str
    scale: QuestionScale


@dataclass(frozen=True)
class QuestionRef:
    """A stored question as plain values, to carry out of its session."""

    id: int
    key: str
    text: str
    scale: QuestionScale


def question_refs(instrument: SurveyInstrument) -> list[QuestionRef]:
    return [QuestionRef(q.id, q.key, q.text, q.scale) for q in instrument.questions]


@dataclass(frozen=True)
class InstrumentSpec:
    name: str
    timing: SurveyTiming
    respondent: Role
    measure: str
    description: str
    questions: tuple[QuestionSpec, ...]


_CONFIDENCE_QUESTIONS = (
    QuestionSpec("classroom_management", "I am confident managing my classroom.", AGREE),
    QuestionSpec("instruction", "I am confident planning and delivering instruction.", AGREE),
    QuestionSpec("belonging", "I feel that I belong on my campus.", AGREE),
    QuestionSpec("intent_to_stay", "I intend to keep teaching in this district next year.", AGREE),
    QuestionSpec("confidence_comments", "Anything else you would like the program to know?", FREE),
)

DEFAULT_INSTRUMENTS = (
    InstrumentSpec(
        "Mentee confidence (start of year)",
        SurveyTiming.START,
        Role.MENTEE,
        CONFIDENCE,
        "Asked of every mentee in the first weeks of the year.",
        _CONFIDENCE_QUESTIONS,
    ),
    InstrumentSpec(
        "Mentee confidence (end of year)",
        SurveyTiming.END,
        Role.MENTEE,
        CONFIDENCE,
        "The same questions at the end of the year: the change is each mentee's shift.",
        _CONFIDENCE_QUESTIONS,
    ),
    InstrumentSpec(
        "Mentee satisfaction with their mentor",
        SurveyTiming.END,
        Role.MENTEE,
        "mentee_satisfaction",
        "How the mentees judge the support their mentor gave.",
        (
            QuestionSpec("mentor_helped", "My mentor helped me when I needed it.", AGREE),
            QuestionSpec("met_enough", "We met often enough to make a difference.", AGREE),
            QuestionSpec(
                "mentor_recommend",
                "Would you recommend your mentor to another new teacher?",
                YES_NO,
            ),
            QuestionSpec("mentor_comments", "What could your mentor have done differently?", FREE),
        ),
    ),
    InstrumentSpec(
        "Mentor satisfaction with the program",
        SurveyTiming.END,
        Role.MENTOR,
        "mentor_satisfaction",
        "How the mentors judge the program's training, time and support.",
        (
            QuestionSpec("training", "The mentor training prepared me for this role.", AGREE),
            QuestionSpec("time", "I had enough time to meet with my mentee.", AGREE),
            QuestionSpec("support", "The program coordinator supported me when I asked.", AGREE),
            QuestionSpec("mentor_again", "Would you mentor again next year?", YES_NO),
            QuestionSpec("program_comments", "How could the program improve?", FREE),
        ),
    ),
)


def ensure_default_instruments(session: Session, program_id: int) -> int:
    """Give a program that has no instruments yet the shipped ones; how many were added."""
    have = set(
        session.scalars(
            select(SurveyInstrument.name).where(SurveyInstrument.program_id == program_id)
        )
    )
    if have:
        return 0  # the program has made the instruments its own: never add them back
    for order, spec in enumerate(DEFAULT_INSTRUMENTS):
        instrument = SurveyInstrument(
            program_id=program_id,
            name=spec.name,
            timing=spec.timing,
            respondent=spec.respondent,
            measure=spec.measure,
            description=spec.description,
            sort_order=order,
        )
        instrument.questions = [
            SurveyQuestion(position=i + 1, key=q.key, text=q.text, scale=q.scale)
            for i, q in enumerate(spec.questions)
        ]
        session.add(instrument)
    session.flush()
    return len(DEFAULT_INSTRUMENTS)


def instruments_of(session: Session, program_id: int) -> list[SurveyInstrument]:
    """The program's instruments in their order, questions loaded."""
    return list(
        session.scalars(
            select(SurveyInstrument)
            .where(SurveyInstrument.program_id == program_id)
            .options(selectinload(SurveyInstrument.questions))
            .order_by(SurveyInstrument.sort_order, SurveyInstrument.id)
        )
    )


def instrument_by_name(session: Session, program_id: int, name: str) -> SurveyInstrument:
    """The program's instrument whose name is `name` (any case), or one it starts with alone."""
    instruments = instruments_of(session, program_id)
    wanted = name.strip().casefold()
    exact = [i for i in instruments if i.name.casefold() == wanted]
    starts = [i for i in instruments if i.name.casefold().startswith(wanted)]
    found = exact or (starts if len(starts) == 1 else [])
    if found:
        return found[0]
    known = "; ".join(i.name for i in instruments) or "none yet"
    raise NotFoundError(f"This program has no survey instrument {name!r} (instruments: {known}).")


def _has_answers(session: Session, question_id: int) -> bool:
    return bool(session.scalar(select(exists().where(SurveyAnswer.question_id == question_id))))


def edit_question(
    session: Session, question_id: int, *, text: str, scale: QuestionScale
) -> SurveyQuestion:
    """Reword a question or change its scale; a scale is kept once answers have been imported."""
    question = session.get(SurveyQuestion, question_id)
    if question is None:
        raise NotFoundError(f"There is no survey question {question_id}.")
    text = " ".join(text.split())
    if not text:
        raise RefusedError("A question needs its words.", field="text")
    if scale is not question.scale and _has_answers(session, question_id):
        raise RefusedError(
            "Answers to this question have been imported on its scale, so the scale cannot "
            "change. Add a new question instead.",
            field="scale",
        )
    before = {"text": question.text, "scale": question.scale.value}
    question.text, question.scale = text, scale
    audit.record_edit(
        session,
        "survey.question",
        "survey_question",
        question.id,
        before=before,
        after={"text": text, "scale": scale.value},
    )
    return question


def add_question(
    session: Session, instrument_id: int, *, text: str, scale: QuestionScale, key: str = ""
) -> SurveyQuestion:
    """A new question at the end of the instrument."""
    instrument = session.get(SurveyInstrument, instrument_id)
    if instrument is None:
        raise NotFoundError(f"There is no survey instrument {instrument_id}.")
    text = " ".join(text.split())
    if not text:
        raise RefusedError("A question needs its words.", field="text")
    last = session.scalar(
        select(func.max(SurveyQuestion.position)).where(
            SurveyQuestion.instrument_id == instrument_id
        )
    )
    position = int(last or 0) + 1
    question = SurveyQuestion(
        instrument_id=instrument_id,
        position=position,
        key=key or f"question_{position}",
        text=text,
        scale=scale,
    )
    session.add(question)
    session.flush()
    audit.record(
        session,
        "survey.question.add",
        "survey_question",
        question.id,
        after={"text": text, "scale": scale.value, "instrument_id": instrument_id},
    )
    return question


def remove_question(session: Session, question_id: int) -> None:
    """Remove a question nobody has answered yet."""
    question = session.get(SurveyQuestion, question_id)
    if question is None:
        raise NotFoundError(f"There is no survey question {question_id}.")
    if _has_answers(session, question_id):
        raise RefusedError(
            "Answers to this question have been imported; undo those imports first, or keep "
            "the question."
        )
    audit.record(
        session,
        "survey.question.remove",
        "survey_question",
        question.id,
        before={"text": question.text, "scale": question.scale.value},
    )
    session.delete(question)
