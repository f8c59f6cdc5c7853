"""Close year… on the Dashboard: the proposed outcomes, closing, a change with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, Outcome
from coordinator.demo import build_demo
from coordinator.services.lookup import program_year_by_names
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.year_close_dialog import YearCloseDialog
from coordinator.ui.models.year_close_model import OUTCOME
from coordinator.ui.pages.dashboard_page import DashboardPage
from hosting import host

AFTER_THE_YEAR = dt.date(2026, 6, 30)


@pytest.fixture
def context(db: Database) -> AppContext:
    build_demo(db, scale="small")
    ctx = AppContext(db)
    with db.reading() as session:
        ctx.set_program_year(program_year_by_names(session, "Teacher Induction", "2025-26").id)
    return ctx


def test_mid_year_the_dashboard_offers_no_close(qtbot: QtBot, context: AppContext) -> None:
    page = DashboardPage(context)
    page.as_of = dt.date(2026, 3, 15)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        window = host(qtbot, page, 1366, 768)
    assert window.isVisible()
    assert not page.close_year_button.isVisible()
    assert page.tiles["at_risk"].isVisible()
    assert page.tiles["on_track"].caption.text() == "On track"


def test_the_dashboard_closes_the_finished_year(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    page = DashboardPage(context)
    page.as_of = AFTER_THE_YEAR
    with qtbot.waitSignal(page.loaded, timeout=20000):
        window = host(qtbot, page, 1366, 768)
    assert page.close_year_button.isVisible()
    assert page.close_year_button.text() == "Close year…"
    assert not page.tiles["at_risk"].isVisible()
    assert page.tiles["on_track"].caption.text() == "Met the rules"
    states = {page.model.index(r, 2).data() for r in range(page.model.rowCount())}
    assert states == {"Not met"}
    window.grab().save(str(tmp_path / "dashboard.png"))

    dialog = page.close_year()
    assert isinstance(dialog, YearCloseDialog)
    qtbot.addWidget(dialog)
    assert dialog.heading.text().startswith("<b>Close year: Teacher Induction 2025-26")
    assert dialog.outcomes is not None
    assert dialog.outcomes.closed_on is None
    shown = {dialog.model.index(r, OUTCOME).data() for r in range(dialog.model.rowCount())}
    assert "Completed" in shown
    assert any(text.startswith("Not completed: ") for text in shown)
    assert not dialog.editor.isEnabled()  # proposals: changes come after closing
    dialog.resize(1366, 768)
    dialog.grab().save(str(tmp_path / "proposed.png"))

    dialog.close_year_button.click()
    assert dialog.outcomes.closed_on == AFTER_THE_YEAR
    assert not dialog.close_year_button.isVisible()
    assert "Year outcomes" in dialog.heading.text()

    missed = next(line for line in dialog.outcomes.lines if line.outcome is Outcome.NOT_COMPLETED)
    row = dialog.model.row_of(missed.person_id)
    assert row is not None
    dialog.table.selectRow(row)
    assert dialog.editor.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.COMPLETED.value))
    dialog.save_button.click()  # no reason: refused, said in the dialog
    assert "Give a reason" in dialog.message.text()
    dialog.reason.setText("Hours logged on paper, signed by the principal")
    dialog.save_button.click()
    assert dialog.message.isHidden()
    changed = next(x for x in dialog.outcomes.lines if x.person_id == missed.person_id)
    assert changed.outcome is Outcome.COMPLETED
    assert changed.gets_certificate
    assert dialog.model.index(dialog.model.row_of(missed.person_id) or 0, OUTCOME).data() == (
        "Completed"
    )
    dialog.grab().save(str(tmp_path / "closed.png"))
    with context.db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "mentee_outcome",
                AuditEntry.action == "edit",
                AuditEntry.person_id == missed.person_id,
            )
        ).one()
        assert entry.after is not None
        assert entry.after["reason"] == "Hours logged on paper, signed by the principal"
