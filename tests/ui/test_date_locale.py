"""Dates in the window follow the system's short date, with the year in full, both ways."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cohort_builders import District, build_district
from coordinator.db.engine import Database
from coordinator.db.models import Assignment
from coordinator.services.cohorts import assignments, caseloads, mentors
from coordinator.services.programs import programs
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.mentor_profile_dialog import MentorProfileDialog
from coordinator.ui.dialogs.reassign_dialog import ReassignDialog
from coordinator.ui.models.cohort_model import SINCE
from coordinator.ui.models.mentor_load_model import WARNINGS
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.widgets.date_field import format_date, local_dates, read_date

DECEMBER_FIRST, MID_JANUARY = dt.date(2025, 12, 1), dt.date(2026, 1, 15)


@dataclass(frozen=True)
class Shown:
    locale: QLocale
    december_first: str
    mid_january: str
    too_early: str  # 15 January 2024, before the 2025-26 year
    refusal: str
    impossible: str  # 30 February 2026


US = Shown(
    QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "12/1/2025",
    "1/15/2026",
    "1/15/2024",
    "1/15/2024 is before the program year 2025-26, which starts 8/11/2025.",
    "2/30/2026",
)
UK = Shown(
    QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "01/12/2025",
    "15/01/2026",
    "15/01/2024",
    "15/01/2024 is before the program year 2025-26, which starts 11/08/2025.",
    "30/02/2026",
)


@pytest.fixture(params=[US, UK], ids=["United States", "United Kingdom"])
def shown(request: pytest.FixtureRequest) -> Iterator[Shown]:
    earlier = QLocale()
    chosen: Shown = request.param
    QLocale.setDefault(chosen.locale)
    yield chosen
    QLocale.setDefault(earlier)


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, texas_mentees=12)


def test_the_locale_decides_how_dates_are_shown_and_read(shown: Shown) -> None:
    assert format_date(MID_JANUARY) == shown.mid_january
    assert read_date(shown.mid_january) == MID_JANUARY
    assert read_date("2026-01-15") == MID_JANUARY  # ISO is read in every locale


def assign(
    qtbot: QtBot, context: AppContext, mentee: caseloads.MenteeRow, mentor: int, typed: str
) -> ReassignDialog:
    """Open Assign for the mentee to the mentor and type the first day (Enter not yet pressed)."""
    year_id = context.program_year_id or 0
    dialog = ReassignDialog(context, year_id, [mentee], target_mentor_id=mentor)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.start.line_edit.selectAll()
    qtbot.keyClicks(dialog.start.line_edit, typed)
    return dialog


def test_typed_in_the_locales_format_saved_as_that_day_and_shown_so(
    qtbot: QtBot, db: Database, district: District, shown: Shown
) -> None:
    context = AppContext(db)
    context.set_program_year(district.texas_year_id)
    mentor = district.texas_mentor_ids[3]
    with db.reading() as session:
        waiting = caseloads.unassigned_mentees(
            session, programs.year_by_id(session, district.texas_year_id)
        )
    first, second = waiting[0], waiting[1]

    dialog = assign(qtbot, context, first, mentor, shown.too_early)
    qtbot.keyClick(dialog.start.line_edit, Qt.Key.Key_Return)
    assert dialog.error.text() == shown.refusal  # the reason in the same format
    assert dialog.start.text() == shown.too_early
    dialog.start.line_edit.selectAll()
    qtbot.keyClicks(dialog.start.line_edit, shown.impossible)
    qtbot.keyClick(dialog.start.line_edit, Qt.Key.Key_Return)
    assert dialog.error.text() == (
        f"{shown.impossible} is not a date in the calendar; type it like {shown.mid_january}."
    )
    for mentee, typed in ((first, shown.mid_january), (second, shown.december_first)):
        dialog = assign(qtbot, context, mentee, mentor, typed)
        with qtbot.waitSignal(dialog.finished):
            qtbot.keyClick(dialog.start.line_edit, Qt.Key.Key_Return)
    with db.reading() as session:
        saved = dict(
            session.execute(
                select(Assignment.mentee_id, Assignment.start_date).where(
                    Assignment.program_year_id == district.texas_year_id
                )
            ).all()
        )
    assert saved == {first.person_id: MID_JANUARY, second.person_id: DECEMBER_FIRST}

    page = CohortsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.select_mentor(mentor)
    page.cohort_table.sortByColumn(SINCE, Qt.SortOrder.AscendingOrder)
    since = [
        page.cohort_model.index(row, SINCE).data() for row in range(page.cohort_model.rowCount())
    ]
    # In the date's order, not the text's: as text, 1/15/2026 comes before 12/1/2025.
    assert since == [shown.december_first, shown.mid_january]


def test_a_refusal_from_the_rules_names_its_days_as_the_window_does(
    qtbot: QtBot, db: Database, district: District, shown: Shown
) -> None:
    """The services write ISO days (the command line prints them); the dialog shows them local."""
    context = AppContext(db)
    context.set_program_year(district.texas_year_id)
    source, target = district.texas_mentor_ids[3], district.texas_mentor_ids[4]
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        mentee = caseloads.unassigned_mentees(session, year)[0]
        assignments.assign(session, year, mentee.person_id, source, start=MID_JANUARY)
    dialog = ReassignDialog(
        context,
        district.texas_year_id,
        [mentee],
        current_mentor_id=source,
        target_mentor_id=target,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.line_edit.selectAll()
    qtbot.keyClicks(dialog.start.line_edit, shown.december_first)
    qtbot.keyClicks(dialog.reason, "moved to another campus")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        f"The reassignment date {shown.december_first} is before the current assignment began "
        f"({shown.mid_january})."
    )


def test_only_days_in_sentences_are_rewritten(shown: Shown) -> None:
    assert local_dates("Changed a check-in of 2026-01-15") == (
        f"Changed a check-in of {shown.mid_january}"
    )
    kept = "the import of roster-2026-01-15.xlsx; 2026-01-15.csv; C:/files/2026-01-15/a; 2026-02-30"
    assert local_dates(kept) == kept


def test_a_training_date_typed_locally_is_saved_and_its_warning_shows_it_locally(
    qtbot: QtBot, db: Database, district: District, shown: Shown
) -> None:
    context = AppContext(db)
    context.set_program_year(district.texas_year_id)
    mentor = district.texas_mentor_ids[5]
    dialog = MentorProfileDialog(context, mentor, district.texas_year_id)
    qtbot.addWidget(dialog)
    dialog.show()
    completed = dialog.training_rows.rows[0][-2]
    completed.line_edit.selectAll()
    qtbot.keyClicks(completed.line_edit, shown.mid_january)  # after the year began
    qtbot.keyClick(completed.line_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.reading() as session:
        assert ("TEA mentor training", MID_JANUARY) in mentors.mentor_profile(
            session, mentor
        ).trainings
    page = CohortsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.select_mentor(mentor)
    row = page.mentor_model.row_of(mentor)
    assert row is not None
    warning = f"mentor training not completed before the year began (completed {shown.mid_january})"
    assert warning in page.mentor_model.index(row, WARNINGS).data()
    assert warning in page.cohort_title.text()
