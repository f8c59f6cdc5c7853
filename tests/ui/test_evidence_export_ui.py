"""The Evidence of Impact workbook from the Reports page's export, as the command line writes it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot
from tests.outcome_years import build_outcome_district

from coordinator.db.engine import Database
from coordinator.ui.context import AppContext
from coordinator.ui.pages.reports_page import ReportsPage


def test_the_reports_page_exports_the_evidence_of_impact_workbook(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    district = build_outcome_district(db, tmp_path)
    district.year_two()
    context = AppContext(db)
    page = ReportsPage(context)
    qtbot.addWidget(page)
    context.set_program_year(district.year_id)
    page.export_combo.setCurrentIndex(page.export_combo.findData("evidence-of-impact"))
    target = tmp_path / "evidence.xlsx"
    with qtbot.waitSignal(page.export_done, timeout=30_000):
        page.export_to(target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "Program"
    assert book.sheetnames[-2:] == ["Mentees", "How each figure is computed"]
    assert "12 rows" in page.message.text()
    refused = tmp_path / "evidence.csv"
    page.export_to(refused)
    qtbot.waitUntil(lambda: "choose a name ending in .xlsx" in page.message.text())
    assert not refused.exists()
