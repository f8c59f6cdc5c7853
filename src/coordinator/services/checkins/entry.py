"""Check-ins: add, edit and delete contact events (one entry for a whole group), audited."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    Checkin,
    CheckinAttendee,
    CheckinKind,
    Enrollment,
    Person,
    ProgramYear,
    Role,
    Topic,
)
from coordinator.errors import ConcurrentEditError, NotFoundError
from coordinator.services import audit, stale_edits
from coordinator.services.checkins.validation import CheckinInput, assigned_mentees, validate
from coordinator.tools.names import display_name, name_sort_key

# What a coordinator calls each field another coordinator may have changed, in form order.
FIELD_WORDS = {
    "mentor_id": "the mentor",
    "occurred_on": "the date",
    "starts_at": "the time",
    "kind": "the kind of check-in",
    "minutes": "the minutes",
    "mentee_ids": "the mentees",
    "absent_ids": "the attendance",
    "topic_ids": "the topics",
    "next_steps": "the next steps",
    "follow_up_on": "the follow-up date",
    "private_notes": "the notes",
}


@dataclass(frozen=True)
class CheckinRecord:
    """One stored check-in, as the edit dialog and the timeline show it."""

    id: int
    version: int
    data: CheckinInput
    source: str


@dataclass(frozen=True)
class CheckinDefaults:
    kind: CheckinKind
    minutes: int


@dataclass(frozen=True)
class PersonChoice:
    person_id: int
    name: str


@dataclass(frozen=True)
class TopicChoice:
    topic_id: int
    name: str
    required: bool


# --- writing ------------------------------------------------------------------------------------


def snapshot_checkin(c: Checkin) -> dict[str, Any]:
    """What the audit log keeps: everything except the private notes' text."""
    return {
        "program_year_id": c.program_year_id,
        "mentor_id": c.mentor_id,
        "occurred_on": c.occurred_on,
        "starts_at": c.starts_at.isoformat(timespec="minutes") if c.starts_at else None,
        "kind": c.kind,
        "minutes": c.minutes,
        "attendees": sorted(a.mentee_id for a in c.attendees),
        "absent": sorted(a.mentee_id for a in c.attendees if not a.present),
        "topics": sorted(t.id for t in c.topics),
        "next_steps": c.next_steps,
        "follow_up_on": c.follow_up_on,
        "private_notes_chars": len(c.private_notes or ""),
        "source": c.source,
    }


def _audit_person(c: Checkin) -> int | None:
    return c.attendees[0].mentee_id if len(c.attendees) == 1 else None


def _apply(c: Checkin, data: CheckinInput, topics: list[Topic]) -> None:
    c.program_year_id = data.program_year_id
    c.mentor_id = data.mentor_id
    c.occurred_on = data.occurred_on
    c.starts_at = data.starts_at
    c.kind = CheckinKind(data.kind)
    c.minutes = data.minutes
    c.private_notes = data.private_notes
    c.next_steps = data.next_steps
    c.follow_up_on = data.follow_up_on
    c.topics = topics
    absent = set(data.absent_ids)
    existing = {a.mentee_id: a for a in c.attendees}
    for mentee_id in list(existing):
        if mentee_id not in data.mentee_ids:
            c.attendees.remove(existing.pop(mentee_id))
    for mentee_id in data.mentee_ids:
        row = existing.get(mentee_id)
        if row is None:
            c.attendees.append(
                CheckinAttendee(mentee_id=mentee_id, present=mentee_id not in absent)
            )
        else:
            row.present = mentee_id not in absent


def add_checkin(
    session: Session,
    data: CheckinInput,
    *,
    confirm_unassigned: bool = False,
    source: str = "manual",
    source_key: str | None = None,
    batch_id: int | None = None,
) -> int:
    """Validate and store one check-in (one row however many attend); returns its id."""
    checked = validate(session, data, confirm_unassigned=confirm_unassigned)
    c = Checkin(source=source, source_key=source_key, batch_id=batch_id)
    _apply(c, data, checked.topics)
    session.add(c)
    session.flush()
    audit.record(
        session,
        "checkin.add",
        "checkin",
        c.id,
        after=snapshot_checkin(c),
        person_id=_audit_person(c),
        batch_id=batch_id,
    )
    return c.id


