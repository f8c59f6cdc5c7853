"""Program setup dialogs driven the way a coordinator would, on the demo district in SQLite."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.enums import TrainingKind
from coordinator.db.models import Role
from coordinator.demo import build_demo
from coordinator.services import audit_view
from coordinator.services.audit_view import AuditFilter
from coordinator.services.cohorts import caseloads, mentors
from coordinator.services.programs import programs, setup as program_setup
from coordinator.services.programs.setup import TopicEdit
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.enroll_dialog import EnrollDialog
from coordinator.ui.dialogs.mentor_profile_dialog import MentorProfileDialog
from coordinator.ui.dialogs.program_dialog import ProgramDialog
from coordinator.ui.dialogs.program_year_dialog import CopyForwardDialog, ProgramYearDialog
from coordinator.ui.models.topic_list_model import ACTIVE, NAME, REQUIRED, TopicListModel
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.widgets.date_field import DateField

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TEXAS_YEAR = 1  # the demo's Teacher Induction 2025-26
TEXAS_PROGRAM = 1


@pytest.fixture
def context(db: Database) -> AppContext:
    build_demo(db, scale="small")
    return AppContext(db)


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):  # keys and shortcuts reach the active window only
        widget.show()
        widget.activateWindow()
    return widget


def click_ok(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def type_new_topic(qtbot: QtBot, dialog: ProgramDialog, name: str) -> None:
    qtbot.mouseClick(dialog.add_topic_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new row's name is being edited
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.topic_view)


def type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    """Type over a date field's text, then Tab on, as a person would."""
    field.setFocus()
    field.line_edit.selectAll()
    qtbot.keyClicks(field.line_edit, text)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Tab)


