"""A stray NUL byte in a csv spoils only its own cell: a problem on that row, the rest imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from tests.importing.conftest import counts

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Person

ROWS = (
    b"Emp ID,Last Name,First Name,Email\r\n"
    b"100001,Lovelace,Ada,ada@district.org\r\n"
    b"100002,Tab\x00les,Bobby,bobby@district.org\r\n"
    b"100003,Young,Cy,cy@district.org\r\n"
)


def test_a_nul_byte_is_a_problem_on_its_row_and_skip_invalid_imports_the_rest(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(ROWS)
    before = counts(db)
    assert main(["--db", str(db_path), "import", "roster", str(path)]) == 1
    err = capsys.readouterr().err
    # the value shown escaped, never as the raw byte
    assert "roster.csv, row 3, column 'Last Name' (B): value 'Tab\\\\x00les'" in err
    assert "This cell holds a NUL byte" in err
    assert "\x00" not in err
    assert "1 row has problems, so nothing was imported" in err
    assert counts(db) == before  # the refusal wrote nothing

    assert main(["--db", str(db_path), "import", "roster", str(path), "--skip-invalid"]) == 0
    assert "new=2" in capsys.readouterr().out
    with db.reading() as session:
        ids = session.scalars(select(Person.employee_id).order_by(Person.employee_id)).all()
        assert ids == ["100001", "100003"]
        names = session.scalars(select(Person.last_name)).all()
        assert all("\x00" not in n for n in names)


def test_a_file_full_of_nul_bytes_is_still_refused_as_not_text(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes(ROWS.replace(b"\x00", b"").decode().encode("utf-16-le"))  # no marker
    before = counts(db)
    assert main(["--db", str(db_path), "import", "roster", str(path)]) != 0
    assert "contains NUL bytes, so this is not a plain text file" in capsys.readouterr().err
    assert counts(db) == before


def test_a_nul_byte_in_a_utf8_file_with_its_marker_spoils_only_its_row(
    db: Database, tmp_path: Path
) -> None:
    from coordinator.importing.roster.pipeline import prepare_import

    path = tmp_path / "marked.csv"
    path.write_bytes(b"\xef\xbb\xbf" + ROWS)
    prepared = prepare_import(db, path)
    assert [(p.row, p.letter, p.code) for p in prepared.checked.problems] == [(3, "B", "NUL_BYTE")]
    assert [r.row for r in prepared.checked.records] == [2, 4]
