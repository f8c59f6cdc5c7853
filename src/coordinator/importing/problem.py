"""One thing wrong in an imported file, the same for every importer (roster, workbook, survey).

A problem names where it is the way Excel does (file, sheet, row number, column letter and the
column's header), the value found there, in words what is wrong and how to fix it, and a short
code. The sentence comes first everywhere (the window's problem table, the saved problems file,
the command line); the code is only a small reference beside it, for support and for searching.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from coordinator.tools.text import clean_text

# What is wrong, for the codes whose fix alone only says what to do ("enter a date such as ...").
WHAT_IS_WRONG = {
    "BAD_DATE": "This is not a date",
    "BAD_EMAIL": "This is not an e-mail address",
    "ID_NOT_WHOLE": "The employee ID has a fraction",
    "ID_NOT_TEXT": "The employee ID is a TRUE/FALSE value",
    "NAME_NOT_LAST_FIRST": "The name is not written as Last, First",
    "TOO_LONG": "The value is too long",
    "MISSING_ID": "The row has no employee ID and no e-mail",
    "MISSING_NAME": "The row has no name",
    "REPEATED_IN_FILE": "This row repeats another",
    "DUPLICATE_LABEL": "Two columns have headers meaning the same thing",
    "BLANK_LABEL": "This column has data but no header",
    "MISSING_CELL": "The row is shorter than the header row",
    "EXTRA_CELL": "The row has more cells than the header row",
    "MERGED_CELLS": "These cells are merged across several columns",
    "ID_DIGITS_LOST": "Excel turned this number into scientific notation and dropped digits",
    "NUMBER_DIGITS_LOST": "Excel turned this number into scientific notation and dropped digits",
    "DATE_NOT_PLAUSIBLE": "This date is not a plausible hire date",
    "SERIAL_IN_TEXT": "This is a bare number, not a date",
}


def as_sentence(text: str) -> str:
    """Text with a capital first letter and a full stop at the end."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the file, said so a coordinator can find and fix it in Excel."""

    file: str
    sheet: str
    row: int | None  # the row number as Excel shows it
    column: str  # the column's header as the file shows it ("" when no one column is at fault)
    value: str
    code: str
    fix: str  # how to fix it
    letter: str = ""  # the column letter as Excel shows it ("C"), when known
    message: str = ""  # what is wrong, when the code and the fix do not say it already

    @property
    def sentence(self) -> str:
        """What is wrong and how to fix it as a sentence a coordinator reads, without the code.

        "This is not a date: enter the date as 08/24/2025 or 2025-08-24."
        """
        what = "" if self.message else WHAT_IS_WRONG.get(self.code, "")
        if what and self.fix:
            return as_sentence(f"{what}: {self.fix}")
        return " ".join(as_sentence(part) for part in (what, self.message, self.fix) if part)

    @property
    def place(self) -> str:
        """Where it is and the value found there: "roster.xlsx, row 3, column 'Hire Date' (G):
        value 'soon':"."""
        where = [self.file]
        if self.sheet:
            where.append(f"sheet {self.sheet!r}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column!r}" + (f" ({self.letter})" if self.letter else ""))
        elif self.letter:
            where.append(f"column {self.letter}")
        shown = f" value {self.value!r}:" if self.value else ""
        return f"{', '.join(where)}:{shown}"

    def describe(self) -> str:
        """One line for the command line: where, the value, the sentence, the code at the end."""
        return f"{self.place} {self.sentence} [{self.code}]"


def column_letter(index: int | None) -> str:
    """The letter of a 0-based column index ("A" for 0, "AA" for 26), or "" for no column."""
    if index is None or index < 0:
        return ""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class SheetColumns:
    """Where one sheet's problems are: its file and sheet, and each field's header and letter."""

    file: str
    sheet: str
    headers: Mapping[str, str] = field(default_factory=dict)  # field -> header in the file
    letters: Mapping[str, str] = field(default_factory=dict)  # field -> column letter

    def problem(
        self,
        row: int,
        field_name: str | None,
        value: object,
        code: str,
        *,
        fix: str = "",
        message: str = "",
    ) -> Problem:
        """A problem in the column holding `field_name` (none when it is None or unknown)."""
        key = field_name or ""
        return Problem(
            file=self.file,
            sheet=self.sheet,
            row=row,
            column=self.headers.get(key, ""),
            value=clean_text(value)[:60],
            code=code,
            fix=fix,
            letter=self.letters.get(key, ""),
            message=message,
        )
