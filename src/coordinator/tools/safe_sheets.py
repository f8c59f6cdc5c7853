"""Every spreadsheet Coordinator writes (xlsx and csv): text stays text, never a formula.

Names, notes and campuses come from rosters and people's typing; a value such as
`=HYPERLINK("http://x","y")` or `=cmd|' /C calc'!A0` must reach Excel as the text it is.

- xlsx: every str is a string cell (never openpyxl's "f"); text Excel would run as a formula
  (starting with = + - @, a tab or a carriage return) also gets Excel's quote prefix, so editing
  the cell keeps it text. Characters a workbook cannot hold (control characters) are removed,
  and text is cut at Excel's cell limit.
- csv: the same text gets a leading apostrophe (the OWASP CSV-injection advice); numbers,
  negative ones too, stay numbers (text such as "-2" is text, so it gets
  the apostrophe).

Both are written owner-only and all or nothing (tools.private_files). openpyxl is imported only
when an xlsx is written; a single big table (an export) is written by tools.xlsx_stream instead,
which streams its rows with the same cells.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from coordinator.tools.private_files import write_private, write_private_bytes

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
# XML 1.0 cannot hold these (tab, line feed and carriage return it can): openpyxl refuses them.
ILLEGAL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def workbook_text(text: str) -> str:
    """Text a workbook can hold: control characters removed, cut at Excel's cell limit."""
    text = ILLEGAL_CHARACTERS.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def runs_as_formula(text: str) -> bool:
    """Whether Excel would take the text for a formula (or the start of one)."""
    return text.startswith(FORMULA_STARTS)


# -- xlsx -------------------------------------------------------------------------------------


def new_workbook() -> Workbook:
    """A streaming (write-only) workbook: its sheets get rows through `append_row` only."""
    from openpyxl import Workbook

    return Workbook(write_only=True)


def add_sheet(
    book: Workbook,
    title: str,
    *,
    widths: Sequence[float] = (),
    freeze: str | None = None,
    state: str = "visible",
) -> WriteOnlyWorksheet:
    """A sheet with column widths and frozen panes (both must be set before the first row)."""
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(workbook_text(title)[:31])
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    if freeze:
        sheet.freeze_panes = freeze
    sheet.sheet_state = state
    return sheet


def xlsx_cell(
    sheet: WriteOnlyWorksheet,
    value: Any,
    *,
    font: Font | None = None,
    fill: PatternFill | None = None,
    number_format: str | None = None,
) -> Any:
    """The cell for `value`: a str becomes a string cell that can never run as a formula."""
    from openpyxl.cell import WriteOnlyCell

    if not isinstance(value, str) and font is None and fill is None and number_format is None:
        return value
    cell = WriteOnlyCell(sheet, value=None)
    if isinstance(value, str):
        text = workbook_text(value)
        cell.value = text
        cell.data_type = "s"  # never "f": a name or a note cannot become a formula
        if runs_as_formula(text):
            cell.quotePrefix = True
    else:
        cell.value = value
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if number_format is not None:
        cell.number_format = number_format
    return cell


def append_row(
    sheet: WriteOnlyWorksheet,
    values: Iterable[Any],
    *,
    font: Font | None = None,
    fill: PatternFill | None = None,
    number_formats: Sequence[str | None] = (),
) -> None:
    """Append one row of plain values (str, numbers, dates, bools, None), each made safe.

    `number_formats` gives each column's Excel number format ("0.00", "yyyy-mm-dd"), by position.
    """
    if not number_formats:
        sheet.append([xlsx_cell(sheet, v, font=font, fill=fill) for v in values])
        return
    formats = list(number_formats)
    cells = []
    for n, v in enumerate(values):
        typed = v is not None and not isinstance(v, str)
        shape = formats[n] if typed and n < len(formats) else None
        cells.append(xlsx_cell(sheet, v, font=font, fill=fill, number_format=shape))
    sheet.append(cells)


