"""Finding the roster in a workbook: which sheet, and which row holds the headers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coordinator.errors import NotFoundError, UnreadableInputError
from coordinator.importing.headers import header_text, known_header_count
from coordinator.importing.readers import HIDDEN, VERY_HIDDEN, RosterFile, SheetData, SheetInfo

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


@dataclass(frozen=True)
class SheetChoice:
    """The sheet to read and what the user must be told about the choice."""

    name: str
    notes: tuple[str, ...] = ()


def _roster_score(roster: RosterFile, sheet: SheetInfo) -> int:
    head = roster.read_sheet(sheet.name, nrows=HEADER_SEARCH_ROWS)
    return max((known_header_count(row) for row in head.rows), default=0)


def choose_sheet(roster: RosterFile, wanted: str | None = None) -> SheetChoice:
    """The sheet the user named, or the one that looks most like a roster.

    A hidden sheet is read only when no visible sheet holds roster headers, and the notes say
    so; a very hidden sheet is never read unless named, and is always named in the notes.
    """
    very_hidden = [s for s in roster.sheets if s.state == VERY_HIDDEN and s.is_worksheet]
    if wanted is not None:
        for sheet in roster.sheets:
            if sheet.name == wanted or sheet.name.casefold() == wanted.strip().casefold():
                notes = (_hidden_note(sheet, chosen=True),) if not sheet.visible else ()
                return SheetChoice(sheet.name, notes)
        names = ", ".join(repr(s.name) for s in roster.sheets)
        raise NotFoundError(f"{roster.file_name} has no sheet named {wanted!r} (sheets: {names}).")
    warned = tuple(_very_hidden_note(s) for s in very_hidden)
    hidden = [s for s in roster.sheets if s.state == HIDDEN and s.is_worksheet]
    candidates = candidate_sheets(roster)
    if not candidates and not hidden:
        raise UnreadableInputError(f"{roster.file_name}: the workbook has no worksheet to read.")
    if len(candidates) == 1 and not hidden:
        return SheetChoice(candidates[0].name, warned)
    best: SheetInfo | None = None
    best_score = -1
    for sheet in candidates:
        score = _roster_score(roster, sheet)
        if score > best_score:
            best, best_score = sheet, score
    if best_score < 2:  # no visible sheet holds roster headers: look at the hidden ones
        for sheet in hidden:
            score = _roster_score(roster, sheet)
            if score >= 2 and score > best_score:
                best, best_score = sheet, score
    if best is None:
        raise UnreadableInputError(
            f"{roster.file_name}: the workbook has no visible worksheet to read."
            + (" " + " ".join(warned) if warned else "")
        )
    notes = (_hidden_note(best, chosen=False),) if not best.visible else ()
    return SheetChoice(best.name, notes + warned)


def _hidden_note(sheet: SheetInfo, *, chosen: bool) -> str:
    if chosen:
        return (
            f"Sheet {sheet.name!r} is {sheet.state} in the workbook; it was read because you "
            "chose it."
        )
    return (
        f"The roster was read from sheet {sheet.name!r}, which is hidden in the workbook (no "
        "visible sheet has roster headers). Check that it is the current roster, or choose "
        "another sheet."
    )


def _very_hidden_note(sheet: SheetInfo) -> str:
    return (
        f"The workbook has a very hidden sheet {sheet.name!r} (Excel's Unhide does not list it); "
        "it was not read. Choose it by name to read it."
    )


def sheet_label(sheet: SheetInfo) -> str:
    """A sheet's name as a picker lists it: hidden sheets say so."""
    return sheet.name if sheet.visible else f"{sheet.name} ({sheet.state})"


def chosen_header_row(sheet: SheetData, file_name: str, number: int) -> int:
    """The index of the header row the user named (as Excel numbers it), checked."""
    if number < 1 or number > len(sheet.rows):
        raise UnreadableInputError(
            f"{file_name}: {_where(sheet)}there is no row {number} to use as the header row "
            f"(the sheet has {len(sheet.rows)} rows). Choose a row between 1 and "
            f"{len(sheet.rows)}."
        )
    if not any(header_text(cell) for cell in sheet.rows[number - 1]):
        raise UnreadableInputError(
            f"{file_name}: {_where(sheet)}row {number} is empty, so it cannot be the header row. "
            "Choose the row that holds the column names."
        )
    return number - 1


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


