"""Setting a program up in the window: its form, topic edits, match weights and year dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import Program, Topic
from coordinator.errors import CoordinatorError, NotFoundError, RefusedError
from coordinator.services import audit, stale_edits
from coordinator.services.compliance.packs import LOCAL_PROGRAM, ensure_builtin_packs
from coordinator.services.programs import programs
from coordinator.services.programs.match_weights import (
    DEFAULT_WEIGHTS,
    WEIGHT_LABELS,
    weight_problem,
    weights_for,
)
from coordinator.services.programs.next_year import next_label, renumber, shift_year


@dataclass(frozen=True)
class TopicEdit:
    """One row of a program's topic list as the coordinator left it (id None = a new topic)."""

    id: int | None
    name: str
    required: bool = False
    active: bool = True


@dataclass(frozen=True)
class ProgramForm:
    """Everything the program dialog edits; `id` None means a program not created yet."""

    id: int | None
    name: str
    rule_pack: str
    description: str
    topics: list[TopicEdit] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    version: int | None = None  # the program's version when the dialog read it


# What a coordinator calls each field another coordinator may have changed, in form order.
FORM_WORDS = {
    "name": "the name",
    "rule_pack": "the rule pack",
    "description": "the description",
    "topics": "the topics",
    "weights": "the match weights",
}


@dataclass(frozen=True)
class YearDates:
    label: str
    start: dt.date
    end: dt.date
    semesters: list[tuple[str, dt.date, dt.date]]


# --- programs -----------------------------------------------------------------------------------


def rule_pack_names(session: Session) -> list[str]:
    return sorted(ensure_builtin_packs(session))


def required_topics_of(session: Session, rule_pack: str) -> list[str]:
    """The topics a rule pack requires every mentee to cover (a new program starts with them)."""
    pack = programs.rule_pack_by_name(session, rule_pack)
    return [str(t) for t in pack.rules.get("required_topics") or []]


