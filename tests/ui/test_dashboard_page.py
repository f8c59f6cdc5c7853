"""The dashboard page shows the at-risk mentees and opens one on double-click; models checked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.compliance.packs import TEXAS_REQUIRED_TOPICS
from coordinator.ui.context import AppContext
from coordinator.ui.models.at_risk_model import AtRiskTableModel
from coordinator.ui.pages.checkins_page import CheckinsPage
from coordinator.ui.pages.dashboard_page import DashboardPage
from district import YEAR_END, build_district
from hosting import host


@pytest.fixture
def context(db: Database) -> tuple[AppContext, list[int]]:
    d = build_district(db, mentees_per_mentor=(6, 4, 3))
    topics = [d.topic_ids[t] for t in TEXAS_REQUIRED_TOPICS]
    with db.transaction() as s:
        for n, mentor in enumerate(d.mentor_ids):
            cohort = d.mentees[mentor]
            for month in (9, 10, 11, 12):
                add_checkin(
                    s,
                    CheckinInput(
                        d.year_id,
                        mentor,
                        dt.date(2025, month, 3 + n),
                        CheckinKind.GROUP,
                        200,
                        tuple(cohort),
                        topic_ids=tuple(topics[(month + n) % 5 :][:2]),
                    ),
                )
            for month in (1, 2, 3, 4, 5):
                add_checkin(
                    s,
                    CheckinInput(
                        d.year_id,
                        mentor,
                        dt.date(2026, month, 10 + n),
                        CheckinKind.GROUP,
                        150,
                        tuple(cohort),
                        absent_ids=(cohort[0],),
                        topic_ids=tuple(topics[month % 5 :][:2]),
                    ),
                )
    ctx = AppContext(db)
    ctx.set_program_year(d.year_id)
    return ctx, [d.mentees[m][0] for m in d.mentor_ids]


def test_dashboard_lists_the_mentees_behind_and_opens_one(
    qtbot: QtBot, context: tuple[AppContext, list[int]]
) -> None:
    ctx, behind = context
    page = DashboardPage(ctx)
    page.as_of = YEAR_END  # the year is over: rules are met or not met
    with qtbot.waitSignal(page.loaded):
        window = host(qtbot, page, 1400, 900)
    d = page.dashboard
    assert d is not None
    assert d.as_of == dt.date(2026, 6, 30)
    assert page.tiles["mentees"].value.text() == "13"
    assert page.tiles["on_track"].value.text() == "77%", [r.reasons for r in page.model.rows()][:3]
    assert page.tiles["out"].value.text() == "3"
    rows = page.model.rows()
    assert sorted(r.person_id for r in rows) == sorted(behind)
    assert all("Spring 2026 ended with 0 of 12 hours" in r.reasons for r in rows)
    assert page.model.index(0, 2).data() == "Not met"
    assert page.by_mentor.values[0] == ("Mentor Number1", 25.8)
    assert len(page.per_month.values) == 9
    page.grab().save("/tmp/checkins-dashboard.png")
    rect = page.table.visualRect(page.model.index(1, 0))
    centre = QPoint(rect.center().x(), rect.center().y())
    # A person's double-click: the first press selects the row, the second opens it.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(page.open_person) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [page.model.rows()[1].person_id]
    page.table.setCurrentIndex(page.model.index(2, 0))
    with qtbot.waitSignal(page.open_person) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.rows()[2].person_id]

    # Logging a check-in elsewhere changes the dashboard.
    with ctx.db.transaction() as s:
        add_checkin(
            s,
            CheckinInput(
                ctx.program_year_id or 0,
                1,
                dt.date(2026, 6, 1),
                CheckinKind.PHONE,
                20,
                (behind[0],),
            ),
        )
    with qtbot.waitSignal(page.loaded):
        ctx.notify("checkins")
    assert page.tiles["month"].value.text() == "1"
    assert page.tiles["month"].detail.text() == "0.3 hours"
    with ctx.db.transaction() as s:  # 20 + 40 minutes: one hour, said as one
        add_checkin(
            s,
            CheckinInput(
                ctx.program_year_id or 0,
                1,
                dt.date(2026, 6, 2),
                CheckinKind.PHONE,
                40,
                (behind[0],),
            ),
        )
    with qtbot.waitSignal(page.loaded):
        ctx.notify("checkins")
    assert page.tiles["month"].detail.text() == "1 hour"
    window.close()


def test_figure_tiles_are_shown_before_the_at_risk_table_is_filled(
    qtbot: QtBot, context: tuple[AppContext, list[int]]
) -> None:
    ctx, behind = context
    page = DashboardPage(ctx)
    page.as_of = YEAR_END
    seen: list[tuple[str, str, int]] = []
    page.figures_shown.connect(
        lambda: seen.append(("figures", page.tiles["out"].value.text(), page.model.rowCount()))
    )
    page.loaded.connect(
        lambda: seen.append(("loaded", page.tiles["out"].value.text(), page.model.rowCount()))
    )
    with qtbot.waitSignal(page.loaded):
        window = host(qtbot, page, 1400, 900)
    assert seen == [("figures", "3", 0), ("loaded", "3", len(behind))]
    assert len(page.per_month.values) == 9
    window.close()


def test_models_pass_the_model_tester(qtmodeltester, context: tuple[AppContext, list[int]]) -> None:  # type: ignore[no-untyped-def]
    ctx, _ = context
    page = DashboardPage(ctx)
    page.refresh()
    page.wait_until_evaluated()
    assert page.dashboard is not None
    at_risk = AtRiskTableModel()
    at_risk.set_rows(page.model.rows())
    qtmodeltester.check(at_risk)
    at_risk.sort(3)
    qtmodeltester.check(at_risk)
    checkins_page = CheckinsPage(ctx)
    listing = checkins_page.model
    assert listing.rowCount() == 27
    qtmodeltester.check(listing)
