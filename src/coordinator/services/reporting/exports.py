"""Export tables for a program year: people, assignments, check-ins and compliance, typed.

What a coordinator hands on: hours in hours (12.5, not 750 minutes), each rule Met, Not met or
Not applicable, roles and statuses in the app's words ("Mentee", "Withdrawn"), and everyone by
employee ID as well as by name.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, replace
from itertools import groupby
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from coordinator.db.models import (
    CHECKIN_KIND_LABELS,
    Assignment,
    Campus,
    Checkin,
    CheckinAttendee,
    CheckinTopic,
    Enrollment,
    Person,
    Topic,
)
from coordinator.services.compliance.evaluate import evaluate_program_year
from coordinator.services.reporting import (
    EXPORT_KINDS as EXPORT_KINDS,  # light: for the command line
)
from coordinator.services.reporting.year_end import (
    people_names,
    program_year,
    year_semesters,
)
from coordinator.tools.names import display_name
from coordinator.tools.sql_chunks import as_dict, chunked


class ColumnKind(enum.StrEnum):
    TEXT = "text"
    DATE = "date"
    INTEGER = "integer"  # a count or minutes: "1,234"
    HOURS = "hours"  # hours as a decimal number: "12.50"
    REFERENCE = "reference"  # a number that names a record (a check-in's number): no grouping
    MONEY = "money"  # dollars to the cent as an exact Decimal: "1,234.50"
    BOOL = "bool"


# How a rule column reads: never True / False / None.
MET, NOT_MET, NOT_APPLICABLE = "Met", "Not met", "Not applicable"


STREAM_ROWS = 2000  # rows read from the database at a time while a file is written


def rule_outcome(met: bool | None) -> str:
    """A rule's column for one mentee: Met, Not met, or Not applicable (the rule did not apply)."""
    if met is None:
        return NOT_APPLICABLE
    return MET if met else NOT_MET


def hours_of(minutes: int) -> float:
    """Minutes as hours, a number to two decimals (750 -> 12.5)."""
    return round(minutes / 60, 2)


@dataclass(frozen=True)
class ExportColumn:
    title: str
    kind: ColumnKind = ColumnKind.TEXT
    contact: bool = False  # an e-mail or phone number, left out when contacts are redacted


@dataclass(frozen=True)
class ExportTable:
    """One sheet: typed columns and rows of plain Python values (str, int, date, bool, None).

    `rows` is a list, or rows streamed from the database (read once, while the session that
    built the table is open: write the file inside it); `count` says how many a stream holds.
    """

    name: str
    columns: tuple[ExportColumn, ...]
    rows: Iterable[tuple[Any, ...]]
    count: int | None = None

    @property
    def row_count(self) -> int:
        if self.count is not None:
            return self.count
        return len(self.rows) if isinstance(self.rows, Sized) else 0

    def without_contacts(self) -> ExportTable:
        keep = [i for i, c in enumerate(self.columns) if not c.contact]
        kept = (tuple(row[i] for i in keep) for row in self.rows)
        return replace(
            self,
            columns=tuple(self.columns[i] for i in keep),
            rows=list(kept) if isinstance(self.rows, list) else kept,
        )


T, D, N, B = ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.INTEGER, ColumnKind.BOOL
H, REF = ColumnKind.HOURS, ColumnKind.REFERENCE


def _columns(*spec: tuple[str, ColumnKind] | str) -> tuple[ExportColumn, ...]:
    return tuple(ExportColumn(s) if isinstance(s, str) else ExportColumn(*s) for s in spec)


def export_people(session: Session, program_year_id: int) -> ExportTable:
    """Everyone enrolled in the year, with their role and enrollment."""
    program_year(session, program_year_id)
    stmt = (
        select(Enrollment, Person, Campus.name)
        .join(Person, Person.id == Enrollment.person_id)
        .outerjoin(Campus, Campus.id == Person.campus_id)
        .where(Enrollment.program_year_id == program_year_id)
        .order_by(Enrollment.role, Person.last_name, Person.first_name)
    )
    rows = [
        (
            p.employee_id,
            p.last_name,
            p.first_name,
            p.preferred_name,
            e.role.label,
            e.status.label,
            e.year_in_program,
            p.email,
            p.phone,
            p.position,
            p.subject,
            p.grade,
            campus,
            p.hire_date,
            e.enrolled_on,
            e.ended_on,
            e.end_reason,
        )
        for e, p, campus in session.execute(stmt)
    ]
    columns = (
        *_columns("Employee ID", "Last name", "First name", "Preferred name", "Role", "Status"),
        ExportColumn("Year in program", N),
        ExportColumn("E-mail", T, contact=True),
        ExportColumn("Phone", T, contact=True),
        *_columns("Position", "Subject", "Grade", "Campus", ("Hire date", D)),
        *_columns(("Enrolled on", D), ("Ended on", D), "End reason"),
    )
    return ExportTable("People", columns, rows)


