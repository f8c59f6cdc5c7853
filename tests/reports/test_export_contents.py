"""Exports a coordinator can hand on, read back the way Excel shows them: hours in hours, rules
Met / Not met / Not applicable, roles and statuses in one capitalisation, employee IDs beside
names, columns as wide as their longest value, numbers typed with a number format."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet
from report_fixtures import ProgramData
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import Checkin, Enrollment
from coordinator.reports.excel import write_export
from coordinator.services.reporting.exports import (
    ColumnKind,
    ExportColumn,
    ExportTable,
    build_export,
    export_compliance,
)

AS_OF = dt.date(2026, 6, 1)  # the year is over: every semester is judged
RULE_WORDS = {"Met", "Not met", "Not applicable"}


def _sheet(path: Path) -> Worksheet:
    sheet = openpyxl.load_workbook(path).active
    assert isinstance(sheet, Worksheet)
    return sheet


def _records(sheet: Worksheet) -> list[dict[str, Any]]:
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)]


def _compliance(db: Database, program: ProgramData, path: Path) -> Path:
    with db.reading() as session:
        table = export_compliance(session, program.year_id, as_of=AS_OF)
    return write_export(table, path)


def _second_year(db: Database, program: ProgramData) -> None:
    """The first mentee is in their second year: the hire-date deadline does not apply to them."""
    with db.transaction() as session:
        enrollment = session.scalars(
            select(Enrollment).where(Enrollment.person_id == program.mentee_ids[0])
        ).one()
        enrollment.year_in_program = 2


def test_compliance_gives_hours_in_hours_and_rules_in_words(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    _second_year(db, program)
    sheet = _sheet(_compliance(db, program, tmp_path / "compliance.xlsx"))
    header = [c.value for c in sheet[1]]
    assert header[:7] == [
        "Mentee employee ID",
        "Mentee",
        "Mentor employee ID",
        "Mentor",
        "State",
        "Reasons",
        "Last contact",
    ]
    assert header[7:9] == ["Fall hours", "Spring hours"]
    assert "12 hours each semester" in header  # the rule, stated in hours, beside the hours
    records = _records(sheet)
    first = next(r for r in records if r["Mentee employee ID"] == "E0010")
    # 2 hour-long check-ins and a 90-minute group meeting in the fall; 1 half-hour call in spring
    assert first["Fall hours"] == 3.5
    assert first["Spring hours"] == 0.5
    assert first["12 hours each semester"] == "Not met"
    assert first["Mentor assigned within 30 days of hire"] == "Not applicable"
    assert first["Mentor employee ID"] == "E0000"
    rules = header[9:]
    assert rules
    for record in records:
        assert {record[rule] for rule in rules} <= RULE_WORDS
    deadline = {r["Mentor assigned within 30 days of hire"] for r in records}
    assert deadline == {"Met", "Not applicable"}
    hours_cells = [row[7] for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(c.value, float | int) for c in hours_cells)
    assert {c.number_format for c in hours_cells} == {"#,##0.00"}
    assert isinstance(records[0]["Last contact"], dt.datetime)  # a date cell, not text


def test_compliance_csv_keeps_iso_dates_and_plain_hours(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    _second_year(db, program)
    path = _compliance(db, program, tmp_path / "compliance.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
    first = next(r for r in records if r["Mentee employee ID"] == "E0010")
    assert (first["Fall hours"], first["Spring hours"]) == ("3.5", "0.5")
    assert first["Last contact"] == "2026-01-12"
    assert first["Mentor assigned within 30 days of hire"] == "Not applicable"
    assert "True" not in {v for r in records for v in r.values()}
    assert "False" not in {v for r in records for v in r.values()}


def test_people_export_capitalises_roles_and_statuses(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    with db.reading() as session:
        table = build_export(session, program.year_id, "people")
    records = _records(_sheet(write_export(table, tmp_path / "people.xlsx")))
    assert {r["Role"] for r in records} == {"Mentor", "Mentee"}
    assert {r["Status"] for r in records} == {"Active", "Withdrawn"}
    year_cells = {type(r["Year in program"]) for r in records}
    assert year_cells == {int}


def test_checkins_export_names_mentor_and_mentee_by_employee_id(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    with db.reading() as session:  # the check-ins stream from the database as they are written
        table = build_export(session, program.year_id, "checkins")
        sheet = _sheet(write_export(table, tmp_path / "checkins.xlsx"))
    header = [c.value for c in sheet[1]]
    assert header[4:8] == ["Mentor employee ID", "Mentor", "Mentee employee ID", "Mentee"]
    records = _records(sheet)
    assert {r["Mentor employee ID"] for r in records} == {"E0000", "E0001"}
    assert {r["Mentee employee ID"] for r in records} == {f"E{10 + i:04d}" for i in range(7)}
    assert {r["Present"] for r in records} == {"Yes", "No"}
    minutes = [row[3] for row in sheet.iter_rows(min_row=2)]
    assert {c.number_format for c in minutes} == {"#,##0"}
    numbers = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(c.value, int) and c.number_format == "0" for c in numbers)


def _shown_length(value: Any) -> int:
    if isinstance(value, dt.datetime):
        return 10
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    if isinstance(value, int):
        return len(f"{value:,}")
    return len(str(value)) if value is not None else 0


def test_every_column_is_as_wide_as_its_longest_value_up_to_a_cap(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    with db.transaction() as session:
        checkin = session.get(Checkin, program.checkin_ids[0])
        assert checkin is not None
        checkin.next_steps = "Observe the reading block, then plan " * 5  # 185 characters
    for kind in ("people", "assignments", "checkins", "compliance"):
        with db.reading() as session:
            table = build_export(session, program.year_id, kind)
            sheet = _sheet(write_export(table, tmp_path / f"{kind}.xlsx"))
        for column in sheet.iter_cols():
            longest = max(_shown_length(c.value) for c in column)
            expected = min(max(longest + 2, 8), 60)
            width = sheet.column_dimensions[column[0].column_letter].width
            assert width == expected, (kind, column[0].value, width, expected)
    header = [c.value for c in sheet[1]]
    assert header  # the last sheet read is the compliance one
    checkins = _sheet(tmp_path / "checkins.xlsx")
    next_steps = [c.value for c in checkins[1]].index("Next steps") + 1
    assert checkins.column_dimensions[checkins.cell(1, next_steps).column_letter].width == 60


def test_a_large_figure_is_a_number_excel_shows_with_a_thousands_separator(
    tmp_path: Path,
) -> None:
    table = ExportTable(
        "Figures",
        (ExportColumn("Minutes", ColumnKind.INTEGER), ExportColumn("Hours", ColumnKind.HOURS)),
        [(1_234, 20.57), (75_000, 1_250.0)],
    )
    sheet = _sheet(write_export(table, tmp_path / "figures.xlsx"))
    minutes, hours = sheet["A2"], sheet["B3"]
    assert (minutes.value, minutes.number_format) == (1_234, "#,##0")
    assert (hours.value, hours.number_format) == (1_250, "#,##0.00")
    # what Excel draws with those formats: "1,234" and "1,250.00"
    assert f"{minutes.value:,}" == "1,234"
    assert sheet.column_dimensions["B"].width == len("1,250.00") + 2
    with write_export(table, tmp_path / "figures.csv").open(encoding="utf-8-sig") as fh:
        assert fh.read().splitlines() == ["Minutes,Hours", "1234,20.57", "75000,1250"]
