"""Checking every row: each becomes a typed roster record or a list of problems a person can fix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from coordinator.errors import CoordinatorError
from coordinator.importing.headers import FIELD_LABELS
from coordinator.importing.problem import Problem, column_letter
from coordinator.importing.readers import SheetData
from coordinator.importing.values import (
    ValueProblem,
    check_email,
    clean_id,
    excel_error,
    parse_date,
    split_last_first,
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


@dataclass
class CheckedRoster:
    records: list[RosterRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    invalid_rows: set[int] = field(default_factory=set)


def require_usable_mapping(mapping: Mapping) -> None:
    """A roster needs a key (employee ID or e-mail) and names; say which column is missing."""
    fields = {f for f in mapping if f}
    missing = []
    if not fields & {"employee_id", "email"}:
        missing.append("Employee ID (or E-mail)")
    if "full_name" not in fields and not {"first_name", "last_name"} <= fields:
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


def _text(value: Any) -> str:
    return value.strip() if type(value) is str and value.isascii() else clean_text(value)


def _date_converter(date1904: bool) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if type(value) is dt.date:
            return value
        return parse_date(value, date1904)

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


def converters(date1904: bool) -> dict[str, Callable[[Any], Any]]:
    convert: dict[str, Callable[[Any], Any]] = dict.fromkeys(FIELD_LABELS, _text)
    convert["employee_id"] = clean_id
    convert["email"] = _email
    convert["hire_date"] = _date_converter(date1904)
    convert["years_experience"] = years_of_experience
    return convert


def check_rows(
    sheet: SheetData,
    file_name: str,
    headers: Sequence[str],
    mapping: Mapping,
    row_indexes: Sequence[int],
    date1904: bool = False,
) -> CheckedRoster:
    """Each data row becomes a record, or problems naming file, sheet, row, column and the fix."""
    require_usable_mapping(mapping)
    convert = converters(date1904)
    columns = [
        (i, f, convert[f], MAX_LENGTHS.get(f, DEFAULT_MAX_LENGTH))
        for i, f in enumerate(mapping)
        if f
    ]
    errors = sheet.cell_errors
    result = CheckedRoster()

    def problem(
        row: int, column: int | None, value: Any, code: str, fix: str, message: str = ""
    ) -> None:
        header = headers[column] if column is not None else ""
        shown = "" if value is None else clean_text(value)
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

    for index in row_indexes:
        cells = sheet.rows[index]
        width = len(cells)
        row_number = index + 1
        values: dict[str, Any] = {}
        for column, name, to_value, longest in columns:
            raw = cells[column] if column < width else ""
            if errors and (index, column) in errors:
                problem(
                    row_number,
                    column,
                    errors[(index, column)],
                    "CELL_ERROR",
                    "the cell holds an error or a formula with no saved value; type the "
                    "value, or open the file in Excel, recalculate and save it",
                )
                continue
            if raw == "" or raw is None:
                continue
            if type(raw) is str and raw[:1] == "#" and excel_error(raw):
                problem(
                    row_number,
                    column,
                    raw,
                    "CELL_ERROR",
                    "the cell holds an Excel error; replace it with a value",
                )
                continue
            try:
                value = to_value(raw)
            except ValueProblem as exc:
                problem(row_number, column, raw, exc.code, exc.fix, exc.message)
                continue
            if value == "":
                continue
            if type(value) is str and len(value) > longest:
                problem(row_number, column, value[:40] + "...", "TOO_LONG", "shorten the value")
                continue
            values[name] = value
        if row_number in result.invalid_rows:
            continue
        _finish_record(values, row_number, mapping, problem)
        if row_number not in result.invalid_rows:
            result.records.append(RosterRecord(row_number, values))
    _refuse_repeats(result, mapping, problem)
    return result


def _finish_record(
    values: dict[str, Any], row: int, mapping: Mapping, problem: Callable[..., None]
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
    if "employee_id" not in values and "email" not in values:
        column = _column_of(mapping, "employee_id", "email")
        problem(
            row,
            column,
            None,
            "MISSING_ID",
            "give the person an employee ID (or at least an e-mail)",
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
