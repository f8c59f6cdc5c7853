"""`coordinator workbooks`: a folder of mentor workbooks from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.importing.checkins.workbook_format import is_checkin_workbook
from district import build_district

YEAR = ["--program", "Texas MPA", "--year", "2025-26"]


def test_workbooks_for_every_mentor_then_one_keeping_what_is_there(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_district(db, mentees_per_mentor=(3, 2))
    db.dispose()
    folder = tmp_path / "to send"
    base = ["--db", str(db_path), "workbooks", *YEAR, "-o", str(folder)]
    assert main(base) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 2 workbooks to {folder}."
    files = sorted(folder.iterdir())
    assert [p.name for p in files] == [
        "Number1, Mentor (M001) - check-in log Texas MPA 2025-26.xlsx",
        "Number2, Mentor (M002) - check-in log Texas MPA 2025-26.xlsx",
    ]
    assert all(is_checkin_workbook(p) for p in files)

    files[0].write_bytes(b"filled in by the mentor")
    assert main([*base, "--mentor", "M001"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == (
        f"Wrote 0 workbooks to {folder}. Kept 1 file already there (it was not replaced)."
    )
    assert f"kept (already there): {files[0].name}" in err
    assert "--overwrite" in err
    assert files[0].read_bytes() == b"filled in by the mentor"

    assert main([*base, "--mentor", "M001", "--overwrite"]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 1 workbook to {folder}."
    assert is_checkin_workbook(files[0])


def test_an_unknown_campus_or_a_file_for_a_folder_is_refused(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_district(db, mentees_per_mentor=(1,))
    db.dispose()
    base = ["--db", str(db_path), "workbooks", *YEAR]
    assert main([*base, "--campus", "Nowhere High", "-o", str(tmp_path / "x")]) == 1
    assert "No mentor of this year works on a campus named 'Nowhere High'" in (
        capsys.readouterr().err
    )
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    assert main([*base, "-o", str(a_file)]) != 0
    assert "is a file" in capsys.readouterr().err
    assert a_file.read_text() == "mine"