def _load(session: Session, checkin_id: int, expected_version: int | None) -> Checkin:
    c = session.get(Checkin, checkin_id)
    if c is None:
        raise NotFoundError(f"Check-in {checkin_id} no longer exists; someone may have deleted it.")
    if expected_version is not None and c.version != expected_version:
        raise ConcurrentEditError(stale_edits.stale_message(()))
    return c


def update_checkin(
    session: Session,
    checkin_id: int,
    data: CheckinInput,
    *,
    expected_version: int | None = None,
    seen: CheckinInput | None = None,
    overwrite: bool = False,
    confirm_unassigned: bool = False,
    batch_id: int | None = None,
) -> None:
    """Change a check-in; the audit log keeps the values before and after.

    Refused with `ConcurrentEditError` naming what changed when the row is no longer at
    `expected_version` (compared with `seen`, the values read then), unless `overwrite`: then
    the save goes over the other change and the audit log says so. A change of only the topics
    or the attendance raises the version too, so no later save can undo it unnoticed.
    """
    c = _load(session, checkin_id, None)
    if expected_version is not None and c.version != expected_version:
        current = get_checkin(session, checkin_id).data
        stale_edits.settle(
            session,
            "checkin",
            c.id,
            seen_version=expected_version,
            current_version=c.version,
            seen=_comparable(seen or current),
            current=_comparable(current),
            words=FIELD_WORDS,
            overwrite=overwrite,
            person_id=_audit_person(c),
        )
    checked = validate(session, data, confirm_unassigned=confirm_unassigned)
    before = _edit_snapshot(c)  # captured before the row changes
    _apply(c, data, checked.topics)
    if _edit_snapshot(c) != before:
        stale_edits.bump_version(c)  # topics and attendance live in rows of their own
    session.flush()
    audit.record_edit(
        session,
        "checkin.edit",
        "checkin",
        c.id,
        before=before,
        after=_edit_snapshot(c),
        private=("private_notes",),
        person_id=_audit_person(c),
        batch_id=batch_id,
    )


def _comparable(data: CheckinInput) -> dict[str, object]:
    values = dataclasses.asdict(data)
    return {k: sorted(v) if isinstance(v, tuple) else v for k, v in values.items()}


def _edit_snapshot(c: Checkin) -> dict[str, Any]:
    """Every field an edit can change, the notes' text included: `record_edit` keeps only that
    they changed."""
    values = snapshot_checkin(c)
    del values["private_notes_chars"]
    return {**values, "private_notes": c.private_notes or ""}


def delete_checkin(
    session: Session, checkin_id: int, *, expected_version: int | None = None
) -> None:
    """Delete a check-in and its attendance; the audit log keeps what it was."""
    c = _load(session, checkin_id, expected_version)
    before = snapshot_checkin(c)
    person = _audit_person(c)
    session.delete(c)
    session.flush()
    audit.record(session, "checkin.delete", "checkin", checkin_id, before=before, person_id=person)


# --- reading ------------------------------------------------------------------------------------


def get_checkin(session: Session, checkin_id: int) -> CheckinRecord:
    c = _load(session, checkin_id, None)
    return CheckinRecord(
        id=c.id,
        version=c.version,
        source=c.source,
        data=CheckinInput(
            program_year_id=c.program_year_id,
            mentor_id=c.mentor_id,
            occurred_on=c.occurred_on,
            kind=c.kind,
            minutes=c.minutes,
            mentee_ids=tuple(a.mentee_id for a in c.attendees),
            starts_at=c.starts_at,
            absent_ids=tuple(a.mentee_id for a in c.attendees if not a.present),
            topic_ids=tuple(t.id for t in c.topics),
            private_notes=c.private_notes,
            next_steps=c.next_steps,
            follow_up_on=c.follow_up_on,
        ),
    )


