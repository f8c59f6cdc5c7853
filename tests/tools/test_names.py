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
from coordinator.tools.names import display_name, name_sort_key, written_forms

LAN = {"first": "Thị Lan", "preferred": "Lan", "last": "Nguyễn"}


def test_one_rule_preferred_then_last() -> None:
    assert display_name(**LAN) == "Lan Nguyễn"
    plain = {"first": "Zoë", "preferred": None, "last": "Åberg"}
    assert display_name(**plain) == "Zoë Åberg"
    assert display_name(first="Zoë", preferred="", last="") == "Zoë"


def test_names_sort_by_last_name_then_first_without_accents_or_case() -> None:
    people = [
        {"first": "Zoë", "preferred": None, "last": "Zulu"},
        {"first": "Ana", "preferred": None, "last": "Åberg"},
        {"first": "Kim", "preferred": None, "last": "adams"},
        {"first": "Bo", "preferred": None, "last": "Lin"},
        {"first": "Zed", "preferred": None, "last": "Li"},
        {"first": "Robert", "preferred": "Bob", "last": "Ávila"},
        {"first": "Anne", "preferred": None, "last": "Avila"},
    ]
    ordered = sorted(people, key=lambda p: name_sort_key(**p))
    assert [display_name(**p) for p in ordered] == [
        "Ana Åberg",
        "Kim adams",
        "Anne Avila",
        "Bob Ávila",
        "Zed Li",
        "Bo Lin",
        "Zoë Zulu",
    ]


def test_the_written_forms_a_survey_may_use() -> None:
    assert written_forms(**LAN) == {
        "Thị Lan Nguyễn",
        "Nguyễn, Thị Lan",
        "Lan Nguyễn",
        "Nguyễn, Lan",
    }


def test_arguments_cannot_be_given_in_the_wrong_order() -> None:
    for spell in (display_name, name_sort_key, written_forms):
        with pytest.raises(TypeError):
            spell("Thị Lan", "Nguyễn", "Lan")  # type: ignore[misc]


def test_the_person_model_spells_names_the_same_way() -> None:
    lan = Person(first_name=LAN["first"], preferred_name=LAN["preferred"], last_name=LAN["last"])
    assert lan.display_name == display_name(**LAN)
    assert lan.sort_key == name_sort_key(**LAN)


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
        assert people_page[lan_id] == shown
        assert person_detail(s, lan_id).name == people_page[lan_id]

        (row,) = cohort(s, year, mentor_id)
        assert (row.name, row.sort_key) == (shown, name_sort_key(**LAN))
        (load,) = mentor_loads(s, year)
        assert load.name == "Bob Ávila"
        assert people_names(s, [lan_id])[lan_id][0] == shown
        assert {c.person_id: c.name for c in mentees_for_year(s, year_id)}[lan_id] == shown
        assert [c.name for c in mentors_for_year(s, year_id)] == ["Bob Ávila"]
        judged = evaluate_program_year(s, year_id, as_of=dt.date(2026, 3, 15))
        statuses = {m.person_id: m.name for m in judged}
        assert statuses[lan_id] == shown
        scope = report_scope(s, year_id)
        assert {c.person_id: c.name for c in scope.mentees}[lan_id] == shown
        pool = load_pool(s, year, on=dt.date(2025, 9, 1))
        assert [p.name for p in pool.mentees] == ["Zo Şahin"]
        assert [p.name for p in pool.mentors] == ["Bob Ávila"]
