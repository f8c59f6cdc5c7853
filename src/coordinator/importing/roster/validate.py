"""Checking every row: each becomes a typed roster record or a list of problems a person can fix."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from coordinator.errors import CoordinatorError
from coordinator.importing.headers import FIELD_LABELS
from coordinator.importing.problem import Problem, column_letter
from coordinator.importing.readers import SheetData
from coordinator.importing.roster import fastcells
from coordinator.importing.roster.fastcells import SLOW
from coordinator.importing.values import (
    EARLIEST_HIRE_YEAR,
    MONTH_FIRST,
    SCIENTIFIC,
    ValueProblem,
    check_email,
    clean_id,
    excel_error,
    garbled_text,
    invisible_characters,
    is_ambiguous,
    remove_invisible,
    roster_date,
    slash_order,
    split_last_first,
    visible_text,
)
from coordinator.tools.text import clean_text

Mapping = Sequence[str | None]  # the field each column fills, by column index
MAX_LENGTHS = {"employee_id": 40, "email": 320, "phone": 60, "grade": 60, "campus_code": 40}
DEFAULT_MAX_LENGTH = 200


@dataclass(frozen=True, slots=True)
class RosterRecord:
    """One valid row: the fields it fills (blank cells are left out)."""

    row: int
    values: dict[str, Any]


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row that holds no person (a total, a section heading, a report footer), left out."""

    row: int
    reason: str  # "a total line", "a section heading", ...
    text: str  # what the row says, cut short

    def describe(self) -> str:
        return f"row {self.row} skipped: {self.reason} ({self.text!r})"