def export_assignments(session: Session, program_year_id: int) -> ExportTable:
    """Every assignment of the year, ended ones included, with dates and reasons."""
    program_year(session, program_year_id)
    mentee, mentor = aliased(Person), aliased(Person)
    stmt = (
        select(Assignment, mentee, mentor)
        .join(mentee, mentee.id == Assignment.mentee_id)
        .join(mentor, mentor.id == Assignment.mentor_id)
        .where(Assignment.program_year_id == program_year_id)
        .order_by(mentor.last_name, mentee.last_name, Assignment.start_date)
    )
    rows = [
        (
            me.employee_id,
            me.display_name,
            mo.employee_id,
            mo.display_name,
            a.start_date,
            a.end_date,
            a.end_reason,
            a.override_reason,
            a.match_reasons,
        )
        for a, me, mo in session.execute(stmt)
    ]
    columns = _columns(
        "Mentee employee ID",
        "Mentee",
        "Mentor employee ID",
        "Mentor",
        ("Start date", D),
        ("End date", D),
        "End reason",
        "Override reason",
        "Match reasons",
    )
    return ExportTable("Assignments", columns, rows)


def export_checkins(
    session: Session, program_year_id: int, *, include_private_notes: bool = False
) -> ExportTable:
    """One row per mentee per check-in (a group meeting gives a row per invited mentee).

    The rows stream from the database as the file is written (a large district's year holds
    hundreds of thousands): write the table inside `session`."""
    program_year(session, program_year_id)
    topics = _checkin_topics(session, program_year_id)
    mentor_ids = set(
        session.scalars(
            select(Checkin.mentor_id).where(Checkin.program_year_id == program_year_id).distinct()
        )
    )
    mentors = people_names(session, mentor_ids)
    mentor_employee_ids = _employee_ids(session, sorted(mentor_ids))
    mentee = aliased(Person)
    in_year = Checkin.program_year_id == program_year_id
    count = session.scalar(
        select(func.count()).select_from(CheckinAttendee).join(Checkin).where(in_year)
    )
    columns_read = [
        Checkin.id,
        Checkin.occurred_on,
        Checkin.kind,
        Checkin.minutes,
        Checkin.mentor_id,
        CheckinAttendee.present,
        mentee.employee_id,
        mentee.first_name,
        mentee.preferred_name,
        mentee.last_name,
        Checkin.next_steps,
        Checkin.follow_up_on,
    ]
    if include_private_notes:
        columns_read.append(Checkin.private_notes)
    stmt = (
        select(*columns_read)
        .join(CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id)
        .join(mentee, mentee.id == CheckinAttendee.mentee_id)
        .where(in_year)
        .order_by(Checkin.occurred_on, Checkin.id, mentee.last_name)
        .execution_options(yield_per=STREAM_ROWS)
    )
    no_name = ("", "", "")
    # Run now, read as the file is written: a read the server refuses (a viewer asking for
    # private notes) is refused here, before any file is begun.
    result = cast(Iterable[Any], session.execute(stmt))

    def rows() -> Iterator[tuple[Any, ...]]:
        for (
            c_id,
            on,
            kind,
            minutes,
            mentor_id,
            present,
            employee_id,
            first,
            preferred,
            last,
            *rest,
        ) in result:
            yield (
                c_id,
                on,
                CHECKIN_KIND_LABELS[kind],
                minutes,
                mentor_employee_ids.get(mentor_id),
                mentors.get(mentor_id, no_name)[0],
                employee_id,
                display_name(first=first, preferred=preferred, last=last),
                bool(present),
                topics.get(c_id, ""),
                *rest,
            )

    columns = _columns(
        ("Check-in", REF),
        ("Date", D),
        "Kind",
        ("Minutes", N),
        "Mentor employee ID",
        "Mentor",
        "Mentee employee ID",
        "Mentee",
        ("Present", B),
        "Topics",
        "Next steps",
        ("Follow up on", D),
    )
    if include_private_notes:
        columns += (ExportColumn("Private notes"),)
    return ExportTable("Check-ins", columns, rows(), count or 0)


