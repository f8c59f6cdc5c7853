"""Milestones… from the Dashboard: overdue documents listed, ticked received, a calendar saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.milestones_dialog import MilestonesDialog
from coordinator.ui.pages.dashboard_page import DashboardPage
from district import build_district
from hosting import host

DAY = dt.date(2026, 2, 20)  # the induction documents were due Feb 15


def shown_page(qtbot: QtBot, db: Database) -> tuple[DashboardPage, QWidget]:
    district = build_district(db, pack=LOCAL_PROGRAM, program="Librarians",
                              mentees_per_mentor=(2, 1))  # fmt: skip
    context = AppContext(db)
    context.set_program_year(district.year_id)
    page = DashboardPage(context)
    page.as_of = DAY
    with qtbot.waitSignal(page.loaded):
        window = host(qtbot, page, 1366, 768)
    page.wait_until_evaluated()
    return page, window


def texts(dialog: MilestonesDialog, column: int) -> list[str]:
    model = dialog.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_overdue_documents_are_ticked_from_the_dashboard(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    page, _window = shown_page(qtbot, db)
    week = page.week_list
    assert week.week is not None  # behind the "no contact" lines, each mentee's milestone
    overdue = [ln.text for ln in week.week.findings if "Induction" in ln.text]
    assert overdue[0] == "Mentee01 Cohort1: Induction documents: due 2026-02-15, 5 days overdue"
    assert len(overdue) == 3
    qtbot.mouseClick(week.milestones_button, Qt.MouseButton.LeftButton)
    dialog = page.week_actions.last_dialog
    assert isinstance(dialog, MilestonesDialog)
    qtbot.waitUntil(lambda: dialog.board is not None)
    names = [dialog.milestone.itemText(i) for i in range(dialog.milestone.count())]
    assert names == [
        "Mentor training",
        "First meeting",
        "Induction documents",
        "Stay conversation",
        "End-of-year survey",
        "Mentoring log signed",
    ]
    dialog.milestone.setCurrentIndex(names.index("Induction documents"))
    assert dialog.counts.text() == "Overdue: 3"
    assert texts(dialog, 0) == ["Mentee01 Cohort1", "Mentee02 Cohort1", "Mentee01 Cohort2"]
    assert not dialog.tick_button.isEnabled()  # nobody chosen yet
    dialog.table.selectRow(0)
    dialog.table.selectionModel().select(
        dialog.model.index(2, 0),
        dialog.table.selectionModel().SelectionFlag.Select
        | dialog.table.selectionModel().SelectionFlag.Rows,
    )
    assert dialog.tick_button.isEnabled()
    dialog.received_on.line_edit.clear()
    qtbot.keyClicks(dialog.received_on.line_edit, "2026-02-12")
    qtbot.mouseClick(dialog.tick_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Marked 2 documents received."
    qtbot.waitUntil(lambda: dialog.counts.text() == "Overdue: 1; Met: 2")
    # A milestone that ticks itself cannot be ticked by hand.
    dialog.milestone.setCurrentIndex(names.index("First meeting"))
    dialog.table.selectRow(0)
    assert not dialog.tick_button.isEnabled()
    assert "Ticks itself" in dialog.tick_button.toolTip()
    # A typed date that is no date is said, and nothing is ticked.
    dialog.milestone.setCurrentIndex(names.index("Mentoring log signed"))
    dialog.table.selectRow(0)
    dialog.received_on.line_edit.clear()
    qtbot.keyClicks(dialog.received_on.line_edit, "2026-02-30")
    qtbot.mouseClick(dialog.tick_button, Qt.MouseButton.LeftButton)
    assert "not a date" in dialog.message.text() or "2026-02-30" in dialog.message.text()
    assert dialog.counts.text().startswith("Upcoming")

    ics = tmp_path / "year.ics"
    dialog.export_calendar(ics)
    assert dialog.message.text().startswith("Saved ")
    cal = Calendar.from_ical(ics.read_bytes())
    summaries = {str(e["summary"]) for e in cal.walk("VEVENT")}
    assert "Induction documents: Mentee02 Cohort1" in summaries
    dialog.resize(1000, 560)
    dialog.grab().save("/tmp/milestones.png")
