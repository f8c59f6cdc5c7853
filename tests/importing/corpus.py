"""Roster files written by the tests themselves: xlsx, csv in several encodings, ods, xls."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl

HEADERS_MONTH_1 = [
    "Emp ID",
    "Last Name",
    "First Name",
    "Email",
    "Campus Name",
    "Position",
    "Hire Date",
]
MONTH_1 = [
    [
        "090011",
        "Nguyễn",
        "Thị Mai",
        "mai.nguyen@district.org",
        "Lamar Elementary",
        "Librarian",
        dt.date(2025, 8, 4),
    ],
    [
        115838,
        "O'Brien",
        "Seán",
        "sean.obrien@district.org",
        "Travis Middle",
        "Librarian",
        dt.date(2025, 8, 4),
    ],
    [
        115839,
        "Smith",
        "Jo",
        "jo.smith@district.org",
        "Travis Middle",
        "Teacher",
        dt.date(2025, 8, 11),
    ],
    [
        115840,
        "García",
        "Zoë",
        "zoe.garcia@district.org",
        "Crockett High",
        "Librarian",
        dt.date(2025, 8, 11),
    ],
]
# Month 2: other headers, a title block, a name column "Last, First", one new hire, one campus
# change, one departure (115839 missing), the rest unchanged. Its US dates settle their own
# order: 09/15/2025 can only be month first.
HEADERS_MONTH_2 = [
    "Employee Number",
    "Name (Last, First)",
    "E-mail Address",
    "Location",
    "Job Title",
    "Start Date",
]
MONTH_2 = [
    [
        "090011",
        "Nguyễn, Thị Mai",
        "mai.nguyen@district.org",
        "Lamar Elementary",
        "Librarian",
        "08/04/2025",
    ],
    [
        "115838",
        "O'Brien, Seán",
        "sean.obrien@district.org",
        "Bowie Elementary",
        "Librarian",
        "8/4/25",
    ],
    [
        "115840",
        "García, Zoë",
        "zoe.garcia@district.org",
        "Crockett High",
        "Librarian",
        "August 11, 2025",
    ],
    [
        "120001",
        "Lee, Min-jun",
        "minjun.lee@district.org",
        "Crockett High",
        "Librarian",
        "09/15/2025",  # month first (15 is no month): settles how 08/04/2025 above is read
    ],
]
TITLE_BLOCK = [["Human Resources - New Hire Report"], ["Run date: 09/30/2025"], []]


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    above: Sequence[Sequence[Any]] = (),
    sheet: str = "Roster",
    extra_sheets: Sequence[tuple[str, str]] = (),
) -> Path:
    """A workbook with optional title rows above the headers and extra (instruction) sheets."""
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    for name, state in extra_sheets:
        extra = book.create_sheet(name, 0)
        extra.append(["Read me first: how to fill in this roster"])
        extra.append(["Emp ID", "Last Name", "First Name"])
        extra.sheet_state = state
    first.title = sheet
    for row in above:
        first.append(list(row))
    if above:  # a title merged across the table, as HR reports have
        first.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    first.append(list(headers))
    for row in rows:
        first.append(list(row))
    for cell in first["A"]:
        if isinstance(cell.value, str):
            cell.number_format = "@"
    book.save(path)
    return path


def csv_text(headers: Sequence[str], rows: Sequence[Sequence[Any]], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([v.strftime("%m/%d/%Y") if isinstance(v, dt.date) else v for v in row])
    return out.getvalue()


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    sep_line: bool = False,
) -> Path:
    text = csv_text(headers, rows, delimiter)
    if sep_line:
        text = f"sep={delimiter}\r\n" + text
    path.write_bytes(text.encode(encoding))
    return path


def write_ods(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """A minimal OpenDocument spreadsheet written by hand (mimetype first, stored)."""

    def cell(value: Any) -> str:
        if isinstance(value, dt.date):
            iso = value.isoformat()
            return (
                f'<table:table-cell office:value-type="date" office:date-value="{iso}">'
                f"<text:p>{iso}</text:p></table:table-cell>"
            )
        if isinstance(value, int | float):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        return (
            f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>"
        for row in [list(headers), *rows]
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<office:document-content "
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Roster">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_xls(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """A BIFF8 workbook written with xlwt (dates as real date cells)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Roster")
    date_style = xlwt.easyxf(num_format_str="MM/DD/YYYY")
    for c, header in enumerate(headers):
        sheet.write(0, c, header)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                sheet.write(r, c, value, date_style)
            else:
                sheet.write(r, c, value)
    book.save(str(path))
    return path
