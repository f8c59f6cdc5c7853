"""One thing wrong in an imported file, the same for every importer (roster, workbook, survey).

A problem names where it is the way Excel does (file, sheet, row number, column letter and the
column's header), the value found there, a short code, and in words what is wrong and how to fix
it. The window's problem table, the saved problems workbook and the command line all show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from coordinator.tools.text import clean_text


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
    def text(self) -> str:
        """What is wrong and how to fix it, in one piece."""
        return " ".join(part for part in (self.message, self.fix) if part)

    def describe(self) -> str:
        where = [self.file]
        if self.sheet:
            where.append(f"sheet {self.sheet!r}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column!r}")
        shown = f" value {self.value!r}" if self.value else ""
        return f"{', '.join(where)}:{shown} [{self.code}] {self.text}"


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
