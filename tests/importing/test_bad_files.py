"""Every bad file in the issue gets a clear message naming it, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.importing.badfiles import BAD_FILES, corrupt_zip
from tests.importing.conftest import counts
from tests.importing.corpus import HEADERS_MONTH_1, MONTH_1, write_xlsx

from coordinator.cli import main
from coordinator.db.engine import Database


@pytest.mark.parametrize(("build", "words"), BAD_FILES, ids=[b.__name__ for b, _ in BAD_FILES])
def test_bad_file_is_refused_by_name_and_nothing_is_written(
    build: Callable[[Path], Path],
    words: str,
    db: Database,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = build(folder)
    before = counts(db)
    code = main(["--db", str(db_path), "import", "roster", str(path)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith(f"coordinator: {path.name}: "), err
    assert words in err
    assert "Traceback" not in err
    assert counts(db) == before


def test_error_cells_and_unsaved_formulas_are_reported_per_cell(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [list(r) for r in MONTH_1]
    rows[1][6] = "#N/A"  # openpyxl stores this as an error cell
    rows[2][4] = "=VLOOKUP(A4,Campuses!A:B,2,FALSE)"  # a formula Excel never calculated
    path = write_xlsx(tmp_path / "errors.xlsx", HEADERS_MONTH_1, rows)
    before = counts(db)
    out_file = tmp_path / "problems.csv"
    code = main(["--db", str(db_path), "import", "roster", str(path), "--problems", str(out_file)])
    captured = capsys.readouterr()
    assert code == 1
    assert (
        "errors.xlsx, sheet 'Roster', row 3, column 'Hire Date' (G): value '#N/A': The cell "
        "holds an error or a formula with no saved value; type the value, or open the file in "
        "Excel, recalculate and save it. [CELL_ERROR]\n"
    ) in captured.err
    assert "row 4, column 'Campus Name' (E): value 'a formula with no saved value'" in captured.err
    assert captured.out.strip() == "new=2 changed=0 unchanged=0 missing=0 duplicates=0 invalid=2"
    assert counts(db) == before
    text = out_file.read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "File,Sheet,Row,Column,Value,Problem and how to fix it,Code"
    assert text[1].startswith('errors.xlsx,Roster,3,Hire Date,#N/A,"The cell holds an error ')
    assert text[1].endswith(",CELL_ERROR")
    assert oct(out_file.stat().st_mode & 0o777) == "0o600"


def test_corrupt_zip_is_refused_in_the_wizard_path_too(tmp_path: Path, db: Database) -> None:
    from coordinator.errors import UnreadableInputError
    from coordinator.importing.roster.pipeline import prepare_import

    path = corrupt_zip(tmp_path)
    with pytest.raises(UnreadableInputError, match=r"corrupt\.xlsx"):
        prepare_import(db, path)
