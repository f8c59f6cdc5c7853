"""Small real districts for the cohort and matching tests, built through the services."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.models import Campus, CampusLevel, Person, ProgramYear, Role, TrainingKind
from coordinator.services.cohorts import assignments, mentors
from coordinator.services.compliance.packs import LOCAL_PROGRAM, TEXAS_MPA
from coordinator.services.programs import programs

YEAR_START = dt.date(2025, 8, 11)
YEAR_END = dt.date(2026, 5, 29)
SUBJECTS = ("Math", "English", "Science", "Social Studies")


@dataclass
class District:
    library_year_id: int = 0
    texas_year_id: int = 0
    library_mentor_id: int = 0
    librarian_ids: list[int] = field(default_factory=list)
    texas_mentor_ids: list[int] = field(default_factory=list)
    texas_mentee_ids: list[int] = field(default_factory=list)
    campus_ids: list[int] = field(default_factory=list)


def person(session: Session, employee_id: str, **fields: object) -> Person:
    row = Person(
        employee_id=employee_id,
        first_name=fields.pop("first_name", f"First{employee_id}"),
        last_name=fields.pop("last_name", f"Last{employee_id}"),
        **fields,
    )
    session.add(row)
    session.flush()
    return row


def campuses(session: Session) -> list[Campus]:
    rows = []
    for i in range(8):
        level = (CampusLevel.ELEMENTARY, CampusLevel.MIDDLE, CampusLevel.HIGH)[i % 3]
        rows.append(
            Campus(code=f"C{i}", name=f"Campus {i}", level=level, region=f"Region {i // 4}")
        )
    session.add_all(rows)
    session.flush()
    return rows


def make_year(session: Session, name: str, pack: str) -> ProgramYear:
    program = programs.create_program(session, name, rule_pack=pack)
    return programs.create_year(session, program, "2025-26", YEAR_START, YEAR_END)


def build_district(db: Database, *, texas_mentees: int = 40, seed: int = 7) -> District:
    """A library cohort (one mentor, 35 librarians) and a Texas year with unassigned mentees."""
    rng = random.Random(seed)
    district = District()
    with db.transaction() as session:
        sites = campuses(session)
        district.campus_ids = [c.id for c in sites]
        library = make_year(session, "Library cohort", LOCAL_PROGRAM)
        district.library_year_id = library.id
        lib_mentor = person(
            session, "L0001", position="Library Services Coordinator", campus_id=sites[0].id
        )
        mentors.edit_mentor_profile(session, lib_mentor.id, years_experience=15, capacity=35)
        district.library_mentor_id = lib_mentor.id
        programs.enroll(session, library, [lib_mentor.id], Role.MENTOR)
        for i in range(35):
            librarian = person(
                session,
                f"L{i + 100}",
                position="School Librarian",
                campus_id=sites[i % 8].id,
                hire_date=YEAR_START - dt.timedelta(days=10),
            )
            district.librarian_ids.append(librarian.id)
            assignments.assign(session, library, librarian.id, lib_mentor.id, start=YEAR_START)

        texas = make_year(session, "Texas MPA", TEXAS_MPA)
        district.texas_year_id = texas.id
        principals = [
            person(session, f"P{i}", position="Principal", campus_id=c.id)
            for i, c in enumerate(sites)
        ]
        for i in range(14):
            site = sites[i % 8]
            mentor = person(
                session,
                f"T{i:04d}",
                position="Teacher",
                subject=SUBJECTS[i % 4],
                grade=str(i % 5 + 1),
                campus_id=site.id,
                supervisor_id=principals[i % 8].id,
            )
            mentors.edit_mentor_profile(
                session, mentor.id, years_experience=3 + i % 10, teaches_six_hours=i % 3 == 0
            )
            mentors.add_training(session, mentor.id, "TEA mentor training", dt.date(2025, 6, 1))
            mentors.add_training(
                session,
                mentor.id,
                "District mentor orientation",
                dt.date(2025, 8, 4),
                kind=TrainingKind.DISTRICT,
            )
            district.texas_mentor_ids.append(mentor.id)
        # One experienced teacher who is also the supervisor of some mentees (a department head).
        head = district.texas_mentor_ids[0]
        programs.enroll(session, texas, district.texas_mentor_ids, Role.MENTOR)
        for i in range(texas_mentees):
            site = sites[rng.randrange(8)]
            mentee = person(
                session,
                f"N{i:04d}",
                position="Teacher",
                subject=rng.choice(SUBJECTS),
                grade=str(rng.randrange(1, 6)),
                campus_id=site.id,
                hire_date=YEAR_START + dt.timedelta(days=rng.randrange(0, 30)),
                supervisor_id=head if i % 5 == 0 else principals[rng.randrange(8)].id,
            )
            district.texas_mentee_ids.append(mentee.id)
        programs.enroll(session, texas, district.texas_mentee_ids, Role.MENTEE)
    return district