def last_used_defaults(session: Session, mentor_id: int) -> CheckinDefaults | None:
    """The kind and minutes of the mentor's most recently entered check-in."""
    row = session.execute(
        select(Checkin.kind, Checkin.minutes)
        .where(Checkin.mentor_id == mentor_id)
        .order_by(Checkin.id.desc())
        .limit(1)
    ).first()
    return CheckinDefaults(kind=row[0], minutes=row[1]) if row else None


def _choices(session: Session, where: ColumnElement[bool]) -> list[PersonChoice]:
    """People as choices, by last name then first, accents aside (columns only: thousands)."""
    rows = session.execute(
        select(Person.id, Person.first_name, Person.preferred_name, Person.last_name).where(where)
    )
    keyed = [
        (name_sort_key(first=first, preferred=pref, last=last), pid, first, pref, last)
        for pid, first, pref, last in rows
    ]
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [
        PersonChoice(pid, display_name(first=first, preferred=pref, last=last))
        for _key, pid, first, pref, last in keyed
    ]


def cohort_for_mentor(
    session: Session, program_year_id: int, mentor_id: int, on: dt.date
) -> list[PersonChoice]:
    """The mentor's mentees on that date, by last name: who a group check-in starts ticked."""
    ids = assigned_mentees(session, program_year_id, mentor_id, on)
    if not ids:
        return []
    return _choices(session, Person.id.in_(ids))


def mentors_for_year(session: Session, program_year_id: int) -> list[PersonChoice]:
    """Everyone who mentors in the year (enrolled as mentor or holding an assignment)."""
    enrolled = select(Enrollment.person_id).where(
        Enrollment.program_year_id == program_year_id, Enrollment.role == Role.MENTOR
    )
    assigned = select(Assignment.mentor_id).where(Assignment.program_year_id == program_year_id)
    return _choices(session, Person.id.in_(enrolled.union(assigned)))


def mentees_for_year(session: Session, program_year_id: int) -> list[PersonChoice]:
    enrolled = select(Enrollment.person_id).where(
        Enrollment.program_year_id == program_year_id, Enrollment.role == Role.MENTEE
    )
    return _choices(session, Person.id.in_(enrolled))


def topics_for_year(session: Session, program_year_id: int) -> list[TopicChoice]:
    year = session.get(ProgramYear, program_year_id)
    if year is None:
        raise NotFoundError(f"There is no program year with id {program_year_id}.")
    return [
        TopicChoice(t.id, t.name, t.required)
        for t in session.scalars(
            select(Topic)
            .where(Topic.program_id == year.program_id, Topic.active.is_(True))
            .order_by(Topic.sort_order, Topic.name)
        )
    ]


@dataclass(frozen=True)
class CheckinForm:
    """What the check-in form needs to open: choices, the year's bounds, sensible defaults."""

    program_year_id: int
    year_label: str
    start: dt.date
    end: dt.date
    mentors: list[PersonChoice]
    topics: list[TopicChoice]
    default_mentor_id: int | None
    default_date: dt.date


def last_logged_mentor(session: Session, program_year_id: int) -> int | None:
    """The mentor of the check-in entered most recently in the year."""
    return session.scalar(
        select(Checkin.mentor_id)
        .where(Checkin.program_year_id == program_year_id)
        .order_by(Checkin.id.desc())
        .limit(1)
    )


def checkin_form(
    session: Session, program_year_id: int, *, today: dt.date | None = None
) -> CheckinForm:
    year = session.get(ProgramYear, program_year_id)
    if year is None:
        raise NotFoundError(f"There is no program year with id {program_year_id}.")
    mentors = mentors_for_year(session, program_year_id)
    last = last_logged_mentor(session, program_year_id)
    default = last if last is not None else (mentors[0].person_id if mentors else None)
    day = today or dt.date.today()
    return CheckinForm(
        program_year_id=year.id,
        year_label=year.label,
        start=year.start_date,
        end=year.end_date,
        mentors=mentors,
        topics=topics_for_year(session, program_year_id),
        default_mentor_id=default,
        default_date=min(max(day, year.start_date), year.end_date),
    )


def people_choices(session: Session, person_ids: Iterable[int]) -> list[PersonChoice]:
    ids = list(person_ids)
    if not ids:
        return []
    return _choices(session, Person.id.in_(ids))
