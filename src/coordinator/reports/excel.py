"""Writing export tables as xlsx (typed cells, frozen header, filters) or csv, never as formulas.

The cells themselves go through tools.safe_sheets: text Excel would run as a formula is written
as a string cell with Excel's quote prefix in xlsx, and with a leading apostrophe in csv;
characters a workbook cannot hold (control characters) are removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from coordinator.errors import CoordinatorError
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.reporting.exports import ColumnKind, ExportTable
from coordinator.tools import safe_sheets
from coordinator.tools.text import figure

# Excel's number format for each kind of column; text and dates keep their own.
NUMBER_FORMATS = {
    ColumnKind.INTEGER: "#,##0",
    ColumnKind.HOURS: "#,##0.00",
    ColumnKind.REFERENCE: "0",
    ColumnKind.MONEY: "#,##0.00",
}


def _shown_rows(table: ExportTable) -> list[tuple[Any, ...]]:
    """The rows as the sheet shows them: yes/no columns as Yes and No, never TRUE and FALSE."""
    yes_no = [i for i, c in enumerate(table.columns) if c.kind == ColumnKind.BOOL]
    if not yes_no:
        return table.rows
    shown = []
    for row in table.rows:
        cells = list(row)
        for i in yes_no:
            if isinstance(cells[i], bool):
                cells[i] = "Yes" if cells[i] else "No"
        shown.append(tuple(cells))
    return shown


def write_xlsx(table: ExportTable, path: Path, progress: Progress = NO_PROGRESS) -> Path:
    """One sheet with a bold frozen header row, an autofilter, and each column as wide as its
    longest value (capped); numbers are numbers with a number format, dates are dates."""
    titles = [c.title for c in table.columns]
    rows = _shown_rows(table)
    workbook = safe_sheets.new_workbook()
    widths = safe_sheets.fitted_widths(titles, rows)
    sheet = safe_sheets.add_sheet(workbook, table.name, widths=widths, freeze="A2")
    last = get_column_letter(max(len(table.columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    safe_sheets.append_row(sheet, titles, font=Font(bold=True))
    formats = [NUMBER_FORMATS.get(c.kind) for c in table.columns]
    total = len(rows)
    for n, row in enumerate(rows):
        if n % 2000 == 0:
            progress.step(n, total, f"Writing row {figure(n)} of {figure(total)}")
        safe_sheets.append_row(sheet, row, number_formats=formats)
    return safe_sheets.save_workbook(workbook, path)


def write_csv(table: ExportTable, path: Path, progress: Progress = NO_PROGRESS) -> Path:
    """UTF-8 with a byte-order mark (so Excel reads accents), dates as ISO, no formulas."""
    progress.step(0, 1, "Writing the file")
    return safe_sheets.write_csv(path, [[c.title for c in table.columns], *table.rows])


def write_export(
    table: ExportTable,
    path: Path,
    *,
    redact_contacts: bool = False,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """Write the table as xlsx or csv, by the file's extension."""
    if redact_contacts:
        table = table.without_contacts()
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return write_csv(table, path, progress)
    if suffix == ".xlsx":
        return write_xlsx(table, path, progress)
    raise CoordinatorError(
        f"Cannot export to {Path(path).name}: choose a file name ending in .xlsx or .csv."
    )
