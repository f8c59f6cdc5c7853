"""The People service: list rows with roles per program year, details, and year choices."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.db.engine import Database
from coordinator.db.models import (
    Campus,
    CampusLevel,
    Enrollment,
    EnrollmentStatus,
    MentorProfile,
    MentorTraining,
    Person,
    PersonStatus,
    Program,
    ProgramYear,
    Role,
)
from coordinator.errors import NotFoundError
from coordinator.services.compliance.packs import ensure_builtin_packs
from coordinator.services.people import (
    count_people,
    list_people,
    person_detail,
)
from coordinator.services.programs.year_choices import busiest_program_year, program_year_choices
from coordinator.tools.word_search import SearchQuery


@pytest.fixture
def district(db: Database) -> dict[str, int]:
    """Two campuses, four people, one program with two years and enrollments."""
    with db.transaction() as s:
        packs = ensure_builtin_packs(s)
        s.flush()
        pack_id = next(iter(packs.values())).id
        north = Campus(name="North Elementary", level=CampusLevel.ELEMENTARY, region="North")
        south = Campus(name="South High", level=CampusLevel.HIGH)
        boss = Person(employee_id="900", first_name="Ana", last_name="Principal", campus=north)
        mentor = Person(
            employee_id="100",
            first_name="Zoë",
            last_name="Åberg",
            position="Librarian",
            campus=north,
            supervisor=boss,
        )
        mentee = Person(
            employee_id="200",
            first_name="Thị Lan",
            last_name="Nguyễn",
            preferred_name="Lan",
            position="Teacher",
            campus=south,
            hire_date=dt.date(2025, 8, 1),
            appraiser=boss,
            email="lan@example.org",
        )
        both = Person(
            employee_id=None, first_name="Sean", last_name="O'Brien", status=PersonStatus.LEFT
        )
        program = Program(name="Teacher Induction", rule_pack_id=pack_id)
        old = ProgramYear(
            program=program,
            label="2024-25",
            start_date=dt.date(2024, 8, 1),
            end_date=dt.date(2025, 6, 1),
        )
        new = ProgramYear(
            program=program,
            label="2025-26",
            start_date=dt.date(2025, 8, 1),
            end_date=dt.date(2026, 6, 1),
        )
        other = Program(name="New Librarians", rule_pack_id=pack_id)
        lib = ProgramYear(
            program=other,
            label="2025-26",
            start_date=dt.date(2025, 8, 1),
            end_date=dt.date(2026, 6, 1),
        )
        s.add_all([north, south, boss, mentor, mentee, both, program, old, new, other, lib])
        s.flush()
        s.add_all(
            [
                Enrollment(program_year_id=new.id, person_id=mentor.id, role=Role.MENTOR),
                Enrollment(program_year_id=new.id, person_id=mentee.id, role=Role.MENTEE),
                Enrollment(program_year_id=new.id, person_id=both.id, role=Role.MENTOR),
                Enrollment(program_year_id=new.id, person_id=both.id, role=Role.MENTEE),
                Enrollment(
                    program_year_id=old.id,
                    person_id=mentee.id,
                    role=Role.MENTEE,
                    status=EnrollmentStatus.WITHDRAWN,
                ),
            ]
        )
        profile = MentorProfile(person=mentor, years_experience=7, capacity=2)
        s.add(profile)
        s.flush()
        s.add(
            MentorTraining(
                profile_id=profile.id, name="TEA mentor training", completed_on=dt.date(2025, 6, 10)
            )
        )
        return {
            "mentor": mentor.id,
            "mentee": mentee.id,
            "both": both.id,
            "boss": boss.id,
            "old": old.id,
            "new": new.id,
            "lib": lib.id,
        }


def test_list_people_names_roles_and_order(db: Database, district: dict[str, int]) -> None:
    with db.reading() as s:
        rows = list_people(s, district["new"])
    by_id = {r.id: r for r in rows}
    assert [r.name for r in rows] == [
        "Lan Nguyễn",
        "Sean O'Brien",
        "Ana Principal",
        "Zoë Åberg",
    ]
    assert sorted(r.name for r in sorted(rows, key=lambda r: r.sort_key)) == sorted(
        r.name for r in rows
    )
    assert min(rows, key=lambda r: r.sort_key).name == "Zoë Åberg"
    assert by_id[district["mentor"]].role == "Mentor"
    assert by_id[district["mentee"]].role == "Mentee"
    assert by_id[district["both"]].role == "Mentor, Mentee"
    assert by_id[district["boss"]].role == ""
    assert by_id[district["mentee"]].campus == "South High"
    assert by_id[district["both"]].campus == ""
    assert by_id[district["both"]].employee_id == ""
    assert by_id[district["both"]].status == "Left the district"
    assert by_id[district["mentor"]].position == "Librarian"


def test_roles_follow_the_program_year(db: Database, district: dict[str, int]) -> None:
    with db.reading() as s:
        old_roles = {r.id: r.role for r in list_people(s, district["old"])}
        no_year = {r.id: r.role for r in list_people(s, None)}
        library = {r.id: r.role for r in list_people(s, district["lib"])}
    assert old_roles[district["mentee"]] == "Mentee"
    assert old_roles[district["mentor"]] == ""
    assert set(no_year.values()) == {""}
    assert set(library.values()) == {""}


def test_search_text_finds_every_column_by_word(db: Database, district: dict[str, int]) -> None:
    with db.reading() as s:
        rows = {r.id: r for r in list_people(s, district["new"])}
    lan = rows[district["mentee"]].search_text
    for typed in ("nguyen", "thi lan", "Thị", "south high", "200", "lan@example.org", "mentee"):
        assert SearchQuery.parse(typed).matches(lan), typed
    for typed in ("zoe", "ÅBERG Zoë", "aberg"):
        assert SearchQuery.parse(typed).matches(rows[district["mentor"]].search_text), typed


def test_person_detail(db: Database, district: dict[str, int]) -> None:
    with db.reading() as s:
        lan = person_detail(s, district["mentee"])
        zoe = person_detail(s, district["mentor"])
    assert (lan.name, lan.first_name, lan.preferred_name) == ("Lan Nguyễn", "Thị Lan", "Lan")
    assert lan.campus == "South High"
    assert lan.campus_level == "High"
    assert lan.appraiser == "Ana Principal"
    assert lan.hire_date == dt.date(2025, 8, 1)
    assert [(e.year, e.role, e.status) for e in lan.enrollments] == [
        ("2025-26", "Mentee", "Active"),
        ("2024-25", "Mentee", "Withdrawn"),
    ]
    assert lan.mentor_profile is None
    assert zoe.supervisor == "Ana Principal"
    assert zoe.region == "North"
    assert zoe.mentor_profile is not None
    assert zoe.mentor_profile.years_experience == 7
    assert zoe.mentor_profile.capacity == 2
    assert zoe.mentor_profile.trainings == (("TEA mentor training", dt.date(2025, 6, 10)),)


def test_person_detail_of_a_missing_person(db: Database) -> None:
    with db.reading() as s, pytest.raises(NotFoundError):
        person_detail(s, 12345)


def test_program_year_choices_newest_year_first(db: Database, district: dict[str, int]) -> None:
    with db.reading() as s:
        choices = program_year_choices(s)
        total = count_people(s)
    assert choices == [
        (district["lib"], "New Librarians 2025-26"),
        (district["new"], "Teacher Induction 2025-26"),
        (district["old"], "Teacher Induction 2024-25"),
    ]
    assert total == 4


def test_busiest_program_year_is_a_newest_year_with_the_most_mentees(
    db: Database, district: dict[str, int]
) -> None:
    with db.reading() as s:
        assert busiest_program_year(s) == district["new"]  # two mentees; New Librarians none
    with db.transaction() as s:
        for n in range(3):  # more mentees in last year's Teacher Induction change nothing
            person = Person(employee_id=f"3{n}", first_name="New", last_name=f"Hire {n}")
            s.add(person)
            s.flush()
            s.add(
                Enrollment(program_year_id=district["old"], person_id=person.id, role=Role.MENTEE)
            )
    with db.reading() as s:
        assert busiest_program_year(s) == district["new"]


def test_busiest_program_year_on_a_tie_is_the_first_by_name(db: Database) -> None:
    with db.transaction() as s:
        pack_id = next(iter(ensure_builtin_packs(s).values())).id
        s.flush()
        for name in ("Zebra Mentors", "Apple Mentors"):
            s.add(
                ProgramYear(
                    program=Program(name=name, rule_pack_id=pack_id),
                    label="2025-26",
                    start_date=dt.date(2025, 8, 1),
                    end_date=dt.date(2026, 6, 1),
                )
            )
    with db.reading() as s:
        first_id = program_year_choices(s)[0][0]
        assert program_year_choices(s)[0][1] == "Apple Mentors 2025-26"
        assert busiest_program_year(s) == first_id


def test_empty_database(db: Database) -> None:
    with db.reading() as s:
        assert busiest_program_year(s) is None
        assert list_people(s, None) == []
        assert program_year_choices(s) == []
        assert count_people(s) == 0
