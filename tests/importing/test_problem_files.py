"""The problems file a coordinator saves from an import holds the roster's text as inert text."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

import openpyxl
import pytest
from tests.importing.corpus import HEADERS_MONTH_1

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.importing.problems import save_problems
from coordinator.importing.roster.pipeline import prepare_import

# What a user may type in a roster cell (the Hire Date and E-mail columns refuse them all).
HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+1+1",
    "-2",
    "@SUM(A1)",
    "=cmd|' /C calc'!A0",
]
TAB_LEADING = "\t=1+2"  # the reader trims the tab: the formula start is what is left
CR_LEADING = "\r@x"
CONTROL_TYPED = "Bell_x0007_ ring"  # how a workbook stores a control character (BEL)


def _hostile_roster(path: Path) -> Path:
    """Every hostile value typed as text (a string cell), as a user's Excel would store it."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Roster"
    sheet.append(HEADERS_MONTH_1)
    values = [*HOSTILE, TAB_LEADING, CR_LEADING, CONTROL_TYPED]
    for n, value in enumerate(values, start=1):
        sheet.append([f"9{n:05d}", "Doe", "Jan", value, "Lamar Elementary", "Teacher", value])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.data_type = "s"  # text the user typed, never a formula openpyxl would write
    book.save(path)
    return path


def _problems(db: Database, roster: Path) -> list[tuple[str, str]]:
    prepared = prepare_import(db, roster)
    return [(p.column, p.value) for p in prepared.checked.problems]


def test_hostile_roster_cells_come_back_as_plain_text_in_the_problems_workbook(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    roster = _hostile_roster(tmp_path / "roster.xlsx")
    shown = [value for _, value in _problems(db, roster)]
    assert set(HOSTILE) <= set(shown)
    out = tmp_path / "problems.xlsx"
    code = main(["--db", str(db_path), "import", "roster", str(roster), "--problems", str(out)])
    assert code == 1  # refused: every row has a problem
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c.value for c in cells if c.data_type == "f"]
    assert all(c.data_type == "s" for c in cells if isinstance(c.value, str))
    assert all(isinstance(c.value, int) for c in sheet["C"][1:])  # the row numbers stay numbers
    values = [c.value for c in sheet["E"][1:]]
    for typed in HOSTILE:
        assert typed in values
    assert "=1+2" in values  # the tab trimmed by the reader, the rest as typed
    assert "@x" in values
    assert "Bell\\x07 ring" in values  # the control character shown escaped, never as itself
    assert all(
        c.quotePrefix for c in sheet["E"][1:] if str(c.value).startswith(("=", "+", "-", "@"))
    )


def test_hostile_roster_cells_are_inert_in_the_problems_csv(db: Database, tmp_path: Path) -> None:
    prepared = prepare_import(db, _hostile_roster(tmp_path / "roster.xlsx"))
    out = save_problems(prepared.checked.problems, tmp_path / "problems.csv")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    for typed in HOSTILE:
        assert f"'{typed}" in cells
    assert "'=1+2" in cells
    assert "'@x" in cells
    assert "Bell\\x07 ring" in cells
    assert '\'=HYPERLINK("http://x","y")' in cells
    assert not any("\x07" in c for c in cells)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_problems_file_that_cannot_be_written_is_a_clear_error(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    from coordinator.errors import CoordinatorError

    prepared = prepare_import(db, _hostile_roster(tmp_path / "roster.xlsx"))
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    with pytest.raises(CoordinatorError, match="Cannot write"):
        save_problems(prepared.checked.problems, not_a_folder / f"problems{suffix}")
    assert not_a_folder.read_text() == "x"
