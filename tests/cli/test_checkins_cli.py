"""The check-in commands, run the way a coordinator types them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Checkin, Person
from coordinator.importing.checkins.workbook_format import SHEET
from district import build_district


def district_with_emails(db: Database) -> None:
    """Two mentees for one mentor, everyone with an e-mail a survey form would record."""
    build_district(db, mentees_per_mentor=(2,))
    with db.transaction() as s:
        for person in s.scalars(select(Person)):
            person.email = f"{(person.employee_id or '').lower()}@isd.example"


def test_add_status_template_import_calendar(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_district(db, mentees_per_mentor=(3,))
    base = ["--db", str(db_path)]
    assert (
        main(
            [
                *base,
                "checkin",
                "add",
                "--program",
                "Texas MPA",
                "--year",
                "2025-26",
                "--mentor",
                "M001",
                "--mentee",
                "E1001",
                "--mentee",
                "E1002",
                "--mentee",
                "E1003",
                "--absent",
                "E1003",
                "--date",
                "2025-09-03",
                "--kind",
                "group",
                "--minutes",
                "450",
                "--topic",
                "professional development",
                "--next-steps",
                "Bring lesson plans",
                "--follow-up",
                "2025-09-17",
            ]
        )
        == 0
    )
    assert "450 minutes, 2 mentees present" in capsys.readouterr().out

    assert (
        main(
            [
                *base,
                "status",
                "--program",
                "Texas MPA",
                "--year",
                "2025-26",
                "--as-of",
                "2025-11-07",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "3 mentees, 0 on track" in out
    assert (
        "Mentee01 Cohort1 (mentor: Mentor Number1): 7.5 of 12 hours this semester, "
        "6 weeks left" in out
    )

    assert (
        main(
            [
                *base,
                "checkin",
                "add",
                "--program",
                "Texas MPA",
                "--year",
                "2025-26",
                "--mentor",
                "M001",
                "--mentee",
                "E1001",
                "--date",
                "2027-01-01",
                "--kind",
                "phone",
                "--minutes",
                "5",
            ]
        )
        == 1
    )
    assert "outside the program year" in capsys.readouterr().err

    book = tmp_path / "m001.xlsx"
    assert main([*base, "checkin", "template", "--mentor", "M001", "-o", str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    sheet = wb[SHEET]
    for col, value in enumerate(["2025-10-01", "Mentee02 Cohort1 (E1002)", "Phone", 20], 1):
        sheet.cell(row=2, column=col, value=value)
    for col, value in enumerate(["2025-10-02", "Nobody (X1)", "Phone", 20], 1):
        sheet.cell(row=3, column=col, value=value)
    wb.save(book)
    assert main([*base, "checkin", "import", str(book), "--dry-run"]) == 1
    captured = capsys.readouterr()
    assert (
        "dry run (nothing changed): new=1 changed=0 unchanged=0 missing=0 duplicates=0 "
        "invalid=1" in captured.out
    )
    assert (
        "m001.xlsx, sheet 'Check-ins', row 3, column 'Mentee' (B): A name does not match one "
        "mentee in the list; copy the names exactly as the Mentee list shows them. [ROW_REFUSED]\n"
    ) in captured.err
    problems = tmp_path / "problems.xlsx"
    assert main([*base, "checkin", "import", str(book), "--problems", str(problems)]) == 1
    saved = list(openpyxl.load_workbook(problems).active.iter_rows(values_only=True))
    assert saved[1][:4] == ("m001.xlsx", "Check-ins", 3, "Mentee")
    assert main([*base, "checkin", "import", str(book)]) == 1
    assert "new=0 changed=0 unchanged=1" in capsys.readouterr().out
    assert main([*base, "checkin", "import", str(tmp_path / "absent.xlsx")]) == 2

    ics = tmp_path / "f.ics"
    assert main([*base, "calendar", "-o", str(ics), "--since", "2025-09-01"]) == 0
    assert "Wrote 1 follow-up to" in capsys.readouterr().out
    assert b"Bring lesson plans" in ics.read_bytes()


def test_import_survey_export_from_the_command_line(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    district_with_emails(db)
    export = tmp_path / "survey.csv"
    export.write_text(
        "Timestamp,Email Address,Mentee name,Type of meeting,Minutes,Topics\n"
        "10/1/2025 9:00:00,m001@isd.example,Mentee02 Cohort1,Phone,20,Professional development\n",
        encoding="utf-8",
    )
    base = ["--db", str(db_path), "checkin", "import", str(export)]
    assert main(base) == 1
    assert "give --program and --year" in capsys.readouterr().err
    assert main([*base, "--program", "Texas MPA", "--year", "2025-26"]) == 0
    assert capsys.readouterr().out.strip() == (
        "new=1 changed=0 unchanged=0 missing=0 duplicates=0 invalid=0"
    )
    assert main([*base, "--program", "Texas MPA", "--year", "2025-26"]) == 0
    assert "unchanged=1" in capsys.readouterr().out


def test_one_import_command_for_both_shapes_told_apart_by_their_contents(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two .xlsx files: a returned log (its sheets say so) and a survey export (its headers)."""
    district_with_emails(db)
    base = ["--db", str(db_path), "checkin", "import"]
    year = ["--program", "Texas MPA", "--year", "2025-26"]
    book = tmp_path / "returned.xlsx"
    assert (
        main(["--db", str(db_path), "checkin", "template", "--mentor", "M001", "-o", str(book)])
        == 0
    )
    wb = openpyxl.load_workbook(book)
    for col, value in enumerate(["2025-10-01", "Mentee02 Cohort1 (E1002)", "Phone", 20], 1):
        wb[SHEET].cell(row=2, column=col, value=value)
    wb.save(book)
    survey = tmp_path / "survey.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(["Timestamp", "Email Address", "Mentee name", "Type of meeting", "Minutes"])
    sheet.append(["10/2/2025 9:00:00", "m001@isd.example", "Mentee01 Cohort1", "Phone", 25])
    wb.save(survey)
    capsys.readouterr()

    dry = "dry run (nothing changed): new=1 changed=0 unchanged=0 missing=0 duplicates=0 invalid=0"
    assert main([*base, str(book), "--dry-run"]) == 0
    credited = " Credited to mentor Mentor Number1 (M001), Texas MPA 2025-26."
    assert capsys.readouterr().out.strip() == dry + credited
    assert main([*base, str(survey), *year, "--dry-run"]) == 0
    assert capsys.readouterr().out.strip() == dry

    assert main([*base, str(survey)]) == 1  # a survey export needs its program year
    assert "give --program and --year" in capsys.readouterr().err
    assert main([*base, str(book)]) == 0  # a returned log knows its own year
    assert main([*base, str(survey), *year]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "new=1 changed=0 unchanged=0 missing=0 duplicates=0 invalid=0" + credited,
        "new=1 changed=0 unchanged=0 missing=0 duplicates=0 invalid=0",
    ]
    with db.reading() as s:
        sources = sorted(s.scalars(select(Checkin.source)))
    assert sources == ["survey", "workbook"]
