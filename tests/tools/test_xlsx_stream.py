"""The streamed sheet holds the cells openpyxl writes for the same table: values, types, number
formats, quote prefixes, the bold frozen filtered header and widths fitted over every row."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from coordinator.progress import Cancelled, Progress
from coordinator.reports.excel import write_export
from coordinator.services.reporting.exports import ColumnKind, ExportColumn, ExportTable
from coordinator.tools import safe_sheets

HEADERS = ["Check-in", "Date", "Minutes", "Hours", "Name", "Notes", "When", "Flag", "Paid"]
FORMATS = ["0", None, "#,##0", "#,##0.00", None, None, None, None, "#,##0.00"]
ROWS: list[tuple[Any, ...]] = [
    (
        1,
        dt.date(2025, 8, 4),
        1_234,
        20.57,
        "Zoë Nguyễn",
        '=HYPERLINK("http://x","y")',
        None,
        True,
        Decimal("1234.50"),
    ),
    (
        2,
        dt.date(2026, 1, 5),
        30,
        0.5,
        "O'Brien & <Sons>",
        "+1 and -2\nsecond line",
        None,
        False,
        Decimal("-2.5"),
    ),
    (
        3,
        None,
        None,
        None,
        "  spaced  ",
        "@cmd\x07|' /C calc'!A0",
        dt.datetime(2026, 3, 2, 14, 30),
        None,
        Decimal("12345678.125"),
    ),
    (4, dt.date(2026, 6, 1), -5, 1_250.0, "", "\tindented", None, None),
    (5, dt.date(2026, 6, 2), 0, 0.0, "x" * 40_000, "Ends in a tab\t", None, None),
]


def _openpyxl_sheet(path: Path) -> Path:
    """The same table the way safe_sheets writes a sheet through openpyxl (the reference)."""
    book = safe_sheets.new_workbook()
    widths = safe_sheets.fitted_widths(HEADERS, ROWS)
    sheet = safe_sheets.add_sheet(book, "Check-ins", widths=widths, freeze="A2")
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(ROWS) + 1}"
    safe_sheets.append_row(sheet, HEADERS, font=Font(bold=True))
    for row in ROWS:
        safe_sheets.append_row(sheet, row, number_formats=FORMATS)
    return safe_sheets.save_workbook(book, path)


def _cells(path: Path) -> tuple[list[Any], dict[str, Any]]:
    sheet = openpyxl.load_workbook(path).active
    assert isinstance(sheet, Worksheet)
    cells = [
        (c.coordinate, c.value, c.data_type, c.number_format, bool(c.font.b), c.quotePrefix)
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    ]
    layout = {
        "title": sheet.title,
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "widths": [sheet.column_dimensions[get_column_letter(n)].width for n in range(1, 10)],
    }
    return cells, layout


def test_streamed_sheet_holds_the_cells_openpyxl_writes(tmp_path: Path) -> None:
    reference = _cells(_openpyxl_sheet(tmp_path / "openpyxl.xlsx"))
    out = tmp_path / "streamed.xlsx"
    written = safe_sheets.write_table_xlsx(out, "Check-ins", HEADERS, iter(ROWS), FORMATS)
    assert written == len(ROWS)
    assert (out.stat().st_mode & 0o777) == 0o600
    streamed = _cells(out)
    assert streamed == reference
    cells, layout = streamed
    assert layout["freeze"] == "A2"
    assert layout["filter"] == "A1:I6"
    assert ("A2", 1, "n", "0", False, False) in cells
    assert ("F2", '=HYPERLINK("http://x","y")', "s", "General", False, True) in cells
    assert ("I2", 1234.5, "n", "#,##0.00", False, False) in cells  # money is a number
    assert layout["widths"][4] == 60  # the 40,000-character name is capped


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_streamed_export_reports_progress_and_cancel_leaves_no_file(
    tmp_path: Path, suffix: str
) -> None:
    heard: list[tuple[int, int, str]] = []

    def hear(done: int, total: int, message: str) -> None:
        heard.append((done, total, message))
        if done >= 4_000:
            progress.cancel()

    progress = Progress(hear)
    rows = ((n, f"mentee {n}") for n in range(10_000))
    table = ExportTable(
        "T", (ExportColumn("N", ColumnKind.REFERENCE), ExportColumn("Name")), rows, 10_000
    )
    with pytest.raises(Cancelled):
        write_export(table, tmp_path / f"cancelled{suffix}", progress=progress)
    assert heard[:2] == [
        (0, 10_000, "Writing row 0 of 10,000"),
        (2_000, 10_000, "Writing row 2,000 of 10,000"),
    ]
    assert list(tmp_path.iterdir()) == []
