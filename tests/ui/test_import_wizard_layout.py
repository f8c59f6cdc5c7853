"""The import wizard's sheet page: hidden sheets listed and said, and the header row chosen."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.import_wizard import ImportWizard

SHOTS = Path("/tmp")


def _book(path: Path) -> Path:
    """Instructions first; this year's roster on a hidden sheet (two header-like rows); last
    year's on a very hidden one."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Instructions"
    first.append(["Fill in one row per new teacher."])
    roster = book.create_sheet("Roster 2025")
    roster.append(["Emp ID", "Last Name", "First Name", "Email", "Campus"])
    roster.append(["Employee Number", "Last", "First", "E-mail", "School"])
    roster.append(["7001", "Abe", "Cy", "cy@isd.example", "Lee ES"])
    roster.append(["7002", "Bo", "Di", "di@isd.example", "Lee ES"])
    roster.sheet_state = "hidden"
    old = book.create_sheet("Roster 2024")
    old.append(["Emp ID", "Last Name", "First Name", "Email"])
    old.append(["6001", "Old", "Row", "old@isd.example"])
    old.sheet_state = "veryHidden"
    book.save(path)
    return path


def test_hidden_sheets_are_marked_and_said_and_the_header_row_can_be_moved(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    wizard = ImportWizard(AppContext(db))
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    wizard.file_page.path_edit.setText(str(_book(tmp_path / "hidden.xlsx")))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.worker is None, timeout=60_000)
    page = wizard.sheet_page
    assert wizard.currentPage() is page, wizard.file_page.error.text()
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Instructions",
        "Roster 2025 (hidden)",
        "Roster 2024 (very hidden)",
    ]
    assert page.sheet_combo.currentText() == "Roster 2025 (hidden)"
    notes = page.notes.text()
    assert "The roster was read from sheet 'Roster 2025', which is hidden" in notes
    assert "very hidden sheet 'Roster 2024'" in notes
    assert page.header_row.value() == 1
    assert page.header_label.text().startswith("Headers found on row 1; 3 rows below.")
    wizard.grab().save(str(SHOTS / "import-layout-sheet.png"))

    page.header_row.selectAll()
    qtbot.keyClicks(page.header_row, "2")
    qtbot.keyClick(page.header_row, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.worker is None, timeout=60_000)
    assert wizard.source is not None
    assert wizard.source.header_row_number == 2
    assert wizard.source.headers[0] == "Employee Number"
    assert page.header_label.text().startswith("Headers chosen on row 2; 2 rows below.")
    assert page.preview.rowCount() == 2
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.mapping() == [
        "employee_id",
        "last_name",
        "first_name",
        "email",
        "campus",
    ]


def test_the_date_order_is_asked_on_the_mapping_page(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "us.csv"
    path.write_text("Emp ID,Last Name,First Name,Hire Date\r\n8001,Abe,Cy,03/04/2025\r\n")
    wizard = ImportWizard(AppContext(db))
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.worker is None, timeout=60_000)
    assert wizard.sheet_page.file_label.text() == "us.csv (UTF-8, comma-separated)"
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    wizard.next()
    qtbot.waitUntil(lambda: wizard.worker is None, timeout=60_000)
    assert wizard.plan is not None
    assert [p.code for p in wizard.plan.problems] == ["AMBIGUOUS_DATE"]
    wizard.back()
    page.date_order.setCurrentIndex(page.date_order.findData("dmy"))
    wizard.grab().save(str(SHOTS / "import-layout-mapping.png"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.worker is None, timeout=60_000)
    assert wizard.plan is not None
    assert wizard.plan.problems == []
    assert [p.values["hire_date"].isoformat() for p in wizard.plan.new] == ["2025-04-03"]
    assert "dates like 03/04/2025 were read day first, as the mapping says" in (
        wizard.plan_page.summary.text()
    )
