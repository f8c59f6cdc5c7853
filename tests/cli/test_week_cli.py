"""`coordinator week` and `coordinator nudge` on a known district with a pinned day."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db.engine import Database
from week_district import build_week_district

YEAR = ["--program", "Texas MPA", "--year", "2025-26", "--today", "2025-10-06"]


def test_week_prints_the_lines_and_nudge_writes_drafts(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_week_district(db)
    db.dispose()
    base = ["--db", str(db_path)]
    assert main([*base, "week", *YEAR]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "Log a check-in: Mentee02 Cohort2: No contact yet (56 days) (warning at 28 days)"
    )
    assert "Nudge: Mentor Number2: no check-in logged for 21 days" in lines
    assert "Assign: Newhire Unassigned: No mentor assigned, 36 days after hire (limit 30)" in lines
    assert lines[-1] == "lines=7"

    out = tmp_path / "drafts"
    nudge = [*base, "nudge", *YEAR, "--who", "not-logged", "--to", "mentors", "-o", str(out)]
    assert main([*nudge, "--attach-workbook"]) == 0
    assert capsys.readouterr().out.strip() == "drafts=1"
    (draft,) = out.iterdir()
    message = email.message_from_bytes(draft.read_bytes(), policy=default)
    assert message["To"] == "Mentor Number2 <m002@district.example>"
    assert message["X-Unsent"] == "1"
    assert len(list(message.iter_attachments())) == 1  # type: ignore[attr-defined]

    assert main([*base, "week", *YEAR]) == 0
    assert "Nudge: Mentor Number2: no check-in logged for 21 days (nudged today)" in (
        capsys.readouterr().out.splitlines()
    )
    assert main([*base, "nudge", *YEAR, "--who", "behind", "--to", "mentees", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == "drafts=6"


def test_nudge_refuses_a_file_as_its_folder(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_week_district(db)
    db.dispose()
    target = tmp_path / "a file.txt"
    target.write_text("keep me")
    args = ["--db", str(db_path), "nudge", *YEAR, "--who", "behind", "--to", "mentors"]
    assert main([*args, "-o", str(target)]) == 1
    assert "is a file" in capsys.readouterr().err
    assert target.read_text() == "keep me"