def roster_headers(sheet: SheetData, header_index: int) -> tuple[list[str], list[int]]:
    """Header texts of the header row, and the columns with data below but no header.

    A column without a header is named by its letter ("(column C)"). In a text file, cells past
    the last header are a row's extra cells (reported per row), not a column of their own.
    """
    from coordinator.importing.filetypes import column_letters

    raw = sheet.rows[header_index]
    labelled = [bool(header_text(cell)) for cell in raw]
    last = max((i for i, named in enumerate(labelled) if named), default=-1)
    if sheet.ragged:
        width = last + 1
    else:
        width = max(len(row) for row in sheet.rows[header_index:]) if sheet.rows else 0
    blank = [
        i
        for i in range(width)
        if not (i < len(labelled) and labelled[i]) and _has_data(sheet, header_index, i)
    ]
    width = max(last + 1, blank[-1] + 1 if blank else 0)
    headers = []
    for index in range(width):
        text = header_text(raw[index]) if index < len(raw) else ""
        headers.append(text or f"(column {column_letters(index + 1)})")
    return headers, blank


def _has_data(sheet: SheetData, header_index: int, column: int) -> bool:
    for row in sheet.rows[header_index + 1 :]:
        cell = row[column] if column < len(row) else None
        if cell not in ("", None) and not (type(cell) is str and not cell.strip()):
            return True
    return False


# A roster ends where this many blank rows in a row begin: a stray cell far below it (Excel's
# last row, 1,048,576) is not a person.
LONG_BLANK_RUN = 1_000


def data_row_indexes(sheet: SheetData, header_index: int) -> list[int]:
    """Indexes of the rows below the header that hold anything at all, up to a long blank run."""
    return data_rows_and_stray(sheet, header_index)[0]


def data_rows_and_stray(sheet: SheetData, header_index: int) -> tuple[list[int], int | None]:
    """The data rows' indexes, and the index of the first row holding anything after a long
    blank run (None when there is none): rows from there on are not read."""
    rows = sheet.rows
    found: list[int] = []
    last = header_index
    for i in range(header_index + 1, len(rows)):
        row = rows[i]
        # The first cell settles most rows at once; only rows starting blank are looked along.
        if (row and row[0] not in ("", None)) or any(cell not in ("", None) for cell in row):
            if i - last > LONG_BLANK_RUN:
                return found, i
            found.append(i)
            last = i
    return found, None


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
    "SheetChoice",
    "candidate_sheets",
    "choose_sheet",
    "chosen_header_row",
    "data_row_indexes",
    "data_rows_and_stray",
    "empty_sheet",
    "find_header_row",
    "headers_of",
    "refuse_headers_only",
    "roster_headers",
]


def cell_name(row_index: int, column: int) -> str:
    from coordinator.importing.filetypes import column_letters

    return f"{column_letters(column + 1)}{row_index + 1}"


def fill_merged(
    sheet: SheetData, header_index: int
) -> tuple[list[str], dict[int, tuple[int, str]]]:
    """Merged cells in the data area: a range down one column is filled with its top value
    (and a note names the range); a range across columns is returned, by row, as a problem to
    report, since which column its value belongs in would be a guess."""
    notes: list[str] = []
    across: dict[int, tuple[int, str]] = {}
    rows = sheet.rows
    for (top, left), (bottom, right) in sheet.merged:
        if bottom <= header_index or top >= len(rows):
            continue
        top = max(top, header_index + 1)
        name = f"{cell_name(top, left)}:{cell_name(bottom, right)}"
        if right > left:
            for index in range(top, min(bottom, len(rows) - 1) + 1):
                across.setdefault(index, (left, name))
            continue
        if bottom == top or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for index in range(top + 1, min(bottom, len(rows) - 1) + 1):
            if left < len(rows[index]) and rows[index][left] in ("", None):
                rows[index][left] = value
        notes.append(
            f"Cells {name} are merged: the value of {cell_name(top, left)} was used for rows "
            f"{top + 1} to {bottom + 1}. Check that this is right, or unmerge the cells in Excel "
            "and fill in each row."
        )
    return notes, across
