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

# The sentence says what is wrong and how to fix it; the code has its own column after it.
PROBLEM_HEADERS = ("File", "Sheet", "Row", "Column", "Value", "Problem and how to fix it", "Code")


def problem_rows(
    problems: Sequence[Problem],
) -> list[tuple[str, str, int | None, str, str, str, str]]:
    return [(p.file, p.sheet, p.row, p.column, p.value, p.sentence, p.code) for p in problems]


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

    rows = problem_rows(problems)
    book = safe_sheets.new_workbook()
    widths = safe_sheets.fitted_widths(PROBLEM_HEADERS, rows)
    sheet = safe_sheets.add_sheet(book, "Problems", widths=widths, freeze="A2")
    safe_sheets.append_row(sheet, PROBLEM_HEADERS, font=Font(bold=True))
    for row in rows:
        safe_sheets.append_row(sheet, row)
    return safe_sheets.save_workbook(book, path)
