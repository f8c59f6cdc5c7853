"""`coordinator outcomes` and `coordinator export evidence-of-impact` over real imported rosters."""

from __future__ import annotations

import stat
from pathlib import Path

import openpyxl
import pytest
from tests.outcome_years import build_outcome_district

from coordinator.cli import main
from coordinator.db.engine import Database

YEAR = ["--program", "Beginning Teachers", "--year", "2025-26"]


def test_outcomes_prints_the_counts_then_the_dose_tables(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    district = build_outcome_district(db, tmp_path)
    district.year_two()
    db.dispose()
    assert main(["--db", str(db_path), "outcomes", *YEAR]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "stayed=5 moved=1 changed_role=1 left=5 unknown=0"
    assert lines[1] == (
        "Outcomes on 2026-08-11, from the roster roster-2026-27.xlsx dated 2026-08-10."
    )
    assert "Mentors: fewer than 5" in lines
    assert (
        "New hires in no program: stayed=2 moved=0 changed_role=0 left=4 unknown=0 "
        "(6 people, 33% still in the district)"
    ) in lines
    hours = lines.index("Hours of mentoring:")
    assert lines[hours + 1] == (
        "  Under 6 hours: stayed=1 moved=0 changed_role=0 left=5 unknown=0 "
        "(6 people, 17% still in the district)"
    )
    assert lines[hours + 2] == (
        "  6 to under 12 hours: stayed=0 moved=0 changed_role=0 left=0 unknown=0 (0 people)"
    )
    assert "  More than 60 days: fewer than 5" in lines
    assert lines[-1] == "Groups of fewer than 5 people are not shown."


def test_as_of_and_the_threshold_setting(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_outcome_district(db, tmp_path).year_two()
    db.dispose()
    base = ["--db", str(db_path), "outcomes"]
    assert main([*base, *YEAR, "--as-of", "2026-07-01"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "stayed=0 moved=0 changed_role=0 left=0 unknown=12"
    )
    assert main([*base, "--set-threshold", "2"]) == 0
    assert capsys.readouterr().out.strip() == "Groups of fewer than 2 people are now hidden."
    assert main([*base, *YEAR]) == 0
    out = capsys.readouterr().out
    assert "Mentors: stayed=1 moved=1 changed_role=0 left=0 unknown=0 (2 people, 100%" in out
    assert main([*base, "--set-threshold", "0"]) == 1
    assert "between 1 and 50" in capsys.readouterr().err
    assert main([*base, "--program", "Beginning Teachers"]) != 0


def test_the_evidence_of_impact_workbook(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_outcome_district(db, tmp_path).year_two()
    db.dispose()
    out = tmp_path / "evidence.xlsx"
    args = ["--db", str(db_path), "export", "evidence-of-impact", *YEAR, "-o", str(out)]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == f"Wrote {out} (12 mentees)."
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Program",
        "Crockett High",
        "Lamar Elementary",
        "Travis Middle",
        "Mentees",
        "How each figure is computed",
    ]
    program = [list(r) for r in book["Program"].iter_rows(values_only=True)]
    assert program[0][0] == "Evidence of Impact: Beginning Teachers, 2025-26"
    header = program.index(
        [
            "Retention",
            "People",
            "Stayed on the same campus",
            "Moved campus",
            "Changed role",
            "Left the district",
            "Unknown",
            "Still in the district",
        ]
    )
    assert program[header + 1] == ["Mentees", 12, 5, 1, 1, 5, 0, pytest.approx(0.58)]
    assert program[header + 2] == ["Mentors", *["fewer than 5"] * 7]
    assert program[header + 3] == ["New hires in no program", 6, 2, 0, 0, 4, 0, 0.33]
    assert program[header + 4][:2] == ["Mentees, start of year 2", 12]
    assert program[header + 5][0] == "Mentees, start of year 3"
    assert program[header + 5][1:] == [12, 0, 0, 0, 0, 12, "no outcome known"]  # no roster yet
    survey = [r for r in program if r[0] == "Start to end of year"]
    assert survey == [["Start to end of year", "no survey", "no survey", *[None] * 5]]
    lamar = [list(r) for r in book["Lamar Elementary"].iter_rows(values_only=True)]
    assert ["Lamar Elementary", 6, 4, 1, 1, 0, 0, 1] in lamar
    crockett = [list(r) for r in book["Crockett High"].iter_rows(values_only=True)]
    assert ["Crockett High", *["fewer than 5"] * 7] in crockett
    mentees = [list(r) for r in book["Mentees"].iter_rows(values_only=True)]
    assert mentees[0] == [
        "Employee ID",
        "Campus",
        "Hours",
        "Assignment date",
        "Survey change",
        "Retention outcome",
    ]
    by_id = {r[0]: r for r in mentees[1:]}
    assert by_id["N04"][1:3] == ["Lamar Elementary", 26]
    assert by_id["N04"][4:] == ["no survey", "Moved campus"]
    assert by_id["N12"][3].date().isoformat() == "2025-12-15"
    assert by_id["N07"][5] == "Left the district"
    how = {r[0]: r[1] for r in book["How each figure is computed"].iter_rows(values_only=True)}
    assert "fewer than 5" in how["Small groups"]
    assert "Not on the roster used" in how["Left the district"]


def test_the_workbook_must_be_an_xlsx(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_outcome_district(db, tmp_path)
    db.dispose()
    out = tmp_path / "evidence.csv"
    args = ["--db", str(db_path), "export", "evidence-of-impact", *YEAR, "-o", str(out)]
    assert main(args) != 0
    assert "choose a name ending in .xlsx" in capsys.readouterr().err
    assert not out.exists()
