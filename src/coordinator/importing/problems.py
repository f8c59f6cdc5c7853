"""Saving the problem list as a spreadsheet or CSV the coordinator can work through in Excel.

The values come straight from the roster, so they go through tools.safe_sheets: a cell typed as
`=HYPERLINK(...)` comes back as that text, never as a live formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coordinator.errors import CoordinatorError
from coordinator.importing.problem import Problem
from coordinator.tools import safe_sheets

PROBLEM_HEADERS = ("File", "Sheet", "Row", "Column", "Value", "Problem", "How to fix")
WIDTHS = (24, 16, 6, 22, 24, 22, 60)


def problem_rows(
    problems: Sequence[Problem],
) -> list[tuple[str, str, int | None, str, str, str, str]]:
    return [(p.file, p.sheet, p.row, p.column, p.value, p.code, p.text) for p in problems]


def save_problems(problems: Sequence[Problem], path: Path | str) -> Path:
    """Write the problems as .xlsx or .csv (by the name's ending), owner-only, all or nothing."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise CoordinatorError(f"Save the problems as .xlsx or .csv, not {suffix or 'no ending'}.")
    if suffix == ".csv":
        return safe_sheets.write_csv(path, [PROBLEM_HEADERS, *problem_rows(problems)])
    return _save_xlsx(problems, path)


def _save_xlsx(problems: Sequence[Problem], path: Path) -> Path:
    from openpyxl.styles import Font

    book = safe_sheets.new_workbook()
    sheet = safe_sheets.add_sheet(book, "Problems", widths=WIDTHS, freeze="A2")
    safe_sheets.append_row(sheet, PROBLEM_HEADERS, font=Font(bold=True))
    for row in problem_rows(problems):
        safe_sheets.append_row(sheet, row)
    return safe_sheets.save_workbook(book, path)