@dataclass
class CheckedRoster:
    records: list[RosterRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    invalid_rows: set[int] = field(default_factory=set)
    skipped: list[SkippedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # values read in a way the preview must say


def require_usable_mapping(mapping: Mapping, email_key: bool = False) -> None:
    """A roster needs a key (the employee ID, or the e-mail when the mapping says it is this
    file's key) and names; say which column is missing."""
    fields = {f for f in mapping if f}
    missing = []
    if "employee_id" not in fields and not (email_key and "email" in fields):
        missing.append(
            "Employee ID (or E-mail, saying that e-mail is this file's key: --key email)"
            if "email" in fields
            else "Employee ID (or E-mail)"
        )
    if (
        "full_name" not in fields
        and not {"first_name", "last_name"} <= fields
        and not {"preferred_name", "last_name"} <= fields
    ):
        missing.append("Last name and First name (or Name (Last, First))")
    if missing:
        raise CoordinatorError(
            "No column is mapped to " + " and ".join(missing) + ". Choose the matching column "
            "in the mapping (or use --profile), then try again."
        )
    repeated = sorted({f for f in fields if list(mapping).count(f) > 1})
    if repeated:
        labels = ", ".join(FIELD_LABELS.get(f, f) for f in repeated)
        raise CoordinatorError(f"More than one column is mapped to {labels}; keep one.")


GARBLED_FIX = (
    "the file was saved in one encoding and read in another; in Excel use Save As > CSV UTF-8 "
    "(or send the .xlsx itself) and import that file"
)


NUL_MESSAGE = "This cell holds a NUL byte, which no roster value has: the file is damaged here."
NUL_FIX = (
    "retype the value in Excel and save the file again as CSV UTF-8, or import the valid rows "
    "only and add this person by hand"
)


def _text(value: Any) -> str:
    if type(value) is str and value.isascii() and value.isprintable() and "?" not in value:
        return value.strip()
    text = visible_text(value)
    if garbled_text(text) or (type(value) is str and garbled_text(value)):
        raise ValueProblem(
            "GARBLED_TEXT",
            GARBLED_FIX,
            message="The letters look garbled, as when a file is read in the wrong encoding.",
        )
    return text


def _date_converter(date1904: bool, order: str | None, latest_year: int) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if type(value) is dt.date and EARLIEST_HIRE_YEAR <= value.year <= latest_year:
            return value
        return roster_date(value, date1904, order, latest_year)

    return convert


def _email(value: Any) -> str:
    return check_email(_text(value))


def years_of_experience(value: Any) -> int:
    """Whole years of teaching experience: 0 to 60; "3.0" is 3, "2.5" or "three" a problem."""
    fix = "write the whole years of teaching experience as a number from 0 to 60, such as 0 or 3"
    if isinstance(value, bool):
        raise ValueProblem("BAD_YEARS", fix, "This is not a number of years")
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(clean_text(value).replace(",", "."))
        except ValueError:
            raise ValueProblem("BAD_YEARS", fix, "This is not a number of years") from None
    if not number.is_integer() or not 0 <= number <= 60:
        raise ValueProblem("BAD_YEARS", fix, "This is not a whole number of years from 0 to 60")
    return int(number)


def _phone(value: Any) -> str:
    text = _text(value)
    if SCIENTIFIC.match(text):
        raise ValueProblem(
            "NUMBER_DIGITS_LOST",
            "format the column as Text in Excel and type the number again, or export it again",
        )
    return text


def _id(value: Any) -> str:
    text = clean_id(value)
    return text if text.isprintable() else remove_invisible(text).strip()


def converters(
    date1904: bool, date_order: str | None = None, latest_year: int | None = None
) -> dict[str, Callable[[Any], Any]]:
    convert: dict[str, Callable[[Any], Any]] = dict.fromkeys(FIELD_LABELS, _text)
    convert["employee_id"] = _id
    convert["email"] = _email
    convert["phone"] = _phone
    latest = latest_year if latest_year is not None else dt.date.today().year + 1
    convert["hire_date"] = _date_converter(date1904, date_order, latest)
    convert["years_experience"] = years_of_experience
    return convert


def settled_order(
    sheet: SheetData, column: int | None, row_indexes: Sequence[int]
) -> tuple[str | None, str]:
    """The day/month order the file's own dates settle ("mdy", "dmy" or None) and why."""
    if column is None:
        return None, ""
    seen: dict[str, int] = {}
    for index in row_indexes:
        cells = sheet.rows[index]
        value = cells[column] if column < len(cells) else None
        if type(value) is str:
            order = slash_order(value.strip())
            if order is not None and order not in seen:
                seen[order] = index + 1
                if len(seen) == 2:
                    return None, ""  # the rows disagree: every unclear one is a problem
    if len(seen) != 1:
        return None, ""
    order, row = next(iter(seen.items()))
    words = "month first" if order == MONTH_FIRST else "day first"
    return order, f"dates like 03/04/2025 were read {words}, as row {row} shows"


def check_rows(
    sheet: SheetData,
    file_name: str,
    headers: Sequence[str],
    mapping: Mapping,
    row_indexes: Sequence[int],
    date1904: bool = False,
    *,
    merged_across: dict[int, tuple[int, str]] | None = None,
    date_order: str | None = None,
    latest_year: int | None = None,
    email_key: bool = False,
) -> CheckedRoster:
    """Each data row becomes a record, or problems naming file, sheet, row, column and the fix.

    Rows that hold no person (totals, section headings, footers) are skipped and listed.
    """
    require_usable_mapping(mapping, email_key)
    date_column = _column_of(mapping, "hire_date")
    own_order, order_note = settled_order(sheet, date_column, row_indexes)
    latest = latest_year if latest_year is not None else dt.date.today().year + 1
    convert = converters(date1904, own_order or date_order, latest)
    columns = [
        (i, f, convert[f], MAX_LENGTHS.get(f, DEFAULT_MAX_LENGTH))
        for i, f in enumerate(mapping)
        if f
    ]
    errors = sheet.cell_errors
    padded = sheet.padded
    result = CheckedRoster()
    header_width = len(headers)
    ragged = sheet.ragged
    across = merged_across or {}
    id_column = _column_of(mapping, "employee_id")
    notes = ValueNotes()
    use_preferred = bool({"preferred_name", "last_name"} <= set(mapping)) and not (
        {"first_name", "full_name"} & set(mapping)
    )

    def problem(
        row: int, column: int | None, value: Any, code: str, fix: str, message: str = ""
    ) -> None:
        header = headers[column] if column is not None and column < header_width else ""
        shown = "" if value is None else shown_value(value)
        result.problems.append(
            Problem(
                file_name,
                sheet.name,
                row,
                header,
                shown,
                code,
                fix,
                letter=column_letter(column),
                message=message,
            )
        )
        result.invalid_rows.add(row)

    def read_cell(
        index: int, column: int, name: str, to_value: Callable[[Any], Any], longest: int, raw: Any
    ) -> Any:
        """One cell checked on its own: its value, or None (blank, or a problem reported)."""
        row_number = index + 1
        if errors and (index, column) in errors:
            problem(
                row_number,
                column,
                errors[(index, column)],
                "CELL_ERROR",
                "the cell holds an error or a formula with no saved value; type the "
                "value, or open the file in Excel, recalculate and save it",
            )
            return None
        if raw == "" or raw is None:
            return None
        if padded and type(raw) is float and (index, column) in padded and raw.is_integer():
            raw = str(int(raw)).zfill(padded[(index, column)])  # as Excel shows it: 000042
        if not ragged and type(raw) is str and raw[:1] == "#" and excel_error(raw):
            problem(
                row_number,
                column,
                raw,
                "CELL_ERROR",
                "the cell holds an Excel error; replace it with a value",
            )
            return None
        try:
            value = to_value(raw)
        except ValueProblem as exc:
            problem(row_number, column, raw, exc.code, exc.fix, exc.message)
            return None
        if value == "":
            return None
        if type(value) is str and len(value) > longest:
            problem(row_number, column, value[:40] + "...", "TOO_LONG", "shorten the value")
            return None
        if type(raw) is str and type(value) is str and value != raw:
            if "\x00" in raw:  # only a changed value can hold one: no cost on clean cells
                problem(row_number, column, raw, "NUL_BYTE", NUL_FIX, NUL_MESSAGE)
                return None
            _note_change(notes, column, row_number, name, raw, value)
        elif date_column == column and type(raw) is str and is_ambiguous(raw.strip()):
            notes.add(column, row_number, order_note or _order_words(date_order))
        return value

    # Plain cells are taken a whole column at a time; the others are read one by one.
    rows = [sheet.rows[index] for index in row_indexes]
    fast, slow_rows, blanks = _fast_columns(
        rows, row_indexes, columns, errors, padded, not ragged, latest
    )
    names = [name for _, name, _, _ in columns]
    full_names = "full_name" in names
    for n, (index, cells, plain) in enumerate(
        zip(row_indexes, rows, zip(*fast, strict=True), strict=True)
    ):
        row_number = index + 1
        first_problem = len(result.problems)
        if ragged and len(cells) != header_width:
            _ragged_row(cells, header_width, row_number, headers, problem)
        if across and index in across:
            column, name = across[index]
            problem(
                row_number,
                column,
                None,
                "MERGED_CELLS",
                f"unmerge {name} in Excel and type each value in its own cell",
            )
        values: dict[str, Any]
        if n in slow_rows:
            width = len(cells)
            values = {}
            for (column, name, to_value, longest), value in zip(columns, plain, strict=True):
                checked = value
                if value is SLOW:
                    raw = cells[column] if column < width else ""
                    checked = read_cell(index, column, name, to_value, longest, raw)
                if checked is not None:
                    values[name] = checked
        elif blanks:
            values = {
                name: value for name, value in zip(names, plain, strict=True) if value is not None
            }
        else:
            values = dict(zip(names, plain, strict=True))
        if row_number not in result.invalid_rows:
            if use_preferred and "preferred_name" in values:
                values.setdefault("first_name", values["preferred_name"])
            if (
                full_names
                or "employee_id" not in values
                or not values.get("last_name")
                or not values.get("first_name")
            ):  # a row with its ID and both names has nothing left to finish
                _finish_record(values, row_number, mapping, problem, email_key)
        if row_number in result.invalid_rows:
            reason = skip_reason(cells, id_column)
            if reason is not None:
                del result.problems[first_problem:]
                result.invalid_rows.discard(row_number)
                result.skipped.append(SkippedRow(row_number, *reason))
            continue
        result.records.append(RosterRecord(row_number, values))
    _refuse_repeats(result, mapping, problem)
    result.notes = notes.sentences(headers)
    return result


def _fast_columns(
    rows: Sequence[Sequence[Any]],
    row_indexes: Sequence[int],
    columns: Sequence[tuple[int, str, Callable[[Any], Any], int]],
    errors: dict[tuple[int, int], str],
    padded: dict[tuple[int, int], int],
    excel: bool,
    latest_year: int,
) -> tuple[list[list[Any]], set[int], bool]:
    """Each mapped column checked at once (fastcells): the values by column, the rows (by
    position) holding a cell to read on its own, and whether a plain row has a blank cell."""
    checks = fastcells.column_checks(latest_year)
    shortest = min(map(len, rows), default=0)
    fast = [
        checks.get(name, fastcells.text_column)(
            fastcells.raw_column(rows, column, shortest), longest, excel
        )
        for column, name, _, longest in columns
    ]
    if errors or padded:  # error cells and zero-padded numbers are always read on their own
        position = {index: n for n, index in enumerate(row_indexes)}
        slot = {column: k for k, (column, _, _, _) in enumerate(columns)}
        for index, column in (*errors, *padded):
            n, k = position.get(index), slot.get(column)
            if n is not None and k is not None:
                fast[k][n] = SLOW
    slow_rows: set[int] = set()
    blanks = False
    for values in fast:
        kinds = set(map(type, values))
        if type(SLOW) in kinds:
            slow_rows.update(n for n, v in enumerate(values) if v is SLOW)
        blanks = blanks or type(None) in kinds
    return fast, slow_rows, blanks


def _order_words(order: str | None) -> str:
    words = "month first" if order == MONTH_FIRST else "day first"
    return f"dates like 03/04/2025 were read {words}, as the mapping says"


def _note_change(notes: ValueNotes, column: int, row: int, name: str, raw: str, value: str) -> None:
    """Say how a value was changed on its way in (the value itself is never repeated)."""
    if name == "employee_id" and raw.strip().endswith(".0") and value == raw.strip()[:-2]:
        notes.add(column, row, "IDs ending in '.0' were read without the '.0'")
        return
    hidden = invisible_characters(raw)
    if hidden:
        notes.add(column, row, "invisible characters removed: " + ", ".join(hidden))
    if any(c in raw for c in "\u00a0\u2007\u202f\ufeff"):
        notes.add(column, row, "non-breaking spaces were made ordinary spaces")
    if not raw.isascii() and unicodedata.normalize("NFC", raw) != raw:
        notes.add(column, row, "accented letters were stored in composed form (Unicode NFC)")
    if raw != raw.strip() or raw.translate(_NBSP).strip() != raw.translate(_NBSP):
        notes.add(column, row, "spaces before or after the value were trimmed")


_NBSP = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})


