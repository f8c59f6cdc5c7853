"""What the surveys show: response rates, each mentee's confidence change, shifts per question.

How each figure is computed (the user guide says the same):
- Response rate of an instrument: people who answered it (at least one submission this year)
  over the people asked (enrolled in the year in its role, not withdrawn, not left).
- A mentee's survey change: the mean of their 1–5 agreement answers on the end-of-year mentee
  confidence instrument minus the same mean on the start-of-year one, each from their latest
  submission, to two decimals; None (unpaired) when either is missing.
- A question's shift: over the mentees who answered it both times (pairs), the mean answer at
  the end minus the mean at the start. Yes/no questions count the share answering yes.
Groups smaller than `min_group` (5 unless the caller says) are reported as suppressed, never
as a figure, so that no one's answers can be recognised.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.enums import QuestionScale, Role, SurveyTiming
from coordinator.db.models import ProgramYear, SurveyInstrument, SurveyQuestion
from coordinator.services.surveys.instruments import CONFIDENCE, instruments_of
from coordinator.services.surveys.responses import (
    Answer,
    asked_ids,
    latest_answers,
    latest_response_ids,
)

SMALL_GROUP = 5  # fewer people than this and a figure is suppressed
HUNDREDTHS = Decimal("0.01")


@dataclass(frozen=True)
class ResponseRate:
    instrument_id: int
    instrument: str
    timing: SurveyTiming
    respondent: Role
    asked: int
    answered: int

    @property
    def rate(self) -> Decimal | None:
        """Answered over asked, as a fraction to three places (None when nobody was asked)."""
        if not self.asked:
            return None
        return (Decimal(self.answered) / Decimal(self.asked)).quantize(Decimal("0.001"))


@dataclass(frozen=True)
class QuestionShift:
    """One question asked at the start and at the end: the paired means and their change."""

    key: str
    text: str
    scale: QuestionScale
    pairs: int
    before: Decimal | None  # None when suppressed (fewer pairs than the threshold)
    after: Decimal | None

    @property
    def shift(self) -> Decimal | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def suppressed(self) -> bool:
        return self.before is None


@dataclass(frozen=True)
class Comment:
    instrument: str
    question: str
    text: str


@dataclass(frozen=True)
class SurveyOutcomes:
    """Everything the Dashboard widget and the report section show, computed once."""

    program_year: str
    rates: tuple[ResponseRate, ...]
    shifts: tuple[QuestionShift, ...]
    paired: int  # mentees with both a start and an end confidence mean
    improved: int | None  # of them, how many rose (None when suppressed)
    mean_change: Decimal | None
    min_group: int
    comments: tuple[Comment, ...] = ()  # free text, only when the caller asked for it

    @property
    def has_answers(self) -> bool:
        return any(r.answered for r in self.rates)


def _mean(values: Iterable[int]) -> Decimal | None:
    numbers = list(values)
    if not numbers:
        return None
    return (Decimal(sum(numbers)) / Decimal(len(numbers))).quantize(HUNDREDTHS, ROUND_HALF_UP)


def _program_instruments(session: Session, program_year_id: int) -> list[SurveyInstrument]:
    program_id = session.scalar(
        select(ProgramYear.program_id).where(ProgramYear.id == program_year_id)
    )
    return instruments_of(session, int(program_id)) if program_id is not None else []


def _confidence_pair(
    instruments: list[SurveyInstrument],
) -> tuple[SurveyInstrument | None, SurveyInstrument | None]:
    def first(timing: SurveyTiming) -> SurveyInstrument | None:
        return next(
            (i for i in instruments if i.measure == CONFIDENCE and i.timing is timing), None
        )

    return first(SurveyTiming.START), first(SurveyTiming.END)


class _YearAnswers:
    """Each instrument's latest answers in one year, read once however many figures use them."""

    def __init__(self, session: Session, program_year_id: int) -> None:
        self.session = session
        self.program_year_id = program_year_id
        self._read: dict[int, dict[int, dict[int, Answer]]] = {}
        self._instruments: list[SurveyInstrument] | None = None
        self._asked: dict[Role, set[int]] = {}

    def of(self, instrument_id: int) -> dict[int, dict[int, Answer]]:
        if instrument_id not in self._read:
            self._read[instrument_id] = latest_answers(
                self.session, self.program_year_id, instrument_id
            )
        return self._read[instrument_id]

    def respondents(self, instrument_id: int) -> set[int]:
        """Who answered the instrument (from its answers when they were read already)."""
        if instrument_id in self._read:
            return set(self._read[instrument_id])
        return set(latest_response_ids(self.session, self.program_year_id, instrument_id))

    def asked(self, role: Role) -> set[int]:
        if role not in self._asked:
            self._asked[role] = asked_ids(self.session, self.program_year_id, role)
        return self._asked[role]

    def instruments(self) -> list[SurveyInstrument]:
        if self._instruments is None:
            self._instruments = _program_instruments(self.session, self.program_year_id)
        return self._instruments


