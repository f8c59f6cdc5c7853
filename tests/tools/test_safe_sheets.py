"""The one spreadsheet writer: text that would run in Excel comes out as the text it is."""

from __future__ import annotations

import csv
import datetime as dt
import re
import stat
from pathlib import Path

import openpyxl

import coordinator
from coordinator.tools import safe_sheets

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\t=1+2",
    "\r@x",
]


def test_xlsx_text_is_never_a_formula_and_numbers_stay_numbers(tmp_path: Path) -> None:
    book = safe_sheets.new_workbook()
    sheet = safe_sheets.add_sheet(book, "Hostile", widths=(30, 10), freeze="A2")
    safe_sheets.append_row(sheet, ["Text", "Number"])
    for text in HOSTILE:
        safe_sheets.append_row(sheet, [text, -2])
    safe_sheets.append_row(sheet, ["bell\x07 and null\x00 removed", dt.date(2026, 1, 5)])
    safe_sheets.append_row(sheet, ["x" * 40_000, True])
    out = safe_sheets.save_workbook(book, tmp_path / "hostile.xlsx")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    read = openpyxl.load_workbook(out).active
    assert read is not None
    assert read.freeze_panes == "A2"
    texts = read["A"][1:]
    assert all(c.data_type == "s" for c in texts)
    # XML reads a carriage return back as a line feed: the text is otherwise as written
    assert [c.value for c in texts[: len(HOSTILE)]] == [t.replace("\r", "\n") for t in HOSTILE]
    assert all(c.quotePrefix for c in texts[: len(HOSTILE)])
    assert texts[len(HOSTILE)].value == "bell and null removed"
    assert len(str(texts[-1].value)) == safe_sheets.EXCEL_CELL_LIMIT
    numbers = [c.value for c in read["B"][1 : len(HOSTILE) + 1]]
    assert numbers == [-2] * len(HOSTILE)
    assert all(c.data_type == "n" for c in read["B"][1 : len(HOSTILE) + 1])


def test_csv_text_gets_an_apostrophe_and_negative_numbers_stay_numbers(tmp_path: Path) -> None:
    rows = [["Text", "Number"], *([text, -2] for text in HOSTILE), ["Nguyễn\x07", 3.5]]
    out = safe_sheets.write_csv(tmp_path / "hostile.csv", rows)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh))
    assert [r[0] for r in read[1 : len(HOSTILE) + 1]] == ["'" + t for t in HOSTILE]
    assert {r[1] for r in read[1 : len(HOSTILE) + 1]} == {"-2"}
    assert read[-1] == ["Nguyễn", "3.5"]
    assert safe_sheets.csv_text(dt.date(2026, 1, 5)) == "2026-01-05"
    assert (safe_sheets.csv_text(True), safe_sheets.csv_text(None)) == ("Yes", "")


def test_no_other_module_writes_a_spreadsheet() -> None:
    """Every xlsx and csv the app writes goes through tools.safe_sheets."""
    package = Path(coordinator.__file__).parent
    writers = re.compile(r"\bWorkbook\(|csv\.writer|csv\.DictWriter|\.writerows?\(")
    found = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if writers.search(path.read_text(encoding="utf-8"))
    ]
    assert found == ["tools/safe_sheets.py"]
