"""Survey exports: a second submission is listed with its row and why; every column is imported
or said to be left out; Next steps and follow-up dates reach the check-in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.importing.checkins.test_survey_import import district_with_emails

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Checkin

HEADER = (
    "Timestamp,Email Address,Mentee name,Type of meeting,Minutes,Topics discussed,"
    "Next steps,Follow-up date,Campus,Mood\n"
)


def _export(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "Mentor log (Responses).csv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    "9/3/2025 14:02:11,m001@isd.example,Mentee01 Cohort1,1:1 meeting,45,,Plan the author visit,"
    "9/17/2025,North,good",
    # the same form sent twice (the mentor pressed Submit again): same timestamp
    "9/3/2025 14:02:11,m001@isd.example,Mentee01 Cohort1,1:1 meeting,45,,Plan the author visit,"
    "9/17/2025,North,good",
    # sent again four minutes later with the same meeting: looks like a second submission
    "9/3/2025 14:06:40,m001@isd.example,Mentee01 Cohort1,1:1 meeting,45,,,,North,good",
    "9/4/2025 08:00:00,m001@isd.example,Mentee01 Cohort1,Phone call,15,,,next Tuesday,North,ok",
]


def test_second_submissions_are_listed_with_their_rows(db: Database, tmp_path: Path) -> None:
    from coordinator.importing.checkins.survey_reader import import_survey

    year_id, (first, _second) = district_with_emails(db)
    result = import_survey(db, _export(tmp_path, ROWS), program_year_id=year_id)
    assert result.counts["new"] == 1
    assert result.counts["duplicates"] == 2
    assert result.notes == [
        "Row 3 repeats row 2 (the same timestamp, e-mail and mentee): imported once.",
        "Row 4 looks like a second submission of row 2 (the same mentor, mentee, day, meeting "
        "type and minutes): not imported; if they met twice that day, enter the second "
        "check-in by hand.",
        "Columns not imported: Campus (column I), Mood (column J).",
    ]
    assert [(p.row, p.column, p.code) for p in result.problems] == [
        (5, "Follow-up date", "BAD_FOLLOW_UP")
    ]
    with db.reading() as s:
        (checkin,) = s.scalars(select(Checkin)).all()
        assert checkin.next_steps == "Plan the author visit"
        assert checkin.follow_up_on == dt.date(2025, 9, 17)
        assert [a.mentee_id for a in checkin.attendees] == [first]


def test_the_command_line_says_the_same(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year_id, _mentees = district_with_emails(db)
    from coordinator.db.models import ProgramYear

    with db.reading() as s:
        year = s.get(ProgramYear, year_id)
        assert year is not None
        program, label = year.program.name, year.label
    path = _export(tmp_path, ROWS[:3])
    code = main(
        [
            "--db",
            str(db_path),
            "checkin",
            "import",
            str(path),
            "--program",
            program,
            "--year",
            label,
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert (
        "note: Row 3 repeats row 2 (the same timestamp, e-mail and mentee): imported once." in out
    )
    assert "note: Row 4 looks like a second submission of row 2" in out
    assert "note: Columns not imported: Campus (column I), Mood (column J)." in out


def test_a_dry_run_lists_them_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    from coordinator.importing.checkins.survey_reader import import_survey

    year_id, _mentees = district_with_emails(db)
    result = import_survey(db, _export(tmp_path, ROWS), program_year_id=year_id, dry_run=True)
    assert len(result.notes) == 3
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Checkin)) == 0
