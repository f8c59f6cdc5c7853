"""Training sign-in sheets import through the roster's reading and mapping code, row by row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select
from tests.importing.corpus import write_xlsx

from cohort_builders import person
from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import MentorProfile, MentorTraining, Person, TrainingKind
from coordinator.errors import RefusedError
from coordinator.importing.roster.pipeline import apply_import, prepare_import
from coordinator.importing.training.signin import (
    SheetDefaults,
    read_signin_sheet,
    record_signin_sheet,
)


def _people(db: Database) -> None:
    with db.transaction() as session:
        for eid in ("004512", "100235", "100236"):
            person(session, eid, position="Teacher", email=f"t{eid}@district.example")


def _sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sign-in"
    sheet.append(["Mentor cohort meeting: sign-in"])
    sheet.append(["Run date:", "10/14/2025"])
    sheet.append([])
    sheet.append(["Emp #", "Participant", "Session Title", "Type", "Presenter", "Hrs", "Date"])
    good = ("Coaching cycles", "Supplemental", "Region 13 ESC", 2, dt.date(2025, 10, 14))
    sheet.append(["004512", "Lee, Pat", *good])  # row 5
    sheet.append(["100235", "Diaz, Ana", *good])  # row 6
    sheet.append(["999999", "Nobody, Ann", *good])  # row 7: no such person
    sheet.append(
        ["100236", "Kim, Jo", "Coaching cycles", "Supplemental", "", "two", dt.date(2025, 10, 14)]
    )
    sheet.append(["100236", "Kim, Jo", "Orientation", "webinar", "", 3, dt.date(2025, 8, 1)])
    sheet.append(["100236", "Kim, Jo", "Coaching cycles", "Supplemental", "", 2, None])
    book.save(path)
    return path


def _stored(db: Database) -> list[tuple[str, str, str | None, int | None, dt.date]]:
    with db.reading() as session:
        rows = session.execute(
            select(
                MentorProfile.person_id,
                MentorTraining.kind,
                MentorTraining.provider,
                MentorTraining.minutes,
                MentorTraining.completed_on,
            ).join(MentorProfile, MentorProfile.id == MentorTraining.profile_id)
        ).all()
    return sorted((str(p), str(k), pr, m, d) for p, k, pr, m, d in rows)


def test_a_sign_in_sheet_maps_checks_every_row_and_refuses_until_fixed(
    db: Database, tmp_path: Path
) -> None:
    _people(db)
    path = _sheet(tmp_path / "signin.xlsx")
    with db.reading() as session:
        sheet = read_signin_sheet(session, path)
    assert sheet.header_row == 4
    assert sheet.mapped == {
        "Employee ID": "Emp #",
        "Name": "Participant",
        "Training": "Session Title",
        "Kind": "Type",
        "Provider": "Presenter",
        "Hours": "Hrs",
        "Date": "Date",
    }
    assert [r.row for r in sheet.rows] == [5, 6]
    assert [p.describe() for p in sheet.problems] == [
        "signin.xlsx, sheet 'Sign-in', row 7, column 'Emp #' (A): value '999999': Nobody in "
        "Coordinator has this Employee ID. Import the roster that lists this person first, or "
        "correct the employee ID. [NO_SUCH_PERSON]",
        "signin.xlsx, sheet 'Sign-in', row 8, column 'Hrs' (F): value 'two': This is not a number "
        "of hours. Write the hours as a number such as 2 or 1.5. [BAD_HOURS]",
        "signin.xlsx, sheet 'Sign-in', row 9, column 'Type' (D): value 'webinar': This is not a "
        "kind of training. Write approved (the commissioner-approved mentor training), district "
        "(the district's own mentor training) or supplemental (training during the year). "
        "[BAD_KIND]",
        "signin.xlsx, sheet 'Sign-in', row 10, column 'Date' (G): Write the day the training was "
        "completed. [MISSING_DATE]",
    ]
    assert [p.letter for p in sheet.problems] == ["A", "F", "D", "G"]
    with db.transaction() as session, pytest.raises(RefusedError, match="nothing was recorded"):
        record_signin_sheet(session, read_signin_sheet(session, path))
    assert _stored(db) == []
    with db.transaction() as session:
        assert (
            record_signin_sheet(session, read_signin_sheet(session, path), skip_invalid=True) == 2
        )
    stored = _stored(db)
    assert [(k, pr, m, d) for _p, k, pr, m, d in stored] == [
        ("supplemental", "Region 13 ESC", 120, dt.date(2025, 10, 14))
    ] * 2
    with db.reading() as session:
        again = read_signin_sheet(session, path)
    assert (len(again.rows), again.already) == (0, 2)  # a second import records nothing twice


def test_a_csv_without_kind_or_date_columns_takes_them_for_the_whole_sheet(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _people(db)
    path = tmp_path / "orientation.csv"
    path.write_text("E-mail,Name,Hours\nt004512@district.example,\"Lee, Pat\",6\n"
                    "T100235@District.example,\"Diaz, Ana\",6\n", encoding="utf-8")  # fmt: skip
    with db.reading() as session:
        with pytest.raises(RefusedError, match=r"needs a Training column \(or --name"):
            read_signin_sheet(session, path)
        sheet = read_signin_sheet(
            session,
            path,
            defaults=SheetDefaults("District mentor orientation", TrainingKind.DISTRICT,
                                   date=dt.date(2025, 8, 4)),
        )  # fmt: skip
    assert [(r.row, r.kind, r.minutes, r.date) for r in sheet.rows] == [
        (2, TrainingKind.DISTRICT, 360, dt.date(2025, 8, 4)),
        (3, TrainingKind.DISTRICT, 360, dt.date(2025, 8, 4)),
    ]
    db.dispose()
    args = ["--db", str(db.path), "training", "import", str(path), "--kind", "district",
            "--name", "District mentor orientation", "--date", "2025-08-04"]  # fmt: skip
    assert main([*args, "--dry-run"]) == 0
    assert "Dry run: nothing was recorded." in capsys.readouterr().out
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "E-mail <- 'E-mail'" in out
    assert "Recorded 2 trainings." in out
    assert len(_stored(db)) == 2


def test_the_roster_brings_years_of_experience_and_says_what_is_wrong(
    db: Database, tmp_path: Path
) -> None:
    """19 TAC §153.1011(a)(1) counts years of experience: the HR roster carries them."""
    headers = ["Emp No", "Last Name", "First Name", "Yrs Exp"]
    rows = [
        ["100235", "Diaz", "Ana", 0],
        ["100236", "Kim", "Jo", "3"],
        ["100237", "Lee", "Pat", 2.5],
    ]
    path = write_xlsx(tmp_path / "hr.xlsx", headers, rows)
    prepared = prepare_import(db, path)
    assert prepared.mapping[3] == "years_experience"
    assert [p.describe() for p in prepared.checked.problems] == [
        "hr.xlsx, sheet 'Roster', row 4, column 'Yrs Exp' (D): value '2.5': This is not a whole "
        "number of years from 0 to 60. Write the whole years of teaching experience as a number "
        "from 0 to 60, such as 0 or 3. [BAD_YEARS]"
    ]
    apply_import(db, prepared, skip_invalid=True)
    with db.reading() as session:
        found = dict(session.execute(select(Person.employee_id, Person.years_experience)).all())
    assert found == {"100235": 0, "100236": 3}
    rows[0][3] = 1
    apply_import(db, prepare_import(db, write_xlsx(tmp_path / "hr2.xlsx", headers, rows[:2])))
    with db.reading() as session:
        found = dict(session.execute(select(Person.employee_id, Person.years_experience)).all())
    assert found == {"100235": 1, "100236": 3}  # a later roster updates them