def shown_value(value: Any, limit: int = 60) -> str:
    """A cell's value as a problem shows it: control characters escaped, cut to `limit`."""
    text = clean_text(value)
    if not text.isprintable():
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ValueNotes:
    """Changes made to values that are right but must be said, grouped by column and kind."""

    def __init__(self) -> None:
        self._rows: dict[tuple[int, str], list[int]] = {}

    def add(self, column: int, row: int, what: str) -> None:
        self._rows.setdefault((column, what), []).append(row)

    def sentences(self, headers: Sequence[str]) -> list[str]:
        out = []
        for (column, what), rows in self._rows.items():
            shown = ", ".join(str(r) for r in rows[:10]) + (", …" if len(rows) > 10 else "")
            row_word = "row" if len(rows) == 1 else "rows"
            out.append(
                f"Column {column_letter(column)} {headers[column]!r}: {what} ({row_word} {shown})."
            )
        return out


def _ragged_row(
    cells: list[Any], width: int, row: int, headers: Sequence[str], problem: Callable[..., None]
) -> None:
    """A text file's row with fewer or more cells than the header row."""
    if len(cells) < width:
        absent = ", ".join(f"{column_letter(i)} {headers[i]!r}" for i in range(len(cells), width))
        problem(
            row,
            len(cells),
            None,
            "MISSING_CELL",
            f"the row ends after column {column_letter(len(cells) - 1)}, so it has no cell "
            f"for {absent}; check for a missing delimiter or a line broken in two",
        )
        return
    extra = [i for i in range(width, len(cells)) if str(cells[i]).strip()]
    if extra:
        problem(
            row,
            extra[0],
            cells[extra[0]],
            "EXTRA_CELL",
            f"the row has {len(cells)} cells but the header row names {width}; check for a "
            "delimiter inside a value that should be in quotes",
        )


