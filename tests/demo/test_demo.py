"""The demo district: deterministic, realistic, within the rules, only into an empty database."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coordinator import cli
from coordinator.db.engine import Database
from coordinator.db.enums import TrainingKind
from coordinator.db.models import (
    Assignment,
    AuditEntry,
    Base,
    Campus,
    Checkin,
    CheckinAttendee,
    CheckinKind,
    Enrollment,
    MentorProfile,
    MentorTraining,
    Person,
    PersonStatus,
    Role,
    Setting,
    Topic,
    Versioned,
)
from coordinator.db.opening import open_database
from coordinator.demo import LIBRARY_PROGRAM, TEXAS_PROGRAM, build_demo
from coordinator.demo.names import FIRST_NAMES, LAST_NAMES
from coordinator.errors import RefusedError
from coordinator.progress import Cancelled, Progress
from coordinator.services.compliance.packs import TEXAS_REQUIRED_TOPICS
from coordinator.services.lookup import program_year_by_names

SEMESTERS = (
    (dt.date(2025, 8, 11), dt.date(2025, 12, 19)),
    (dt.date(2026, 1, 5), dt.date(2026, 6, 5)),
)


def table_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every domain table except the audit log (which records when it ran) and the
    database's own calendar id (made at random with each database)."""
    rows = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_log":
                continue
            rows[table.name] = [
                tuple(r)
                for r in conn.execute(select(table).order_by(*table.primary_key))
                if not (table.name == "setting" and r[0] == "calendar_uid_domain")
            ]
    return rows


