"""Report data for people: mentee logs an audit accepts, and certificates of hours."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session, joinedload, undefer

from coordinator.db.models import (
    CHECKIN_KIND_LABELS,
    Assignment,
    Checkin,
    CheckinAttendee,
    CheckinTopic,
    Enrollment,
    EnrollmentStatus,
    Person,
    ProgramYear,
    Role,
    Topic,
)
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services.compliance.facts import from_assigned_mentor, others_count
from coordinator.services.compliance.year_close import certificate_recipients
from coordinator.services.reporting.data import (
    AssignmentLine,
    Certificate,
    LogEntry,
    MenteeLog,
    SemesterTotal,
)
from coordinator.services.reporting.year_end import (
    counted_kinds,
    people_names,
    program_year,
    report_header,
    year_semesters,
)
from coordinator.tools.names import name_sort_key
from coordinator.tools.sql_chunks import as_dict, chunked
from coordinator.tools.translations import translate

NOT_FINISHED = (EnrollmentStatus.WITHDRAWN, EnrollmentStatus.LEFT_DISTRICT)
NOT_COUNTED = "Not counted toward the hours: not with the mentor assigned on {date} (saved anyway)"


def cohort_mentee_ids(session: Session, program_year_id: int, mentor_id: int) -> list[int]:
    """Every mentee ever assigned to this mentor in the year, by last name (accents aside)."""
    stmt = select(Person.id, Person.first_name, Person.preferred_name, Person.last_name).where(
        Person.id.in_(
            select(Assignment.mentee_id).where(
                Assignment.program_year_id == program_year_id,
                Assignment.mentor_id == mentor_id,
            )
        )
    )
    rows = sorted(
        session.execute(stmt),
        key=lambda r: (name_sort_key(first=r[1], preferred=r[2], last=r[3]), r[0]),
    )
    return [r[0] for r in rows]


def _topics_by_checkin(session: Session, checkin_ids: Sequence[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = defaultdict(list)
    for chunk in chunked(checkin_ids):
        stmt = (
            select(CheckinTopic.checkin_id, Topic.name)
            .join(Topic, Topic.id == CheckinTopic.topic_id)
            .where(CheckinTopic.checkin_id.in_(chunk))
            .order_by(Topic.sort_order, Topic.name)
        )
        for checkin_id, name in session.execute(stmt):
            result[checkin_id].append(name)
    return result


def _entries(
    session: Session, year: ProgramYear, mentee_ids: Sequence[int], include_private_notes: bool
) -> dict[int, list[tuple[Checkin, bool, bool]]]:
    """Each mentee's present check-ins, oldest first, and whether each counts toward time: its
    kind counts (observations as the pack says) and it was with the mentor assigned that day."""
    counted = counted_kinds(year)
    rules = year.program.rule_pack.rules or {}
    assigned = literal(True) if others_count(rules) else from_assigned_mentor()
    found: dict[int, list[tuple[Checkin, bool, bool]]] = defaultdict(list)
    for chunk in chunked(mentee_ids):
        stmt = (
            select(CheckinAttendee.mentee_id, Checkin, counted, assigned)
            .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
            .where(
                Checkin.program_year_id == year.id,
                CheckinAttendee.present,
                CheckinAttendee.mentee_id.in_(chunk),
            )
            .order_by(Checkin.occurred_on, Checkin.id)
        )
        if include_private_notes:  # read with the rows, not one at a time
            stmt = stmt.options(undefer(Checkin.private_notes))
        for mentee_id, checkin, counts, with_mentor in session.execute(stmt):
            found[mentee_id].append(
                (checkin, bool(counts) and bool(with_mentor), bool(with_mentor))
            )
    return found


def build_mentee_logs(
    session: Session,
    program_year_id: int,
    mentee_ids: Sequence[int],
    *,
    include_private_notes: bool = False,
    language: str = "en",
) -> list[MenteeLog]:
    """The log of every check-in of each mentee, in the order given; the one sentence the
    log's data carries (why a check-in does not count) is in `language`."""
    year = program_year(session, program_year_id)
    semesters = year_semesters(session, program_year_id)
    header = report_header(session, year, semesters)
    people = {p.id: p for chunk in chunked(mentee_ids) for p in _people(session, chunk)}
    missing = [m for m in mentee_ids if m not in people]
    if missing:
        raise NotFoundError(f"There is no mentee with id {missing[0]}.")
    entries = _entries(session, year, mentee_ids, include_private_notes)
    checkin_ids = sorted({c.id for rows in entries.values() for c, _, _ in rows})
    topics = _topics_by_checkin(session, checkin_ids)
    assignments = _assignments(session, program_year_id, mentee_ids)
    mentor_ids = {c.mentor_id for rows in entries.values() for c, _, _ in rows}
    mentor_ids |= {a.mentor_id for rows in assignments.values() for a in rows}
    names = people_names(session, mentor_ids)
    required = year.program.rule_pack.rules.get("contact_minutes_per_semester")
    logs = []
    for mentee_id in mentee_ids:
        person = people[mentee_id]
        rows = entries.get(mentee_id, [])
        totals = []
        for semester in semesters:
            minutes = sum(
                c.minutes
                for c, counts, _ in rows
                if counts and semester.start_date <= c.occurred_on <= semester.end_date
            )
            totals.append(SemesterTotal(semester.name, minutes, required))
        history = assignments.get(mentee_id, [])
        current = [a for a in history if a.end_date is None]
        logs.append(
            MenteeLog(
                header=header,
                mentee_id=mentee_id,
                name=person.display_name,
                employee_id=person.employee_id or "",
                campus=person.campus.name if person.campus else "",
                position=person.position or "",
                hire_date=person.hire_date,
                current_mentor=names[current[-1].mentor_id][0] if current else "",
                entries=tuple(
                    LogEntry(
                        occurred_on=c.occurred_on,
                        kind=CHECKIN_KIND_LABELS[c.kind],
                        minutes=c.minutes,
                        mentor=names.get(c.mentor_id, ("", "", ""))[0],
                        topics="; ".join(topics.get(c.id, [])),
                        next_steps=c.next_steps or "",
                        private_notes=(c.private_notes or "") if include_private_notes else None,
                        not_counted=""
                        if with_mentor
                        else translate(language, NOT_COUNTED, date=c.occurred_on.isoformat()),
                    )
                    for c, _, with_mentor in rows
                ),
                semester_totals=tuple(totals),
                total_minutes=sum(c.minutes for c, counts, _ in rows if counts),
                assignments=tuple(
                    AssignmentLine(
                        names.get(a.mentor_id, ("", "", ""))[0],
                        a.start_date,
                        a.end_date,
                        a.end_reason or "",
                    )
                    for a in history
                ),
                include_private_notes=include_private_notes,
            )
        )
    return logs


