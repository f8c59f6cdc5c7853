"""Every filter box and completer finds people by any word, in any order, accents aside.

Typed the way a person types, and checked by the rows or suggestions the person sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.services.cohorts import caseloads
from coordinator.services.programs import programs
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.audit_dialog import AuditDialog
from coordinator.ui.dialogs.checkin_dialog import CheckinDialog
from coordinator.ui.dialogs.reassign_dialog import ReassignDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.people_page import PeoplePage
from coordinator.ui.pages.reports_page import ReportsPage
from coordinator.ui.widgets.word_completer import SearchableChoice
from name_search_district import MENTEES, MENTORS, build_search_district

WindowFactory = Callable[[Database], MainWindow]
# A completer's popup grabs the keyboard; Qt's offscreen platform says it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return build_search_district(db)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def column(view: QTableView, col: int = 0) -> list[str]:
    model = view.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def offered(choice: SearchableChoice) -> list[str]:
    """The suggestions in the popup under the field, as the person sees them."""
    popup = choice.completer.popup()
    assert popup is not None
    if not popup.isVisible():
        return []
    model = popup.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_people_filter(qtbot: QtBot, main_window: WindowFactory, db: Database, ids: dict) -> None:
    window = main_window(db)
    page = window.show_page("People")
    assert isinstance(page, PeoplePage)
    retype(qtbot, page.filter_edit, "bjork")
    # Shown "Preferred Last", in last-name order (then first name).
    assert column(page.table) == ["Ana Björk", "Anders Björk", "Liv Björk", "Zoë Björk"]
    assert page.count_label.text() == "4 of 9 people"
    retype(qtbot, page.filter_edit, "Ana Bj")
    assert column(page.table) == ["Ana Bjelke", "Ana Björk", "Ana Björnsdóttir"]
    retype(qtbot, page.filter_edit, "bj ana")  # any order
    assert column(page.table) == ["Ana Bjelke", "Ana Björk", "Ana Björnsdóttir"]
    retype(qtbot, page.filter_edit, "ngu")
    assert column(page.table) == ["Lan Nguyễn"]
    retype(qtbot, page.filter_edit, "thi lan")  # the legal first name finds her too
    assert column(page.table) == ["Lan Nguyễn"]
    retype(qtbot, page.filter_edit, "obrien")
    assert column(page.table) == ["Siobhán O'Brien"]
    retype(qtbot, page.filter_edit, "jork")  # not the start of a word
    assert column(page.table) == []


def test_cohorts_filters(qtbot: QtBot, db: Database, ids: dict[str, int]) -> None:
    context = AppContext(db)
    page = CohortsPage(context)
    qtbot.addWidget(page)
    context.set_program_year(ids["year"])
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    assert column(page.mentor_table) == ["Bob Ávila", "Ana Björk", "Zoë Björk"]
    retype(qtbot, page.mentor_filter, "bjork")
    assert column(page.mentor_table) == ["Ana Björk", "Zoë Björk"]
    retype(qtbot, page.mentor_filter, "Ana Bj")
    assert column(page.mentor_table) == ["Ana Björk"]
    assert column(page.cohort_table) == ["Ana Bjelke"]  # the one mentor shown is selected

    assert column(page.unassigned_table) == ["Anders Björk", "Ana Björnsdóttir", "Siobhán O'Brien"]
    retype(qtbot, page.unassigned_filter, "bjork")
    assert column(page.unassigned_table) == ["Anders Björk"]
    retype(qtbot, page.unassigned_filter, "Ana Bj")
    assert column(page.unassigned_table) == ["Ana Björnsdóttir"]
    assert page.unassigned_title.text() == "<b>Unassigned</b> (1 of 3)"
    qtbot.keyClick(page.unassigned_filter, Qt.Key.Key_Escape)
    assert len(column(page.unassigned_table)) == 3
    assert page.unassigned_title.text() == "<b>Unassigned</b> (3)"


def test_new_checkin_mentee_and_mentor_pickers(
    qtbot: QtBot, db: Database, ids: dict[str, int]
) -> None:
    dialog = CheckinDialog(AppContext(db), ids["year"], today=dt.date(2025, 9, 15))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    finder = dialog.mentee_finder
    retype(qtbot, finder.line_edit, "bjork")
    assert offered(finder) == ["Anders Björk", "Liv Björk"]
    retype(qtbot, finder.line_edit, "Ana Bj")
    assert offered(finder) == ["Ana Bjelke", "Ana Björnsdóttir"]
    popup = finder.completer.popup()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the second suggestion
    ticked = [text for _id, text, on in dialog.mentees.entries() if on]
    assert "Ana Björnsdóttir" in ticked
    assert finder.line_edit.text() == ""  # ready for the next mentee
    retype(qtbot, finder.line_edit, "ngu")
    assert offered(finder) == ["Lan Nguyễn"]
    qtbot.keyClick(finder.line_edit, Qt.Key.Key_Return)  # Enter takes the first suggestion
    assert dialog.isVisible()  # ... and does not save yet
    ticked = [text for _id, text, on in dialog.mentees.entries() if on]
    assert "Lan Nguyễn" in ticked

    mentor = dialog.mentor_finder
    retype(qtbot, mentor.line_edit, "bjork")
    assert offered(mentor) == ["Ana Björk", "Zoë Björk"]
    retype(qtbot, mentor.line_edit, "zoe bj")
    assert offered(mentor) == ["Zoë Björk"]
    qtbot.keyClick(mentor.line_edit, Qt.Key.Key_Return)
    assert dialog.mentor.currentData() == ids["M1"]
    assert [text for _id, text, _on in dialog.mentees.entries()] == ["Liv Björk"]  # her cohort
    retype(qtbot, mentor.line_edit, "nobody")
    assert offered(mentor) == []
    qtbot.keyClick(mentor.line_edit, Qt.Key.Key_Tab)  # leaving puts the chosen name back
    assert mentor.line_edit.text() == "Zoë Björk"
    assert dialog.mentor.currentData() == ids["M1"]


def test_reports_person_choosers(qtbot: QtBot, db: Database, ids: dict[str, int]) -> None:
    context = AppContext(db)
    page = ReportsPage(context)
    qtbot.addWidget(page)
    context.set_program_year(ids["year"])
    page.show()
    mentee = page.mentee_combo
    choice = mentee.findChild(SearchableChoice)
    assert isinstance(choice, SearchableChoice)
    mentee.setEnabled(True)
    retype(qtbot, choice.line_edit, "Ana Bj")
    assert offered(choice) == ["Ana Bjelke", "Ana Björnsdóttir"]
    qtbot.keyClick(choice.line_edit, Qt.Key.Key_Return)
    assert mentee.currentData() == ids["E2"]
    mentor = page.mentor_combo.findChild(SearchableChoice)
    assert isinstance(mentor, SearchableChoice)
    page.mentor_combo.setEnabled(True)
    retype(qtbot, mentor.line_edit, "bjork")
    assert offered(mentor) == ["Ana Björk", "Zoë Björk"]


def test_reassign_dialog_mentor_search(qtbot: QtBot, db: Database, ids: dict[str, int]) -> None:
    with db.reading() as s:
        waiting = caseloads.unassigned_mentees(s, programs.year_by_id(s, ids["year"]))
    dialog = ReassignDialog(AppContext(db), ids["year"], waiting[:1])
    qtbot.addWidget(dialog)
    dialog.show()

    def mentors_listed() -> list[str]:
        items = [dialog.mentor_list.item(r).text() for r in range(dialog.mentor_list.count())]
        return [text.split("  ")[0].split(" — ")[0] for text in items]

    assert len(mentors_listed()) == 3
    retype(qtbot, dialog.search, "bjork")
    assert [t for t in mentors_listed() if "Björk" in t] == mentors_listed()
    assert len(mentors_listed()) == 2
    retype(qtbot, dialog.search, "Ana Bj")
    assert len(mentors_listed()) == 1
    assert mentors_listed()[0].startswith("Ana Björk")
    assert dialog.chosen_mentor_id() == ids["M2"]


def test_audit_person_filter(qtbot: QtBot, db: Database, ids: dict[str, int]) -> None:
    dialog = AuditDialog(AppContext(db))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    finder = dialog.person_finder
    retype(qtbot, finder.line_edit, "bjork")
    found = offered(finder)
    assert found
    assert all(name.endswith(" Björk") for name in found)
    qtbot.keyClick(finder.line_edit, Qt.Key.Key_Return)
    assert dialog.person_filter.currentText() == found[0]
    assert dialog.current_filter().person_id == ids[_employee_id(found[0])]


def _employee_id(name: str) -> str:
    every = {**MENTORS, **{e: n[:3] for e, n in MENTEES.items()}}
    return next(e for e, (first, pref, last) in every.items() if f"{pref or first} {last}" == name)


def test_a_highlighted_suggestion_is_the_one_taken(
    qtbot: QtBot, db: Database, ids: dict[str, int]
) -> None:
    dialog = CheckinDialog(AppContext(db), ids["year"], today=dt.date(2025, 9, 15))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    mentor = dialog.mentor_finder
    retype(qtbot, mentor.line_edit, "bjork")
    assert offered(mentor) == ["Ana Björk", "Zoë Björk"]
    popup = mentor.completer.popup()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # highlight Zoë, then leave the field
    assert mentor.line_edit.text() == "Zoë Björk"
    qtbot.keyClick(popup, Qt.Key.Key_Tab)  # the open popup has the keyboard
    assert dialog.mentor.currentData() == ids["M1"]
    assert not popup.isVisible()