def _checkin_topics(session: Session, program_year_id: int) -> dict[int, str]:
    """Each check-in's topics, in the pack's order, as one text ("Goals; Observation").

    The same few combinations recur across a year's check-ins: each text is kept once."""
    stmt = (
        select(CheckinTopic.checkin_id, Topic.name)
        .join(Topic, Topic.id == CheckinTopic.topic_id)
        .join(Checkin, Checkin.id == CheckinTopic.checkin_id)
        .where(Checkin.program_year_id == program_year_id)
        .order_by(CheckinTopic.checkin_id, Topic.sort_order, Topic.name)
        .execution_options(yield_per=STREAM_ROWS)
    )
    texts: dict[tuple[str, ...], str] = {}
    topics: dict[int, str] = {}
    for checkin_id, named in groupby(session.execute(stmt), key=itemgetter(0)):
        names = tuple(name for _, name in named)
        text = texts.get(names)
        if text is None:
            text = texts[names] = "; ".join(names)
        topics[checkin_id] = text
    return topics


def export_compliance(
    session: Session, program_year_id: int, *, as_of: dt.date | None = None
) -> ExportTable:
    """Each mentee's state under the rule pack, hours per semester, and each rule Met, Not met or
    Not applicable (a rule that gave the mentee no result, e.g. the hire deadline for a mentee in
    their second year)."""
    semesters = [s.name for s in year_semesters(session, program_year_id)]
    statuses = evaluate_program_year(session, program_year_id, as_of=as_of)
    rule_keys: list[str] = []
    labels: dict[str, str] = {}
    for status in statuses:
        for r in status.results:
            if r.key not in labels:
                rule_keys.append(r.key)
                labels[r.key] = r.label
    people = {s.person_id for s in statuses} | {s.mentor_id for s in statuses if s.mentor_id}
    names = people_names(session, people)
    employee_ids = _employee_ids(session, sorted(people))
    rows = []
    for status in sorted(statuses, key=lambda s: names.get(s.person_id, ("", "", ""))[1]):
        met: dict[str, bool] = {}
        for r in status.results:  # a rule met only when all its results are (each semester)
            met[r.key] = met.get(r.key, True) and r.met
        rows.append(
            (
                employee_ids.get(status.person_id),
                status.name,
                employee_ids.get(status.mentor_id) if status.mentor_id else None,
                names[status.mentor_id][0] if status.mentor_id in names else None,
                status.state_word,
                "; ".join(status.reasons),
                status.last_contact,
                *(hours_of(status.minutes_by_semester.get(name, 0)) for name in semesters),
                *(rule_outcome(met.get(key)) for key in rule_keys),
            )
        )
    columns = (
        *_columns("Mentee employee ID", "Mentee", "Mentor employee ID", "Mentor", "State"),
        *_columns("Reasons", ("Last contact", D)),
        *(ExportColumn(f"{name} hours", H) for name in semesters),
        *(ExportColumn(labels[key]) for key in rule_keys),
    )
    return ExportTable("Compliance", columns, rows)


def _employee_ids(session: Session, ids: Sequence[int]) -> dict[int, str | None]:

    found: dict[int, str | None] = {}
    for chunk in chunked(ids):
        stmt = select(Person.id, Person.employee_id).where(Person.id.in_(chunk))
        found.update(as_dict(session.execute(stmt)))
    return found


def build_export(
    session: Session, program_year_id: int, kind: str, *, include_private_notes: bool = False
) -> ExportTable:
    """The export table named by `kind` (people, assignments, checkins, compliance, funds)."""
    if kind == "people":
        return export_people(session, program_year_id)
    if kind == "assignments":
        return export_assignments(session, program_year_id)
    if kind == "checkins":
        return export_checkins(
            session, program_year_id, include_private_notes=include_private_notes
        )
    if kind == "compliance":
        return export_compliance(session, program_year_id)
    if kind == "funds":
        from coordinator.services.reporting.funds_export import export_funds

        return export_funds(session, program_year_id)
    raise ValueError(f"unknown export {kind!r}")
