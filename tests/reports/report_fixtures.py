"""A small program year with names in several scripts, group meetings and private notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator.db.engine import Database
from coordinator.db.models import (
    Assignment,
    Campus,
    CampusLevel,
    Checkin,
    CheckinAttendee,
    CheckinKind,
    Enrollment,
    EnrollmentStatus,
    Person,
    Program,
    ProgramYear,
    Role,
    Semester,
    Setting,
    Topic,
)
from coordinator.services.compliance.packs import (
    TEXAS_MPA,
    TEXAS_REQUIRED_TOPICS,
    ensure_builtin_packs,
)

SECRET = "SECRET-PRIVATE-NOTE"
TRICKY_NAME = ("<b>Zoë</b> &", "O'Brien")  # first, last
MENTEE_NAMES = [
    ("Nguyễn", "Zoë Şahin 李"),
    TRICKY_NAME,
    ("Αλέξης", "Παπαδόπουλος"),
    ("Дмитрий", "Иванов"),
    ("María José", "Güemes-Øster"),
    ("=cmd|' /C calc'!A0", "Formula"),
    ("Ana", "Lee"),
]
MENTOR_NAMES = [("Fatima", "Al-Sayed"), ("王", "小明")]


@dataclass
class ProgramData:
    year_id: int
    mentor_ids: list[int]
    mentee_ids: list[int]
    minutes: dict[int, dict[str, int]] = field(default_factory=dict)  # mentee -> semester -> min
    checkin_ids: list[int] = field(default_factory=list)


def _person(session: object, n: int, first: str, last: str, campus: Campus) -> Person:
    person = Person(
        employee_id=f"E{n:04d}",
        first_name=first,
        last_name=last,
        email=f"person{n}@district.example",
        phone=f"+1 555 010{n:02d}",
        position="Teacher",
        campus=campus,
        hire_date=dt.date(2025, 8, 1),
    )
    session.add(person)  # type: ignore[attr-defined]
    return person


def build_program(db: Database) -> ProgramData:
    """Two mentors, seven mentees, check-ins in both semesters, one withdrawal, one reassignment."""
    with db.transaction() as session:
        packs = ensure_builtin_packs(session)
        session.add(Setting(key="district_name", value="Río Grande ISD"))
        program = Program(name="Texas MPA", rule_pack=packs[TEXAS_MPA])
        session.add(program)
        topics = [
            Topic(program=program, name=t, sort_order=i)
            for i, t in enumerate(TEXAS_REQUIRED_TOPICS)
        ]
        session.add_all(topics)
        year = ProgramYear(
            program=program,
            label="2025-26",
            start_date=dt.date(2025, 8, 1),
            end_date=dt.date(2026, 5, 31),
        )
        session.add_all(
            [
                Semester(
                    program_year=year,
                    name="Fall",
                    start_date=dt.date(2025, 8, 1),
                    end_date=dt.date(2025, 12, 31),
                ),
                Semester(
                    program_year=year,
                    name="Spring",
                    start_date=dt.date(2026, 1, 1),
                    end_date=dt.date(2026, 5, 31),
                ),
            ]
        )
        campuses = [
            Campus(name="Lincoln Elementary", level=CampusLevel.ELEMENTARY),
            Campus(name="Jefferson High", level=CampusLevel.HIGH),
        ]
        mentors = [
            _person(session, i, f, last, campuses[i % 2])
            for i, (f, last) in enumerate(MENTOR_NAMES)
        ]
        mentees = [
            _person(session, 10 + i, f, last, campuses[i % 2])
            for i, (f, last) in enumerate(MENTEE_NAMES)
        ]
        session.flush()
        for m in mentors:
            session.add(Enrollment(program_year=year, person_id=m.id, role=Role.MENTOR))
        for i, m in enumerate(mentees):
            status = EnrollmentStatus.WITHDRAWN if i == 6 else EnrollmentStatus.ACTIVE
            session.add(
                Enrollment(program_year=year, person_id=m.id, role=Role.MENTEE, status=status)
            )
            mentor = mentors[i % 2]
            if i == 4:  # reassigned from the second mentor to the first on Jan 5
                session.add(
                    Assignment(
                        program_year=year,
                        mentee_id=m.id,
                        mentor_id=mentors[1].id,
                        start_date=dt.date(2025, 8, 15),
                        end_date=dt.date(2026, 1, 5),
                        end_reason="Moved campus",
                    )
                )
                mentor = mentors[0]
                start = dt.date(2026, 1, 5)
            else:
                start = dt.date(2025, 8, 15)
            session.add(
                Assignment(program_year=year, mentee_id=m.id, mentor_id=mentor.id, start_date=start)
            )
        data = ProgramData(year_id=0, mentor_ids=[], mentee_ids=[])
        checkins: list[Checkin] = []
        # mentee i: (i + 2) hour-long check-ins in the fall, (i + 1) half-hour calls in the spring
        for i, m in enumerate(mentees):
            mentor = mentors[i % 2]
            minutes = data.minutes.setdefault(m.id, {"Fall": 0, "Spring": 0})
            for k in range(i + 2):
                day = dt.date(2025, 9, 1) + dt.timedelta(days=7 * k)
                kind = CheckinKind.OBSERVATION if k == 0 else CheckinKind.ONE_TO_ONE
                c = Checkin(
                    program_year=year,
                    mentor_id=(mentors[1] if i == 4 else mentor).id,
                    occurred_on=day,
                    kind=kind,
                    minutes=60,
                    private_notes=f"{SECRET} {i}-{k}",
                    next_steps="Plan the next lesson",
                )
                c.attendees.append(CheckinAttendee(mentee_id=m.id, present=True))
                c.topics.append(topics[k % len(topics)])
                checkins.append(c)
                minutes["Fall"] += 60
            for k in range(i + 1):
                day = dt.date(2026, 1, 12) + dt.timedelta(days=7 * k)
                c = Checkin(
                    program_year=year,
                    mentor_id=mentor.id,
                    occurred_on=day,
                    kind=CheckinKind.PHONE,
                    minutes=30,
                    private_notes=f"{SECRET} s{i}-{k}",
                )
                c.attendees.append(CheckinAttendee(mentee_id=m.id, present=True))
                checkins.append(c)
                minutes["Spring"] += 30
        # one group meeting of the first mentor's cohort: absent mentees get no minutes
        group = Checkin(
            program_year=year,
            mentor_id=mentors[0].id,
            occurred_on=dt.date(2025, 10, 20),
            kind=CheckinKind.GROUP,
            minutes=90,
            private_notes=f"{SECRET} group",
        )
        for i, m in enumerate(mentees):
            if i % 2 == 0:
                present = i != 2
                group.attendees.append(CheckinAttendee(mentee_id=m.id, present=present))
                if present and i != 4:  # mentee 4 was then the second mentor's: not counted
                    data.minutes[m.id]["Fall"] += 90
        group.topics.extend(topics[:2])
        checkins.append(group)
        session.add_all(checkins)
        session.flush()
        data.year_id = year.id
        data.mentor_ids = [m.id for m in mentors]
        data.mentee_ids = [m.id for m in mentees]
        data.checkin_ids = [c.id for c in checkins]
    return data


def complete_active_mentees(db: Database, data: ProgramData) -> None:
    """Mark every still-active mentee completed (certificates go to completers only)."""
    from coordinator.services.cohorts.assignments import mark_completed

    with db.transaction() as session:
        year = session.get(ProgramYear, data.year_id)
        assert year is not None
        for mentee_id in data.mentee_ids[:6]:
            mark_completed(session, year, mentee_id, on=dt.date(2026, 5, 29))
