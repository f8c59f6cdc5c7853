"""The command line says what is wrong with a roster in a sentence, the code in brackets last."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from tests.importing.corpus import HEADERS_MONTH_1, MONTH_1, write_xlsx

from coordinator.cli import main


def test_a_bad_date_prints_the_sentence_then_the_code(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [list(r) for r in MONTH_1]
    rows[1][6] = "next week"
    path = write_xlsx(tmp_path / "roster.xlsx", HEADERS_MONTH_1, rows)
    problems = tmp_path / "problems.csv"
    assert main(["--db", str(db_path), "init"]) == 0
    capsys.readouterr()
    code = main(["--db", str(db_path), "import", "roster", str(path), "--problems", str(problems)])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err[0] == (
        "roster.xlsx, sheet 'Roster', row 3, column 'Hire Date' (G): value 'next week': "
        "This is not a date: enter the date as 08/24/2025 or 2025-08-24. [BAD_DATE]"
    )
    assert err[1] == (
        "coordinator: roster.xlsx: 1 row has problems, so nothing was imported. Fix them, or "
        "use --skip-invalid to import the valid rows."
    )
    with problems.open(encoding="utf-8-sig", newline="") as f:
        saved = list(csv.reader(f))
    assert saved[0][-2:] == ["Problem and how to fix it", "Code"]
    assert saved[1][-2:] == [
        "This is not a date: enter the date as 08/24/2025 or 2025-08-24.",
        "BAD_DATE",
    ]


def test_two_bad_rows_are_counted_in_the_plural(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [list(r) for r in MONTH_1]
    rows[0][3] = "not-an-email"
    rows[1][6] = "02/30/2025"
    path = write_xlsx(tmp_path / "roster.xlsx", HEADERS_MONTH_1, rows)
    assert main(["--db", str(db_path), "init"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", "roster", str(path)]) == 1
    err = capsys.readouterr().err
    assert (
        "This is not an e-mail address: write the e-mail as name@district.org. [BAD_EMAIL]" in err
    )
    assert (
        "value '02/30/2025': This day is not in the calendar. Check the month and the day. "
        "[BAD_DATE]"
    ) in err
    assert "roster.xlsx: 2 rows have problems, so nothing was imported." in err
