"""Survey-form exports (csv and xlsx) imported as check-ins: matching, problems, idempotency."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from coordinator.db.engine import Database
from coordinator.db.models import Checkin, CheckinKind, Person
from coordinator.errors import UnreadableInputError
from coordinator.importing.checkins.survey_reader import import_survey, is_survey_export
from district import build_district

HEADER = "Timestamp,Email Address,Mentee name,Type of meeting,Minutes,Topics discussed\n"


def district_with_emails(db: Database) -> tuple[int, list[int]]:
    d = build_district(db, mentees_per_mentor=(2, 2))
    with db.transaction() as s:
        for person in s.scalars(select(Person)):
            person.email = f"{(person.employee_id or '').lower()}@isd.example"
        # Two mentees of the second mentor share a name with nobody; make one ambiguous pair.
        twin = s.get(Person, d.mentees[d.mentor_ids[1]][1])
        assert twin is not None
        twin.first_name, twin.last_name = "Mentee01", "Cohort1"
    return d.year_id, d.mentees[d.mentor_ids[0]]


def test_csv_survey_export_round_trip(db: Database, tmp_path: Path) -> None:
    year_id, (first, _second) = district_with_emails(db)
    export = tmp_path / "Mentor log (Responses).csv"
    export.write_text(
        HEADER + '9/3/2025 14:02:11,M001@isd.example,mentee02 cohort1,1:1 meeting,45,"Professional '
        'development, Professional expectations"\n'
        + "9/4/2025 08:00:00,m001@isd.example,Mentee01 Cohort1,Phone call,15,\n"
        + "9/5/2025 08:00:00,m002@isd.example,Nobody Here,Phone call,15,\n"
        + "9/6/2025 08:00:00,m002@isd.example,Mentee01 Cohort1,Observation,60,Nope\n"
        + "9/4/2025 08:00:00,m001@isd.example,Mentee01 Cohort1,Phone call,15,\n"
        + "7/4/2024 08:00:00,m001@isd.example,Mentee01 Cohort1,Phone call,15,\n",
        encoding="utf-8",
    )
    assert is_survey_export(export)
    dry = import_survey(db, export, program_year_id=year_id, dry_run=True)
    assert dry.summary == "new=2 changed=0 unchanged=0 missing=0 duplicates=1 invalid=3"
    assert dry.mapping["kind"] == "Type of meeting"
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Checkin)) == 0
    result = import_survey(db, export, program_year_id=year_id)
    assert result.counts["new"] == 2
    described = [p.describe() for p in result.problems]
    assert any("row 4, column 'Mentee name'" in d and "No mentee" in d for d in described)
    assert any("row 5, column 'Topics discussed'" in d for d in described)
    assert any(
        "row 7, column 'Timestamp'" in d and "outside the program year" in d for d in described
    )
    again = import_survey(db, export, program_year_id=year_id)
    assert again.summary == "new=0 changed=0 unchanged=2 missing=0 duplicates=1 invalid=3"
    with db.reading() as s:
        phone = s.scalar(select(Checkin).where(Checkin.kind == CheckinKind.PHONE))
        assert phone is not None
        assert [a.mentee_id for a in phone.attendees] == [first]  # the mentor's own mentee
        assert phone.occurred_on == dt.date(2025, 9, 4)
        assert phone.source == "survey"


def test_xlsx_survey_with_ambiguous_name(db: Database, tmp_path: Path) -> None:
    year_id, (first, _) = district_with_emails(db)
    with db.transaction() as s:
        other = s.scalar(select(Person).where(Person.employee_id == "E2001"))
        assert other is not None
        other.last_name = "Cohort1"  # now three mentees are called Mentee01 Cohort1
    export = tmp_path / "responses.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(["Timestamp", "Email", "Mentee", "Meeting type", "Duration (minutes)", "Topics"])
    rows = [
        ("m003@isd.example", "Campus visit"),
        ("m002@isd.example", "Campus visit"),
        ("m001@isd.example", "Campus visit"),
    ]
    for day, (email, kind) in enumerate(rows, start=1):
        sheet.append(
            [
                dt.datetime(2025, 10, day, 9, 30),
                email,
                "Mentee01 Cohort1",
                kind,
                30,
                "professional development",
            ]
        )
    wb.save(export)
    result = import_survey(db, export, program_year_id=year_id)
    assert result.counts["new"] == 1
    assert [(p.row, p.column, p.code) for p in result.problems] == [
        (2, "Email", "BAD_EMAIL"),
        (3, "Mentee", "BAD_MENTEE"),
    ]
    assert "matches 3 mentees" in result.problems[1].fix
    with db.reading() as s:
        (visit,) = s.scalars(select(Checkin)).all()
        assert [a.mentee_id for a in visit.attendees] == [first]
        assert visit.kind is CheckinKind.CAMPUS_VISIT
    headless = tmp_path / "other.csv"
    headless.write_text("Name,Campus\nAnn,North\n", encoding="utf-8")
    assert not is_survey_export(headless)
    with pytest.raises(UnreadableInputError, match="no column for Timestamp"):
        import_survey(db, headless, program_year_id=year_id)
