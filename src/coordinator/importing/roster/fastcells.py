"""Checking a whole column at once: the cells whose value is plainly right, read in one pass.

Most cells of a roster are plain (ASCII text with nothing to trim, a whole-number ID, a date
cell or an ISO date): for those the per-cell checks of `validate` would keep the value exactly
as it is. Each function here takes a column's raw cells and returns, per cell, that value, None
for a blank cell, or SLOW for a cell the per-cell checks must read (anything else: text to trim
or normalise, a possible problem, a value to say something about). A cell is only ever taken
here when the per-cell checks would store the same value and say nothing about it, so every
problem and note still comes from one place.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from functools import partial
from operator import itemgetter
from typing import Any, Final

from coordinator.importing.values import EARLIEST_HIRE_YEAR, EMAIL_PATTERN, MOJIBAKE, SCIENTIFIC


class _Slow:
    """The mark of a cell the per-cell checks must read."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "SLOW"


SLOW: Final = _Slow()
# Whole numbers this small print in at most 16 characters, inside every length limit.
_WHOLE_LIMIT = 10**15

# A field's column function: (raw cells, longest text kept, '#' text is an Excel error) -> cells.
ColumnCheck = Callable[[Sequence[Any], int, bool], list[Any]]


def text_column(cells: Sequence[Any], longest: int, excel: bool) -> list[Any]:
    """Plain text: printable, no space to trim, no '?' (a letter lost to an encoding), in a
    workbook no leading '#' (an Excel error such as #N/A); beyond ASCII, already composed
    (NFC) and not garbled. (Printable text holds no non-breaking or other odd spaces.)"""
    composed = partial(unicodedata.is_normalized, "NFC")
    garbled = MOJIBAKE.search
    return [
        v
        if type(v) is str
        and 0 < len(v) <= longest
        and v.isprintable()
        and "?" not in v
        and v[0] != " "
        and v[-1] != " "
        and not (excel and v[0] == "#")
        and (v.isascii() or (composed(v) and not garbled(v)))
        else None
        if v == "" or v is None
        else SLOW
        for v in cells
    ]


def email_column(cells: Sequence[Any], longest: int, excel: bool) -> list[Any]:
    """Plain text (as `text_column`) that is a well-formed e-mail address."""
    match = EMAIL_PATTERN.match
    return [
        v
        if type(v) is str
        and 0 < len(v) <= longest
        and v.isascii()
        and v.isprintable()
        and "?" not in v
        and v[0] != " "
        and v[-1] != " "
        and v[0] != "#"
        and match(v)
        else None
        if v == "" or v is None
        else SLOW
        for v in cells
    ]


def phone_column(cells: Sequence[Any], longest: int, excel: bool) -> list[Any]:
    """Plain text (as `text_column`) that is not a number in scientific notation."""
    scientific = SCIENTIFIC.match
    return [
        v
        if type(v) is str
        and 0 < len(v) <= longest
        and v.isascii()
        and v.isprintable()
        and "?" not in v
        and v[0] != " "
        and v[-1] != " "
        and v[0] != "#"
        and not scientific(v)
        else None
        if v == "" or v is None
        else SLOW
        for v in cells
    ]


def id_column(cells: Sequence[Any], longest: int, excel: bool) -> list[Any]:
    """Employee IDs: digits as text (zeros kept), or a whole number from a number cell."""
    if longest < 17:
        return [None if v == "" or v is None else SLOW for v in cells]
    return [
        v
        if type(v) is str and 0 < len(v) <= longest and v.isdigit() and v.isascii()
        else str(int(v))
        if type(v) is float and v.is_integer() and -_WHOLE_LIMIT < v < _WHOLE_LIMIT
        else str(v)
        if type(v) is int and -_WHOLE_LIMIT < v < _WHOLE_LIMIT
        else None
        if v == "" or v is None
        else SLOW
        for v in cells
    ]


def date_column(latest_year: int) -> ColumnCheck:
    """Hire dates: a date cell, or ISO text (2025-08-24), in the plausible years."""

    def check(cells: Sequence[Any], longest: int, excel: bool) -> list[Any]:
        date = dt.date
        return [
            v
            if type(v) is date and EARLIEST_HIRE_YEAR <= v.year <= latest_year
            else _iso_date(v, latest_year)
            if type(v) is str and len(v) == 10 and v[4] == "-" and v[7] == "-"
            else None
            if v == "" or v is None
            else SLOW
            for v in cells
        ]

    return check


def _iso_date(text: str, latest_year: int) -> Any:
    if not (text.isascii() and text[:4].isdigit() and text[5:7].isdigit() and text[8:].isdigit()):
        return SLOW
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return SLOW  # not in the calendar: the per-cell check says so
    return day if EARLIEST_HIRE_YEAR <= day.year <= latest_year else SLOW


def years_column(cells: Sequence[Any], longest: int, excel: bool) -> list[Any]:
    """Whole years of experience, 0 to 60, from a number cell or digits."""
    return [
        int(v)
        if type(v) is float and v.is_integer() and 0 <= v <= 60
        else v
        if type(v) is int and 0 <= v <= 60
        else int(v)
        if type(v) is str and 0 < len(v) <= 2 and v.isdigit() and v.isascii() and int(v) <= 60
        else None
        if v == "" or v is None
        else SLOW
        for v in cells
    ]


def column_checks(latest_year: int) -> dict[str, ColumnCheck]:
    """Each field's column function (fields not named here are text)."""
    return {
        "employee_id": id_column,
        "email": email_column,
        "phone": phone_column,
        "hire_date": date_column(latest_year),
        "years_experience": years_column,
    }


def raw_column(rows: Sequence[Sequence[Any]], column: int, shortest: int) -> list[Any]:
    """One column's raw cells, "" where a row is too short to have it (`shortest` is the
    length of the shortest row: when every row has the column, it is taken at once)."""
    if column < shortest:
        return list(map(itemgetter(column), rows))
    return [cells[column] if column < len(cells) else "" for cells in rows]
