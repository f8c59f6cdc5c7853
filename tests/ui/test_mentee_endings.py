"""Withdraw, end an assignment, mark completed: from the Cohorts page and a person's pane."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cohort_builders import YEAR_END, YEAR_START, District, build_district
from coordinator.db.engine import Database
from coordinator.services.audit_view import AuditFilter, audit_lines
from coordinator.services.cohorts import caseloads
from coordinator.ui.dialogs.mentee_ending_dialog import Ending, MenteeEndingDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.people_page import PeoplePage
from coordinator.ui.widgets.date_field import format_date

WindowFactory = Callable[[Database], MainWindow]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, texas_mentees=0)


def cohorts_page(window: MainWindow, district: District) -> CohortsPage:
    window.context.set_program_year(district.library_year_id)
    page = window.show_page("Cohorts")
    assert isinstance(page, CohortsPage)
    page.endings.today = YEAR_START  # the clock, pinned: the dialog offers this day
    page.select_mentor(district.library_mentor_id)
    return page


def select_cohort_row(page: CohortsPage, row: int) -> int:
    """Select a cohort member as a click would (whatever keys an earlier test left held)."""
    flags = QItemSelectionModel.SelectionFlag
    index = page.cohort_model.index(row, 0)
    page.cohort_table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    member = page.cohort_model.row_at(row)
    assert member is not None
    return member.person_id


def ending_dialog(qtbot: QtBot, holder: object) -> MenteeEndingDialog:
    qtbot.waitUntil(lambda: getattr(holder, "dialog", None) is not None)
    dialog = getattr(holder, "dialog", None)
    assert isinstance(dialog, MenteeEndingDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_withdraw_from_the_cohort_by_keys(
    qtbot: QtBot, main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    page = cohorts_page(window, district)
    assert page.cohort_model.rowCount() == 35
    withdrawn = select_cohort_row(page, 0)
    assert page.endings.buttons[Ending.WITHDRAW].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)
    dialog = ending_dialog(qtbot, page.endings)
    assert dialog.windowTitle() == "Withdraw"
    assert dialog.day.text() == format_date(YEAR_START)  # today, inside the year
    qtbot.keyClick(dialog.day.line_edit, Qt.Key.Key_Return)  # no reason yet
    assert dialog.isVisible()
    assert dialog.message.text() == "Give a reason; it is kept in the mentee's history."
    assert dialog.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "moved to Austin")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert page.cohort_model.rowCount() == 34
    assert withdrawn not in {m.person_id for m in page.cohort_model.rows()}
    assert page.status.text().startswith("Withdrew ")
    assert page.status.text().endswith(f" on {format_date(YEAR_START)}.")
    with db.reading() as session:
        (history,) = caseloads.assignment_history(session, withdrawn)
        words = [line.what for line in audit_lines(session, AuditFilter(person_id=withdrawn))]
    assert (history.end_date, history.end_reason) == (YEAR_START, "moved to Austin")
    assert words[:2] == [
        "Withdrew from the program on 2025-08-11: moved to Austin",
        "Ended the mentor assignment on 2025-08-11: moved to Austin",
    ]
    people = window.show_page("People")  # the person's pane says it too
    assert isinstance(people, PeoplePage)
    assert people.select_person(withdrawn)
    assert "Mentee, year 1 in the program: Withdrawn on 2025-08-11" in (
        people.detail_pane.programs_label.text()
    )
    assert people.sections.history.model.index(0, 4).data() == "moved to Austin"


def test_a_day_outside_the_year_is_refused_and_kept(
    qtbot: QtBot, main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    page = cohorts_page(window, district)
    select_cohort_row(page, 1)
    qtbot.mouseClick(page.endings.buttons[Ending.END_ASSIGNMENT], Qt.MouseButton.LeftButton)
    dialog = ending_dialog(qtbot, page.endings)
    dialog.day.line_edit.selectAll()
    qtbot.keyClicks(dialog.day.line_edit, "2026-06-30")
    qtbot.keyClicks(dialog.reason, "mentor on leave")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == (
        f"{format_date(dt.date(2026, 6, 30))} is after the program year Library cohort 2025-26, "
        f"which ends {format_date(YEAR_END)}."
    )
    assert dialog.day.text() == "2026-06-30"
    assert dialog.reason.text() == "mentor on leave"
    assert page.cohort_model.rowCount() == 35
    dialog.reject()


def test_end_assignment_puts_the_mentee_in_the_unassigned_list(
    qtbot: QtBot, main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    page = cohorts_page(window, district)
    moved = select_cohort_row(page, 2)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = ending_dialog(qtbot, page.endings)
    qtbot.keyClicks(dialog.reason, "mentor on leave")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert page.cohort_model.rowCount() == 34
    assert moved in {m.person_id for m in page.unassigned_model.rows()}


def test_mark_completed_from_the_person_pane(
    qtbot: QtBot, main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    window.context.set_program_year(district.library_year_id)
    people = window.show_page("People")
    assert isinstance(people, PeoplePage)
    finisher = district.librarian_ids[5]
    assert people.select_person(finisher)
    sections = people.sections
    assert sections.endings_box.isVisibleTo(people)
    complete = sections.endings.buttons[Ending.COMPLETE]
    assert complete.toolTip() == "Record that the mentee completed the program"
    sections.endings.today = YEAR_END + dt.timedelta(days=30)  # after the year: its last day
    qtbot.mouseClick(complete, Qt.MouseButton.LeftButton)
    dialog = ending_dialog(qtbot, sections.endings)
    assert dialog.day.text() == format_date(YEAR_END)
    assert dialog.reason.text() == "completed the program"
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert people.detail_pane.person_id == finisher
    assert "Mentee, year 1 in the program: Completed on 2026-05-29" in (
        people.detail_pane.programs_label.text()
    )
    assert not sections.endings_box.isVisibleTo(people)  # nothing left to end
    assert people.count_label.text().startswith("Marked ")
    assert people.count_label.text().endswith(f" completed on {format_date(YEAR_END)}.")
    with db.reading() as session:
        words = [line.what for line in audit_lines(session, AuditFilter(person_id=finisher))]
    assert words[0] == "Completed the program on 2026-05-29"
    cohorts = window.show_page("Cohorts")
    assert isinstance(cohorts, CohortsPage)
    cohorts.select_mentor(district.library_mentor_id)
    assert finisher not in {m.person_id for m in cohorts.cohort_model.rows()}
    assert QApplication.activeModalWidget() is None


def test_help_lists_the_new_keys(
    qtbot: QtBot, main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    dialog = window.help_menu.show_shortcuts()
    rows = dialog.rows()
    for expected in (
        ("Everywhere", "Ctrl+Shift+A", "File > New person…"),
        ("Cohorts page", "Ctrl+Shift+D", "End assignment…"),
        ("Cohorts page", "Ctrl+Shift+W", "Withdraw…"),
        ("Cohorts page", "Ctrl+Shift+C", "Mark completed…"),
    ):
        assert expected in rows
    assert any(
        group == "People page" and "Return" in keys and "Edit the selected person" in what
        for group, keys, what in rows
    )
    dialog.reject()
