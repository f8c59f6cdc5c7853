"""A large year on the Cohorts page: its lists and suggestions are read in workers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cohort_builders import District, build_district
from coordinator.db.engine import Database
from coordinator.services.matching import suggest
from coordinator.services.programs import programs
from coordinator.ui.context import AppContext
from coordinator.ui.pages.cohorts_page import CohortsPage


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, texas_mentees=40)


def open_page(qtbot: QtBot, db: Database, year_id: int) -> CohortsPage:
    context = AppContext(db)
    context.set_program_year(year_id)
    page = CohortsPage(context)
    qtbot.addWidget(page)
    page.background_from = 0  # every pool counts as large
    page.resize(1300, 700)
    page.show()
    return page


def expected(db: Database, year_id: int, mentee_id: int) -> list[str]:
    with db.reading() as session:
        year = programs.year_by_id(session, year_id)
        return [p.mentor.name for p in suggest.suggest_mentors(session, year, mentee_id)]


def shown(page: CohortsPage) -> list[str]:
    rows = (page.suggestion_model.row_at(r) for r in range(page.suggestion_model.rowCount()))
    return [row.mentor.name for row in rows if row is not None]


def test_choosing_a_mentee_shows_their_suggestions_when_ready(
    qtbot: QtBot, db: Database, district: District
) -> None:
    page = open_page(qtbot, db, district.texas_year_id)
    mentee = page.unassigned_model.row_at(2)
    assert mentee is not None
    page.unassigned_table.selectRow(2)
    assert page.is_loading()
    assert page.suggestion_title.text() == f"Finding mentors for {mentee.name}…"
    assert page.suggestion_model.rowCount() == 0  # no mentor meant for someone else
    assert not page.assign_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.suggestion_title.text() == f"Suggested mentors for {mentee.name}"
    assert shown(page) == expected(db, district.texas_year_id, mentee.person_id)
    assert page.assign_button.isEnabled()
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    assert page.unassigned_model.rowCount() == 39


def test_moving_on_while_it_works_shows_the_last_mentee_chosen(
    qtbot: QtBot, db: Database, district: District
) -> None:
    page = open_page(qtbot, db, district.texas_year_id)
    qtbot.waitUntil(lambda: not page.is_loading())
    for row in (1, 2, 3):
        page.unassigned_table.selectRow(row)
    qtbot.waitUntil(lambda: not page.is_loading())
    last = page.unassigned_model.row_at(3)
    assert last is not None
    assert page.suggestion_title.text() == f"Suggested mentors for {last.name}"
    assert shown(page) == expected(db, district.texas_year_id, last.person_id)


def test_a_large_years_lists_load_in_a_worker_and_keep_the_selection(
    qtbot: QtBot, db: Database, district: District
) -> None:
    page = open_page(qtbot, db, district.texas_year_id)
    page.background_from_people = 0  # every database counts as a district office's
    qtbot.waitUntil(lambda: not page.is_loading())
    page.mentor_table.selectRow(1)
    chosen = page.selected_mentor_id()
    waiting = page.unassigned_model.rowCount()
    page.refresh()
    assert page.is_loading()
    assert page.unassigned_model.rowCount() == waiting  # the rows shown stay meanwhile
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.selected_mentor_id() == chosen
    assert page.unassigned_model.rowCount() == waiting == 40
    assert page.cohort_title.text().startswith("<b>Cohort of ")
