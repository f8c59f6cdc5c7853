"""Raw cells into roster values, exactly: IDs as text, names as written, dates from any form."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from coordinator.tools.text import clean_text

EXCEL_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!"}
)
_EPOCH_1900 = dt.date(1899, 12, 30)  # serial 60 is Excel's phantom 29 Feb 1900; 61+ line up
_EPOCH_1904 = dt.date(1904, 1, 1)
_EMAIL = re.compile(
    r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$"
)
EMAIL_PATTERN = _EMAIL  # the column-wise checks match with it too
SCIENTIFIC = re.compile(r"^[+-]?\d(?:[.,]\d+)?[eE][+-]?\d+$")  # 1.00231E+05: digits lost
_US_DATE = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")
_TIME_OF_DAY = re.compile(
    r"^(.*?\S)(?:[ T]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?$"
)
_TEXT_FORMATS = (
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%b. %d, %Y",
    "%d-%b-%Y",
    "%d-%b-%y",
)


class ValueProblem(ValueError):
    """A cell that cannot become the value its column needs: a code, how to fix it, and what is
    wrong when the code's usual words (importing.problem.WHAT_IS_WRONG) would not fit."""

    def __init__(self, code: str, fix: str, message: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.fix = fix
        self.message = message


def clean_id(value: Any) -> str:
    """An employee ID as text: `115838.0` from a numeric cell is `115838`; `090011` keeps its 0."""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        raise ValueProblem("ID_NOT_WHOLE", "an employee ID must be a whole number or text")
    if isinstance(value, bool):
        raise ValueProblem("ID_NOT_TEXT", "type the employee ID")
    text = clean_text(value)
    if SCIENTIFIC.match(text):
        raise ValueProblem(
            "ID_DIGITS_LOST",
            "format the ID column as Text in Excel and type the IDs again (or export them "
            "again from HR); the digits cannot be recovered from this value",
        )
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text


def check_email(text: str) -> str:
    if not _EMAIL.match(text):
        raise ValueProblem("BAD_EMAIL", "write the e-mail as name@district.org")
    return text


def serial_to_date(serial: float, date1904: bool) -> dt.date:
    if date1904:
        return _EPOCH_1904 + dt.timedelta(days=int(serial))
    if serial < 61:  # before Excel's phantom leap day, serials are off by one
        return dt.date(1899, 12, 31) + dt.timedelta(days=int(serial))
    return _EPOCH_1900 + dt.timedelta(days=int(serial))


def parse_date(value: Any, date1904: bool = False) -> dt.date:
    """A date cell, an Excel serial number, or US text (`8/24/25`, `August 24, 2025`)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float | int) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:
            return serial_to_date(float(value), date1904)
        raise ValueProblem("BAD_DATE", "enter a date such as 08/24/2025")
    text = clean_text(value)
    if not text:
        raise ValueProblem("BAD_DATE", "enter a date such as 08/24/2025")
    return parse_date_text(text, date1904)


def parse_date_text(text: str, date1904: bool = False) -> dt.date:
    try:
        if match := _US_DATE.match(text):
            month, day, year = (int(g) for g in match.groups())
            if year < 100:
                year += 2000 if year < 70 else 1900
            return dt.date(year, month, day)
        if match := _ISO_DATE.match(text):
            return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise ValueProblem(
            "BAD_DATE", "check the month and the day", message="This day is not in the calendar."
        ) from None
    if text.replace(".", "", 1).isdigit():
        return parse_date(float(text), date1904)
    for pattern in _TEXT_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueProblem("BAD_DATE", "enter the date as 08/24/2025 or 2025-08-24")


def timestamp_date(value: Any, date1904: bool = False) -> dt.date | None:
    """The day of a date or date-and-time cell (a form's `9/4/2025 14:03:22`), None if neither.

    The date part is read by `parse_date`: check-in files take dates in the forms rosters do.
    """
    if isinstance(value, str) and (match := _TIME_OF_DAY.match(value.strip())):
        value = match.group(1)
    try:
        return parse_date(value, date1904)
    except ValueProblem:
        return None


def split_last_first(text: str) -> tuple[str, str]:
    """`Nguyễn, Thị Mai` -> (`Nguyễn`, `Thị Mai`); a name without a comma is refused."""
    if "," not in text:
        raise ValueProblem("NAME_NOT_LAST_FIRST", "write the name as Last, First")
    last, first = text.split(",", 1)
    last, first = last.strip(), first.strip()
    if not last or not first:
        raise ValueProblem("NAME_NOT_LAST_FIRST", "write the name as Last, First")
    return last, first


def excel_error(value: Any) -> str | None:
    """The Excel error text when a cell holds one (`#N/A`), else None."""
    if isinstance(value, str) and value[:1] == "#" and value.strip().upper() in EXCEL_ERRORS:
        return value.strip().upper()
    return None


# ---- Roster values: stored exactly as the file means them, or a problem; never a guess. ----

EARLIEST_HIRE_YEAR = 1940
_SLASHED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_BARE_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
MONTH_FIRST, DAY_FIRST = "mdy", "dmy"


def slash_order(text: str) -> str | None:
    """The order a `03/04/2025`-style date must be in (mdy or dmy), or None if it could be
    either (or is not such a date)."""
    match = _SLASHED.match(text)
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 >= second:
        return DAY_FIRST
    if second > 12 >= first:
        return MONTH_FIRST
    return None


def is_ambiguous(text: str) -> bool:
    match = _SLASHED.match(text)
    if match is None:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    return first <= 12 and second <= 12 and first != second


def roster_date(value: Any, date1904: bool, order: str | None, latest_year: int) -> dt.date:
    """A hire date as the file means it: a date cell, ISO or written-out text, a day/month
    date whose order is known; anything else is a problem (never a serial guessed from text)."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, bool):
        raise ValueProblem("BAD_DATE", "enter a date such as 2025-08-24")
    elif isinstance(value, int | float):
        raise ValueProblem(
            "SERIAL_IN_TEXT",
            "format the column as Date in Excel (the cell holds the number "
            f"{clean_text(value)}, which Excel shows as a date only in a date format)",
        )
    else:
        day = _roster_date_text(clean_text(value), order)
    if not EARLIEST_HIRE_YEAR <= day.year <= latest_year:
        raise ValueProblem(
            "DATE_NOT_PLAUSIBLE",
            f"a hire date falls between {EARLIEST_HIRE_YEAR} and {latest_year}; check the year",
        )
    return day


def _roster_date_text(text: str, order: str | None) -> dt.date:
    if not text:
        raise ValueProblem("BAD_DATE", "enter a date such as 2025-08-24")
    if _BARE_NUMBER.match(text):
        raise ValueProblem(
            "SERIAL_IN_TEXT",
            "type the date as 2025-08-24 or 08/24/2025; a bare number such as this is not "
            "read as a date",
        )
    match = _SLASHED.match(text)
    if match is not None:
        first, second, year = (int(g) for g in match.groups())
        own = slash_order(text) or (MONTH_FIRST if first == second else None)
        chosen = own or order
        if chosen is None:
            raise ValueProblem(
                "AMBIGUOUS_DATE",
                "this could be day/month or month/day and no other row settles it; choose the "
                "date order in the mapping (--date-order mdy or dmy) or write it as 2025-04-03",
                message="It is not clear which number is the month.",
            )
        month, day = (first, second) if chosen == MONTH_FIRST else (second, first)
        if year < 100:
            year += 2000 if year < 70 else 1900
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueProblem(
                "BAD_DATE",
                "check the month and the day",
                message="This day is not in the calendar.",
            ) from None
    return parse_date_text(text)


# Characters no name holds: control characters, zero-width and bidi formatting characters.
_INVISIBLE_CATEGORIES = ("Cc", "Cf")
_MOJIBAKE = re.compile(
    "[ÃÂ][\u0080-\u00bf\u2013-\u2122\u0152\u0153\u0160\u0161\u017d\u017e\u0178]|â€|á»|Ä‘"
)
MOJIBAKE = _MOJIBAKE  # the column-wise checks search with it too
_LOST_LETTER = re.compile(r"[^\W\d_]\?[^\W\d_]")


def invisible_characters(text: str) -> list[str]:
    """The names of control and formatting characters in `text` ("U+202E RIGHT-TO-LEFT
    OVERRIDE"), each once, in order."""
    import unicodedata

    found: list[str] = []
    for char in text:
        if unicodedata.category(char) in _INVISIBLE_CATEGORIES:
            code = f"U+{ord(char):04X}"
            name = unicodedata.name(
                char,
                {"\t": "TAB", "\r": "CARRIAGE RETURN", "\n": "LINE FEED"}.get(
                    char, "CONTROL CHARACTER"
                ),
            )
            label = f"{code} {name}"
            if label not in found:
                found.append(label)
    return found


def remove_invisible(text: str) -> str:
    """`text` without control and formatting characters; tabs and line breaks become spaces."""
    import unicodedata

    out = []
    for char in text:
        if char in "\t\r\n":
            out.append(" ")
        elif unicodedata.category(char) not in _INVISIBLE_CATEGORIES:
            out.append(char)
    return " ".join("".join(out).split()) if any(c in text for c in "\t\r\n") else "".join(out)


def visible_text(value: Any) -> str:
    """A cell as roster text: `clean_text`, then control and formatting characters removed
    (tabs and line breaks become single spaces), so nothing invisible is ever stored."""
    text = clean_text(value)
    return text if text.isprintable() else remove_invisible(text).strip()


def garbled_text(text: str) -> bool:
    """Text that reads like another encoding's bytes (`NguyÃ…n`) or letters lost to `?`."""
    return bool(_MOJIBAKE.search(text) or ("?" in text and _LOST_LETTER.search(text)))