WIDTH_CAP = 60  # characters: a long note wraps off the screen rather than making the sheet wide
WIDTH_PADDING = 2  # the filter button beside a header, and a little air
WIDTH_MIN = 8  # a narrow column still shows its filter button beside a short header


def shown_length(value: Any) -> int:
    """How many characters a cell shows: its longest line; 10 for a date; 2 decimals for a float."""
    if value is None:
        return 0
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    if isinstance(value, bool):
        return 3
    if isinstance(value, dt.date):
        return 16 if isinstance(value, dt.datetime) else 10
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    if isinstance(value, int):
        return len(f"{value:,}")
    return len(str(value))


def fitted_widths(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], *, cap: int = WIDTH_CAP
) -> list[float]:
    """Each column as wide as its longest value or its header, whichever is wider, up to `cap`."""
    longest = [len(h) for h in headers]
    for row in rows:
        for n, value in enumerate(row[: len(longest)]):
            length = shown_length(value)
            if length > longest[n]:
                longest[n] = length
    return column_widths(longest, cap=cap)


def column_widths(longest: Sequence[int], *, cap: int = WIDTH_CAP) -> list[float]:
    """Column widths for the longest value each column shows, padded, at least WIDTH_MIN."""
    return [float(min(max(length + WIDTH_PADDING, WIDTH_MIN), cap)) for length in longest]


def write_table_xlsx(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    number_formats: Sequence[str | None] = (),
    *,
    on_rows: Callable[[int], None] | None = None,
) -> int:
    """One table as a sheet with a bold frozen header, a filter and fitted widths, streamed
    from `rows` in constant memory (tools.xlsx_stream); owner-only, all or nothing.

    Returns the number of data rows written; `on_rows(n)` hears every thousand rows."""
    from coordinator.tools.xlsx_stream import write_table

    written = 0

    def write(out: BinaryIO) -> None:
        nonlocal written
        written = write_table(out, title, headers, rows, number_formats, on_rows=on_rows)

    write_private(path, write)
    return written


def save_workbook(book: Workbook, path: Path) -> Path:
    """Write the workbook to `path`, owner-only and all or nothing.

    The workbook is finished in memory first, so a destination that cannot be written leaves no
    streaming sheet half-closed behind it.
    """
    buffer = io.BytesIO()
    book.save(buffer)
    return write_private_bytes(path, buffer.getvalue())


# -- csv --------------------------------------------------------------------------------------


def csv_text(value: Any) -> str:
    """A value as csv text: dates as ISO, Yes/No, numbers plain (12.5, 1234), and text Excel
    would run kept inert."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):  # hours: 12.5, 12, 0.33 (never 12.0 or 0.333333)
        return f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, str):
        text = workbook_text(value)
        return "'" + text if runs_as_formula(text) else text
    return str(value)


CSV_SEEN_LIMIT = 100_000  # texts remembered while a csv is written (names and dates recur)


def csv_rows(rows: Iterable[Sequence[Any]]) -> Iterator[list[str]]:
    """Each row's values as csv text (csv_text), the texts of recurring names and dates
    worked out once."""
    seen: dict[Any, str] = {}
    for row in rows:
        cells = []
        for value in row:
            kind = type(value)
            if kind is int:
                cells.append(str(value))
            elif value is None:
                cells.append("")
            elif kind is str or kind is dt.date:
                text = seen.get(value)
                if text is None:
                    text = csv_text(value)
                    if len(seen) < CSV_SEEN_LIMIT:
                        seen[value] = text
                cells.append(text)
            else:
                cells.append(csv_text(value))
        yield cells


def write_csv(path: Path, rows: Iterable[Sequence[Any]]) -> Path:
    """UTF-8 with a byte-order mark (so Excel reads accents); owner-only, all or nothing."""

    def write(out: BinaryIO) -> None:
        text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
        csv.writer(text).writerows(csv_rows(rows))
        text.flush()
        text.detach()

    return write_private(path, write)
