"""Writing export tables as xlsx (typed cells, frozen header, filters) or csv, never as formulas.

The cells themselves go through tools.safe_sheets: text Excel would run as a formula is written
as a string cell with Excel's quote prefix in xlsx, and with a leading apostrophe in csv;
characters a workbook cannot hold (control characters) are removed. Rows stream from the
table (a check-ins export reads them from the database as they are written), so a year of any
size takes the same memory; each column is as wide as its longest value over every row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

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
PROGRESS_ROWS = 2000


def _shown_rows(table: ExportTable) -> Iterable[tuple[Any, ...]]:
    """The rows as the sheet shows them: yes/no columns as Yes and No, never TRUE and FALSE."""
    yes_no = [i for i, c in enumerate(table.columns) if c.kind == ColumnKind.BOOL]
    if not yes_no:
        return table.rows
    return (_yes_no(row, yes_no) for row in table.rows)


def _yes_no(row: tuple[Any, ...], yes_no: list[int]) -> tuple[Any, ...]:
    cells = list(row)
    for i in yes_no:
        if isinstance(cells[i], bool):
            cells[i] = "Yes" if cells[i] else "No"
    return tuple(cells)


def _reporting(table: ExportTable, progress: Progress) -> Iterator[tuple[Any, ...]]:
    """The table's rows, telling `progress` every PROGRESS_ROWS rows (and hearing Cancel)."""
    total = table.row_count
    for n, row in enumerate(table.rows):
        if n % PROGRESS_ROWS == 0:
            progress.step(n, total, f"Writing row {figure(n)} of {figure(total)}")
        yield row


def write_xlsx(table: ExportTable, path: Path, progress: Progress = NO_PROGRESS) -> int:
    """One sheet with a bold frozen header row, an autofilter, and each column as wide as its
    longest value (capped); numbers are numbers with a number format, dates are dates.
    Returns the data rows written."""
    formats = [NUMBER_FORMATS.get(c.kind) for c in table.columns]
    shown = ExportTable(table.name, table.columns, _shown_rows(table), table.row_count)
    return safe_sheets.write_table_xlsx(
        path,
        table.name,
        [c.title for c in table.columns],
        _reporting(shown, progress),
        formats,
    )


def write_csv(table: ExportTable, path: Path, progress: Progress = NO_PROGRESS) -> int:
    """UTF-8 with a byte-order mark (so Excel reads accents), dates as ISO, no formulas.
    Returns the data rows written."""
    counted = 0

    def rows() -> Iterator[Any]:
        nonlocal counted
        yield [c.title for c in table.columns]
        for row in _reporting(table, progress):
            counted += 1
            yield row

    safe_sheets.write_csv(path, rows())
    return counted


def write_export(
    table: ExportTable,
    path: Path,
    *,
    redact_contacts: bool = False,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """Write the table as xlsx or csv, by the file's extension."""
    write_export_counted(table, path, redact_contacts=redact_contacts, progress=progress)
    return Path(path)


def write_export_counted(
    table: ExportTable,
    path: Path,
    *,
    redact_contacts: bool = False,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write the table as xlsx or csv, by the file's extension; returns the data rows written.

    A table whose rows stream from the database must be written inside its session."""
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