def test_creating_a_program_with_topics_persists_them(qtbot: QtBot, context: AppContext) -> None:
    dialog = ProgramDialog(context)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Early Career Librarians")
    type_new_topic(qtbot, dialog, "Library setup")
    type_new_topic(qtbot, dialog, "Advocacy")
    assert dialog.topic_view.currentIndex().row() == 1
    qtbot.keyClick(dialog.topic_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    dialog.topic_view.setCurrentIndex(dialog.topic_model.index(0, REQUIRED))
    qtbot.keyClick(dialog.topic_view, Qt.Key.Key_Space)  # Advocacy is now required
    dialog.weights["same_region"].setFocus()
    dialog.weights["same_region"].selectAll()
    qtbot.keyClicks(dialog.weights["same_region"], "6")
    with qtbot.waitSignal(context.data_changed) as notice:
        click_ok(qtbot, dialog)
    assert notice.args == ["programs"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.db.reading() as session:
        form = program_setup.program_form(session, dialog.program_id)
    assert [(t.name, t.required, t.active) for t in form.topics] == [
        ("Advocacy", True, True),
        ("Library setup", False, True),
    ]
    assert (form.name, form.rule_pack) == ("Early Career Librarians", "Local program")
    assert form.weights["same_region"] == 6.0


def test_editing_a_program_renames_and_deactivates_topics_in_place(
    qtbot: QtBot, context: AppContext
) -> None:
    with context.db.reading() as session:
        before = program_setup.program_form(session, TEXAS_PROGRAM).topics
    dialog = ProgramDialog(context, TEXAS_PROGRAM)
    shown(qtbot, dialog)
    view = dialog.topic_view
    view.setFocus()
    view.setCurrentIndex(dialog.topic_model.index(3, NAME))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Professional growth")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    view.setCurrentIndex(dialog.topic_model.index(4, ACTIVE))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not dialog.remove_button.isEnabled()  # a saved topic is retired, never deleted
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.db.reading() as session:
        after = program_setup.program_form(session, TEXAS_PROGRAM).topics
        listed = {p.id: p for p in programs.list_programs(session)}
    assert [t.id for t in after] == [t.id for t in before]  # check-ins keep their topics
    assert (after[3].name, after[4].active) == ("Professional growth", False)
    assert "Professional expectations" not in listed[TEXAS_PROGRAM].topics


def test_a_bad_program_is_explained_with_the_field_focused(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = ProgramDialog(context, TEXAS_PROGRAM)
    shown(qtbot, dialog)
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "New Librarians")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "already exists" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.name
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Teacher Induction")
    type_new_topic(qtbot, dialog, "Advocacy")
    type_new_topic(qtbot, dialog, "advocacy")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == "Topics 6 and 7 have the same name."
    assert QApplication.focusWidget() is dialog.topic_view
    assert dialog.topic_view.currentIndex().row() == 6
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    for spin in dialog.weights.values():
        spin.setValue(0)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.weights["same_campus"]


def test_a_year_with_bad_dates_is_refused_then_created(qtbot: QtBot, context: AppContext) -> None:
    dialog = ProgramYearDialog(context, TEXAS_PROGRAM)
    shown(qtbot, dialog)
    assert dialog.label.text() == "2026-27"  # the year after the program's latest
    dialog.label.selectAll()
    qtbot.keyClicks(dialog.label, "2027-28")
    assert dialog.start.date() == dt.date(2027, 8, 11)  # the program's calendar, moved on
    assert dialog.semester_fields[1][0].text() == "Spring 2028"
    fall_end = dialog.semester_fields[0][2]
    fall_end_text = fall_end.text()
    type_date(qtbot, dialog.end, "2027-06-05")  # ends before it starts
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "The year must end after it starts: 2027-06-05 is not after 2027-08-11."
    )
    assert QApplication.focusWidget() is dialog.end.line_edit
    assert dialog.end.text() == "2027-06-05"  # what was typed stays
    type_date(qtbot, dialog.end, "2028-06-05")
    type_date(qtbot, fall_end, "2028-12-18")  # the fall now ends after the year does
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == ("2028-12-18 is after the year 2027-28, which ends 2028-06-05.")
    assert QApplication.focusWidget() is fall_end.line_edit
    type_date(qtbot, fall_end, fall_end_text)
    with context.db.reading() as session:
        assert len(programs.list_years(session)) == 2  # nothing written while refused
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.db.reading() as session:
        year = programs.year_summary(session, programs.year_by_id(session, dialog.year_id or 0))
    assert (year.label, year.start_date, year.end_date) == (
        "2027-28", dt.date(2027, 8, 11), dt.date(2028, 6, 5),
    )  # fmt: skip
    assert [s[0] for s in year.semesters] == ["Fall 2027", "Spring 2028"]


def open_page(qtbot: QtBot, context: AppContext) -> CohortsPage:
    context.set_program_year(TEXAS_YEAR)
    page = CohortsPage(context)
    page.resize(1300, 700)
    shown(qtbot, page)
    return page


def test_copy_forward_from_the_cohorts_page_creates_the_next_year(
    qtbot: QtBot, context: AppContext
) -> None:
    page = open_page(qtbot, context)
    page.mentor_table.setFocus()
    qtbot.keyClick(page.mentor_table, Qt.Key.Key_F, SHIFT_CTRL)
    dialog = page.findChild(CopyForwardDialog)
    assert dialog is not None
    assert dialog.isVisible()
    text = dialog.summary.text()
    assert "Creates <b>2026-27</b> (2026-08-11 to 2027-06-05)" in text
    assert "5 mentors re-enrolled" in text
    assert "6 mentees keep their mentor for year 2" in text
    with qtbot.waitSignal(context.program_year_changed):
        qtbot.keyClick(dialog.label, Qt.Key.Key_Return)
    new_year = context.program_year_id
    assert new_year is not None
    assert new_year != TEXAS_YEAR
    with context.db.reading() as session:
        summary = programs.year_summary(session, programs.year_by_id(session, new_year))
        carried = caseloads.mentor_loads(session, programs.year_by_id(session, new_year))
    assert (summary.label, summary.mentors, summary.mentees) == ("2026-27", 5, 6)
    assert sum(m.load for m in carried) == 6
    assert "Teacher Induction 2026-27" in page.title.text()
    assert "6 mentees kept their mentor" in page.status.text()


def test_copy_forward_refuses_a_label_the_program_already_has(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = CopyForwardDialog(context, TEXAS_YEAR)
    shown(qtbot, dialog)
    dialog.label.selectAll()
    qtbot.keyClicks(dialog.label, "2025-26")
    assert "already has a year 2025-26" in dialog.error.text()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.label


def test_editing_a_mentors_training_date_changes_their_eligibility(
    qtbot: QtBot, context: AppContext
) -> None:
    page = open_page(qtbot, context)
    mentor = next(m for m in page.mentor_model.rows() if not m.reasons)
    page.select_mentor(mentor.person_id)
    page.mentor_table.setFocus()
    qtbot.keyClick(page.mentor_table, Qt.Key.Key_M, SHIFT_CTRL)
    dialog = page.findChild(MentorProfileDialog)
    assert dialog is not None
    assert dialog.eligibility.text().startswith("<b>Eligible</b> to mentor in Teacher Induction")
    _name, _kind, _hours, completed, _remove = dialog.training_rows.rows[0]
    type_date(qtbot, completed, "2026-01-15")  # completed after the year began
    assert "<b>Not eligible</b>" in dialog.eligibility.text()
    assert "mentor training not completed before the year began" in dialog.eligibility.text()
    with context.db.reading() as session:  # nothing saved yet
        assert mentors.mentor_summary(session, mentor.person_id, TEXAS_YEAR).eligibility.eligible  # type: ignore[union-attr]
    with qtbot.waitSignal(context.data_changed):
        click_ok(qtbot, dialog)
    with context.db.reading() as session:
        result = mentors.mentor_summary(session, mentor.person_id, TEXAS_YEAR).eligibility
    assert result is not None
    assert not result.eligible
    assert "mentor training not completed" in page.cohort_title.text()


def test_a_mentor_profile_gains_and_loses_trainings(qtbot: QtBot, context: AppContext) -> None:
    with context.db.reading() as session:
        year = programs.year_by_id(session, TEXAS_YEAR)
        mentor_id = caseloads.mentor_loads(session, year)[0].person_id
        before = mentors.mentor_profile(session, mentor_id).trainings
    dialog = MentorProfileDialog(context, mentor_id, TEXAS_YEAR)
    shown(qtbot, dialog)
    # the demo's mentors have the approved, the district and supplemental trainings
    assert len(dialog.training_rows.rows) == len(before) >= 2
    qtbot.mouseClick(dialog.add_training_button, Qt.MouseButton.LeftButton)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "needs a name" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.training_rows.rows[-1][0]
    qtbot.keyClicks(dialog.training_rows.rows[-1][0], "Coaching cycles")
    qtbot.mouseClick(dialog.training_rows.rows[0][-1], Qt.MouseButton.LeftButton)
    dialog.capacity.setFocus()
    dialog.capacity.selectAll()
    qtbot.keyClicks(dialog.capacity, "3")
    click_ok(qtbot, dialog)
    assert dialog.error.text() == "Type the completion date."  # a new row's date is not guessed
    completed = dialog.training_rows.rows[-1][-2]
    assert QApplication.focusWidget() is completed.line_edit
    type_date(qtbot, completed, "2025-06-20")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.db.reading() as session:
        profile = mentors.mentor_profile(session, mentor_id)
    assert profile.trainings == sorted(
        [*before[1:], ("Coaching cycles", dt.date(2025, 6, 20))], key=lambda t: t[1]
    )
    assert profile.capacity == 3


def test_enrolling_people_shows_who_is_already_in_the_year(
    qtbot: QtBot, context: AppContext
) -> None:
    with context.db.reading() as session:
        year = programs.year_by_id(session, TEXAS_YEAR)
        waiting = [m.person_id for m in caseloads.unassigned_mentees(session, year)]
        mentor_id = caseloads.mentor_loads(session, year)[0].person_id
    dialog = EnrollDialog(context, [*waiting, mentor_id], role=Role.MENTOR, year_id=TEXAS_YEAR)
    shown(qtbot, dialog)
    assert dialog.summary.text().startswith("<b>3</b> of 4 will be enrolled as mentors.")
    assert dialog.people.count() == 4
    qtbot.mouseClick(dialog.as_mentee, Qt.MouseButton.LeftButton)
    summary = dialog.summary.text()
    assert summary.startswith("<b>1</b> of 4 will be enrolled as mentees. Already enrolled")
    assert (
        dialog.people.item(0)
        .text()
        .endswith("will be enrolled; also enrolled as a mentor this year")
    )
    with qtbot.waitSignal(context.data_changed):
        click_ok(qtbot, dialog)
    assert dialog.result_counts is not None
    assert (dialog.result_counts.added, dialog.result_counts.already) == (1, 3)


def test_the_toolbar_opens_new_program_and_new_year_and_switches_to_the_year(
    qtbot: QtBot, context: AppContext
) -> None:
    page = open_page(qtbot, context)
    assert page.setup_bar.mentor_profile_action.isEnabled()
    page.mentor_table.setFocus()
    qtbot.keyClick(page.mentor_table, Qt.Key.Key_P, SHIFT_CTRL)
    program_dialog = page.findChild(ProgramDialog)
    assert program_dialog is not None
    qtbot.keyClicks(program_dialog.name, "Counselors")
    click_ok(qtbot, program_dialog)
    assert "Created program Counselors" in page.status.text()
    year_dialog = page.setup_bar.new_year()
    index = year_dialog.program.findText("Counselors")
    year_dialog.program.setCurrentIndex(index)
    with qtbot.waitSignal(context.program_year_changed):
        click_ok(qtbot, year_dialog)
    assert page.title.text() == f"<b>Counselors {year_dialog.label.text()}</b>"


def test_the_topic_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = TopicListModel()
    model.set_topics([TopicEdit(1, "A", True), TopicEdit(None, "B", active=False)])
    model.add_topic("C")
    assert model.move_topic(2, -1) == 1
    assert [t.name for t in model.topics()] == ["A", "C", "B"]
    assert (
        model.index(2, NAME)
        .data(Qt.ItemDataRole.ToolTipRole)
        .endswith("(inactive: kept for old check-ins)")
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_renaming_a_district_training_keeps_its_kind_and_hours(
    qtbot: QtBot, context: AppContext
) -> None:
    """A typo fixed in a training's name used to make it a new approved training: the mentor
    lost the district part and silently gained the commissioner-approved one."""
    with context.db.reading() as session:
        year = programs.year_by_id(session, TEXAS_YEAR)
        mentor_id = caseloads.mentor_loads(session, year)[0].person_id
    with context.db.transaction() as session:  # only the district part: not eligible
        profile = mentors.profile_for(session, mentor_id)
        for training in list(profile.trainings):
            session.delete(training)
        session.flush()
        mentors.add_training(
            session, mentor_id, "Distrct mentor orientaton", dt.date(2025, 8, 4),
            kind=TrainingKind.DISTRICT, provider="Lone Star ISD", minutes=360,
        )  # fmt: skip
    dialog = MentorProfileDialog(context, mentor_id, TEXAS_YEAR)
    shown(qtbot, dialog)
    name, kind, hours, completed, _remove = dialog.training_rows.rows[0]
    assert kind.currentText() == "District"
    assert "<b>Not eligible</b>" in dialog.eligibility.text()
    name.selectAll()
    qtbot.keyClicks(name, "District mentor orientation")
    type_date(qtbot, completed, "2025-08-05")
    assert "<b>Not eligible</b>" in dialog.eligibility.text()  # still no approved training
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.db.reading() as session:
        (stored,) = mentors.profile_for(session, mentor_id).trainings
        saved = (stored.name, stored.kind, stored.completed_on, stored.provider, stored.minutes)
        words = [a.what for a in audit_view.audit_lines(session, AuditFilter(limit=5))]
    assert saved == (
        "District mentor orientation", TrainingKind.DISTRICT, dt.date(2025, 8, 5),
        "Lone Star ISD", 360,
    )  # fmt: skip
    assert "Changed the training District mentor orientation" in words
    # A new row can be any of the three kinds.
    dialog = MentorProfileDialog(context, mentor_id, TEXAS_YEAR)
    shown(qtbot, dialog)
    qtbot.mouseClick(dialog.add_training_button, Qt.MouseButton.LeftButton)
    name, kind, hours, completed, _remove = dialog.training_rows.rows[-1]
    qtbot.keyClicks(name, "Coaching cycles")
    kind.setCurrentIndex(kind.findText("Supplemental"))
    type_date(qtbot, completed, "2025-10-01")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()  # a supplemental training counts by its hours: asked for
    assert "needs its hours" in dialog.error.text()
    hours.setValue(2.5)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    with context.db.reading() as session:
        kinds = {
            t.name: (t.kind, t.minutes) for t in mentors.profile_for(session, mentor_id).trainings
        }
    assert kinds == {
        "District mentor orientation": (TrainingKind.DISTRICT, 360),
        "Coaching cycles": (TrainingKind.SUPPLEMENTAL, 150),
    }
