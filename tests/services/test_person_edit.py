"""Adding and editing a person by hand: checked field by field, audited, stale edits refused."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from cohort_builders import YEAR_START, District, build_district
from coordinator.db.engine import Database
from coordinator.db.models import Assignment, Person, PersonStatus
from coordinator.errors import ConcurrentEditError, CoordinatorError
from coordinator.services import audit
from coordinator.services.audit_view import AuditFilter, audit_lines
from coordinator.services.person_edit import PersonForm, add_person, edit_person, person_form

TODAY = dt.date(2025, 10, 14)
NEW_HIRE = PersonForm(
    first_name=" Thị Lan ",
    last_name="Nguyễn",
    preferred_name="Lan",
    employee_id="E9001",
    email="lan.nguyen@district.example",
    position="Teacher",
    subject="Science",
    grade="7",
    hire_date=dt.date(2025, 10, 1),
)


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, texas_mentees=2)


def test_a_new_person_is_stored_and_audited_in_words(db: Database, district: District) -> None:
    form = dataclasses.replace(NEW_HIRE, campus_id=district.campus_ids[2])
    with db.transaction() as session:
        new_id = add_person(session, form, today=TODAY)
    with db.reading() as session:
        person = session.get(Person, new_id)
        assert person is not None
        assert (person.first_name, person.display_name) == ("Thị Lan", "Lan Nguyễn")
        assert person.campus_id == district.campus_ids[2]
        (entry,) = audit.recent_entries(session, person_id=new_id)
        (line,) = audit_lines(session, AuditFilter(person_id=new_id))
    assert entry.after is not None
    assert entry.after["campus"] == "Campus 2"
    assert entry.after["hire_date"] == "2025-10-01"
    assert line.what == "Added Lan Nguyễn by hand"


def test_an_edit_keeps_the_old_and_new_values(db: Database, district: District) -> None:
    mentee = district.texas_mentee_ids[0]
    with db.reading() as session:
        form = person_form(session, mentee)
    with db.transaction() as session:
        changed = dataclasses.replace(form, email="new.address@district.example", grade="")
        edit_person(session, mentee, changed, today=TODAY)
    with db.reading() as session:
        (entry,) = audit.recent_entries(session, person_id=mentee, action="edit")
        line = audit_lines(session, AuditFilter(person_id=mentee))[0]
    assert entry.before == {"email": None, "grade": form.grade}
    assert entry.after == {"email": "new.address@district.example", "grade": None}
    assert line.what == "Changed the e-mail and grade level"
    assert line.after == "E-mail: new.address@district.example; Grade level: —"


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"first_name": "  "}, "first_name", "Type the first name."),
        ({"last_name": ""}, "last_name", "Type the last name."),
        ({"employee_id": "n0001"}, "employee_id", "Another person already has the employee ID"),
        ({"email": "lan.nguyen@district"}, "email", "e-mail address is not complete"),
        ({"hire_date": dt.date(1925, 9, 1)}, "hire_date", "before 1950"),
        ({"hire_date": dt.date(2027, 9, 1)}, "hire_date", "more than a year from today"),
    ],
)
def test_each_problem_names_its_field_and_no_personal_data(
    db: Database, district: District, change: dict[str, object], field: str, words: str
) -> None:
    form = dataclasses.replace(NEW_HIRE, **change)  # type: ignore[arg-type]
    with db.transaction() as session, pytest.raises(CoordinatorError, match=words) as refused:
        add_person(session, form, today=TODAY)
    assert refused.value.field == field
    for private in ("Nguyễn", "Lan", "lan.nguyen", "FirstN0001"):
        assert private not in str(refused.value)
    with db.reading() as session:
        assert session.scalar(select(Person).where(Person.last_name == "Nguyễn")) is None


def test_the_same_employee_id_on_the_person_themself_is_fine(
    db: Database, district: District
) -> None:
    mentee = district.texas_mentee_ids[1]
    with db.reading() as session:
        form = person_form(session, mentee)
    with db.transaction() as session:
        edit_person(session, mentee, dataclasses.replace(form, position="Coach"), today=TODAY)
    with db.reading() as session:
        assert person_form(session, mentee).position == "Coach"


def test_a_stale_edit_is_refused_and_changes_nothing(db: Database, district: District) -> None:
    mentee = district.texas_mentee_ids[0]
    with db.reading() as session:
        mine = person_form(session, mentee)
    with db.transaction() as session:  # a colleague saves first
        edit_person(session, mentee, dataclasses.replace(mine, grade="3"), today=TODAY)
    with db.transaction() as session, pytest.raises(ConcurrentEditError) as refused:
        edit_person(session, mentee, dataclasses.replace(mine, grade="4"), today=TODAY, opened=mine)
    assert str(refused.value) == "Changed by someone else since you opened it: the grade level."
    with db.reading() as session:
        assert person_form(session, mentee).grade == "3"


def test_marking_left_in_the_edit_ends_their_assignments(db: Database, district: District) -> None:
    from coordinator.services.cohorts import assignments
    from coordinator.services.programs import programs

    mentee = district.texas_mentee_ids[0]
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        assignments.assign(session, year, mentee, district.texas_mentor_ids[1], start=YEAR_START)
    with db.reading() as session:
        form = person_form(session, mentee)
    left = dt.date(2025, 10, 10)
    no_day = dataclasses.replace(form, status=PersonStatus.LEFT)
    with db.transaction() as session, pytest.raises(CoordinatorError) as refused:
        edit_person(session, mentee, no_day, today=TODAY)
    assert refused.value.field == "left_on"
    with db.transaction() as session:
        leaving = dataclasses.replace(form, status=PersonStatus.LEFT, left_on=left)
        edit_person(session, mentee, leaving, today=TODAY)
    with db.reading() as session:
        ended = session.scalar(select(Assignment.end_date).where(Assignment.mentee_id == mentee))
        words = [line.what for line in audit_lines(session, AuditFilter(person_id=mentee))]
        assert person_form(session, mentee).status == PersonStatus.LEFT
    assert ended == left
    assert "Marked as having left the district" in words
