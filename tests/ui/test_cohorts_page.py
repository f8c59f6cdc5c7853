"""The Cohorts page driven the way a coordinator would: select, reassign by keyboard, Match all."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from cohort_builders import YEAR_START, District, build_district
from coordinator.db.engine import Database
from coordinator.services.cohorts import assignments as cohorts, caseloads
from coordinator.services.matching import apply, suggest
from coordinator.services.programs import programs
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.match_draft_dialog import MatchDraftDialog
from coordinator.ui.dialogs.reassign_dialog import ReassignDialog
from coordinator.ui.models.assignment_history_model import AssignmentHistoryModel
from coordinator.ui.models.cohort_model import CohortModel, UnassignedModel, mentee_mime
from coordinator.ui.models.match_draft_model import ACCEPT, MatchDraftModel
from coordinator.ui.models.mentor_load_model import LOAD, LOAD_ROLE, MentorLoadModel
from coordinator.ui.models.suggestion_model import SuggestionModel
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.widgets.assignment_history import AssignmentHistoryWidget
from coordinator.ui.widgets.load_bar_delegate import load_bar_option
from coordinator.ui.widgets.mentor_eligibility import MentorEligibilityWidget


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, texas_mentees=40)


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(db)


def open_page(qtbot: QtBot, context: AppContext, year_id: int) -> CohortsPage:
    context.set_program_year(year_id)
    page = CohortsPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitActive(page):  # keyboard shortcuts reach the active window only
        page.show()
        page.activateWindow()
    return page


def assign_all(db: Database, year_id: int) -> None:
    with db.transaction() as session:
        year = programs.year_by_id(session, year_id)
        apply.apply_draft(session, year, suggest.draft_match(session, year), start=YEAR_START)


def test_the_librarian_mentor_shows_35_of_35_with_every_mentee(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    page = open_page(qtbot, context, district.library_year_id)
    page.select_mentor(district.library_mentor_id)
    model = page.mentor_model
    assert model.index(0, LOAD).data() == "35/35"
    assert model.index(0, LOAD).data(LOAD_ROLE) == (35, 35, False)
    option = QStyleOptionViewItem()
    assert load_bar_option(option, 35, 35, False).text == "35/35"
    assert page.cohort_model.rowCount() == 35
    assert "(35/35)" in page.cohort_title.text()
    shown = {page.cohort_model.row_at(r).person_id for r in range(35)}  # type: ignore[union-attr]
    assert shown == set(district.librarian_ids)


def test_selecting_a_mentor_shows_their_cohort_and_warnings(
    qtbot: QtBot, context: AppContext, district: District, db: Database
) -> None:
    assign_all(db, district.texas_year_id)
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        extra = caseloads.unassigned_mentees(session, year)
        assert extra == []
    page = open_page(qtbot, context, district.texas_year_id)
    target = district.texas_mentor_ids[4]
    page.select_mentor(target)
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        expected = {m.person_id for m in caseloads.cohort(session, year, target)}
    shown = {page.cohort_model.row_at(r).person_id for r in range(page.cohort_model.rowCount())}  # type: ignore[union-attr]
    assert shown == expected
    assert page.unassigned_title.text() == "<b>Unassigned</b> (0)"
    assert not page.match_button.isEnabled()


def test_reassign_with_the_keyboard_keeps_the_history(
    qtbot: QtBot, context: AppContext, district: District, db: Database
) -> None:
    assign_all(db, district.texas_year_id)
    page = open_page(qtbot, context, district.texas_year_id)
    source = district.texas_mentor_ids[1]
    page.select_mentor(source)
    page.cohort_table.setFocus()
    page.cohort_table.selectRow(0)
    moved = page.selected_cohort_members()[0]
    qtbot.keyClick(page.cohort_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(ReassignDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    # Find the mentor by typing part of their employee ID, then Tab through to the reason.
    with db.reading() as session:
        target = next(
            m
            for m in caseloads.mentor_loads(
                session, programs.year_by_id(session, district.texas_year_id)
            )
            if m.load < (m.capacity or 0) and m.person_id != source
        )
    qtbot.keyClicks(dialog.search, target.employee_id or "")
    assert dialog.mentor_list.count() == 1
    assert dialog.chosen_mentor_id() == target.person_id
    dialog.start.line_edit.selectAll()
    qtbot.keyClicks(dialog.start.line_edit, "2025-10-06")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # no reason yet: the dialog explains
    assert dialog.isVisible()
    assert "Give a reason" in dialog.error.text()
    assert dialog.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "moved to another campus")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    with db.reading() as session:
        history = caseloads.assignment_history(session, moved.person_id)
    assert [(h.mentor_id, h.end_date, h.end_reason) for h in history] == [
        (source, dt.date(2025, 10, 6), "moved to another campus"),
        (target.person_id, None, None),
    ]
    assert moved.person_id not in {m.person_id for m in page.cohort_model.rows()}


def test_dropping_a_mentee_on_a_mentor_opens_the_dialog_for_that_mentor(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    page = open_page(qtbot, context, district.texas_year_id)
    mentee = page.unassigned_model.row_at(0)
    assert mentee is not None
    mentor_row = page.mentor_model.row_of(district.texas_mentor_ids[2])
    assert mentor_row is not None
    with qtbot.waitSignal(page.mentor_model.mentees_dropped) as dropped:
        page.mentor_model.dropMimeData(
            mentee_mime([mentee.person_id]),
            Qt.DropAction.MoveAction,
            -1,
            -1,
            page.mentor_model.index(mentor_row, 0),
        )
    assert dropped.args == [district.texas_mentor_ids[2], [mentee.person_id]]
    dialog = page.findChild(ReassignDialog)
    assert dialog is not None
    assert not dialog.reassigning  # an unassigned mentee is assigned, no reason needed
    assert dialog.chosen_mentor_id() == district.texas_mentor_ids[2]
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert page.unassigned_model.rowCount() == 39


def test_match_all_draft_reject_one_apply_then_undo(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    page = open_page(qtbot, context, district.texas_year_id)
    qtbot.keyClick(page.mentor_table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.draft_dialog is not None, timeout=10_000)
    dialog = page.draft_dialog
    assert isinstance(dialog, MatchDraftDialog)
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 40
    assert dialog.apply_button.text() == "Apply 40 pairs"
    assert all("; load " in p.explanation for p in dialog.model.rows())
    rejected = dialog.model.row_at(0)
    assert rejected is not None
    dialog.table.setCurrentIndex(dialog.model.index(0, ACCEPT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.model.index(0, ACCEPT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert dialog.apply_button.text() == "Apply 39 pairs"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert [m.person_id for m in page.unassigned_model.rows()] == [rejected.mentee.id]
    assert page.status.text() == "Match all applied 39 assignments."
    assert page.undo_button.isVisible()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.unassigned_model.rowCount() == 40
    assert page.status.text() == "Undid Match all: removed 39 assignments."


def test_assign_the_suggested_mentor(qtbot: QtBot, context: AppContext, district: District) -> None:
    page = open_page(qtbot, context, district.texas_year_id)
    mentee = page.unassigned_model.row_at(0)
    best = page.suggestion_model.row_at(0)
    assert mentee is not None
    assert best is not None
    assert page.suggestion_title.text() == f"Suggested mentors for {mentee.name}"
    with qtbot.waitSignal(page.status.announced) as told:  # a screen reader hears it too
        qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    assert page.unassigned_model.rowCount() == 39
    assert page.status.text() == f"Assigned {mentee.name} to {best.mentor.name}."
    assert told.args == [f"Assigned {mentee.name} to {best.mentor.name}."]


def test_no_program_year_says_what_to_do(qtbot: QtBot, context: AppContext) -> None:
    page = CohortsPage(context)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.guide
    assert "Create a program on the Cohorts page: New program…" in page.guide.text.text()


def test_history_and_eligibility_widgets(
    qtbot: QtBot, context: AppContext, district: District, db: Database
) -> None:
    librarian = district.librarian_ids[0]
    with db.transaction() as session:
        year = programs.year_by_id(session, district.library_year_id)
        cohorts.withdraw(session, year, librarian, on=dt.date(2025, 12, 1), reason="moved away")
    context.set_program_year(district.texas_year_id)
    history = AssignmentHistoryWidget(context, librarian)
    eligibility = MentorEligibilityWidget(context, district.texas_mentor_ids[0])
    qtbot.addWidget(history)
    qtbot.addWidget(eligibility)
    model = history.model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(5)] == [
        "2025-26",
        "FirstL0001 LastL0001",
        YEAR_START.isoformat(),
        "2025-12-01",
        "moved away",
    ]
    assert "<b>Eligible</b> to mentor in Texas MPA 2025-26" in eligibility.label.text()
    history.set_person(district.texas_mentee_ids[0])
    assert history.empty.isVisibleTo(history)
    eligibility.set_person(district.librarian_ids[1])
    text = eligibility.label.text()
    assert "<b>Not eligible</b>" in text
    assert "years of experience not recorded (3 needed)" in text


def test_models_pass_the_model_tester(
    qtmodeltester: object, context: AppContext, district: District, db: Database
) -> None:
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        loads = caseloads.mentor_loads(session, year)
        waiting = caseloads.unassigned_mentees(session, year)
        draft = suggest.draft_match(session, year)
        suggestions = suggest.suggest_mentors(session, year, waiting[0].person_id)
        library = programs.year_by_id(session, district.library_year_id)
        members = caseloads.cohort(session, library, district.library_mentor_id)
        history = caseloads.assignment_history(session, district.librarian_ids[0])
    filled = [
        (MentorLoadModel(), loads),
        (CohortModel(), members),
        (UnassignedModel(), waiting),
        (SuggestionModel(), suggestions),
        (MatchDraftModel(), draft.pairs),
        (AssignmentHistoryModel(), history),
    ]
    for model, rows in filled:
        model.set_rows(rows)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_demo_district_librarian_cohort_on_the_page(
    qtbot: QtBot, context: AppContext, db: Database
) -> None:
    from coordinator.demo import LIBRARY_PROGRAM, build_demo
    from coordinator.services.lookup import program_year_by_names

    build_demo(db, scale="district")
    with db.reading() as session:
        year_id = program_year_by_names(session, LIBRARY_PROGRAM, "2025-26").id
    page = open_page(qtbot, context, year_id)
    assert page.mentor_model.rowCount() == 1
    assert page.mentor_model.index(0, LOAD).data() == "35/35"
    assert page.cohort_model.rowCount() == 35
    assert page.cohort_title.text().startswith("<b>Cohort of ")
