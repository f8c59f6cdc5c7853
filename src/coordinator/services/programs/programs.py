"""Programs and program years: rule pack, topics, semesters, enrollment, copying a year forward."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Enrollment,
    EnrollmentStatus,
    Person,
    Program,
    ProgramYear,
    Role,
    RulePack,
    Semester,
    Topic,
)
from coordinator.errors import CoordinatorError, NotFoundError, RefusedError
from coordinator.services import audit
from coordinator.services.compliance.packs import LOCAL_PROGRAM, ensure_builtin_packs

PROGRAM_FIELDS = ("name", "description", "rule_pack_id", "match_weights")
YEAR_FIELDS = ("program_id", "label", "start_date", "end_date")
ENROLLMENT_FIELDS = ("program_year_id", "person_id", "role", "year_in_program", "status")
ENROLLMENT_END_FIELDS = ("status", "ended_on", "end_reason")  # what ending or returning changes


@dataclass(frozen=True)
class ProgramSummary:
    id: int
    name: str
    rule_pack: str
    topics: list[str]
    years: list[str]
    version: int = 1


@dataclass(frozen=True)
class YearSummary:
    id: int
    program: str
    label: str
    start_date: dt.date
    end_date: dt.date
    semesters: list[tuple[str, dt.date, dt.date]]
    mentors: int
    mentees: int


@dataclass(frozen=True)
class EnrollResult:
    added: int
    already: int


# --- programs -----------------------------------------------------------------------------------


def rule_pack_by_name(session: Session, name: str) -> RulePack:
    packs = ensure_builtin_packs(session)
    for pack_name, pack in packs.items():
        if pack_name.lower() == name.strip().lower():
            return pack
    raise NotFoundError(
        f"There is no rule pack named {name!r} (packs: {', '.join(sorted(packs))}).",
        field="rule_pack",
    )


def list_programs(session: Session) -> list[ProgramSummary]:
    programs = session.scalars(select(Program).order_by(Program.name))
    return [
        ProgramSummary(
            id=p.id,
            name=p.name,
            rule_pack=p.rule_pack.name,
            topics=[t.name for t in p.topics if t.active],
            years=[y.label for y in p.years],
            version=p.version,
        )
        for p in programs
    ]


def create_program(
    session: Session,
    name: str,
    *,
    rule_pack: str = LOCAL_PROGRAM,
    topics: Sequence[str] | None = None,
    description: str = "",
    match_weights: dict[str, Any] | None = None,
) -> Program:
    """A new program; without a topic list it starts with its rule pack's required topics."""
    name = name.strip()
    if not name:
        raise CoordinatorError("A program needs a name.", field="name")
    if session.scalar(select(Program.id).where(func.lower(Program.name) == name.lower())):
        raise RefusedError(
            f"A program named {name!r} already exists; choose another name.", field="name"
        )
    pack = rule_pack_by_name(session, rule_pack)
    program = Program(
        name=name,
        description=description,
        rule_pack=pack,
        match_weights=dict(match_weights or {}),
    )
    session.add(program)
    session.flush()
    required = list(pack.rules.get("required_topics") or [])
    set_topics(session, program, list(topics) if topics is not None else required, required)
    audit.record(
        session, "create", "program", program.id, after=audit.snapshot(program, PROGRAM_FIELDS)
    )
    return program


def set_topics(
    session: Session, program: Program, names: Sequence[str], required: Sequence[str] = ()
) -> None:
    """Make the program's active topic list exactly `names`, in order; old topics are retired."""
    wanted = [n.strip() for n in names if n.strip()]
    existing = {t.name: t for t in program.topics}
    for order, topic_name in enumerate(wanted):
        topic = existing.get(topic_name)
        if topic is None:
            topic = Topic(program=program, name=topic_name)
            session.add(topic)
        topic.sort_order = order
        topic.active = True
        topic.required = topic_name in required
    for topic_name, topic in existing.items():
        if topic_name not in wanted:
            topic.active = False  # check-ins may refer to it; retire rather than delete
    session.flush()


def edit_program(
    session: Session,
    program_id: int,
    *,
    name: str | None = None,
    rule_pack: str | None = None,
    topics: Sequence[str] | None = None,
    description: str | None = None,
    match_weights: dict[str, Any] | None = None,
) -> Program:
    """Change the fields given; one audit entry holds the fields and topics that changed, and an
    edit that changes nothing writes none."""
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError("That program no longer exists.")
    before = {**audit.snapshot(program, PROGRAM_FIELDS), **topic_state(program)}
    if name is not None and name.strip():
        program.name = name.strip()
    if rule_pack is not None:
        program.rule_pack = rule_pack_by_name(session, rule_pack)
    if description is not None:
        program.description = description
    if match_weights is not None:
        program.match_weights = dict(match_weights)
    if topics is not None:
        topics_before = topic_state(program)
        set_topics(session, program, topics, program.rule_pack.rules.get("required_topics") or [])
        if topic_state(program) != topics_before:
            program.version += 1  # topics are part of the program: a concurrent save must notice
    session.flush()
    audit.record_edit(
        session,
        "edit",
        "program",
        program.id,
        before=before,
        after={**audit.snapshot(program, PROGRAM_FIELDS), **topic_state(program)},
    )
    return program


def topic_state(program: Program) -> dict[str, dict[str, Any]]:
    """Each topic as the audit log keeps it, keyed 'topic <id>' so only changed topics show."""
    return {
        f"topic {t.id}": {
            "name": t.name,
            "required": t.required,
            "active": t.active,
            "order": t.sort_order,
        }
        for t in program.topics
    }


