"""Saving the problem list as a spreadsheet or CSV the coordinator can work through in Excel."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from coordinator.errors import CoordinatorError
from coordinator.importing.problem import Problem

PROBLEM_HEADERS = ("File", "Sheet", "Row", "Column", "Value", "Problem", "How to fix")


def problem_rows(
    problems: Sequence[Problem],
) -> list[tuple[str, str, int | None, str, str, str, str]]:
    return [(p.file, p.sheet, p.row, p.column, p.value, p.code, p.text) for p in problems]


def _private_file(path: Path) -> None:
    """Create (or truncate) the file readable by its owner only before writing into it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def save_problems(problems: Sequence[Problem], path: Path | str) -> Path:
    """Write the problems as .xlsx or .csv (by the name's ending); the file is private (0600)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise CoordinatorError(f"Save the problems as .xlsx or .csv, not {suffix or 'no ending'}.")
    try:
        _private_file(path)
        if suffix == ".csv":
            with path.open("w", newline="", encoding="utf-8-sig") as out:
                writer = csv.writer(out)
                writer.writerow(PROBLEM_HEADERS)
                writer.writerows(problem_rows(problems))
        else:
            _save_xlsx(problems, path)
    except OSError as exc:
        raise CoordinatorError(
            f"Cannot write {path.name}: {exc.strerror}. Choose a folder you may write to."
        ) from exc
    return path


def _save_xlsx(problems: Sequence[Problem], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Problems"
    sheet.append(PROBLEM_HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in problem_rows(problems):
        sheet.append(row)
    for letter, width in zip("ABCDEFG", (24, 16, 6, 22, 24, 22, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    book.save(path)
    os.chmod(path, 0o600)
