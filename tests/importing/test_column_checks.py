"""Plain cells are taken a column at a time; every other cell still gets the per-cell checks.

The column functions (importing/roster/fastcells.py) may only take a cell when the per-cell
check would keep exactly that value and say nothing about it. Each tricky value below is put
through both, so a column function that takes a value it should have left to the per-cell
checks (a decomposed accent, a non-breaking space, a hire year out of range, "61" years) fails.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from tests.importing.corpus import write_xlsx

from coordinator.db.engine import Database
from coordinator.importing.filetypes import FileKind, check_zip
from coordinator.importing.headers import FIELD_LABELS
from coordinator.importing.readers import SheetData
from coordinator.importing.roster import fastcells
from coordinator.importing.roster.pipeline import prepare_import
from coordinator.importing.roster.validate import MAX_LENGTHS, check_rows

LATEST = 2027
TRICKY: list[Any] = [
    *("", None, "  ", "Smith", " Smith", "Smith ", "O'Brien", "Nguyễn", "Nguye\u0301n"),
    *("NguyÃ…n", "Nguy?n", "What?", "#N/A", "#REF!", "#note", "a\x00b", "tab\there"),
    *("x\u200by", "\u202eabc", "A\u00a0B", "\ufeffA", "x" * 250, "y" * 45, "=cmd|' /C calc'!A0"),
    *("+1", "@x", "＝1", "NA", "NULL", "TRUE", "None", "100235", "100235.0", "000123"),
    *("1.00231E+05", "5.12555E+09", "12a", "٣", "person@district.org", "bad@", "a b@x.org"),
    *("p?q@x.org", " p@x.org", "512-555-1234", "1e5", "2025-08-24", "2025-02-30", "1930-01-01"),
    *("2099-01-01", "2025-8-4", "2025-08-24 00:00", "03/04/2025", "24.08.2025", "Aug 24, 2025"),
    *("2024.0815", "45000", "3", "3.0", "2.5", "61", "60", "0", "07", "-1"),
    *(100235.0, 100235.5, 3.0, 61.0, 0.0, -0.0, 1e20, float("nan"), float("inf"), 42, True, False),
    *(dt.date(2025, 8, 24), dt.date(1900, 1, 1), dt.date(2030, 1, 1), dt.datetime(2025, 8, 24)),
]
FIELDS = [f for f in FIELD_LABELS if f not in ("last_name", "first_name", "full_name")]


def _every_cell_alone(cells: Any, longest: int, excel: bool) -> list[Any]:
    return [fastcells.SLOW] * len(cells)


def _outcome(field: str, value: Any, workbook: bool) -> tuple[list[str], dict[str, Any] | None]:
    """A row with the value under test in its own column, checked: what is said, and the
    record kept (None when the row is refused)."""
    headers = ["Emp", "Last", "First", "Under test"]
    mapping: list[str | None] = ["employee_id", "last_name", "first_name", field]
    row: list[Any] = ["E1", "Smith", "Ann", value]
    if field == "employee_id":
        headers, mapping, row = headers[1:], mapping[1:], row[1:]
    sheet = SheetData("S", [headers, row], ragged=not workbook)
    checked = check_rows(sheet, "f", headers, mapping, [1], latest_year=LATEST)
    said = [p.describe() for p in checked.problems] + checked.notes
    return said, checked.records[0].values if checked.records else None


@pytest.mark.parametrize("workbook", [True, False], ids=["xlsx", "csv"])
@pytest.mark.parametrize("field", FIELDS)
def test_a_cell_taken_with_its_column_is_what_the_cell_check_makes_of_it(
    field: str, workbook: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    check = fastcells.column_checks(LATEST).get(field, fastcells.text_column)
    taken = check(TRICKY, MAX_LENGTHS.get(field, 200), workbook)
    assert any(v is fastcells.SLOW for v in taken)
    assert any(v is not fastcells.SLOW and v is not None for v in taken)
    with_columns = [_outcome(field, value, workbook) for value in TRICKY]
    monkeypatch.setattr(
        fastcells, "column_checks", lambda latest: dict.fromkeys(FIELD_LABELS, _every_cell_alone)
    )
    monkeypatch.setattr(fastcells, "text_column", _every_cell_alone)
    cell_by_cell = [_outcome(field, value, workbook) for value in TRICKY]
    for value, fast, one, other in zip(TRICKY, taken, with_columns, cell_by_cell, strict=True):
        assert one == other, (field, value)
        if fast is not fastcells.SLOW and fast is not None:  # taken: kept as is, nothing said
            said, record = one
            assert said == [], (field, value)
            assert record is not None
            assert (type(record[field]), record[field]) == (type(fast), fast)


def test_values_the_cell_check_changes_or_refuses_are_left_to_it() -> None:
    text = fastcells.text_column(
        ["Nguye\u0301n", "A\u00a0B", " Smith", "NguyÃ…n", "#N/A", "x\u200by", "Nguyễn"], 200, True
    )
    assert text[:-1] == [fastcells.SLOW] * 6
    assert text[-1] == "Nguyễn"
    years = fastcells.years_column(["61", 61.0, "2.5", "60", 3.0], 200, True)
    assert years == [fastcells.SLOW, fastcells.SLOW, fastcells.SLOW, 60, 3]
    dates = fastcells.date_column(LATEST)(["2025-02-30", "1930-01-01", "2025-08-24"], 60, True)
    assert dates == [fastcells.SLOW, fastcells.SLOW, dt.date(2025, 8, 24)]
    ids = fastcells.id_column(["1.00231E+05", "100235.0", 100235.0, "000123"], 40, True)
    assert ids == [fastcells.SLOW, fastcells.SLOW, "100235", "000123"]


def test_plain_and_problem_cells_in_one_workbook_are_all_reported(
    db: Database, tmp_path: Path
) -> None:
    headers = ["Emp ID", "Last Name", "First Name", "Email", "Hire Date"]
    rows: list[list[Any]] = [
        [900000 + i, "Smith", f"Ann{i}", f"ann{i}@district.org", dt.date(2025, 8, 1)]
        for i in range(200)
    ]
    rows[20][1] = "Nguye\u0301n"  # decomposed: stored composed, and said so
    rows[50][3] = "not an e-mail"
    rows[120][4] = dt.date(1900, 1, 1)
    rows[150][2] = "Ann\u00a0Marie"  # a non-breaking space: made an ordinary one
    rows[180][1] = "#N/A"  # text that reads as an Excel error, in a workbook
    path = write_xlsx(tmp_path / "mixed.xlsx", headers, rows)
    checked = prepare_import(db, path).checked
    assert [(p.row, p.letter, p.code) for p in checked.problems] == [
        (52, "D", "BAD_EMAIL"),
        (122, "E", "DATE_NOT_PLAUSIBLE"),
        (182, "B", "CELL_ERROR"),
    ]
    assert sorted(checked.invalid_rows) == [52, 122, 182]
    assert len(checked.records) == 197
    by_row = {r.row: r.values for r in checked.records}
    assert by_row[22]["last_name"] == "Nguy\u00e9n"
    assert by_row[152]["first_name"] == "Ann Marie"
    assert by_row[2] == {
        "employee_id": "900000",
        "last_name": "Smith",
        "first_name": "Ann0",
        "email": "ann0@district.org",
        "hire_date": dt.date(2025, 8, 1),
    }
    notes = " ".join(checked.notes)
    assert "accented letters were stored in composed form (Unicode NFC) (row 22)" in notes
    assert "non-breaking spaces were made ordinary spaces (row 152)" in notes


def test_a_plain_sheet_is_scanned_once_and_a_formula_sheet_is_not_called_plain(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    plain = book.active
    assert plain is not None
    plain.title = "Roster"
    plain.append(["Emp ID", "Last Name"])
    plain.append(["900001", "Smith"])
    other = book.create_sheet("Campuses")
    other.append(["Name", "Code"])
    other.append(["Lee ES", '=A2&"-1"'])  # a formula Excel never calculated
    path = tmp_path / "two sheets.xlsx"
    book.save(path)
    facts = check_zip(path, FileKind.XLSX)
    with zipfile.ZipFile(path) as archive:
        sheets = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
    assert sheets == ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
    assert facts.plain_sheets == frozenset({"xl/worksheets/sheet1.xml"})
