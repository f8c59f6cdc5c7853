"""The program, year, match and assign commands, run the way a coordinator types them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cohort_builders import build_district
from coordinator.cli import main
from coordinator.db.opening import open_database


def run(db_path: Path, *argv: str) -> int:
    return main(["--db", str(db_path), *argv])


def test_create_a_program_and_a_year(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "program", "create", "Library cohort", "--topic", "Advocacy") == 0
    assert run(db_path, "year", "create", "--program", "library cohort", "2025-26",
               "--start", "2025-08-11", "--end", "2026-05-29") == 0  # fmt: skip
    assert run(db_path, "program", "list") == 0
    out = capsys.readouterr().out
    assert "Spring: 2026-01-01 to 2026-05-29" in out
    assert "Library cohort  [Local program]  years: 2025-26" in out
    assert run(db_path, "program", "create", "Library cohort") == 1
    assert "already exists" in capsys.readouterr().err
    assert run(db_path, "program", "edit", "library cohort", "--rename", "New Librarians",
               "--topic", "Advocacy", "--topic", "Collection development") == 0  # fmt: skip
    assert run(db_path, "program", "list") == 0
    out = capsys.readouterr().out
    assert "New Librarians  [Local program]" in out
    assert out.index("- Advocacy") < out.index("- Collection development")


def test_bad_date_is_a_usage_error(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run(db_path, "assign", "A", "B", "--program", "P", "--year", "Y", "--from", "2025-13-01")
    assert exited.value.code == 2
    assert "write it as 2025-08-11" in capsys.readouterr().err


def test_match_prints_each_pair_then_applies_and_undoes(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_path)
    build_district(db, texas_mentees=40)
    db.dispose()
    year = ["--program", "Texas MPA", "--year", "2025-26"]
    assert run(db_path, "match", *year) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len([line for line in lines if "  ->  " in line]) == 40
    assert all("; load " in line for line in lines if "  ->  " in line)
    assert lines[-1].startswith("40 pairs proposed, 0 without a mentor; total score ")
    assert run(db_path, "match", *year, "--apply", "--from", "2025-08-18") == 0
    applied = capsys.readouterr().out.splitlines()[-1]
    assert applied.startswith("Applied 40 assignments as batch ")
    batch = applied.rsplit(" ", 1)[-1]
    assert run(db_path, "cohort", *year, "T0001") == 0
    assert "since 2025-08-18" in capsys.readouterr().out
    assert run(db_path, "match", *year, "--undo", batch) == 0
    assert "Removed 40 assignments" in capsys.readouterr().out


def test_assign_refuses_the_supervisor_and_reassign_keeps_history(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_path)
    build_district(db, texas_mentees=1)
    db.dispose()
    year = ["--program", "Texas MPA", "--year", "2025-26"]
    assert run(db_path, "assign", "N0000", "T0000", *year) == 1  # T0000 supervises N0000
    assert "supervisor" in capsys.readouterr().err
    assert run(db_path, "assign", "N0000", "T0001", *year, "--from", "2025-08-11") == 0
    assert run(db_path, "reassign", "N0000", "T0002", *year,
               "--on", "2025-10-01", "--reason", "moved campus") == 0  # fmt: skip
    assert run(db_path, "cohort", *year, "T0002") == 0
    assert "since 2025-10-01" in capsys.readouterr().out
    assert run(db_path, "assign", "N0000", "NOBODY", *year) == 1
    assert "No person has employee ID 'NOBODY'" in capsys.readouterr().err


def test_mentor_profile_and_eligibility(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(db_path)
    build_district(db, texas_mentees=0)
    db.dispose()
    year = ["--program", "Texas MPA", "--year", "2025-26"]
    assert run(db_path, "mentor", "L0001", *year) == 0
    out = capsys.readouterr().out
    assert "Capacity: 35" in out
    assert "not eligible: no mentor training recorded (load 0, capacity 4)" in out
    assert run(db_path, "mentor", "L0001", "--six-hours", "yes",
               "--training", "TEA mentor training", "2025-06-01", *year) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Training: TEA mentor training (2025-06-01)" in out
    assert "Texas MPA 2025-26: eligible (load 0, capacity 2)" in out
    assert run(db_path, "mentor", "L0001", "--training", "X", "June 1") == 2
    assert "'June 1' is not a date" in capsys.readouterr().err


def test_end_an_assignment_and_mark_completed(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_path)
    build_district(db, texas_mentees=0)
    db.dispose()
    year = ["--program", "Library cohort", "--year", "2025-26"]
    with pytest.raises(SystemExit):  # argparse: the reason is required
        run(db_path, "end-assignment", "L100", *year, "--on", "2026-01-15")
    assert "--reason" in capsys.readouterr().err
    assert run(db_path, "end-assignment", "L100", *year,
               "--on", "2026-01-15", "--reason", "mentor on leave") == 0  # fmt: skip
    assert "Ended the assignment of L100 on 2026-01-15." in capsys.readouterr().out
    assert run(db_path, "complete", "L101", *year, "--on", "2026-05-29") == 0
    assert "Marked L101 completed on 2026-05-29." in capsys.readouterr().out
    assert run(db_path, "complete", "L101", *year, "--on", "2026-05-29") == 1
    assert "already ended on 2026-05-29 (completed)" in capsys.readouterr().err
    assert run(db_path, "withdraw", "L102", *year, "--on", "2026-06-30") == 1
    assert "outside the program year 2025-26" in capsys.readouterr().err


def test_designated_meeting_times_on_the_command_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_path)
    build_district(db, texas_mentees=1)
    db.dispose()
    add = ["program", "add-meeting-time", "Texas MPA", "--campus", "C1"]
    assert run(db_path, *add, "--from", "10:00", "--until", "10:50", "--planning") == 0
    assert run(db_path, *add, "--from", "2:30 PM", "--until", "15:15", "--day", "Tue") == 0
    assert run(db_path, *add, "--from", "10:30", "--until", "11:00", "--day", "Thu") == 1
    err = capsys.readouterr().err
    assert (
        "Campus 1: the designated meeting time Thursday 10:30-11:00 overlaps the planning " in err
    )
    assert run(db_path, *add[:3], "--campus", "Nowhere", "--from", "9:00", "--until", "9:30") == 1
    assert "There is no campus named 'Nowhere'" in capsys.readouterr().err
    assert run(db_path, "program", "meeting-times", "Texas MPA") == 0
    assert capsys.readouterr().out.splitlines() == [
        "#1  Campus 1  Every day 10:00-10:50  planning period",
        "#2  Campus 1  Tuesday 14:30-15:15  meeting time",
    ]
    assert run(db_path, "program", "remove-meeting-time", "1") == 0
    assert run(db_path, "program", "meeting-times", "Texas MPA") == 0
    assert (
        capsys.readouterr().out.splitlines()[-1]
        == "#2  Campus 1  Tuesday 14:30-15:15  meeting time"
    )
