"""Survey export rows into responses: who answered (e-mail or employee ID), what, and when.

Each row is one of: matched to a person asked this instrument (and then new, or already
imported), unmatched (nobody asked has that e-mail or ID) or invalid (an answer that is not on
its question's scale, no way to say who answered). A person who submitted twice in the file is
matched once: the later submission is kept, and every earlier one is listed with its row number
and why it was left aside, never dropped silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from coordinator.db.enums import QuestionScale
from coordinator.importing.problem import Problem
from coordinator.importing.surveys.export_reader import SurveyExport, question_field, submitted_at
from coordinator.importing.values import ValueProblem, check_email, clean_id, excel_error
from coordinator.services.surveys.instruments import AGREEMENT_WORDS, QuestionRef
from coordinator.services.surveys.responses import Respondent
from coordinator.tools.text import clean_text

_AGREEMENT = {w.casefold(): n for n, w in enumerate(AGREEMENT_WORDS, start=1)} | {
    "neutral": 3,
    "neither": 3,
    "somewhat disagree": 2,
    "somewhat agree": 4,
}
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}
MOST_TEXT = 4000


@dataclass(frozen=True)
class PlannedResponse:
    row: int
    person_id: int
    submitted_at: dt.datetime | None
    answers: dict[int, tuple[int | None, str | None]]  # question id -> (number, text)
    source_key: str


@dataclass(frozen=True)
class RowOutcome:
    """What became of one row, for the preview: its number, what happened, whose, and why."""

    row: int
    outcome: str  # "new", "already imported", "duplicate", "unmatched", "invalid"
    person: str = ""  # "Preferred Last" when matched
    why: str = ""


@dataclass
class SurveyPlan:
    responses: list[PlannedResponse] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # unmatched and invalid rows
    duplicates: list[Problem] = field(default_factory=list)  # earlier submissions left aside
    outcomes: dict[int, RowOutcome] = field(default_factory=dict)
    matched: int = 0
    unmatched: int = 0
    invalid: int = 0


def _number(question: QuestionRef, value: Any) -> tuple[int | None, str | None]:
    """The answer on the question's scale; raises ValueProblem when it is not on it."""
    text = clean_text(value)
    if question.scale is QuestionScale.FREE_TEXT:
        if len(text) > MOST_TEXT:
            raise ValueProblem("TOO_LONG", f"shorten the answer to {MOST_TEXT:,} characters")
        return None, text
    if question.scale is QuestionScale.YES_NO:
        word = text.casefold()
        if word in _YES:
            return 1, None
        if word in _NO:
            return 0, None
        raise ValueProblem(
            "NOT_YES_NO", "answer Yes or No", message="This question is answered yes or no."
        )
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5:
        return value, None
    word = text.casefold()
    if word in _AGREEMENT:
        return _AGREEMENT[word], None
    lead = word.split(" ", 1)[0].rstrip("-–.:)")
    if lead.isdigit() and 1 <= int(lead) <= 5:  # "4 - Agree", "5 (Strongly agree)"
        return int(lead), None
    raise ValueProblem(
        "NOT_ON_SCALE",
        "answer 1 to 5, or Strongly disagree, Disagree, Neither agree nor disagree, Agree or "
        "Strongly agree",
        message="This answer is not on the 1 to 5 agreement scale.",
    )


