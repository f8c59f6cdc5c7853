"""Empty states guide: what to do first, the next step offered, and why a button cannot act."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from cohort_builders import build_district
from coordinator.db.engine import Database
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.matching import apply, suggest
from coordinator.services.programs import programs
from coordinator.ui.dialogs.program_dialog import ProgramDialog
from coordinator.ui.dialogs.program_year_dialog import ProgramYearDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.dashboard_page import DashboardPage
from coordinator.ui.pages.people_page import PeoplePage

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")

WindowFactory = Callable[[Database], MainWindow]
NO_YEAR_TIP = "Choose a program year in the toolbar first (or create one with New year…)."


def dashboard_of(window: MainWindow) -> DashboardPage:
    page = window.show_page("Dashboard")
    assert isinstance(page, DashboardPage)
    return page


def cohorts_of(window: MainWindow) -> CohortsPage:
    page = window.show_page("Cohorts")
    assert isinstance(page, CohortsPage)
    return page


def test_an_empty_database_says_to_create_a_program_then_offers_a_year(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    window = main_window(db)
    dashboard = dashboard_of(window)
    assert dashboard.title.text() == "Getting started"
    assert dashboard.guide.isVisible()
    assert "Create a program on the Cohorts page: New program…" in dashboard.guide.text.text()
    assert dashboard.guide.button.text() == "New program…"
    for chart in (dashboard.per_month, dashboard.by_mentor, dashboard.topics):
        assert not chart.isVisible()  # no empty axes pretending to be a chart
    assert not dashboard.table.isVisible()

    qtbot.mouseClick(dashboard.guide.button, Qt.MouseButton.LeftButton)
    dialog = dashboard.guide.dialog
    assert isinstance(dialog, ProgramDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Library cohort")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    # The next step is offered where the coordinator is, and on the Cohorts page.
    step = "Library cohort has no program year yet. Add its first year with New year…"
    qtbot.waitUntil(lambda: dashboard.guide.text.text().startswith(step))
    assert dashboard.guide.button.text() == "New year…"
    cohorts = cohorts_of(window)
    assert cohorts.stack.currentWidget() is cohorts.guide
    assert cohorts.guide.text.text().startswith(step)
    for action in (cohorts.setup_bar.edit_program_action, cohorts.setup_bar.mentor_profile_action):
        assert not action.isEnabled()
        assert action.toolTip() == NO_YEAR_TIP

    people = window.show_page("People")
    assert isinstance(people, PeoplePage)
    assert "Import your district's HR roster" in people.empty_label.text()


def test_a_program_without_years_offers_new_year_for_it(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    with db.transaction() as session:
        program_id = programs.create_program(session, "Counselors", rule_pack=LOCAL_PROGRAM).id
    window = main_window(db)
    dashboard = dashboard_of(window)
    assert dashboard.guide.text.text() == (
        "Counselors has no program year yet. Add its first year with New year… "
        "(Ctrl+Shift+Y on the Cohorts page): the dates and the two semesters."
    )
    qtbot.mouseClick(dashboard.guide.button, Qt.MouseButton.LeftButton)
    dialog = dashboard.guide.dialog
    assert isinstance(dialog, ProgramYearDialog)
    assert dialog.program.currentText() == "Counselors"
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.program_year_id == dialog.year_id)
    assert dialog.year_id is not None
    with db.reading() as session:
        assert programs.year_by_id(session, dialog.year_id).program_id == program_id
    qtbot.waitUntil(lambda: not dashboard.guide.isVisible())
    assert dashboard.per_month.isVisible()


def test_buttons_that_cannot_act_say_why(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    district = build_district(db, texas_mentees=6)
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        apply.apply_draft(
            session, year, suggest.draft_match(session, year), start=dt.date(2025, 9, 1)
        )
    window = main_window(db)
    window.context.set_program_year(district.texas_year_id)
    page = cohorts_of(window)
    assert not page.match_button.isEnabled()
    assert page.match_button.toolTip().startswith("Nobody is waiting for a mentor. Enroll mentees")
    assert page.suggestion_title.text() == "Nobody is waiting for a mentor."
    assert not page.assign_button.isEnabled()
    assert page.assign_button.toolTip() == "Select an unassigned mentee first."
    assert not page.reassign_button.isEnabled()
    assert page.reassign_button.toolTip() == "Select mentees in a cohort first."
    page.select_mentor(next(m.person_id for m in page.mentor_model.rows() if m.load))
    assert page.cohort_model.rowCount() > 0
    flags = QItemSelectionModel.SelectionFlag
    page.cohort_table.selectionModel().select(
        page.cohort_model.index(0, 0), flags.ClearAndSelect | flags.Rows
    )
    assert page.reassign_button.isEnabled()
    assert page.reassign_button.toolTip().startswith("Move the selected mentees")
    assert page.match_button.toolTip().startswith("Nobody is waiting")

    people = window.show_page("People")
    assert isinstance(people, PeoplePage)
    people.table.clearSelection()
    for button in people.enroll_buttons:
        assert not button.isEnabled()
        assert button.toolTip() == "Select the people to enroll first (Shift or Ctrl + click)."


def test_a_year_without_mentors_says_how_to_enroll_them(
    main_window: WindowFactory, db: Database
) -> None:
    with db.transaction() as session:
        program = programs.create_program(session, "Counselors", rule_pack=LOCAL_PROGRAM)
        year_id = programs.create_year(
            session, program, "2025-26", dt.date(2025, 8, 11), dt.date(2026, 5, 29)
        ).id
    window = main_window(db)
    window.context.set_program_year(year_id)
    page = cohorts_of(window)
    enroll = "No mentor is enrolled in this year yet. On the People page select them, then "
    assert page.cohort_title.text().startswith(enroll)
    assert page.match_button.toolTip().startswith(enroll)
    assert not page.match_button.isEnabled()
