"""A check-in the service refuses is a problem in the column of the field the refusal names.

The column comes from the refusal's `field`, never from its words: these refusals' messages do
not mention the column they are about ("Every mentee is marked absent", "Minutes must be ..."
for a survey column headed "How long (min)"), so rewording a message cannot move its problem.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.importing.checkins.intake import import_checkin_file
from coordinator.importing.checkins.result import CheckinFileShape
from coordinator.importing.checkins.workbook_format import (
    SHEET,
    WHOLE_COHORT,
    write_checkin_workbook,
)
from district import build_district


def test_workbook_refusal_names_the_column_of_its_field(db: Database, tmp_path: Path) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    path = tmp_path / "log.xlsx"
    with db.reading() as s:
        write_checkin_workbook(s, d.year_id, d.mentor_ids[0], path)
    wb = openpyxl.load_workbook(path)
    sheet = wb[SHEET]
    everyone_absent = "Mentee01 Cohort1 (E1001), Mentee02 Cohort1 (E1002)"
    row = [dt.date(2025, 9, 9), WHOLE_COHORT, "Group or cohort meeting", 60]
    row += [None, None, None, everyone_absent]
    for c, value in enumerate(row, start=1):
        sheet.cell(row=2, column=c, value=value)
    for c, value in enumerate([dt.date(2025, 9, 10), "Mentee01 Cohort1 (E1001)", "Phone"], 1):
        sheet.cell(row=3, column=c, value=value)
    sheet.cell(row=3, column=4, value=2000)  # more minutes than a day has
    wb.save(path)
    result = import_checkin_file(db, path, program_year_id=None)
    assert result.shape is CheckinFileShape.WORKBOOK
    assert result.counts["invalid"] == 2
    problems = {p.row: p for p in result.problems}
    assert problems[2].column == "Absent (group meetings)"
    assert problems[2].letter == "H"
    assert "marked absent" in problems[2].message
    assert (problems[3].column, problems[3].letter) == ("Minutes", "D")


def test_survey_refusal_names_the_column_of_its_field(db: Database, tmp_path: Path) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    with db.transaction() as s:
        for person in s.scalars(select(Person)):
            person.email = f"{(person.employee_id or '').lower()}@isd.example"
    export = tmp_path / "responses.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(["Timestamp", "Email", "Mentee", "Meeting type", "Time spent", "Topics"])
    sheet.append(
        [dt.datetime(2025, 10, 1, 9), "m001@isd.example", "Mentee01 Cohort1", "Phone", 2000]
    )
    sheet.append([dt.datetime(2027, 1, 5, 9), "m001@isd.example", "Mentee02 Cohort1", "Phone", 20])
    wb.save(export)
    result = import_checkin_file(db, export, program_year_id=d.year_id)
    assert result.shape is CheckinFileShape.SURVEY
    assert [(p.row, p.column, p.letter, p.code) for p in result.problems] == [
        (2, "Time spent", "E", "REFUSED"),
        (3, "Timestamp", "A", "REFUSED"),
    ]
    assert result.problems[0].value == "2000"
