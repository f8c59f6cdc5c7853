"""Programs and program years: rule pack, topics, semesters, enrollment, copying a year forward."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    Enrollment,
    EnrollmentStatus,
    Person,
    PersonStatus,
    Program,
    ProgramYear,
    Role,
    RulePack,
    Semester,
    Topic,
)
from coordinator.errors import CoordinatorError, NotFoundError, RefusedError
from coordinator.services import audit
from coordinator.services.rule_packs import LOCAL_PROGRAM, ensure_builtin_packs

PROGRAM_FIELDS = ("name", "description", "rule_pack_id", "match_weights")
YEAR_FIELDS = ("program_id", "label", "start_date", "end_date")
ENROLLMENT_FIELDS = ("program_year_id", "person_id", "role", "year_in_program", "status")
DEFAULT_CARRY_YEARS = 2  # the Texas rule asks for two years of mentoring


@dataclass(frozen=True)
class ProgramSummary:
    id: int
    name: str
    rule_pack: str
    topics: list[str]
    years: list[str]


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


@dataclass(frozen=True)
class CopyForwardResult:
    year_id: int
    label: str
    mentors: int
    mentees_carried: int
    mentees_completed: int


# --- programs -----------------------------------------------------------------------------------


def rule_pack_by_name(session: Session, name: str) -> RulePack:
    packs = ensure_builtin_packs(session)
    for pack_name, pack in packs.items():
        if pack_name.lower() == name.strip().lower():
            return pack
    raise NotFoundError(
        f"There is no rule pack named {name!r} (packs: {', '.join(sorted(packs))})."
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
        raise CoordinatorError("A program needs a name.")
    if session.scalar(select(Program.id).where(func.lower(Program.name) == name.lower())):
        raise RefusedError(f"A program named {name!r} already exists; choose another name.")
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
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError("That program no longer exists.")
    before = audit.snapshot(program, PROGRAM_FIELDS)
    if name is not None and name.strip():
        program.name = name.strip()
    if rule_pack is not None:
        program.rule_pack = rule_pack_by_name(session, rule_pack)
    if description is not None:
        program.description = description
    if match_weights is not None:
        program.match_weights = dict(match_weights)
    if topics is not None:
        set_topics(session, program, topics, program.rule_pack.rules.get("required_topics") or [])
    session.flush()
    audit.record(
        session,
        "edit",
        "program",
        program.id,
        before=before,
        after=audit.snapshot(program, PROGRAM_FIELDS),
    )
    return program


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
        raise CoordinatorError("A program year needs a label such as 2025-26.")
    if end <= start:
        raise CoordinatorError("A program year must end after it starts.")
    clash = session.scalar(
        select(ProgramYear.id).where(
            ProgramYear.program_id == program.id, ProgramYear.label == label
        )
    )
    if clash:
        raise RefusedError(f"Program {program.name!r} already has a year {label!r}.")
    terms = list(semesters) if semesters is not None else default_semesters(start, end)
    for term_name, term_start, term_end in terms:
        if not (start <= term_start <= term_end <= end):
            raise CoordinatorError(
                f"Semester {term_name!r} ({term_start} to {term_end}) must lie inside the year "
                f"({start} to {end})."
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


def next_label(label: str) -> str:
    """2025-26 -> 2026-27; 2025-2026 -> 2026-2027; 2025 -> 2026; otherwise '<label> (next)'."""
    match = re.fullmatch(r"(\d{4})(?:([-/])(\d{2}|\d{4}))?", label.strip())
    if not match:
        return f"{label} (next)"
    first = int(match.group(1)) + 1
    if match.group(3) is None:
        return str(first)
    width = len(match.group(3))
    second = str(int(match.group(3)) + 1).zfill(width)[-width:]
    return f"{first}{match.group(2)}{second}"


def shift_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def copy_forward(
    session: Session,
    year: ProgramYear,
    *,
    label: str | None = None,
    carry_years: int | None = None,
) -> CopyForwardResult:
    """Create the next year: mentors re-enrolled, mentees short of the years keep their mentor.

    A mentee is carried when they are still active and in the district, their year in the program
    is below the rule pack's `min_program_years` (two when the pack does not say), and they have an
    open assignment at the end of the year; the new assignment starts on the new year's first day.
    """
    rules = year.program.rule_pack.rules
    carry = carry_years or int(rules.get("min_program_years") or DEFAULT_CARRY_YEARS)
    new_year = create_year(
        session,
        year.program,
        label or next_label(year.label),
        shift_year(year.start_date),
        shift_year(year.end_date),
        [(s.name, shift_year(s.start_date), shift_year(s.end_date)) for s in year.semesters],
    )
    enrollments = session.scalars(
        select(Enrollment)
        .join(Person, Person.id == Enrollment.person_id)
        .where(
            Enrollment.program_year_id == year.id,
            Enrollment.status == EnrollmentStatus.ACTIVE,
            Person.status == PersonStatus.ACTIVE,
        )
    ).all()
    open_mentor = open_mentors_at(session, year.id, year.end_date)
    mentors: set[int] = set()
    carried: list[tuple[Enrollment, int]] = []
    completed = 0
    for enrollment in enrollments:
        if enrollment.role == Role.MENTOR:
            mentors.add(enrollment.person_id)
        elif enrollment.year_in_program < carry and enrollment.person_id in open_mentor:
            carried.append((enrollment, open_mentor[enrollment.person_id]))
        else:
            completed += 1
    mentors.update(mentor_id for _e, mentor_id in carried)
    for mentor_id in sorted(mentors):
        _enroll_one(session, new_year, mentor_id, Role.MENTOR, 1, new_year.start_date)
    for enrollment, mentor_id in carried:
        _enroll_one(
            session,
            new_year,
            enrollment.person_id,
            Role.MENTEE,
            enrollment.year_in_program + 1,
            new_year.start_date,
        )
        assignment = Assignment(
            program_year_id=new_year.id,
            mentee_id=enrollment.person_id,
            mentor_id=mentor_id,
            start_date=new_year.start_date,
            match_reasons=f"second year with the same mentor (carried from {year.label})",
        )
        session.add(assignment)
        session.flush()
        audit.record(
            session,
            "assign",
            "assignment",
            assignment.id,
            after={"mentor_id": mentor_id, "start_date": new_year.start_date, "copied": year.label},
            person_id=enrollment.person_id,
        )
    session.flush()
    return CopyForwardResult(
        year_id=new_year.id,
        label=new_year.label,
        mentors=len(mentors),
        mentees_carried=len(carried),
        mentees_completed=completed,
    )


def open_mentors_at(session: Session, year_id: int, day: dt.date) -> dict[int, int]:
    """mentee id -> mentor id for assignments still open on `day` (end_date is exclusive)."""
    rows = session.execute(
        select(Assignment.mentee_id, Assignment.mentor_id)
        .where(
            Assignment.program_year_id == year_id,
            Assignment.start_date <= day,
            (Assignment.end_date.is_(None)) | (Assignment.end_date > day),
        )
        .order_by(Assignment.start_date)
    )
    return dict(rows.all())


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
            before = audit.snapshot(enrollment, ENROLLMENT_FIELDS)
            enrollment.status = EnrollmentStatus.ACTIVE
            enrollment.ended_on = None
            enrollment.end_reason = None
            session.flush()
            audit.record(
                session,
                "re-enroll",
                "enrollment",
                enrollment.id,
                before=before,
                after=audit.snapshot(enrollment, ENROLLMENT_FIELDS),
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