def _agreement_means(
    answers: _YearAnswers, instrument: SurveyInstrument | None
) -> dict[int, Decimal]:
    if instrument is None:
        return {}
    scaled = {q.id for q in instrument.questions if q.scale is QuestionScale.AGREEMENT}
    means: dict[int, Decimal] = {}
    for person_id, given in answers.of(instrument.id).items():
        mean = _mean(a.number for q, a in given.items() if q in scaled and a.number is not None)
        if mean is not None:
            means[person_id] = mean
    return means


def survey_changes(session: Session, program_year_id: int) -> dict[int, Decimal | None]:
    """Mentee person id -> end-of-year minus start-of-year mean on the confidence instrument,
    None when the mentee lacks one of the two; every mentee asked in the year is a key."""
    return _survey_changes(_YearAnswers(session, program_year_id))


def _survey_changes(answers: _YearAnswers) -> dict[int, Decimal | None]:
    start, end = _confidence_pair(answers.instruments())
    before = _agreement_means(answers, start)
    after = _agreement_means(answers, end)
    changes: dict[int, Decimal | None] = {}
    for pid in sorted(answers.asked(Role.MENTEE)):
        changes[pid] = after[pid] - before[pid] if pid in before and pid in after else None
    return changes


def response_rates(session: Session, program_year_id: int) -> list[ResponseRate]:
    """Per instrument of the program: asked, answered (and `rate`), in the instruments' order."""
    return _response_rates(_YearAnswers(session, program_year_id))


def _response_rates(answers: _YearAnswers) -> list[ResponseRate]:
    rates = []
    for instrument in answers.instruments():
        role = instrument.respondent
        asked = answers.asked(role)
        answered = answers.respondents(instrument.id) & asked
        rates.append(
            ResponseRate(
                instrument.id,
                instrument.name,
                instrument.timing,
                role,
                asked=len(asked),
                answered=len(answered),
            )
        )
    return rates


def _as_number(question: SurveyQuestion, number: int | None) -> int | None:
    if number is None:
        return None
    return number * 100 if question.scale is QuestionScale.YES_NO else number  # yes = 100 %


def question_shifts(
    session: Session, program_year_id: int, *, min_group: int = SMALL_GROUP
) -> list[QuestionShift]:
    """Per confidence question asked at both times (paired by its key): the paired means.

    Agreement questions give the mean on 1–5; yes/no questions the percentage answering yes."""
    return _question_shifts(_YearAnswers(session, program_year_id), min_group)


def _question_shifts(read: _YearAnswers, min_group: int) -> list[QuestionShift]:
    start, end = _confidence_pair(read.instruments())
    if start is None or end is None:
        return []
    before_answers = read.of(start.id)
    after_answers = read.of(end.id)
    end_by_key = {q.key: q for q in end.questions}
    shifts = []
    for question in start.questions:
        later = end_by_key.get(question.key)
        if later is None or question.scale is QuestionScale.FREE_TEXT:
            continue
        pairs = []
        for person_id, answers in before_answers.items():
            first = answers.get(question.id)
            second = after_answers.get(person_id, {}).get(later.id)
            a = _as_number(question, first.number if first else None)
            b = _as_number(later, second.number if second else None)
            if a is not None and b is not None:
                pairs.append((a, b))
        shown = len(pairs) >= min_group
        shifts.append(
            QuestionShift(
                key=question.key,
                text=question.text,
                scale=question.scale,
                pairs=len(pairs),
                before=_mean(a for a, _ in pairs) if shown else None,
                after=_mean(b for _, b in pairs) if shown else None,
            )
        )
    return shifts


