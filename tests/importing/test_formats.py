"""Every supported format reads to the same records: xlsx, xls, ods, csv in each encoding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.importing.corpus import (
    HEADERS_MONTH_1,
    MONTH_1,
    write_csv,
    write_ods,
    write_xls,
    write_xlsx,
)

from coordinator.db.engine import Database
from coordinator.importing.roster.pipeline import prepare_import

CP1252_SAFE = [
    [("Nguyen" if v == "Nguyễn" else "Thi Mai" if v == "Thị Mai" else v) for v in row]
    for row in MONTH_1
]


def _records(db: Database, path: Path) -> list[dict[str, object]]:
    # Every hire date in the corpus (08/04/2025, 08/11/2025) could be either order: say which.
    prepared = prepare_import(db, path, date_order="mdy")
    assert prepared.checked.problems == []
    return [r.values for r in prepared.checked.records]


EXPECTED_FIRST = {
    "employee_id": "090011",
    "last_name": "Nguyễn",
    "first_name": "Thị Mai",
    "email": "mai.nguyen@district.org",
    "campus": "Lamar Elementary",
    "position": "Librarian",
    "hire_date": dt.date(2025, 8, 4),
}

WRITERS: list[tuple[str, Callable[[Path], Path]]] = [
    ("roster.xlsx", lambda p: write_xlsx(p, HEADERS_MONTH_1, MONTH_1)),
    ("roster.xlsm", lambda p: write_xlsx(p, HEADERS_MONTH_1, MONTH_1)),
    ("roster.xls", lambda p: write_xls(p, HEADERS_MONTH_1, MONTH_1)),
    ("roster.ods", lambda p: write_ods(p, HEADERS_MONTH_1, MONTH_1)),
    ("utf8.csv", lambda p: write_csv(p, HEADERS_MONTH_1, MONTH_1)),
    ("bom.csv", lambda p: write_csv(p, HEADERS_MONTH_1, MONTH_1, encoding="utf-8-sig")),
    (
        "utf16.txt",
        lambda p: write_csv(p, HEADERS_MONTH_1, MONTH_1, encoding="utf-16", delimiter="\t"),
    ),
    ("semicolon.csv", lambda p: write_csv(p, HEADERS_MONTH_1, MONTH_1, delimiter=";")),
    ("sepline.csv", lambda p: write_csv(p, HEADERS_MONTH_1, MONTH_1, delimiter=";", sep_line=True)),
]


@pytest.mark.parametrize(("name", "write"), WRITERS, ids=[n for n, _ in WRITERS])
def test_each_format_gives_the_same_people(
    name: str, write: Callable[[Path], Path], db: Database, tmp_path: Path
) -> None:
    records = _records(db, write(tmp_path / name))
    assert len(records) == 4
    assert records[0] == EXPECTED_FIRST
    assert records[1]["employee_id"] == "115838"  # a number cell becomes text without ".0"
    assert records[1]["first_name"] == "Seán"


def test_windows_1252_csv_is_read_by_fallback(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "excel-ansi.csv", HEADERS_MONTH_1, CP1252_SAFE, encoding="cp1252")
    prepared = prepare_import(db, path, date_order="mdy")
    assert prepared.source.roster.note == "Windows-1252, comma-separated"
    assert prepared.checked.records[1].values["first_name"] == "Seán"
    assert prepared.checked.records[3].values["last_name"] == "García"


def test_real_xlsx_under_another_name_is_read_by_its_bytes(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", HEADERS_MONTH_1, MONTH_1)
    plain = tmp_path / "roster-export"  # no extension at all
    path.rename(plain)
    assert len(_records(db, plain)) == 4


def test_1904_workbook_serial_dates(db: Database, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = book.active
    assert sheet is not None
    sheet.append(["Emp ID", "Last Name", "First Name", "Hire Date"])
    sheet.append(["1", "Kim", "Ana", 44431])  # a bare number: no date format, so no date
    sheet.append(["2", "Lee", "Jo", dt.date(2025, 8, 24)])  # a real date cell
    book.save(tmp_path / "mac.xlsx")
    prepared = prepare_import(db, tmp_path / "mac.xlsx")
    assert [(p.row, p.letter, p.code) for p in prepared.checked.problems] == [
        (2, "D", "SERIAL_IN_TEXT")
    ]
    assert prepared.checked.records[0].values["hire_date"] == dt.date(2025, 8, 24)
