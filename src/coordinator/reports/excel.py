"""Writing export tables as xlsx (typed cells, frozen header, filters) or csv, never as formulas.

The cells themselves go through tools.safe_sheets: text Excel would run as a formula is written
as a string cell with Excel's quote prefix in xlsx, and with a leading apostrophe in csv;
characters a workbook cannot hold (control characters) are removed.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from coordinator.errors import CoordinatorError
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.reporting.exports import ColumnKind, ExportTable
from coordinator.tools import safe_sheets

MAX_WIDTH = 50
MIN_WIDTH = 6
WIDTH_SAMPLE = 500


def _widths(table: ExportTable) -> list[float]:
    """Each column as wide as its title or its longer values (from a sample), within reason."""
    widths: list[float] = []
    for i, column in enumerate(table.columns):
        lengths = sorted(len(safe_sheets.csv_text(row[i])) for row in table.rows[:WIDTH_SAMPLE])
        typical = lengths[int(len(lengths) * 0.9)] if lengths else 0
        if column.kind == ColumnKind.DATE:
            typical = 10
        widths.append(min(max(len(column.title), typical, MIN_WIDTH) + 2, MAX_WIDTH))
    return widths


def write_xlsx(table: ExportTable, path: Path, progress: Progress = NO_PROGRESS) -> Path:
    """One sheet with a bold frozen header row, an autofilter and sensible column widths."""
    workbook = safe_sheets.new_workbook()
    sheet = safe_sheets.add_sheet(workbook, table.name, widths=_widths(table), freeze="A2")
    last = get_column_letter(max(len(table.columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    safe_sheets.append_row(sheet, (c.title for c in table.columns), font=Font(bold=True))
    total = len(table.rows)
    for n, row in enumerate(table.rows):
        if n % 2000 == 0:
            progress.step(n, total, f"Writing row {n} of {total}")
        safe_sheets.append_row(sheet, row)
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
