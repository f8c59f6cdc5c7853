"""Writing export tables as xlsx (typed cells, frozen header, filters) or csv, never as formulas.

Text that Excel would run as a formula (starting with = + - @, a tab or a carriage return) is
written as a string cell with Excel's quote prefix in xlsx, and with a leading apostrophe in csv.
Characters a workbook cannot hold (control characters) are removed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from coordinator.errors import CoordinatorError
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.reporting.exports import ColumnKind, ExportTable
from coordinator.tools.private_files import write_private

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
MAX_WIDTH = 50
MIN_WIDTH = 6
WIDTH_SAMPLE = 500


def clean_text(text: str) -> str:
    """Text a workbook can hold: control characters removed, cut at Excel's cell limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def runs_as_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def _widths(table: ExportTable) -> list[float]:
    """Each column as wide as its title or its longer values (from a sample), within reason."""
    widths: list[float] = []
    for i, column in enumerate(table.columns):
        lengths = sorted(len(_csv_text(row[i])) for row in table.rows[:WIDTH_SAMPLE])
        typical = lengths[int(len(lengths) * 0.9)] if lengths else 0
        if column.kind == ColumnKind.DATE:
            typical = 10
        widths.append(min(max(len(column.title), typical, MIN_WIDTH) + 2, MAX_WIDTH))
    return widths


def _xlsx_cell(sheet: Any, value: Any, kind: ColumnKind) -> Any:
    if isinstance(value, str):
        text = clean_text(value)
        cell = WriteOnlyCell(sheet, value=None)
        cell.value = text
        cell.data_type = "s"  # never "f": a name or a note cannot become a formula
        if runs_as_formula(text):
            cell.quotePrefix = True
        return cell
    return value


def write_xlsx(table: ExportTable, path: Path, progress: Progress = NO_PROGRESS) -> Path:
    """One sheet with a bold frozen header row, an autofilter and sensible column widths."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(table.name[:31])
    for n, width in enumerate(_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(max(len(table.columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    bold = Font(bold=True)
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=clean_text(column.title))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    kinds = [c.kind for c in table.columns]
    total = len(table.rows)
    for n, row in enumerate(table.rows):
        if n % 2000 == 0:
            progress.step(n, total, f"Writing row {n} of {total}")
        sheet.append([_xlsx_cell(sheet, v, k) for v, k in zip(row, kinds, strict=True)])

    def write(out: BinaryIO) -> None:
        workbook.save(out)

    return write_private(path, write)


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = clean_text(value)
        return "'" + text if runs_as_formula(text) else text
    return str(value)


def csv_rows(table: ExportTable) -> Iterable[list[str]]:
    yield [_csv_text(c.title) for c in table.columns]
    for row in table.rows:
        yield [_csv_text(v) for v in row]


def write_csv(table: ExportTable, path: Path, progress: Progress = NO_PROGRESS) -> Path:
    """UTF-8 with a byte-order mark (so Excel reads accents), dates as ISO, no formulas."""
    progress.step(0, 1, "Writing the file")

    def write(out: BinaryIO) -> None:
        text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
        csv.writer(text).writerows(csv_rows(table))
        text.flush()
        text.detach()

    return write_private(path, write)


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
