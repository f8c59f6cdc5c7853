"""Hostile text through every writer: xlsx and csv read back as written, PDFs build and parse.

Excel and CSV cells hold the text as stored, minus only what the writer documents (characters a
workbook cannot hold, Excel's cell limit, and a leading quote on formula-like text in CSV); no
value ever becomes a formula, and "redact contact details" leaves no e-mail in the file.
A mentee log full of markup, formula prefixes and scripts builds and reads back in pypdf.
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Checkin, CheckinAttendee, Person
from coordinator.demo import TEXAS_PROGRAM, build_demo
from coordinator.demo.plan import YEAR_LABEL
from coordinator.reports.excel import write_export
from coordinator.services.reporting.exports import ColumnKind, ExportColumn, ExportTable
from coordinator.tools.safe_sheets import runs_as_formula, workbook_text
from safety.test_import_properties import SAMPLES, xml_line_ends

hostile_text = st.one_of(
    st.sampled_from(SAMPLES),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
)
COLUMNS = (
    ExportColumn("Name"),
    ExportColumn("E-mail", contact=True),
    ExportColumn("Notes"),
    ExportColumn("Minutes", ColumnKind.INTEGER),
    ExportColumn("Date", ColumnKind.DATE),
)
rows_strategy = st.lists(
    st.tuples(hostile_text, hostile_text, hostile_text), min_size=1, max_size=5
)
writer_settings = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _table(values: list[tuple[str, str, str]]) -> ExportTable:
    rows = [
        (n, f"x{i}{e}@mail.example", t, 30, dt.date(2026, 1, 5))
        for i, (n, e, t) in enumerate(values)
    ]
    return ExportTable("Hostile", COLUMNS, rows)


def _expected_cell(value: str) -> str | None:
    text = xml_line_ends(workbook_text(value))
    return text or None


@pytest.mark.slow
@writer_settings
@given(values=rows_strategy)
def test_xlsx_cells_read_back_as_written_and_never_as_formulas(
    tmp_path: Path, values: list[tuple[str, str, str]]
) -> None:
    table = _table(values)
    path = write_export(table, tmp_path / "export.xlsx")
    assert (path.stat().st_mode & 0o777) == 0o600
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    read = list(sheet.iter_rows(min_row=2))
    for row, cells in zip(table.rows, read, strict=True):
        for value, cell in zip(row, cells, strict=True):
            if isinstance(value, str):
                assert cell.data_type != "f", cell.value  # never a formula
                assert cell.value == _expected_cell(value)


@pytest.mark.slow
@writer_settings
@given(values=rows_strategy)
def test_csv_cells_read_back_as_written_with_formulas_quoted(
    tmp_path: Path, values: list[tuple[str, str, str]]
) -> None:
    table = _table(values)
    path = write_export(table, tmp_path / "export.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh))[1:]
    for row, cells in zip(table.rows, read, strict=True):
        for value, cell in zip(row, cells, strict=True):
            if isinstance(value, str):
                text = workbook_text(value)
                assert cell == ("'" + text if runs_as_formula(text) else text)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_redacted_exports_hold_no_contact_details(tmp_path: Path, suffix: str) -> None:
    table = _table([("Ana", "a", "note"), ("=Ben", "b", "=1+1")])
    path = write_export(table, tmp_path / f"redacted{suffix}", redact_contacts=True)
    if suffix == ".xlsx":
        with zipfile.ZipFile(path) as book:
            content = b"".join(book.read(name) for name in book.namelist())
    else:
        content = path.read_bytes()
    assert b"@mail.example" not in content
    assert b"E-mail" not in content
    assert b"Ana" in content


PDF_SAMPLES = [
    "<script>alert(1)</script>",
    "O'Brien; DROP TABLE person;--",
    '=HYPERLINK("http://x","y")',
    "<b>&amp;</b> & <i>",
    "+SUM(A1:A9)",
]


@pytest.mark.slow
def test_a_mentee_log_full_of_hostile_text_builds_and_reads_back(
    db: Database, tmp_path: Path
) -> None:
    build_demo(db, seed=3, scale="small")
    with db.transaction() as session:
        attendee = session.scalars(select(CheckinAttendee)).first()
        assert attendee is not None
        mentee = session.get(Person, attendee.mentee_id)
        assert mentee is not None
        mentee.first_name, mentee.last_name = "<b>Zoë</b> & Nguyễn", "=cmd|' /C calc'!A0"
        checkins = session.scalars(
            select(Checkin).join(CheckinAttendee).where(CheckinAttendee.mentee_id == mentee.id)
        ).all()
        used: set[str] = set()
        for i, checkin in enumerate(checkins):
            used |= {PDF_SAMPLES[i % len(PDF_SAMPLES)], PDF_SAMPLES[(i + 1) % len(PDF_SAMPLES)]}
            checkin.private_notes = PDF_SAMPLES[i % len(PDF_SAMPLES)] + " 李小龙 \x07" + "x" * 3000
            checkin.next_steps = PDF_SAMPLES[(i + 1) % len(PDF_SAMPLES)]
        employee_id = mentee.employee_id
    assert employee_id is not None
    out = tmp_path / "log.pdf"
    argv: list[Any] = [
        "--db",
        str(db.path),
        "report",
        "mentee-log",
        "--program",
        TEXAS_PROGRAM,
        "--year",
        YEAR_LABEL,
        "--mentee",
        employee_id,
        "--include-private-notes",
        "-o",
        str(out),
    ]
    assert main(argv) == 0
    assert (out.stat().st_mode & 0o777) == 0o600
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(text.split())
    assert len(used) >= 2
    for sample in used:
        assert sample in flat, sample
