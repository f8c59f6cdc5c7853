"""Test data for the safety suites: a program with people and check-ins, written through the ORM."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.models import (
    AuditEntry,
    Checkin,
    CheckinAttendee,
    CheckinKind,
    Person,
    Program,
    ProgramYear,
)
from coordinator.services import audit
from coordinator.services.compliance.packs import LOCAL_PROGRAM, ensure_builtin_packs

YEAR_START = dt.date(2025, 8, 1)


@dataclass(frozen=True)
class Counts:
    people: int
    checkins: int
    attendees: int
    audit: int


def counts(session: Session) -> Counts:
    def n(model: type) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)

    return Counts(n(Person), n(Checkin), n(CheckinAttendee), n(AuditEntry))


def read_counts(db: Database) -> Counts:
    with db.reading() as session:
        return counts(session)


def program_year(session: Session) -> ProgramYear:
    year = session.scalar(select(ProgramYear))
    if year is not None:
        return year
    packs = ensure_builtin_packs(session)
    program = Program(name="Library cohort", rule_pack=packs[LOCAL_PROGRAM])
    year = ProgramYear(
        program=program, label="2025-26", start_date=YEAR_START, end_date=dt.date(2026, 6, 30)
    )
    session.add_all([program, year])
    session.flush()
    return year


def add_people_and_checkins(
    session: Session, people: int, checkins: int, *, tag: str = "p", names: list[str] | None = None
) -> list[Person]:
    """Add `people` people (one mentor first) and `checkins` group check-ins, each audited."""
    year = program_year(session)
    added = []
    for i in range(people):
        first = names[i % len(names)] if names else f"First{tag}{i}"
        person = Person(
            employee_id=f"{tag}-{i:06d}",
            first_name=first,
            last_name=f"Last{tag}{i}",
            email=f"{first.lower()}.{tag}{i}@district.example",
        )
        session.add(person)
        added.append(person)
        if i % 500 == 499:
            session.flush()
    session.flush()
    for person in added:
        audit.record(
            session, "create", "person", person.id, after={"id": person.id}, person_id=person.id
        )
    mentor, mentees = added[0], added[1:] or added
    for j in range(checkins):
        checkin = Checkin(
            program_year_id=year.id,
            mentor_id=mentor.id,
            occurred_on=YEAR_START + dt.timedelta(days=j % 300),
            kind=CheckinKind.GROUP,
            minutes=30 + j % 60,
            private_notes=f"note {tag} {j}",
        )
        checkin.attendees = [
            CheckinAttendee(mentee_id=m.id, present=True)
            for m in mentees[j % len(mentees) : j % len(mentees) + 3]
        ]
        session.add(checkin)
        if j % 500 == 499:
            session.flush()
    session.flush()
    return added


def populate(db: Database, people: int, checkins: int, *, tag: str = "p") -> Counts:
    with db.transaction() as session:
        add_people_and_checkins(session, people, checkins, tag=tag)
    return read_counts(db)