_TOTAL = re.compile(
    r"^(grand\s+|sub-?\s*)?totals?\b|^(record|row|employee|staff|people|person)?\s*counts?\b"
    r"|^number\s+of\b|^records?\s*:",
    re.IGNORECASE,
)
_SECTION = re.compile(
    r"^(campus|school|location|site|building|bldg|department|dept|section|group|division|"
    r"region|area|level|position|job|subject)\s*[:\-–]",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"^(page\s+\d+|end\s+of\s+(the\s+)?(report|file|list|data)|run\s+date\s*:|"
    r"report\s*:|printed\s*(on)?\s*:|generated\s*(on)?\s*:|prepared\s+by\s*:|"
    r"confidential\b|\*{3})",
    re.IGNORECASE,
)


def skip_reason(cells: Sequence[Any], id_column: int | None) -> tuple[str, str] | None:
    """(why, what it says) when a row is a total, a section heading or a footer, not a person.

    Only rows with one or two filled cells qualify; a lone number counts as a total unless it
    sits in the employee ID column (a person with only an ID is a problem, not a total).
    """
    filled = [(i, c) for i, c in enumerate(cells) if c not in ("", None) and clean_text(c)]
    if not filled or len(filled) > 2:
        return None
    text = " ".join(clean_text(c) for _, c in filled)[:60]
    first = filled[0][1]
    if isinstance(first, str):
        rest_numeric = all(_numeric(c) for _, c in filled[1:])
        if _TOTAL.match(first.strip()) and rest_numeric:
            return "a total line", text
        if _SECTION.match(first.strip()):
            return "a section heading", text
        if _FOOTER.match(first.strip()) and len(filled) == 1:
            return "a report footer", text
        return None
    if len(filled) == 1 and _numeric(first) and filled[0][0] != id_column:
        return "a row with only a count", text
    return None


