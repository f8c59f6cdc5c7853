"""Matching rules, held duplicates, invalid rows, skip-invalid, warnings and saved profiles."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.importing.conftest import counts
from tests.importing.corpus import HEADERS_MONTH_1, MONTH_1, write_csv, write_xlsx

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.errors import RefusedError
from coordinator.importing.roster.pipeline import apply_import, plan_import, prepare_import
from coordinator.importing.roster.profiles import save_profile


def _seed(db: Database, tmp_path: Path) -> None:
    apply_import(
        db, prepare_import(db, write_xlsx(tmp_path / "seed.xlsx", HEADERS_MONTH_1, MONTH_1))
    )


def test_email_match_and_held_duplicates(db: Database, tmp_path: Path) -> None:
    _seed(db, tmp_path)
    rows = [
        # no ID, e-mail in another case: the same person (matched on e-mail), new phone-less row
        ["", "Smith", "Jo", "JO.SMITH@district.org", "Travis Middle", "Teacher", "08/11/2025"],
        # a new ID with an e-mail already used by 115840: held
        ["999001", "García", "Zoë", "zoe.garcia@district.org", "Crockett High", "Librarian", ""],
        # a new ID, same name and campus as 115838: held
        ["999002", "O'Brien", "Seán", "", "Travis Middle", "Librarian", ""],
    ]
    path = write_csv(tmp_path / "dupes.csv", HEADERS_MONTH_1, rows)
    # A row without an ID matches by e-mail only when the mapping says e-mail is the key.
    held = prepare_import(db, path, date_order="mdy")
    assert [(p.row, p.code) for p in held.checked.problems] == [(2, "MISSING_ID")]
    plan = plan_import(db, prepare_import(db, path, date_order="mdy", email_key=True))
    assert plan.counts()["unchanged"] == 1
    assert plan.unchanged[0].matched_on == "e-mail"
    reasons = [(d.row, d.reason, d.other_employee_id) for d in plan.duplicates]
    assert reasons == [
        (3, "e-mail already used by employee ID 115840", "115840"),
        (4, "same name and campus under another ID", "115838"),
    ]
    assert plan.new == []


def test_invalid_rows_refuse_unless_skipped(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        *MONTH_1,
        ["115841", "", "", "x@district.org", "", "", ""],
        ["115838", "Dup", "Row", "dup@district.org", "", "", ""],
    ]
    path = write_xlsx(tmp_path / "mixed.xlsx", HEADERS_MONTH_1, rows)
    prepared = prepare_import(db, path)
    codes = sorted({(p.row, p.code) for p in prepared.checked.problems})
    assert codes == [(3, "REPEATED_IN_FILE"), (6, "MISSING_NAME"), (7, "REPEATED_IN_FILE")]
    before = counts(db)
    with pytest.raises(RefusedError, match="nothing was imported"):
        apply_import(db, prepared)
    assert counts(db) == before
    code = main(["--db", str(db_path), "import", "roster", str(path), "--skip-invalid"])
    assert code == 0
    assert capsys.readouterr().out.strip() == (
        "new=3 changed=0 unchanged=0 missing=0 duplicates=0 invalid=3 batch=1"
    )


def test_sensitive_and_unknown_columns_are_warned_about(db: Database, tmp_path: Path) -> None:
    headers = [*HEADERS_MONTH_1, "SSN", "DOB", "Shoe size"]
    rows = [[*r, "123-45-6789", "01/01/1990", "9"] for r in MONTH_1]
    prepared = prepare_import(db, write_xlsx(tmp_path / "hr.xlsx", headers, rows))
    assert prepared.warnings == [
        "Column 'SSN' looks like a Social Security number; it is ignored and never stored.",
        "Column 'DOB' looks like a date of birth; it is ignored and never stored.",
        "Columns not imported: 'Shoe size'.",
    ]
    assert all("123-45-6789" not in str(r.values) for r in prepared.checked.records)


def test_saved_profile_is_applied_when_the_same_headers_return(
    db: Database, tmp_path: Path
) -> None:
    headers = ["Staff Ref", "Surname", "Forename", "Mail", "Site"]
    rows = [["7", "Kim", "Ana", "ana.kim@district.org", "Lamar Elementary"]]
    path = write_xlsx(tmp_path / "odd.xlsx", headers, rows)
    first = prepare_import(db, path)
    assert first.profile_name is None
    assert first.mapping[0] is None  # "Staff Ref" is not a known name
    mapping = ["employee_id", "last_name", "first_name", "email", "campus"]
    save_profile(db, "Payroll export", first.source.headers, mapping)
    again = prepare_import(db, write_xlsx(tmp_path / "odd2.xlsx", headers, rows))
    assert again.profile_name == "Payroll export"
    assert again.mapping == mapping
    assert again.checked.records[0].values["employee_id"] == "7"


def test_two_rows_reaching_the_same_person_are_held(db: Database, tmp_path: Path) -> None:
    _seed(db, tmp_path)
    rows = [
        ["115838", "O'Brien", "Seán", "", "Travis Middle", "Librarian", ""],
        ["", "O'Brien", "Seán", "sean.obrien@district.org", "Travis Middle", "Librarian", ""],
    ]
    plan = plan_import(
        db,
        prepare_import(
            db, write_csv(tmp_path / "twice.csv", HEADERS_MONTH_1, rows), email_key=True
        ),
    )
    assert [p.row for p in plan.unchanged] == [2]
    assert [(d.row, d.reason) for d in plan.duplicates] == [(3, "the same person as another row")]


def test_a_profile_can_never_map_a_sensitive_column(db: Database, tmp_path: Path) -> None:
    headers = [*HEADERS_MONTH_1, "SSN"]
    path = write_xlsx(tmp_path / "ssn.xlsx", headers, [[*MONTH_1[0], "123-45-6789"]])
    first = prepare_import(db, path)
    save_profile(
        db, "Bad idea", first.source.headers, [*first.mapping[:-1], "phone"]
    )  # someone maps SSN to Phone
    again = prepare_import(db, path, profile="Bad idea")
    assert again.mapping[-1] is None
    assert "phone" not in again.checked.records[0].values


def test_new_campuses_get_their_code_and_level(db: Database, tmp_path: Path) -> None:
    from sqlalchemy import select

    from coordinator.db.models import Campus

    headers = ["Emp ID", "Last Name", "First Name", "Campus #", "Campus Name"]
    rows = [
        ["1", "Kim", "Ana", "101", "Lamar Elementary"],
        ["2", "Lee", "Jo", "041", "Travis Junior High"],
        ["3", "Cruz", "Li", "001", "Crockett High School"],
        ["4", "Diaz", "Al", "", "Central Office"],
    ]
    apply_import(db, prepare_import(db, write_xlsx(tmp_path / "c.xlsx", headers, rows)))
    with db.reading() as session:
        campuses = session.execute(
            select(Campus.name, Campus.code, Campus.level).order_by(Campus.name)
        ).all()
    assert [tuple(c) for c in campuses] == [
        ("Central Office", None, "other"),
        ("Crockett High School", "001", "high"),
        ("Lamar Elementary", "101", "elementary"),
        ("Travis Junior High", "041", "middle"),
    ]


def test_the_preview_masks_sensitive_columns(tmp_path: Path) -> None:
    from coordinator.importing.roster.pipeline import read_roster

    headers = [*HEADERS_MONTH_1, "SSN"]
    source = read_roster(write_xlsx(tmp_path / "ssn.xlsx", headers, [[*MONTH_1[0], "123-45-6789"]]))
    (row,) = source.preview()
    assert row[-1] == "(hidden)"
    assert row[0] == "090011"
    assert row[6] == "08/04/2025"


def test_profiles_are_listed_and_used_by_name_on_the_command_line(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = ["Staff Ref", "Surname", "Forename", "Mail"]
    save_profile(db, "Payroll export", headers, ["employee_id", "last_name", "first_name", None])
    assert main(["--db", str(db_path), "import", "profiles"]) == 0
    assert capsys.readouterr().out == (
        "Payroll export\tStaff Ref -> Employee ID, Surname -> Last name, Forename -> First name\n"
    )
    renamed = write_xlsx(
        tmp_path / "renamed.xlsx",
        [*headers[:3], "E-mail"],
        [["7", "Kim", "Ana", "ana@district.org"]],
    )
    args = ["--db", str(db_path), "import", "roster", str(renamed), "--profile", "payroll export"]
    assert main([*args, "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("dry run (nothing changed): new=1 ")