def source_key(
    instrument_id: int,
    program_year_id: int,
    person_id: int,
    when: dt.datetime | None,
    answers: dict[int, tuple[int | None, str | None]],
) -> str:
    body = json.dumps(
        [
            instrument_id,
            program_year_id,
            person_id,
            when.isoformat() if when else "",
            sorted((str(k), v) for k, v in answers.items()),
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode()).hexdigest()


def _who(
    export: SurveyExport,
    row: int,
    cells: dict[str, Any],
    by_id: dict[str, Respondent],
    by_email: dict[str, Respondent],
    role_word: str,
) -> tuple[Respondent | None, Problem | None, bool]:
    """(the person, a problem, whether the problem is 'unmatched' rather than invalid)."""
    where = export.where
    employee_id, email = cells.get("employee_id"), cells.get("email")
    try:
        wanted_id = clean_id(employee_id) if employee_id not in (None, "") else ""
    except ValueProblem as exc:
        return None, where.problem(row, "employee_id", employee_id, exc.code, fix=exc.fix), False
    if wanted_id:
        if wanted_id in by_id:
            return by_id[wanted_id], None, False
        fix = f"check the employee ID, or enroll this person as a {role_word} in the year"
        problem = where.problem(
            row,
            "employee_id",
            employee_id,
            "UNMATCHED",
            fix=fix,
            message=f"No {role_word} asked this survey has this employee ID.",
        )
        return None, problem, True
    address = clean_text(email).lower()
    if not address:
        return (
            None,
            where.problem(
                row,
                "email" if "email" in where.headers else "employee_id",
                "",
                "MISSING_ID",
                fix="the form must collect the e-mail address or the employee ID",
            ),
            False,
        )
    try:
        check_email(address)
    except ValueProblem as exc:
        return None, where.problem(row, "email", email, exc.code, fix=exc.fix), False
    if address in by_email:
        return by_email[address], None, False
    problem = where.problem(
        row,
        "email",
        email,
        "UNMATCHED",
        fix=f"check the address in the roster, or enroll this person as a {role_word}",
        message=f"No {role_word} asked this survey has this e-mail address.",
    )
    return None, problem, True


def plan_rows(
    export: SurveyExport,
    questions: list[QuestionRef],
    asked: list[Respondent],
    *,
    instrument_id: int,
    program_year_id: int,
    role_word: str,
    known_keys: set[str],
) -> SurveyPlan:
    """Every row of the export matched, checked and keyed; nothing is written here."""
    plan = SurveyPlan()
    by_id = {r.employee_id: r for r in asked if r.employee_id}
    by_email = {r.email.strip().lower(): r for r in asked if r.email}
    in_file = [q for q in questions if q.id in export.question_ids]
    kept: dict[int, PlannedResponse] = {}
    for row, cells in export.rows:
        person, problem, unmatched = _who(export, row, cells, by_id, by_email, role_word)
        if problem is not None:
            plan.problems.append(problem)
            if unmatched:
                plan.unmatched += 1
            else:
                plan.invalid += 1
            plan.outcomes[row] = RowOutcome(
                row, "unmatched" if unmatched else "invalid", why=problem.sentence
            )
            continue
        assert person is not None
        answers: dict[int, tuple[int | None, str | None]] = {}
        bad: list[Problem] = []
        for question in in_file:
            name = question_field(question.id)
            value = cells.get(name)
            if value in (None, "") or (isinstance(value, str) and not value.strip()):
                continue  # a question left blank is not answered
            if (error := excel_error(value)) is not None:
                bad.append(
                    export.where.problem(
                        row,
                        name,
                        value,
                        "CELL_ERROR",
                        fix="type the answer instead of a formula",
                        message=f"The cell holds the error {error}.",
                    )
                )
                continue
            try:
                number, text = _number(question, value)
            except ValueProblem as exc:
                bad.append(
                    export.where.problem(
                        row, name, value, exc.code, fix=exc.fix, message=exc.message
                    )
                )
                continue
            if number is not None or text:
                answers[question.id] = (number, text)
        if not bad and not answers:
            bad.append(
                export.where.problem(
                    row,
                    None,
                    "",
                    "NO_ANSWERS",
                    fix="leave the row out, or answer the questions",
                    message="The row answers none of the questions.",
                )
            )
        if bad:
            plan.problems.extend(bad)
            plan.invalid += 1
            plan.outcomes[row] = RowOutcome(row, "invalid", person.name, bad[0].sentence)
            continue
        plan.matched += 1
        when = submitted_at(cells.get("submitted"), export.date1904)
        key = source_key(instrument_id, program_year_id, person.person_id, when, answers)
        planned = PlannedResponse(row, person.person_id, when, answers, key)
        earlier = kept.get(person.person_id)
        if earlier is not None:
            first, later = _order(earlier, planned)
            kept[person.person_id] = later
            plan.duplicates.append(_duplicate(export, first, later, person))
            plan.outcomes[first.row] = RowOutcome(
                first.row,
                "duplicate",
                person.name,
                f"The same person answered again in row {later.row}; that answer is kept.",
            )
        else:
            kept[person.person_id] = planned
        outcome = "already imported" if kept[person.person_id].source_key in known_keys else "new"
        plan.outcomes[kept[person.person_id].row] = RowOutcome(
            kept[person.person_id].row, outcome, person.name
        )
    plan.responses = sorted(kept.values(), key=lambda p: p.row)
    return plan


def _order(a: PlannedResponse, b: PlannedResponse) -> tuple[PlannedResponse, PlannedResponse]:
    """(earlier, later) by submission time; the lower row first when the times do not say."""
    if a.submitted_at and b.submitted_at and a.submitted_at != b.submitted_at:
        return (a, b) if a.submitted_at < b.submitted_at else (b, a)
    return (a, b) if a.row < b.row else (b, a)


def _duplicate(
    export: SurveyExport, first: PlannedResponse, later: PlannedResponse, person: Respondent
) -> Problem:
    same = first.answers == later.answers
    what = "with the same answers (submitted twice)" if same else "with different answers"
    when = f" of {later.submitted_at:%m/%d/%Y %H:%M}" if later.submitted_at else ""
    return export.where.problem(
        first.row,
        "email" if "email" in export.where.headers else "employee_id",
        person.email or person.employee_id,
        "DUPLICATE_SUBMISSION",
        message=(
            f"The same person answered again in row {later.row} {what}; the later submission "
            f"(row {later.row}{when}) is the one kept, this row is left aside."
        ),
    )