def _numeric(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and value.strip().replace(",", "").isdigit()


def _finish_record(
    values: dict[str, Any],
    row: int,
    mapping: Mapping,
    problem: Callable[..., None],
    email_key: bool = False,
) -> None:
    if "full_name" in values:
        full = values.pop("full_name")
        try:
            last, first = split_last_first(full)
        except ValueProblem as exc:
            problem(row, list(mapping).index("full_name"), full, exc.code, exc.fix, exc.message)
            return
        values.setdefault("last_name", last)
        values.setdefault("first_name", first)
    if "employee_id" not in values and not (email_key and "email" in values):
        column = _column_of(mapping, "employee_id", "email")
        if "email" in values:
            problem(
                row,
                column,
                None,
                "MISSING_ID",
                "type the person's employee ID; if this file is keyed by e-mail instead, say so "
                "in the mapping (--key email) and rows are matched by e-mail",
                message="The row has no employee ID.",
            )
        else:
            problem(
                row,
                column,
                None,
                "MISSING_ID",
                "give the person an employee ID (or, in a file keyed by e-mail, an e-mail)",
            )
    elif not values.get("last_name") or not values.get("first_name"):
        column = _column_of(mapping, "last_name", "first_name", "full_name")
        problem(row, column, None, "MISSING_NAME", "fill in the person's last and first name")


def _column_of(mapping: Mapping, *names: str) -> int | None:
    for name in names:
        if name in mapping:
            return list(mapping).index(name)
    return None


def _refuse_repeats(result: CheckedRoster, mapping: Mapping, problem: Callable[..., None]) -> None:
    """The same employee ID (or e-mail) on two rows: both rows are held so nothing is guessed."""
    for key in ("employee_id", "email"):
        present = [v for r in result.records if (v := r.values.get(key)) is not None]
        folded = [v.casefold() for v in present] if key == "email" else present
        if len(set(folded)) == len(folded):  # no value twice: nothing to look for row by row
            continue
        first_row: dict[str, int] = {}
        repeats: list[tuple[int, str, int]] = []
        for record in result.records:
            value = record.values.get(key)
            if value is None:
                continue
            folded = value.casefold() if key == "email" else value
            if folded in first_row:
                repeats.append((record.row, value, first_row[folded]))
            else:
                first_row[folded] = record.row
        column = _column_of(mapping, key)
        for row, value, earlier in repeats:
            problem(
                row,
                column,
                value,
                "REPEATED_IN_FILE",
                f"the same {FIELD_LABELS[key]} is also on row {earlier}; keep one row",
            )
            problem(
                earlier,
                column,
                value,
                "REPEATED_IN_FILE",
                f"the same {FIELD_LABELS[key]} is also on row {row}; keep one row",
            )
    if result.invalid_rows:
        result.records = [r for r in result.records if r.row not in result.invalid_rows]
