"""Finding the roster in a workbook: which sheet, and which row holds the headers."""

from __future__ import annotations

import re

from coordinator.errors import NotFoundError, UnreadableInputError
from coordinator.importing.headers import header_text, known_header_count
from coordinator.importing.readers import RosterFile, SheetData, SheetInfo

HEADER_SEARCH_ROWS = 30
_INSTRUCTION_NAMES = re.compile(
    r"^(instructions?|read ?me|notes?|about|help|info(rmation)?|cover|directions|"
    r"how to|legend|key|lists?|lookups?|settings|config)\b",
    re.IGNORECASE,
)


def candidate_sheets(roster: RosterFile) -> list[SheetInfo]:
    """Visible worksheets that are not instruction or lookup sheets (in workbook order)."""
    visible = [s for s in roster.sheets if s.visible and s.is_worksheet]
    useful = [s for s in visible if not _INSTRUCTION_NAMES.match(s.name.strip())]
    return useful or visible


def choose_sheet(roster: RosterFile, wanted: str | None = None) -> str:
    """The sheet the user named, or the one that looks most like a roster."""
    if wanted is not None:
        for sheet in roster.sheets:
            if sheet.name == wanted or sheet.name.casefold() == wanted.strip().casefold():
                return sheet.name
        names = ", ".join(repr(s.name) for s in roster.sheets)
        raise NotFoundError(f"{roster.file_name} has no sheet named {wanted!r} (sheets: {names}).")
    candidates = candidate_sheets(roster)
    if not candidates:
        raise UnreadableInputError(f"{roster.file_name}: the workbook has no worksheet to read.")
    if len(candidates) == 1:
        return candidates[0].name
    best, best_score = candidates[0].name, -1
    for sheet in candidates:
        head = roster.read_sheet(sheet.name, nrows=HEADER_SEARCH_ROWS)
        score = max((known_header_count(row) for row in head.rows), default=0)
        if score > best_score:
            best, best_score = sheet.name, score
    return best


def find_header_row(sheet: SheetData, file_name: str) -> int:
    """The index of the header row: title blocks, "Run date:" lines and blank rows are skipped."""
    rows = sheet.rows[:HEADER_SEARCH_ROWS]
    best_index, best_known = -1, 1
    for index, row in enumerate(rows):
        known = known_header_count(row)
        if known > best_known:
            best_index, best_known = index, known
    if best_index >= 0:
        return best_index
    # No recognisable headers: the first row with several text cells that has data below it.
    for index, row in enumerate(rows):
        texts = sum(1 for c in row if isinstance(c, str) and c.strip() and not _is_label_line(c))
        if texts >= 2 and index + 1 < len(sheet.rows):
            return index
    raise UnreadableInputError(
        f"{file_name}: {_where(sheet)}no header row was found in the first "
        f"{HEADER_SEARCH_ROWS} rows. "
        "Make sure the sheet has one row of column names above the data."
    )


def _is_label_line(text: str) -> bool:
    return text.strip().endswith(":")


def headers_of(sheet: SheetData, header_index: int) -> list[str]:
    """Header texts of the header row; columns without a header are named by their letter."""
    from coordinator.importing.filetypes import column_letters

    raw = sheet.rows[header_index]
    last = max((i for i, cell in enumerate(raw) if header_text(cell)), default=-1)
    width = max(last + 1, _data_width(sheet, header_index))
    headers = []
    for index in range(width):
        text = header_text(raw[index]) if index < len(raw) else ""
        headers.append(text or f"(column {column_letters(index + 1)})")
    return headers


def _data_width(sheet: SheetData, header_index: int) -> int:
    widest = 0
    for row in sheet.rows[header_index + 1 : header_index + 200]:
        for index in range(len(row) - 1, -1, -1):
            if row[index] not in ("", None):
                widest = max(widest, index + 1)
                break
    return widest


def data_row_indexes(sheet: SheetData, header_index: int) -> list[int]:
    """Indexes of the rows below the header that hold anything at all."""
    rows = sheet.rows
    return [
        i
        for i in range(header_index + 1, len(rows))
        if any(cell not in ("", None) for cell in rows[i])
    ]


def _where(sheet: SheetData) -> str:
    return f"sheet {sheet.name!r}: " if sheet.name else ""


def refuse_headers_only(roster: RosterFile, sheet: SheetData) -> None:
    raise UnreadableInputError(
        f"{roster.file_name}: {_where(sheet)}there are column headers but no rows of people "
        "below them. Check that you exported the data, not just the layout."
    )


def empty_sheet(roster: RosterFile, sheet: SheetData) -> UnreadableInputError:
    return UnreadableInputError(
        f"{roster.file_name}: {_where(sheet)}the sheet is empty. Choose the sheet that holds "
        "the roster, or export the roster again."
    )


__all__ = [
    "candidate_sheets",
    "choose_sheet",
    "data_row_indexes",
    "empty_sheet",
    "find_header_row",
    "headers_of",
    "refuse_headers_only",
]
