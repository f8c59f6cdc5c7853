"""The Dashboard's Outcomes: hidden until a later roster, then a figure line, charts and a table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.outcome_years import build_outcome_district

from coordinator.db.engine import Database
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.outcomes_dialog import OutcomesDialog
from coordinator.ui.pages.dashboard_page import DashboardPage
from hosting import host


def test_outcomes_appear_once_the_next_years_roster_is_imported(
    qtbot: QtBot, db: Database, tmp_path: Path, qtmodeltester: object
) -> None:
    district = build_outcome_district(db, tmp_path)
    ctx = AppContext(db)
    ctx.set_program_year(district.year_id)
    page = DashboardPage(ctx)
    page.as_of = dt.date(2026, 5, 1)
    with qtbot.waitSignal(page.outcomes.loaded):
        window = host(qtbot, page, 1366, 768)
    page.wait_until_evaluated()
    assert not page.outcomes.isVisible()  # no roster dated after the year yet

    district.year_two()
    with qtbot.waitSignal(page.outcomes.loaded):
        ctx.notify("imports")
    panel = page.outcomes
    assert panel.isVisible()
    assert panel.figure.text() == (
        "Outcomes on 2026-08-11: 58% of 12 mentees still work in the district; 5 left."
    )
    page.grab().save(str(tmp_path / "dashboard-outcomes.png"))
    panel.details.setFocus()
    qtbot.keyClick(panel.details, Qt.Key.Key_Space)
    dialog = panel.last_dialog
    assert isinstance(dialog, OutcomesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == "Outcomes on 2026-08-11 (roster of 2026-08-10)"
    assert dialog.outcomes_chart.values == [
        ("Stayed on the same campus", 5.0),
        ("Moved campus", 1.0),
        ("Changed role", 1.0),
        ("Left the district", 5.0),
    ]
    assert dialog.hours_chart.values == [("Under 6 hours", 17.0), ("24 hours or more", 100.0)]
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    model = dialog.model
    table = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }
    assert table["Retention: Mentees"] == ["12", "5", "1", "1", "5", "0", "58%"]
    assert table["Retention: Mentors"] == ["fewer than 5"] * 7
    assert table["Hours of mentoring: Under 6 hours"][-1] == "17%"
    # The same figures as a table, one key away.
    dialog.tabs.tabBar().setFocus()
    qtbot.keyClick(dialog.tabs.tabBar(), Qt.Key.Key_Right)
    assert dialog.tabs.currentWidget() is dialog.table
    dialog.grab().save(str(tmp_path / "outcomes-dialog.png"))
    dialog.close()
    window.close()