def active_on(assignment: Assignment, day: dt.date) -> bool:
    return assignment.start_date <= day and (
        assignment.end_date is None or day < assignment.end_date
    )


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One district-scale demo shared by the read-only tests of this module."""
    folder = tmp_path_factory.mktemp("district")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COORDINATOR_HOME", str(folder / "home"))
        db = open_database(folder / "district.sqlite")
        build_demo(db)  # the default: seed 1, district scale
        yield db
        db.dispose()


@pytest.fixture
def session(district: Database) -> Iterator[Session]:
    with district.reading() as reading:
        yield reading


# --- determinism and invariants -------------------------------------------------------------


def test_same_seed_gives_identical_rows_and_another_seed_differs(tmp_path: Path) -> None:
    first, second, other = (open_database(tmp_path / f"{n}.sqlite") for n in "abc")
    build_demo(first, seed=7, scale="small")
    build_demo(second, seed=7, scale="small")
    build_demo(other, seed=8, scale="small")
    a, b, c = table_rows(first), table_rows(second), table_rows(other)
    for db in (first, second, other):
        db.dispose()
    assert a["person"]
    assert a["checkin"]
    assert a == b
    assert a["person"] != c["person"]
    assert a["checkin"] != c["checkin"]


def test_rows_keep_the_orm_invariants(db: Database) -> None:
    build_demo(db, seed=3, scale="small")
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if "version" in table.c:
                versions = set(conn.execute(select(table.c.version).distinct()).scalars())
                # the 2026-27 roster moved some people or gave them another position
                assert versions <= ({1, 2} if table.name == "person" else {1}), table.name
            for column in ("created_at", "updated_at"):
                if column in table.c:
                    missing = conn.execute(
                        select(func.count()).select_from(table).where(table.c[column].is_(None))
                    ).scalar()
                    assert missing == 0, (table.name, column)
        kinds = set(conn.execute(text("SELECT DISTINCT kind FROM checkin")).scalars())
        statuses = set(conn.execute(text("SELECT DISTINCT status FROM person")).scalars())
    assert kinds <= {k.value for k in CheckinKind}
    assert statuses <= {s.value for s in PersonStatus}
    assert all(issubclass(m, Versioned) for m in (Person, Campus, Checkin, Enrollment))
    # The ORM reads what Core wrote, and can edit it (the version counter moves on).
    with db.transaction() as session:
        checkin = session.scalars(select(Checkin).limit(1)).one()
        checkin.minutes += 5
    with db.reading() as session:
        assert session.get(Checkin, checkin.id).version == 2  # type: ignore[union-attr]


def test_small_scale_has_both_programs(db: Database) -> None:
    summary = build_demo(db, scale="small")
    assert 50 <= summary.people <= 70
    assert summary.campuses == 6
    with db.reading() as session:
        texas = program_year_by_names(session, TEXAS_PROGRAM, "2025-26")
        library = program_year_by_names(session, LIBRARY_PROGRAM, "2025-26")
        pairs = session.scalar(
            select(func.count()).where(
                Assignment.program_year_id == texas.id, Assignment.end_date.is_(None)
            )
        )
        librarians = session.scalar(
            select(func.count()).where(
                Assignment.program_year_id == library.id, Assignment.end_date.is_(None)
            )
        )
    assert 7 <= pairs <= 13  # type: ignore[operator]
    assert librarians == 8


# --- the district ---------------------------------------------------------------------------


def test_district_counts(session: Session) -> None:
    staff = session.scalar(select(func.count(Person.id)))
    campuses = session.scalars(select(Campus)).all()
    texas = program_year_by_names(session, TEXAS_PROGRAM, "2025-26")
    mentees = session.scalar(
        select(func.count()).where(
            Enrollment.program_year_id == texas.id, Enrollment.role == Role.MENTEE
        )
    )
    mentors = session.scalar(
        select(func.count()).where(
            Enrollment.program_year_id == texas.id, Enrollment.role == Role.MENTOR
        )
    )
    principals = session.scalar(select(func.count()).where(Person.position == "Principal"))
    settings = {s.key: s.value for s in session.scalars(select(Setting))}
    audits = session.scalars(select(AuditEntry)).all()
    semesters = [(s.name, s.start_date, s.end_date) for s in texas.semesters]
    topics = session.scalars(
        select(Topic).where(Topic.program_id == texas.program_id).order_by(Topic.sort_order)
    ).all()
    assert 1400 <= staff <= 1600  # type: ignore[operator]
    assert len(campuses) == 120
    assert principals == 120
    assert {c.region for c in campuses} == {"North", "South", "East", "West", "Central"}
    assert any(c.name == "Bluebonnet Elementary" for c in campuses)
    assert 280 <= mentees <= 360  # type: ignore[operator]
    assert 120 <= mentors <= 150  # type: ignore[operator]
    assert (texas.start_date, texas.end_date) == (dt.date(2025, 8, 11), dt.date(2026, 6, 5))
    assert semesters == [
        ("Fall 2025", dt.date(2025, 8, 11), dt.date(2025, 12, 19)),
        ("Spring 2026", dt.date(2026, 1, 5), dt.date(2026, 6, 5)),
    ]
    assert [t.name for t in topics] == TEXAS_REQUIRED_TOPICS
    assert all(t.required for t in topics)
    assert settings["demo"] == {"seed": 1, "scale": "district"}
    assert settings["district_name"] == "Lone Star Independent School District"
    demo = [(a.action, a.after["people"]) for a in audits if a.action == "demo"]  # type: ignore[index]
    assert demo == [("demo", staff)]
    # The demo's money goes through the pay services, which audit as they do for a coordinator.
    money = {"budget.set", "pay_run.approve", "pay_run.adjust", "ledger.add"}
    assert {a.action for a in audits} - {"demo"} == money


def test_texas_assignments_respect_cap_and_never_pair_with_the_appraiser(session: Session) -> None:
    texas = program_year_by_names(session, TEXAS_PROGRAM, "2025-26")
    assignments = session.scalars(
        select(Assignment).where(Assignment.program_year_id == texas.id)
    ).all()
    profiles = {p.person_id: p for p in session.scalars(select(MentorProfile))}
    people = {p.id: p for p in session.scalars(select(Person))}
    by_mentor: dict[int, list[Assignment]] = defaultdict(list)
    for a in assignments:
        by_mentor[a.mentor_id].append(a)
        mentee = people[a.mentee_id]
        assert a.mentor_id not in (mentee.supervisor_id, mentee.appraiser_id)
    for mentor_id, held in by_mentor.items():
        profile = profiles[mentor_id]
        cap = 2 if profile.teaches_six_hours else 4
        for a in held:
            load = sum(active_on(other, a.start_date) for other in held)
            assert 1 <= load <= min(cap, profile.capacity or cap)
    same_campus = sum(
        people[a.mentee_id].campus_id == people[a.mentor_id].campus_id for a in assignments
    )
    assert same_campus / len(assignments) > 0.9
    assert any(p.teaches_six_hours for p in profiles.values())
    assert any((p.years_experience or 0) < 3 for p in profiles.values())


def test_assignment_history_holds_reassignments_leavers_and_late_ones(session: Session) -> None:
    texas = program_year_by_names(session, TEXAS_PROGRAM, "2025-26")
    assignments = session.scalars(
        select(Assignment).where(Assignment.program_year_id == texas.id)
    ).all()
    people = {p.id: p for p in session.scalars(select(Person))}
    trainings = session.scalars(select(MentorTraining)).all()
    second_years = session.scalar(
        select(func.count()).where(
            Enrollment.program_year_id == texas.id, Enrollment.year_in_program == 2
        )
    )
    by_mentee: dict[int, list[Assignment]] = defaultdict(list)
    for a in assignments:
        by_mentee[a.mentee_id].append(a)
    reassigned = [
        sorted(held, key=lambda a: a.start_date) for held in by_mentee.values() if len(held) == 2
    ]
    assert len(reassigned) >= 3
    for old, new in reassigned:
        assert old.end_date == new.start_date
        assert old.end_reason
        assert new.end_date is None
    left = [p for p in people.values() if p.status is PersonStatus.LEFT]
    assert len(left) >= 2
    for person in left:
        (ended,) = by_mentee[person.id]
        assert ended.end_reason == "Left the district"
        assert ended.end_date == person.left_on
    first = [min(held, key=lambda a: a.start_date) for held in by_mentee.values()]
    late = [
        a for a in first
        if (a.start_date - people[a.mentee_id].hire_date).days >= 30  # type: ignore[operator]
        and people[a.mentee_id].hire_date >= dt.date(2025, 7, 1)  # type: ignore[operator]
    ]  # fmt: skip
    assert 3 <= len(late) <= 0.05 * len(first)
    approved = [t for t in trainings if t.kind is TrainingKind.APPROVED]
    assert sum(t.completed_on > texas.start_date for t in approved) in (1, 2)
    assert second_years
    assert second_years > 10


def test_about_forty_late_hires_are_left_unassigned(session: Session) -> None:
    texas = program_year_by_names(session, TEXAS_PROGRAM, "2025-26")
    assigned = set(
        session.scalars(select(Assignment.mentee_id).where(Assignment.program_year_id == texas.id))
    )
    unassigned = session.scalars(
        select(Person)
        .join(Enrollment, Enrollment.person_id == Person.id)
        .where(
            Enrollment.program_year_id == texas.id,
            Enrollment.role == Role.MENTEE,
            Person.id.not_in(assigned),
        )
    ).all()
    assert 35 <= len(unassigned) <= 45
    assert all(dt.date(2025, 9, 1) <= p.hire_date <= dt.date(2025, 11, 30) for p in unassigned)  # type: ignore[operator]


def test_some_mentees_fall_short_of_twelve_hours_a_semester(session: Session) -> None:
    texas = program_year_by_names(session, TEXAS_PROGRAM, "2025-26")
    rows = session.execute(
        select(CheckinAttendee.mentee_id, Checkin.occurred_on, Checkin.minutes)
        .join(Checkin)
        .where(Checkin.program_year_id == texas.id, CheckinAttendee.present)
    ).all()
    active = set(
        session.scalars(
            select(Assignment.mentee_id).where(
                Assignment.program_year_id == texas.id,
                Assignment.end_date.is_(None),
                Assignment.start_date <= dt.date(2025, 9, 15),
            )
        )
    )
    minutes: Counter[tuple[int, int]] = Counter()
    last_contact: dict[int, dt.date] = {}
    for mentee_id, day, mins in rows:
        semester = 0 if day <= SEMESTERS[0][1] else 1
        minutes[(mentee_id, semester)] += mins
        last_contact[mentee_id] = max(day, last_contact.get(mentee_id, day))
    short = {m for m in active if any(minutes[(m, s)] < 720 for s in (0, 1))}
    badly = {m for m in active if any(minutes[(m, s)] < 360 for s in (0, 1))}
    assert 0.08 <= len(short) / len(active) <= 0.2
    assert badly
    quiet = [m for m in active if last_contact.get(m, dt.date.min) < dt.date(2026, 5, 4)]
    assert 1 <= len(quiet) <= 10


def test_library_mentor_carries_thirty_five_new_librarians(session: Session) -> None:
    library = program_year_by_names(session, LIBRARY_PROGRAM, "2025-26")
    active = session.scalars(
        select(Assignment).where(
            Assignment.program_year_id == library.id, Assignment.end_date.is_(None)
        )
    ).all()
    mentor = session.get(Person, active[0].mentor_id)
    assert mentor is not None
    assert mentor.mentor_profile is not None
    capacity = mentor.mentor_profile.capacity
    position = mentor.position
    people = {p.id: p for p in session.scalars(select(Person))}
    campuses = {people[a.mentee_id].campus_id for a in active}
    groups = session.scalars(
        select(Checkin)
        .where(Checkin.program_year_id == library.id, Checkin.kind == CheckinKind.GROUP)
        .order_by(Checkin.occurred_on)
    ).all()
    # ONE check-in per meeting; everyone assigned by then is an attendee, present or not.
    attendance = [
        (g.occurred_on, len(g.attendees), sum(not a.present for a in g.attendees)) for g in groups
    ]
    assert len(active) == 35
    assert capacity == 35
    assert {a.mentor_id for a in active} == {mentor.id}
    assert position == "Library Services Coordinator"
    assert len(campuses) == 35
    assert len(groups) >= 9
    assert all(invited == 35 for day, invited, _ in attendance if day >= dt.date(2025, 10, 1))
    assert sum(absent for _, _, absent in attendance) > 0


def test_names_in_several_scripts_survive_unchanged(session: Session) -> None:
    last = set(session.scalars(select(Person.last_name)))
    first = set(session.scalars(select(Person.first_name)))
    ids = list(session.scalars(select(Person.employee_id)))
    preferred = session.scalar(select(func.count()).where(Person.preferred_name.is_not(None)))
    assert {"Nguyễn", "O'Brien", "García-López", "Şahin", "李", "Müller", "Björk"} <= last
    assert "Zoë" in first
    assert last <= {n.split("|")[0] for n in LAST_NAMES}
    assert first <= {n.split("|")[0] for n in FIRST_NAMES} | {"Katherine", "Margaret"}
    assert all(isinstance(i, str) and len(i) == 6 for i in ids)
    assert any(i.startswith("00") for i in ids)
    assert preferred


def test_some_private_notes_hold_markup_and_formulas(session: Session) -> None:
    notes = list(session.scalars(select(Checkin.private_notes).where(Checkin.private_notes != "")))
    assert any("<b>" in n and "&" in n for n in notes)
    assert any(n.startswith("=") for n in notes)


# --- refusing, cancelling, the command line -------------------------------------------------


def test_refuses_a_database_that_holds_people_and_writes_nothing(db: Database) -> None:
    with db.transaction() as session:
        session.add(Person(employee_id="004512", first_name="Zoë", last_name="Nguyễn"))
    with pytest.raises(RefusedError, match="already holds people"):
        build_demo(db, scale="small")
    with db.reading() as session:
        assert session.scalar(select(func.count(Person.id))) == 1
        assert session.scalar(select(func.count(Campus.id))) == 0
        assert session.scalar(select(func.count(AuditEntry.id))) == 0
        settings = session.scalars(select(Setting.key))
        assert list(settings) == ["calendar_uid_domain"]  # made with the database, not the demo


def test_cancel_rolls_everything_back(db: Database) -> None:
    seen: list[str] = []

    def cancel_when_logging(done: int, total: int, message: str) -> None:
        seen.append(message)
        if "check-ins" in message:
            progress.cancel()

    progress = Progress(cancel_when_logging)
    with pytest.raises(Cancelled):
        build_demo(db, scale="small", progress=progress)
    assert seen[0] == "Staffing the campuses"
    with db.reading() as session:
        assert session.scalar(select(func.count(Person.id))) == 0
    assert build_demo(db, scale="small").people > 0


def test_command_line_builds_checks_and_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "demo.sqlite")
    assert cli.main(["--db", target, "demo", "--scale", "small", "--seed", "4"]) == 0
    out = capsys.readouterr().out
    assert "6 campuses" in out
    assert target in out
    assert cli.main(["--db", target, "check"]) == 0
    assert cli.main(["--db", target, "demo", "--scale", "small"]) == 1
    err = capsys.readouterr().err
    assert "already holds people" in err
    assert "coordinator --db demo.sqlite demo" in err
    with pytest.raises(SystemExit) as usage:
        cli.main(["--db", target, "demo", "--scale", "huge"])
    assert usage.value.code == 2


def test_district_passes_the_integrity_check(
    district: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert district.path is not None
    assert cli.main(["--db", str(district.path), "check"]) == 0
    assert "Database OK" in capsys.readouterr().out


@pytest.mark.postgres
def test_demo_on_postgresql_leaves_ids_for_new_rows(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        summary = build_demo(db, scale="small")
        with db.transaction() as session:
            person = Person(first_name="Zoë", last_name="Nguyễn")
            session.add(person)
            session.flush()
            checkin = Checkin(
                program_year_id=1,
                mentor_id=person.id,
                occurred_on=dt.date(2025, 9, 2),
                kind=CheckinKind.PHONE,
                minutes=10,
            )
            session.add(checkin)
            session.flush()
            assert person.id == summary.people + 1
            assert checkin.id == summary.checkins + 1
        with db.reading() as session:
            assert (
                session.scalar(select(Person.last_name).where(Person.id == person.id)) == "Nguyễn"
            )
    finally:
        db.dispose()
