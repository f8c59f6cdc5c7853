"""Exports opened again: typed cells, a frozen header, filters, and never a formula."""

from __future__ import annotations

import csv
import datetime as dt
import stat
from pathlib import Path

import openpyxl
import pytest
from report_fixtures import SECRET, ProgramData
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import Campus, Checkin
from coordinator.errors import CoordinatorError
from coordinator.reports.excel import write_export
from coordinator.services.reporting.exports import (
    EXPORT_KINDS,
    ColumnKind,
    ExportColumn,
    ExportTable,
    build_export,
)


def _export(db: Database, program: ProgramData, kind: str, path: Path, **options: bool) -> Path:
    private = options.pop("include_private_notes", False)
    with db.reading() as session:
        table = build_export(session, program.year_id, kind, include_private_notes=private)
        return write_export(table, path, **options)  # check-ins stream: written inside


@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_every_export_opens_with_a_frozen_filtered_header_and_no_formulas(
    db: Database, program: ProgramData, tmp_path: Path, kind: str
) -> None:
    out = _export(db, program, kind, tmp_path / f"{kind}.xlsx")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert (
        sheet.auto_filter.ref
        == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
    )
    assert all(c.font.b for c in sheet[1])
    assert sheet.max_row > 1
    for row in sheet.iter_rows():
        for c in row:
            assert c.data_type != "f"
    assert all(sheet.column_dimensions[c.column_letter].width >= 8 for c in sheet[1])


def test_checkins_export_has_real_dates_and_numbers(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    sheet = openpyxl.load_workbook(_export(db, program, "checkins", tmp_path / "c.xlsx")).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert "Private notes" not in header
    date_col, minutes_col, present_col = (header.index(h) for h in ("Date", "Minutes", "Present"))
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) > len(program.checkin_ids)  # the group meeting has a row per mentee
    assert all(isinstance(r[date_col], dt.datetime) for r in rows)
    assert all(isinstance(r[minutes_col], int) for r in rows)
    assert {r[present_col] for r in rows} == {"Yes", "No"}  # one mentee missed the group meeting
    # Every minute as logged, also the 90 of the group meeting mentee 4 attended while
    # assigned to the other mentor (logged, not counted toward the hours).
    assert sum(r[minutes_col] for r in rows if r[present_col] == "Yes") == 90 + sum(
        sum(m.values()) for m in program.minutes.values()
    )
    for row in rows:
        assert all(SECRET not in str(v) for v in row)


def test_private_notes_are_exported_only_when_asked(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    out = _export(db, program, "checkins", tmp_path / "c.xlsx", include_private_notes=True)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(1, sheet.max_column).value == "Private notes"
    assert any(SECRET in str(r[-1]) for r in sheet.iter_rows(min_row=2, values_only=True))


def test_formula_like_names_stay_text(db: Database, program: ProgramData, tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(_export(db, program, "people", tmp_path / "p.xlsx")).active
    assert sheet is not None
    first_names = [row[2] for row in sheet.iter_rows(min_row=2)]
    tricky = next(c for c in first_names if str(c.value).startswith("="))
    assert tricky.value == "=cmd|' /C calc'!A0"
    assert tricky.data_type == "s"
    assert tricky.quotePrefix

    path = _export(db, program, "people", tmp_path / "p.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    cells = [c for row in rows for c in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    assert "Nguyễn" in cells


HOSTILE_CAMPUS = '=HYPERLINK("http://x","y")'
HOSTILE_NOTE = "@SUM(A1)+cmd"
HOSTILE_NEXT_STEPS = "-2+3 then =1+1"


def _make_hostile(db: Database, program: ProgramData) -> None:
    """A campus, next steps and a private note typed to look like formulas."""
    with db.transaction() as session:
        for campus in session.scalars(select(Campus)):
            campus.name = HOSTILE_CAMPUS
            break
        checkin = session.get(Checkin, program.checkin_ids[0])
        assert checkin is not None
        checkin.next_steps = HOSTILE_NEXT_STEPS
        checkin.private_notes = HOSTILE_NOTE


def test_hostile_campus_and_notes_stay_text_in_every_format(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    _make_hostile(db, program)
    hostile = {HOSTILE_CAMPUS, HOSTILE_NOTE, HOSTILE_NEXT_STEPS, "=cmd|' /C calc'!A0"}
    for kind in ("people", "checkins"):
        xlsx = _export(db, program, kind, tmp_path / f"{kind}.xlsx", include_private_notes=True)
        sheet = openpyxl.load_workbook(xlsx).active
        assert sheet is not None
        cells = [c for row in sheet.iter_rows() for c in row]
        assert not [c.value for c in cells if c.data_type == "f"]
        shown = [c for c in cells if c.value in hostile]
        assert shown
        assert all(c.data_type == "s" and c.quotePrefix for c in shown)
        path = _export(db, program, kind, tmp_path / f"{kind}.csv", include_private_notes=True)
        with path.open(encoding="utf-8-sig", newline="") as fh:
            texts = [c for row in csv.reader(fh) for c in row]
        assert not [c for c in texts if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
        assert {"'" + h for h in hostile} & set(texts)
    assert "'" + HOSTILE_NOTE in texts
    assert "'" + HOSTILE_NEXT_STEPS in texts


def test_redacting_contacts_leaves_emails_and_phones_out(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    out = _export(db, program, "people", tmp_path / "p.xlsx", redact_contacts=True)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert "E-mail" not in header
    assert "Phone" not in header
    values = " ".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row)
    assert "@district.example" not in values
    assert "+1 555" not in values
    full = openpyxl.load_workbook(_export(db, program, "people", tmp_path / "f.xlsx")).active
    assert full is not None
    assert "E-mail" in [c.value for c in full[1]]


def test_control_characters_and_formula_starts_are_handled(tmp_path: Path) -> None:
    table = ExportTable(
        "Odd text",
        (ExportColumn("Text"), ExportColumn("Minutes", ColumnKind.INTEGER)),
        [
            ("bell\x07 and null\x00 removed", 1),
            ("+15 minutes", 2),
            ("-minus", 3),
            ("@mention", 4),
            ("\tTabbed", 5),
            ("\rReturn", 6),
            ("x" * 40_000, 7),
        ],
    )
    sheet = openpyxl.load_workbook(write_export(table, tmp_path / "odd.xlsx")).active
    assert sheet is not None
    values = [c.value for c in sheet["A"][1:]]
    assert values[0] == "bell and null removed"
    assert all(c.data_type == "s" for c in sheet["A"])
    assert all(c.quotePrefix for c in sheet["A"][2:7])
    assert len(values[-1]) == 32_767
    with write_export(table, tmp_path / "odd.csv").open(encoding="utf-8-sig", newline="") as fh:
        texts = [row[0] for row in csv.reader(fh)][1:]
    assert texts[1:6] == ["'+15 minutes", "'-minus", "'@mention", "'\tTabbed", "'\rReturn"]


def test_unknown_export_format_is_refused(tmp_path: Path) -> None:
    table = ExportTable("T", (ExportColumn("A"),), [("a",)])
    with pytest.raises(CoordinatorError, match=r"\.xlsx or \.csv"):
        write_export(table, tmp_path / "t.ods")
    assert not list(tmp_path.iterdir())
