"""A district office's Reports page reads the year's names in a worker and fills the boxes after."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))
from report_fixtures import build_program

from coordinator.db.engine import Database
from coordinator.ui.context import AppContext
from coordinator.ui.pages.reports_page import ReportsPage

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.today("2026-07-15")]


def test_the_names_arrive_from_the_worker_and_the_choice_is_kept(
    qtbot: QtBot, db: Database
) -> None:
    context = AppContext(db)
    program = build_program(db)
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.background_from_people = 0  # every database counts as large
    context.set_program_year(program.year_id)
    assert page.is_loading()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.scope_label.text() == "Texas MPA, 2025-26"
    assert page.mentor_combo.count() == 3  # "All mentors" and two mentors
    index = page.mentee_combo.findText("<b>Zoë</b> & O'Brien")
    assert index >= 0
    page.mentee_combo.setCurrentIndex(index)
    chosen = page.mentee_combo.currentData()
    context.notify("checkins")
    assert page.is_loading()
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.mentee_combo.currentData() == chosen
    assert page.mentee_combo.currentText() == "<b>Zoë</b> & O'Brien"