def _people(session: Session, ids: Sequence[int]) -> list[Person]:
    stmt = select(Person).options(joinedload(Person.campus)).where(Person.id.in_(ids))
    return list(session.scalars(stmt))


def _assignments(
    session: Session, program_year_id: int, mentee_ids: Sequence[int]
) -> dict[int, list[Assignment]]:
    found: dict[int, list[Assignment]] = defaultdict(list)
    for chunk in chunked(mentee_ids):
        stmt = (
            select(Assignment)
            .where(Assignment.program_year_id == program_year_id, Assignment.mentee_id.in_(chunk))
            .order_by(Assignment.start_date, Assignment.id)
        )
        for assignment in session.scalars(stmt):
            found[assignment.mentee_id].append(assignment)
    return found


def build_certificates(
    session: Session,
    program_year_id: int,
    *,
    role: Role,
    person_ids: Sequence[int] | None = None,
) -> list[Certificate]:
    """Certificates of hours for mentees or mentors: the given people, or everyone who finished.

    Mentees' certificates go to completers only (the closed year's outcomes, or a completed
    enrollment before it is closed) and to those the coordinator chose to give one; a mentor
    batch leaves out mentors who withdrew or left the district.
    """
    year = program_year(session, program_year_id)
    header = report_header(session, year, year_semesters(session, program_year_id))
    enrolled = select(Enrollment.person_id, Enrollment.status).where(
        Enrollment.program_year_id == program_year_id, Enrollment.role == role
    )
    statuses = as_dict(session.execute(enrolled))
    if person_ids is not None:
        unknown = [pid for pid in person_ids if pid not in statuses]
        if unknown:
            raise NotFoundError(f"Person {unknown[0]} is not a {role.value} in this program year.")
    if role == Role.MENTEE:
        ids = _completers(session, year, statuses, person_ids)
    elif person_ids is None:
        ids = [pid for pid, status in statuses.items() if status not in NOT_FINISHED]
    else:
        ids = list(person_ids)
    minutes = _minutes(session, year, role)
    mentors = _current_mentors(session, program_year_id) if role == Role.MENTEE else {}
    names = people_names(session, set(ids) | set(mentors.values()))
    certificates = [
        Certificate(
            header=header,
            recipient=names[pid][0],
            role=role.value,
            minutes=minutes.get(pid, 0),
            mentor=names[mentors[pid]][0] if pid in mentors else "",
        )
        for pid in ids
    ]
    order = {pid: names[pid][1] for pid in ids}
    keyed = sorted(zip(ids, certificates, strict=True), key=lambda pair: order[pair[0]])
    return [c for _, c in keyed] if person_ids is None else certificates


def _completers(
    session: Session,
    year: ProgramYear,
    statuses: dict[int, EnrollmentStatus],
    person_ids: Sequence[int] | None,
) -> list[int]:
    """The mentees who get a certificate; one named mentee who does not is refused, saying why."""
    recipients = certificate_recipients(session, year.id)
    if person_ids is None:
        return [pid for pid in statuses if pid in recipients]
    if len(person_ids) == 1 and person_ids[0] not in recipients:
        name = people_names(session, person_ids)[person_ids[0]][0]
        raise RefusedError(
            f"{name} has not completed {year.label}, so no certificate is printed. To print one "
            "anyway, choose it for them with a reason (Close year… on the Dashboard, or "
            "coordinator year outcome --certificate yes)."
        )
    return [pid for pid in person_ids if pid in recipients]


def _minutes(session: Session, year: ProgramYear, role: Role) -> dict[int, int]:
    if role == Role.MENTOR:
        stmt = (
            select(Checkin.mentor_id, func.sum(Checkin.minutes))
            .where(Checkin.program_year_id == year.id)
            .group_by(Checkin.mentor_id)
        )
    else:
        stmt = (
            select(CheckinAttendee.mentee_id, func.sum(Checkin.minutes))
            .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
            .where(Checkin.program_year_id == year.id, CheckinAttendee.present)
            .where(counted_kinds(year))
            .group_by(CheckinAttendee.mentee_id)
        )
        if not others_count(year.program.rule_pack.rules or {}):
            stmt = stmt.where(from_assigned_mentor())  # a certificate's hours are the mentor's
    return {pid: int(total or 0) for pid, total in session.execute(stmt)}


def _current_mentors(session: Session, program_year_id: int) -> dict[int, int]:
    """Each mentee's latest mentor in the year."""
    stmt = (
        select(Assignment.mentee_id, Assignment.mentor_id)
        .where(Assignment.program_year_id == program_year_id)
        .order_by(Assignment.start_date, Assignment.id)
    )
    return as_dict(session.execute(stmt))