# --- years --------------------------------------------------------------------------------------


def default_semesters(start: dt.date, end: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """Fall until the winter break (31 December), spring from 1 January; both inclusive."""
    split = dt.date(start.year, 12, 31)
    if not start < split < end:
        split = start + (end - start) // 2
    return [("Fall", start, split), ("Spring", split + dt.timedelta(days=1), end)]


def create_year(
    session: Session,
    program: Program,
    label: str,
    start: dt.date,
    end: dt.date,
    semesters: Sequence[tuple[str, dt.date, dt.date]] | None = None,
) -> ProgramYear:
    """A program year with its two semesters (defaults: fall and spring split at 31 December)."""
    label = label.strip()
    if not label:
        raise CoordinatorError("A program year needs a label such as 2025-26.", field="label")
    if end <= start:
        raise CoordinatorError("A program year must end after it starts.", field="end")
    clash = session.scalar(
        select(ProgramYear.id).where(
            ProgramYear.program_id == program.id, ProgramYear.label == label
        )
    )
    if clash:
        raise RefusedError(f"Program {program.name!r} already has a year {label!r}.", field="label")
    terms = list(semesters) if semesters is not None else default_semesters(start, end)
    for term_name, term_start, term_end in terms:
        if not (start <= term_start <= term_end <= end):
            raise CoordinatorError(
                f"Semester {term_name!r} ({term_start} to {term_end}) must lie inside the year "
                f"({start} to {end}).",
                field="semesters",
            )
    year = ProgramYear(program=program, label=label, start_date=start, end_date=end)
    session.add(year)
    for term_name, term_start, term_end in terms:
        session.add(
            Semester(program_year=year, name=term_name, start_date=term_start, end_date=term_end)
        )
    session.flush()
    audit.record(
        session, "create", "program_year", year.id, after=audit.snapshot(year, YEAR_FIELDS)
    )
    return year


def year_summary(session: Session, year: ProgramYear) -> YearSummary:
    rows = session.execute(
        select(Enrollment.role, func.count())
        .where(
            Enrollment.program_year_id == year.id,
            Enrollment.status == EnrollmentStatus.ACTIVE,
        )
        .group_by(Enrollment.role)
    )
    counts = dict(rows.all())
    return YearSummary(
        id=year.id,
        program=year.program.name,
        label=year.label,
        start_date=year.start_date,
        end_date=year.end_date,
        semesters=[(s.name, s.start_date, s.end_date) for s in year.semesters],
        mentors=counts.get(Role.MENTOR, 0),
        mentees=counts.get(Role.MENTEE, 0),
    )


def list_years(session: Session) -> list[YearSummary]:
    years = session.scalars(select(ProgramYear).order_by(ProgramYear.start_date, ProgramYear.id))
    return [year_summary(session, y) for y in years]


# --- enrollment ---------------------------------------------------------------------------------


def _enroll_one(
    session: Session,
    year: ProgramYear,
    person_id: int,
    role: Role,
    year_in_program: int,
    on: dt.date | None,
) -> Enrollment:
    enrollment = Enrollment(
        program_year_id=year.id,
        person_id=person_id,
        role=role,
        year_in_program=year_in_program,
        status=EnrollmentStatus.ACTIVE,
        enrolled_on=on,
    )
    session.add(enrollment)
    session.flush()
    audit.record(
        session,
        "enroll",
        "enrollment",
        enrollment.id,
        after=audit.snapshot(enrollment, ENROLLMENT_FIELDS),
        person_id=person_id,
    )
    return enrollment


def enroll(
    session: Session,
    year: ProgramYear,
    person_ids: Iterable[int],
    role: Role,
    *,
    on: dt.date | None = None,
) -> EnrollResult:
    """Enroll many people in one role; those already enrolled in it are counted, not doubled.

    A withdrawn enrollment is made active again (the coordinator changed their mind).
    """
    wanted = list(dict.fromkeys(person_ids))
    existing = {
        e.person_id: e
        for e in session.scalars(
            select(Enrollment).where(
                Enrollment.program_year_id == year.id,
                Enrollment.role == role,
                Enrollment.person_id.in_(wanted),
            )
        )
    }
    known = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    missing = [pid for pid in wanted if pid not in known]
    if missing:
        raise NotFoundError(f"{len(missing)} of the people to enroll no longer exist.")
    added = already = 0
    for person_id in wanted:
        enrollment = existing.get(person_id)
        if enrollment is None:
            _enroll_one(session, year, person_id, role, 1, on)
            added += 1
        elif enrollment.status != EnrollmentStatus.ACTIVE:
            before = audit.snapshot(enrollment, ENROLLMENT_END_FIELDS)
            enrollment.status = EnrollmentStatus.ACTIVE
            enrollment.ended_on = None
            enrollment.end_reason = None
            session.flush()
            audit.record_edit(
                session,
                "re-enroll",
                "enrollment",
                enrollment.id,
                before=before,
                after=audit.snapshot(enrollment, ENROLLMENT_END_FIELDS),
                person_id=person_id,
            )
            added += 1
        else:
            already += 1
    return EnrollResult(added=added, already=already)


def year_by_id(session: Session, year_id: int) -> ProgramYear:
    year = session.get(ProgramYear, year_id)
    if year is None:
        raise NotFoundError("That program year no longer exists.")
    return year


def reference_day(year: ProgramYear, on: dt.date | None = None) -> dt.date:
    """The day "current" means for a year: today (or `on`), kept inside the year's dates."""
    day = on or dt.date.today()
    return min(max(day, year.start_date), year.end_date)
