"""Every date typed into a dialog stays as typed: what cannot be used is refused in words."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import coordinator.ui
from cohort_builders import YEAR_START, District, build_district
from coordinator.db.engine import Database
from coordinator.db.models import Assignment, AuditEntry
from coordinator.services.cohorts import caseloads, mentors
from coordinator.services.matching import suggest
from coordinator.services.programs import programs
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.audit_dialog import AuditDialog
from coordinator.ui.dialogs.checkin_dialog import CheckinDialog
from coordinator.ui.dialogs.match_draft_dialog import MatchDraftDialog
from coordinator.ui.dialogs.mentor_profile_dialog import MentorProfileDialog
from coordinator.ui.dialogs.program_year_dialog import ProgramYearDialog
from coordinator.ui.dialogs.reassign_dialog import ReassignDialog
from coordinator.ui.widgets.date_field import DateField

# Typed into a 2025-26 year (11 August 2025 to 29 May 2026), and what the dialog says back.
REFUSED = [
    ("2024-01-15", "2024-01-15 is before the program year 2025-26, which starts 2025-08-11."),
    ("2026-02-30", "2026-02-30 is not a date in the calendar."),
    ("1/15/26", "Type the year in full in 1/15/26 (for example 2026)."),
]
UNREADABLE = REFUSED[1:]


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, texas_mentees=12)


@pytest.fixture
def context(db: Database, district: District) -> AppContext:
    return AppContext(db)


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keys reach the active window only
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    field.setFocus()
    field.line_edit.selectAll()
    qtbot.keyClicks(field.line_edit, text)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def count(db: Database, what: type[Assignment] | type[AuditEntry]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(what)) or 0


def texas_assignments(db: Database, district: District) -> list[tuple[int, dt.date]]:
    """(mentor, first day) of every assignment in the Texas year."""
    with db.reading() as session:
        rows = session.execute(
            select(Assignment.mentor_id, Assignment.start_date).where(
                Assignment.program_year_id == district.texas_year_id
            )
        )
        return [(mentor, start) for mentor, start in rows]


# --- New program year -----------------------------------------------------------------------


def year_dialog(qtbot: QtBot, context: AppContext, district: District) -> ProgramYearDialog:
    with context.db.reading() as session:
        program_id = programs.year_by_id(session, district.texas_year_id).program_id
    dialog = ProgramYearDialog(context, program_id)
    shown(qtbot, dialog)
    assert dialog.label.text() == "2026-27"
    return dialog


def year_count(context: AppContext) -> int:
    with context.db.reading() as session:
        return len(programs.list_years(session))


@pytest.mark.parametrize(("typed", "says"), UNREADABLE)
def test_a_year_start_that_is_not_a_date_is_refused(
    qtbot: QtBot, context: AppContext, district: District, typed: str, says: str
) -> None:
    dialog = year_dialog(qtbot, context, district)
    before = year_count(context)
    type_date(qtbot, dialog.start, typed)
    qtbot.keyClick(dialog.start.line_edit, Qt.Key.Key_Return)  # Enter creates
    assert dialog.isVisible()
    assert dialog.error.text() == says
    assert dialog.start.text() == typed
    assert focused() is dialog.start.line_edit
    assert year_count(context) == before


def test_a_semester_outside_the_year_is_refused_with_the_years_days(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    dialog = year_dialog(qtbot, context, district)
    before = year_count(context)
    spring_start = dialog.semester_fields[1][1]
    type_date(qtbot, spring_start, "2024-01-15")
    qtbot.keyClick(spring_start.line_edit, Qt.Key.Key_Return)
    assert dialog.error.text() == "2024-01-15 is before the year 2026-27, which starts 2026-08-11."
    assert spring_start.text() == "2024-01-15"
    assert focused() is spring_start.line_edit
    assert year_count(context) == before


def test_a_year_typed_in_full_is_saved_exactly(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    dialog = year_dialog(qtbot, context, district)
    typed = {
        dialog.start: "2026-08-03",
        dialog.end: "2027-05-28",
        dialog.semester_fields[0][1]: "2026-08-03",
        dialog.semester_fields[0][2]: "2026-12-18",
        dialog.semester_fields[1][1]: "2027-01-05",
        dialog.semester_fields[1][2]: "2027-05-28",
    }
    for field, text in typed.items():
        type_date(qtbot, field, text)
    qtbot.keyClick(dialog.end.line_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    with context.db.reading() as session:
        year = programs.year_summary(session, programs.year_by_id(session, dialog.year_id or 0))
    assert (year.start_date, year.end_date) == (dt.date(2026, 8, 3), dt.date(2027, 5, 28))
    assert [(s[1], s[2]) for s in year.semesters] == [
        (dt.date(2026, 8, 3), dt.date(2026, 12, 18)),
        (dt.date(2027, 1, 5), dt.date(2027, 5, 28)),
    ]


def test_a_new_label_leaves_the_dates_already_typed(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    dialog = year_dialog(qtbot, context, district)
    type_date(qtbot, dialog.start, "2027-08-02")
    dialog.label.setFocus()
    dialog.label.selectAll()
    qtbot.keyClicks(dialog.label, "2027-28")
    assert dialog.start.text() == "2027-08-02"  # typed: kept
    assert dialog.end.date() == dt.date(2028, 5, 29)  # not typed: follows the label


# --- Mentor profile -------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "says"), UNREADABLE)
def test_a_training_date_that_is_not_a_date_is_refused(
    qtbot: QtBot, context: AppContext, district: District, typed: str, says: str
) -> None:
    mentor_id = district.texas_mentor_ids[1]
    dialog = MentorProfileDialog(context, mentor_id, district.texas_year_id)
    shown(qtbot, dialog)
    _name, _kind, _hours, completed, _remove = dialog.training_rows.rows[0]
    type_date(qtbot, completed, typed)
    assert "shown again once every completion date can be read" in dialog.eligibility.text()
    qtbot.keyClick(completed.line_edit, Qt.Key.Key_Return)  # Enter saves
    assert dialog.isVisible()
    assert dialog.error.text() == says
    assert completed.text() == typed
    assert focused() is completed.line_edit
    with context.db.reading() as session:
        assert mentors.mentor_profile(session, mentor_id).trainings[0] == (
            "TEA mentor training",
            dt.date(2025, 6, 1),
        )
    type_date(qtbot, completed, "2025-07-31")
    qtbot.keyClick(completed.line_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.db.reading() as session:
        assert mentors.mentor_profile(session, mentor_id).trainings[0] == (
            "TEA mentor training",
            dt.date(2025, 7, 31),
        )


# --- Assign / reassign ----------------------------------------------------------------------


def assign_dialog(qtbot: QtBot, context: AppContext, district: District) -> ReassignDialog:
    with context.db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        waiting = caseloads.unassigned_mentees(session, year)[:1]
    dialog = ReassignDialog(
        context, district.texas_year_id, waiting, target_mentor_id=district.texas_mentor_ids[2]
    )
    shown(qtbot, dialog)
    return dialog


@pytest.mark.parametrize(("typed", "says"), REFUSED)
def test_an_assignment_start_outside_the_year_is_refused(
    qtbot: QtBot, context: AppContext, district: District, typed: str, says: str
) -> None:
    dialog = assign_dialog(qtbot, context, district)
    type_date(qtbot, dialog.start, typed)
    qtbot.keyClick(dialog.start.line_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == says
    assert dialog.start.text() == typed  # not moved into the year
    assert focused() is dialog.start.line_edit
    assert texas_assignments(context.db, district) == []


def test_an_assignment_start_typed_in_the_year_is_saved_exactly(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    dialog = assign_dialog(qtbot, context, district)
    type_date(qtbot, dialog.start, "2026-01-15")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.start.line_edit, Qt.Key.Key_Return)
    saved = texas_assignments(context.db, district)
    assert saved == [(district.texas_mentor_ids[2], dt.date(2026, 1, 15))]


# --- Match all ------------------------------------------------------------------------------


def match_dialog(qtbot: QtBot, context: AppContext, district: District) -> MatchDraftDialog:
    with context.db.reading() as session:
        draft = suggest.draft_match(session, programs.year_by_id(session, district.texas_year_id))
    dialog = MatchDraftDialog(
        context, district.texas_year_id, draft, today=YEAR_START + dt.timedelta(days=30)
    )
    shown(qtbot, dialog)
    assert dialog.model.accepted_mentee_ids()
    return dialog


@pytest.mark.parametrize(("typed", "says"), REFUSED)
def test_a_match_start_outside_the_year_is_refused(
    qtbot: QtBot, context: AppContext, district: District, typed: str, says: str
) -> None:
    dialog = match_dialog(qtbot, context, district)
    type_date(qtbot, dialog.start, typed)
    qtbot.keyClick(dialog.start.line_edit, Qt.Key.Key_Return)  # Enter applies
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == says
    assert dialog.start.text() == typed
    assert focused() is dialog.start.line_edit
    assert texas_assignments(context.db, district) == []


def test_a_match_start_typed_in_the_year_is_saved_exactly(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    dialog = match_dialog(qtbot, context, district)
    pairs = len(dialog.model.accepted_mentee_ids())
    type_date(qtbot, dialog.start, "2025-10-20")
    qtbot.keyClick(dialog.start.line_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    saved = texas_assignments(context.db, district)
    assert len(saved) == pairs
    assert {start for _mentor, start in saved} == {dt.date(2025, 10, 20)}


# --- Audit filter ---------------------------------------------------------------------------


def audit_dialog(qtbot: QtBot, context: AppContext) -> AuditDialog:
    dialog = AuditDialog(context)
    shown(qtbot, dialog)
    assert dialog.model.rowCount() > 0
    return dialog


@pytest.mark.parametrize(("typed", "says"), UNREADABLE)
def test_an_audit_day_that_is_not_a_date_does_not_filter(
    qtbot: QtBot, context: AppContext, typed: str, says: str
) -> None:
    dialog = audit_dialog(qtbot, context)
    everything = dialog.model.rowCount()
    type_date(qtbot, dialog.first_day, typed)
    qtbot.keyClick(dialog.first_day.line_edit, Qt.Key.Key_Tab)  # done typing
    assert dialog.date_error.isVisible()
    assert dialog.date_error.text() == says
    assert dialog.first_day.text() == typed
    assert dialog.model.rowCount() == 0
    assert dialog.count.text() == "No changes shown until the dates can be read."
    dialog.clear_dates.click()  # empty days: no date filter at all
    assert dialog.first_day.text() == ""
    assert not dialog.date_error.isVisible()
    assert dialog.model.rowCount() == everything


def test_enter_after_an_audit_day_filters_and_keeps_it(qtbot: QtBot, context: AppContext) -> None:
    dialog = audit_dialog(qtbot, context)
    type_date(qtbot, dialog.first_day, "2099-01-15")
    qtbot.keyClick(dialog.first_day.line_edit, Qt.Key.Key_Return)
    assert dialog.first_day.text() == "2099-01-15"  # not cleared by the Any date button
    assert dialog.model.rowCount() == 0
    assert dialog.isVisible()


def test_audit_days_typed_filter_from_and_to_them(qtbot: QtBot, context: AppContext) -> None:
    dialog = audit_dialog(qtbot, context)
    everything = dialog.model.rowCount()
    with context.db.reading() as session:
        days = sorted(
            {a.date() for a in session.scalars(select(AuditEntry.at))}
        )  # the test's changes, all made today
    type_date(qtbot, dialog.first_day, (days[-1] + dt.timedelta(days=1)).isoformat())
    assert dialog.model.rowCount() == 0  # filters as soon as the day reads
    assert not dialog.date_error.isVisible()
    type_date(qtbot, dialog.first_day, days[0].isoformat())
    type_date(qtbot, dialog.last_day, days[-1].isoformat())
    assert dialog.model.rowCount() == everything == count(context.db, AuditEntry)
    type_date(qtbot, dialog.last_day, (days[0] - dt.timedelta(days=1)).isoformat())
    qtbot.keyClick(dialog.last_day.line_edit, Qt.Key.Key_Tab)
    assert dialog.date_error.text().startswith("The last day (")
    assert "is before the first day" in dialog.date_error.text()
    assert dialog.model.rowCount() == 0


# --- No dialog clamps a date any more -------------------------------------------------------


def test_no_window_code_makes_a_date_edit() -> None:
    """A new dialog with a QDateEdit (or QDateTimeEdit) would clamp typed dates again."""
    ui = Path(coordinator.ui.__file__).parent
    clamping = {"QDateEdit", "QDateTimeEdit"}
    found = []
    for path in sorted(ui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = (
                {alias.name for alias in node.names} if isinstance(node, ast.ImportFrom) else set()
            )
            if isinstance(node, ast.Name):
                named.add(node.id)
            if isinstance(node, ast.Attribute):
                named.add(node.attr)
            found += [f"{path.relative_to(ui)}:{node.lineno}" for _ in named & clamping]
    assert found == []


def test_no_dialog_with_dates_has_a_date_edit(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    """QDateEdit moves a typed date into its range; every dialog with dates uses DateField."""
    profile = MentorProfileDialog(context, district.texas_mentor_ids[1], district.texas_year_id)
    dialogs: list[QWidget] = [
        year_dialog(qtbot, context, district),
        shown(qtbot, profile),
        assign_dialog(qtbot, context, district),
        match_dialog(qtbot, context, district),
        audit_dialog(qtbot, context),
        shown(qtbot, CheckinDialog(context, district.texas_year_id, today=YEAR_START)),
    ]
    for dialog in dialogs:
        assert dialog.findChildren(QDateTimeEdit) == [], type(dialog).__name__
        assert dialog.findChildren(DateField), type(dialog).__name__
