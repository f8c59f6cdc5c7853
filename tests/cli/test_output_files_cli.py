"""An output file that is one of the command's inputs is refused before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db.engine import Database


def _refused(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "writing it would destroy that file" in err
    return err


def test_problems_saved_over_the_roster_being_imported_is_refused(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("Employee ID,First name,Last name\nE1,Zoë,Nguyễn\n", encoding="utf-8")
    before = roster.read_bytes()
    code = main(["--db", str(db_path), "import", "roster", str(roster), "--problems", str(roster)])
    assert code == 1
    assert "roster.csv is the same file as roster.csv" in _refused(capsys)
    assert roster.read_bytes() == before


@pytest.mark.parametrize(
    "command",
    [
        ["calendar", "-o", "{db}"],
        ["backup", "-o", "{db}"],
        ["export", "people", "--program", "P", "--year", "2025-26", "-o", "{db_xlsx}"],
    ],
)
def test_an_output_over_the_database_is_refused(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    db.dispose()
    link = tmp_path / "coordinator.xlsx"
    link.symlink_to(db_path)  # the same file under another name
    before = db_path.read_bytes()
    args = [a.format(db=db_path, db_xlsx=link) for a in command]
    assert main(["--db", str(db_path), *args]) == 1
    _refused(capsys)
    assert db_path.read_bytes() == before