def program_by_id(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError("That program no longer exists.")
    return program


def program_form(session: Session, program_id: int | None) -> ProgramForm:
    """The dialog's starting values: the program as stored, or a new local program."""
    if program_id is None:
        return ProgramForm(id=None, name="", rule_pack=LOCAL_PROGRAM, description="")
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError("That program no longer exists.")
    return ProgramForm(
        id=program.id,
        name=program.name,
        rule_pack=program.rule_pack.name,
        description=program.description,
        topics=[TopicEdit(t.id, t.name, t.required, t.active) for t in program.topics],
        weights=weights_for(program.match_weights),
        version=program.version,
    )


def topic_problem(topics: Sequence[TopicEdit]) -> tuple[int, str] | None:
    """(row, why) for the first topic row that cannot be saved, or None when all are fine."""
    seen: dict[str, int] = {}
    for row, topic in enumerate(topics):
        name = topic.name.strip()
        if not name:
            return row, f"Topic {row + 1} has no name; type one or deactivate the row."
        if len(name) > 200:
            return row, f"Topic {row + 1} is longer than 200 characters; shorten it."
        key = name.casefold()
        if key in seen:
            return row, f"Topics {seen[key] + 1} and {row + 1} have the same name."
        seen[key] = row
    return None


def save_program(
    session: Session,
    form: ProgramForm,
    *,
    opened: ProgramForm | None = None,
    overwrite: bool = False,
) -> Program:
    """Create or edit the program with its topics and weights, audited in this transaction.

    `opened` is the program as the dialog read it (`program_form`); when the stored program has
    moved on since, the save is refused with `ConcurrentEditError` naming what changed, unless
    `overwrite` (audited as such).
    """
    name = form.name.strip()
    if not name:
        raise CoordinatorError("A program needs a name.", field="name")
    problem = topic_problem(form.topics)
    if problem:
        raise CoordinatorError(problem[1], field="topics")
    weight = weight_problem(form.weights)
    if weight:
        raise CoordinatorError(weight[1], field="weights")
    weights = {key: float(form.weights.get(key, DEFAULT_WEIGHTS[key])) for key in WEIGHT_LABELS}
    if form.id is None:
        program = programs.create_program(
            session,
            name,
            rule_pack=form.rule_pack,
            topics=[],
            description=form.description,
            match_weights=weights,
        )
    else:
        clash = session.scalar(
            select(Program.id).where(
                func.lower(Program.name) == name.lower(), Program.id != form.id
            )
        )
        if clash:
            raise RefusedError(
                f"A program named {name!r} already exists; choose another name.", field="name"
            )
        if opened is not None:
            _check_opened(session, form.id, opened, overwrite=overwrite)
        program = programs.edit_program(
            session,
            form.id,
            name=name,
            rule_pack=form.rule_pack,
            description=form.description,
            match_weights=weights,
        )
    apply_topics(session, program, form.topics)
    return program


def _check_opened(
    session: Session, program_id: int, opened: ProgramForm, *, overwrite: bool
) -> None:
    current = program_form(session, program_id)
    assert current.version is not None
    if opened.version is None:
        return
    stale_edits.settle(
        session,
        "program",
        program_id,
        seen_version=opened.version,
        current_version=current.version,
        seen=vars(opened),
        current=vars(current),
        words=FORM_WORDS,
        overwrite=overwrite,
    )


def apply_topics(session: Session, program: Program, topics: Sequence[TopicEdit]) -> None:
    """Make the topic rows exactly as edited: renamed in place (check-ins keep their topic),
    reordered, required or not, active or retired. Rows left out are kept as they are."""
    before = programs.topic_state(program)
    by_id = {t.id: t for t in program.topics}
    by_name = {t.name.casefold(): t for t in program.topics}
    # Park renamed rows under a unique temporary name first, so swapping two names cannot clash.
    for edit in topics:
        topic = by_id.get(edit.id) if edit.id is not None else None
        if edit.id is not None and topic is None:
            raise NotFoundError("A topic being edited no longer exists; reopen the program.")
        if topic is not None and topic.name != edit.name.strip():
            topic.name = f"\x00renaming {topic.id}"
    session.flush()
    for order, edit in enumerate(topics):
        topic = by_id.get(edit.id) if edit.id is not None else None
        if topic is None:  # a new row, or a retired topic coming back under its old name
            topic = by_name.get(edit.name.strip().casefold())
            if topic is None or topic.id in {e.id for e in topics if e.id is not None}:
                topic = Topic(program=program, name=edit.name.strip())
                session.add(topic)
        topic.name = edit.name.strip()
        topic.sort_order = order
        topic.required = edit.required
        topic.active = edit.active
    session.flush()
    session.refresh(program, ["topics"])
    if programs.topic_state(program) != before:
        stale_edits.bump_version(program)  # topics are part of the program: a save must notice
        session.flush()
    audit.record_edit(
        session,
        "edit topics",
        "program",
        program.id,
        before=before,
        after=programs.topic_state(program),
    )


# --- years --------------------------------------------------------------------------------------

_FIRST_YEAR = re.compile(r"^\s*(\d{4})")


def first_calendar_year(label: str) -> int | None:
    """2026-27 -> 2026; labels without a leading four-digit year have none."""
    match = _FIRST_YEAR.match(label)
    return int(match.group(1)) if match else None


def suggested_label(session: Session, program_id: int | None, today: dt.date) -> str:
    """The year after the program's latest, or the school year `today` falls in (from August)."""
    program = session.get(Program, program_id) if program_id is not None else None
    if program is not None and program.years:
        return next_label(program.years[-1].label)
    first = today.year if today.month >= 8 else today.year - 1
    return f"{first}-{(first + 1) % 100:02d}"


def _move_year(day: dt.date, years: int) -> dt.date:
    for _ in range(abs(years)):
        day = shift_year(day) if years > 0 else _back_one_year(day)
    return day


def _back_one_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def suggested_dates(session: Session, program_id: int | None, label: str) -> YearDates | None:
    """Dates for a year labelled like 2026-27: the program's latest year moved to that calendar
    year (same calendar, renamed semesters), or 1 August to 30 June split at the winter break."""
    first = first_calendar_year(label)
    if first is None:
        return None
    program = session.get(Program, program_id) if program_id is not None else None
    if program is not None and program.years:
        model = program.years[-1]
        years = first - model.start_date.year
        semesters = [
            (
                renumber(s.name, years),
                _move_year(s.start_date, years),
                _move_year(s.end_date, years),
            )
            for s in model.semesters
        ]
        if len(semesters) == 2:
            return YearDates(
                label,
                _move_year(model.start_date, years),
                _move_year(model.end_date, years),
                semesters,
            )
    start, end = dt.date(first, 8, 1), dt.date(first + 1, 6, 30)
    (fall_name, fall_start, fall_end), (spring_name, spring_start, spring_end) = (
        programs.default_semesters(start, end)
    )
    return YearDates(
        label,
        start,
        end,
        [(f"{fall_name} {first}", fall_start, fall_end),
         (f"{spring_name} {first + 1}", spring_start, spring_end)],
    )  # fmt: skip


def year_problem(
    label: str, start: dt.date, end: dt.date, semesters: Sequence[tuple[str, dt.date, dt.date]]
) -> tuple[str, str] | None:
    """(field, why) for the first date or name a program year cannot have; fields are 'label',
    'end', and 'semester<i>_name' / '_start' / '_end' for semester i."""
    if not label.strip():
        return "label", "Give the year a label such as 2026-27."
    if end <= start:
        return "end", "The year must end after it starts."
    previous_end: dt.date | None = None
    names: set[str] = set()
    for i, (name, term_start, term_end) in enumerate(semesters):
        if not name.strip():
            return f"semester{i}_name", f"Semester {i + 1} needs a name such as Fall 2026."
        if name.strip().casefold() in names:
            return f"semester{i}_name", "The two semesters need different names."
        names.add(name.strip().casefold())
        if not start <= term_start <= end:
            return f"semester{i}_start", f"{name} must start inside the year ({start} to {end})."
        if term_end < term_start:
            return f"semester{i}_end", f"{name} must end on or after its first day."
        if term_end > end:
            return f"semester{i}_end", f"{name} must end by the year's last day ({end})."
        if previous_end is not None and term_start <= previous_end:
            return f"semester{i}_start", f"{name} must start after the previous semester ends."
        previous_end = term_end
    return None
