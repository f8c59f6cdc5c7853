"""One way to write a person's name, whichever page, report or export shows it."""

from __future__ import annotations

import datetime as dt

import pytest

from cohort_builders import YEAR_START, make_year, person
from coordinator.db.engine import Database
from coordinator.db.models import Person, Role
from coordinator.services.checkins.entry import mentees_for_year, mentors_for_year
from coordinator.services.cohorts import assignments, mentors
from coordinator.services.cohorts.caseloads import cohort, mentor_loads
from coordinator.services.compliance.evaluate import evaluate_program_year
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.matching.pool import load_pool
from coordinator.services.people import list_people, person_detail
from coordinator.services.programs import programs
from coordinator.services.reporting.year_end import people_names, report_scope
from coordinator.tools.names import display_name, list_name, sort_name

LAN = {"first": "Thị Lan", "preferred": "Lan", "last": "Nguyễn"}


def test_the_three_forms() -> None:
    assert display_name(**LAN) == "Lan Nguyễn"
    assert sort_name(**LAN) == "Nguyễn, Lan"
    assert list_name(**LAN) == "Nguyễn, Thị Lan (Lan)"
    plain = {"first": "Zoë", "preferred": None, "last": "Åberg"}
    assert display_name(**plain) == "Zoë Åberg"
    assert sort_name(**plain) == "Åberg, Zoë"
    assert list_name(**plain) == "Åberg, Zoë"
    assert list_name(first="Zoë", preferred="Zoë", last="Åberg") == "Åberg, Zoë"
    assert display_name(first="Zoë", preferred="", last="") == "Zoë"


def test_arguments_cannot_be_given_in_the_wrong_order() -> None:
    for spell in (display_name, sort_name, list_name):
        with pytest.raises(TypeError):
            spell("Thị Lan", "Nguyễn", "Lan")  # type: ignore[misc]


def test_the_person_model_spells_names_the_same_way() -> None:
    lan = Person(first_name=LAN["first"], preferred_name=LAN["preferred"], last_name=LAN["last"])
    assert lan.display_name == display_name(**LAN)
    assert lan.sort_name == sort_name(**LAN)


def test_every_page_and_report_shows_the_same_name(db: Database) -> None:
    """People page, cohort list, caseloads, check-in choosers, dashboard, matching, reports."""
    with db.transaction() as s:
        year = make_year(s, "Library cohort", LOCAL_PROGRAM)
        mentor = person(s, "M1", first_name="Robert", preferred_name="Bob", last_name="Ávila")
        mentors.edit_mentor_profile(s, mentor.id, years_experience=10, capacity=5)
        lan = person(s, "E1", first_name="Thị Lan", preferred_name="Lan", last_name="Nguyễn")
        waiting = person(s, "E2", first_name="Zoë", preferred_name="Zo", last_name="Şahin")
        programs.enroll(s, year, [mentor.id], Role.MENTOR)
        programs.enroll(s, year, [lan.id, waiting.id], Role.MENTEE)
        assignments.assign(s, year, lan.id, mentor.id, start=YEAR_START)
        ids = (year.id, mentor.id, lan.id, waiting.id)
    year_id, mentor_id, lan_id, _waiting_id = ids
    shown = "Lan Nguyễn"
    with db.reading() as s:
        year = programs.year_by_id(s, year_id)
        people_page = {r.id: r.name for r in list_people(s, year_id)}
        assert people_page[lan_id] == list_name(**LAN)
        assert person_detail(s, lan_id).name == people_page[lan_id]

        (row,) = cohort(s, year, mentor_id)
        assert (row.name, row.sort_name) == (shown, sort_name(**LAN))
        (load,) = mentor_loads(s, year)
        assert (load.name, load.sort_name) == ("Bob Ávila", "Ávila, Bob")
        assert people_names(s, [lan_id])[lan_id][0] == shown
        assert {c.person_id: c.name for c in mentees_for_year(s, year_id)}[lan_id] == shown
        assert [c.name for c in mentors_for_year(s, year_id)] == ["Bob Ávila"]
        statuses = {m.person_id: m.name for m in evaluate_program_year(s, year_id)}
        assert statuses[lan_id] == shown
        scope = report_scope(s, year_id)
        assert {c.person_id: c.name for c in scope.mentees}[lan_id] == sort_name(**LAN)
        pool = load_pool(s, year, on=dt.date(2025, 9, 1))
        assert [p.name for p in pool.mentees] == ["Zo Şahin"]
        assert [p.name for p in pool.mentors] == ["Bob Ávila"]