def free_text_answers(session: Session, program_year_id: int) -> list[Comment]:
    """Every free-text answer of the year, without who wrote it: only for a report that the
    coordinator chose to include them in."""
    return _free_text(_YearAnswers(session, program_year_id))


def _free_text(read: _YearAnswers) -> list[Comment]:
    comments = []
    for instrument in read.instruments():
        free = {q.id: q.text for q in instrument.questions if q.scale is QuestionScale.FREE_TEXT}
        if not free:
            continue
        for answers in read.of(instrument.id).values():
            for question_id, answer in answers.items():
                if question_id in free and answer.text:
                    comments.append(Comment(instrument.name, free[question_id], answer.text))
    return sorted(comments, key=lambda c: (c.instrument, c.question, c.text))


def survey_outcomes(
    session: Session,
    program_year_id: int,
    *,
    min_group: int = SMALL_GROUP,
    include_comments: bool = False,
) -> SurveyOutcomes:
    """Response rates, question shifts and the mentees' confidence change for one year."""
    return year_surveys(
        session, program_year_id, min_group=min_group, include_comments=include_comments
    )[1]


def year_surveys(
    session: Session,
    program_year_id: int,
    *,
    min_group: int = SMALL_GROUP,
    include_comments: bool = False,
) -> tuple[dict[int, Decimal | None], SurveyOutcomes]:
    """The year's `survey_changes` and its `survey_outcomes`, each instrument's answers read
    once for both (the end-of-year report shows the changes in its outcomes chapter too)."""
    year = session.get(ProgramYear, program_year_id)
    label = year.label if year is not None else ""
    answers = _YearAnswers(session, program_year_id)
    changes_found = _survey_changes(answers)
    changes = [c for c in changes_found.values() if c is not None]
    shown = len(changes) >= min_group
    mean_change = None
    if shown:
        mean_change = (sum(changes, Decimal(0)) / len(changes)).quantize(HUNDREDTHS, ROUND_HALF_UP)
    return changes_found, SurveyOutcomes(
        program_year=label,
        rates=tuple(_response_rates(answers)),
        shifts=tuple(_question_shifts(answers, min_group)),
        paired=len(changes),
        improved=sum(1 for c in changes if c > 0) if shown else None,
        mean_change=mean_change,
        min_group=min_group,
        comments=tuple(_free_text(answers)) if include_comments else (),
    )


def _signed(value: Decimal) -> str:
    return f"+{value}" if value > 0 else f"{value}"


def _share(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,} ({100 * part / whole:.0f}%)" if whole else "nobody asked"


def shift_text(shift: QuestionShift, min_group: int) -> str:
    """ "2.40 → 3.00 (+0.60), 5 mentees", or why no figure is given."""
    if shift.before is None or shift.after is None or shift.shift is None:
        return f"fewer than {min_group} answered both times"
    unit = "%" if shift.scale is QuestionScale.YES_NO else ""
    return (
        f"{shift.before}{unit} → {shift.after}{unit} ({_signed(shift.shift)}), "
        f"{shift.pairs:,} mentees"
    )


def outcome_lines(outcomes: SurveyOutcomes) -> list[tuple[str, str]]:
    """The figures as (what, value) lines: the widget's table and the report's say the same."""
    lines = [(f"Answered: {r.instrument}", _share(r.answered, r.asked)) for r in outcomes.rates]
    if outcomes.mean_change is not None and outcomes.improved is not None:
        lines.append(
            (
                "Mentee confidence, end of year minus start (1–5)",
                f"{_signed(outcomes.mean_change)} on average; rose for "
                f"{_share(outcomes.improved, outcomes.paired)}",
            )
        )
    elif outcomes.paired:
        lines.append(
            (
                "Mentee confidence, end of year minus start (1–5)",
                f"fewer than {outcomes.min_group} mentees answered both times",
            )
        )
    lines += [
        (f"{s.text} (start → end)", shift_text(s, outcomes.min_group)) for s in outcomes.shifts
    ]
    return lines
