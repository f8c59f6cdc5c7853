"""Reading a form tool's export of survey answers: Google Forms, Microsoft Forms, any csv/xlsx.

The file is opened and its header row found the way a roster's is. Google Forms writes
`Timestamp`, `Email Address` and one column per question, its header the question's words;
Microsoft Forms writes `ID` (its own response number), `Start time`, `Completion time`, `Email`,
`Name` and then the questions. A column is matched to a question by its words (exactly, then by
close spelling, then by the item in a grid's brackets: "How confident are you? [Instruction]");
the identity columns by their usual names. Every other column is listed as ignored.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coordinator.errors import UnreadableInputError
from coordinator.importing.headers import SYNONYMS, header_text, normalise
from coordinator.importing.layout import (
    candidate_sheets,
    data_row_indexes,
    find_header_row,
    headers_of,
)
from coordinator.importing.problem import SheetColumns, column_letter
from coordinator.importing.readers import open_roster_file
from coordinator.importing.values import serial_to_date
from coordinator.services.surveys.instruments import QuestionRef

# The form tools' own columns, by what they hold. "ID" is Microsoft's response number, never an
# employee ID: an employee ID comes from a question of its own ("Employee ID").
_EMAIL_WORDS = ("username", "your email", "your e mail", "respondent email", "responder email")
_ID_WORDS = ("your employee id", "employee id number")
IDENTITY_HEADERS: dict[str, tuple[str, ...]] = {
    "email": (*(s for s in SYNONYMS["email"] if s != "mail"), *_EMAIL_WORDS),
    "employee_id": (*(s for s in SYNONYMS["employee_id"] if s not in ("id", "emp")), *_ID_WORDS),
    "submitted": (
        "timestamp",
        "completion time",
        "submitted",
        "submitted at",
        "submission time",
        "submit date",
        "date submitted",
        "end time",
    ),
}
# Recognised and not used: said so in the preview, not listed as unknown.
KNOWN_UNUSED: dict[str, str] = {
    "id": "the form's response number",
    "start time": "when the form was opened",
    "last modified time": "when the answer was last edited",
    "name": "names are not used to match; e-mail or employee ID is",
    "full name": "names are not used to match; e-mail or employee ID is",
    "your name": "names are not used to match; e-mail or employee ID is",
    "total points": "a quiz score",
    "score": "a quiz score",
}
IDENTITY_LABELS = {"email": "E-mail", "employee_id": "Employee ID", "submitted": "Submitted"}
_IDENTITY_INDEX = {syn: name for name, syns in IDENTITY_HEADERS.items() for syn in syns}
_GRID_ITEM = re.compile(r"\[([^\]]+)\]\s*$")
_TIME_FORMATS = (
    "%Y/%m/%d %I:%M:%S %p",  # Google Forms' csv: 2026/08/20 9:14:03 AM (then a zone)
    "%Y/%m/%d %H:%M:%S",
    "%m/%d/%Y %H:%M:%S",  # Google Sheets: 8/20/2026 9:14:03
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M",
    "%m/%d/%y %H:%M:%S",
    "%m/%d/%y %H:%M",  # Microsoft Forms' csv: 8/20/26 9:14
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%m/%d/%Y",
    "%Y-%m-%d",
)
_ZONE = re.compile(r"\s+(?:[A-Z]{2,5}|GMT[+-]\d{1,2}(?::?\d{2})?|UTC[+-]?\d{0,2})$")


@dataclass(frozen=True)
class IgnoredColumn:
    header: str
    letter: str
    why: str


@dataclass
class SurveyExport:
    """An export as read: where each field is, its data rows, and the columns left aside."""

    file_name: str
    sha256: str
    where: SheetColumns  # fields: "email", "employee_id", "submitted", "q<question id>"
    rows: list[tuple[int, dict[str, Any]]]  # (row number as Excel shows it, field -> cell)
    date1904: bool = False
    question_ids: list[int] = field(default_factory=list)
    ignored: list[IgnoredColumn] = field(default_factory=list)
    missing_questions: list[str] = field(default_factory=list)


def question_field(question_id: int) -> str:
    return f"q{question_id}"


def _question_index(questions: list[QuestionRef]) -> dict[str, int]:
    return {normalise(q.text): q.id for q in questions}


def _match_question(header: str, index: dict[str, int]) -> int | None:
    key = normalise(header)
    if key in index:
        return index[key]
    grid = _GRID_ITEM.search(header)
    if grid and (item := normalise(grid.group(1))) in index:
        return index[item]
    close = difflib.get_close_matches(key, list(index), n=1, cutoff=0.88)
    return index[close[0]] if close else None


def map_columns(
    headers: list[str], questions: list[QuestionRef]
) -> tuple[dict[str, int], list[IgnoredColumn]]:
    """Field -> column index for the identity columns and the questions; the rest ignored.

    Where two columns could fill one field the first is used and the other listed as ignored
    (Microsoft's `Completion time` over `Start time` by name, not by order)."""
    index = _question_index(questions)
    found: dict[str, int] = {}
    ignored: list[IgnoredColumn] = []
    for column, header in enumerate(headers):
        key = normalise(header_text(header))
        letter = column_letter(column)
        name: str | None = _IDENTITY_INDEX.get(key)
        if name is None and key not in KNOWN_UNUSED:
            qid = _match_question(header, index)
            name = question_field(qid) if qid is not None else None
        if name is None:
            why = KNOWN_UNUSED.get(key, "not a question of this instrument")
            ignored.append(IgnoredColumn(header, letter, why))
            continue
        if name in found:
            ignored.append(IgnoredColumn(header, letter, f"a second column for {_label(name)}"))
            continue
        found[name] = column
    return found, ignored


def _label(name: str) -> str:
    return IDENTITY_LABELS.get(name, "the same question")


def read_export(path: Path, questions: list[QuestionRef]) -> SurveyExport:
    """Open the export, find its columns and read its rows; refused when nothing identifies
    the people or no column is one of the instrument's questions."""
    roster = open_roster_file(path)
    try:
        sheets = candidate_sheets(roster)
        if not sheets:
            raise UnreadableInputError(
                f"{roster.file_name}: the workbook has no worksheet to read."
            )
        sheet = roster.read_sheet(sheets[0].name)
        if not sheet.rows:
            raise UnreadableInputError(f"{roster.file_name}: the file is empty.")
        header = find_header_row(sheet, roster.file_name)
        headers = headers_of(sheet, header)
        columns, ignored = map_columns(headers, questions)
        where_sheet = f"sheet {sheet.name!r}: " if sheet.name else ""
        if "email" not in columns and "employee_id" not in columns:
            raise UnreadableInputError(
                f"{roster.file_name}: {where_sheet}no column says who answered. A survey export "
                "needs an e-mail column (Google Forms: turn on 'Collect email addresses'; "
                "Microsoft Forms records 'Email' for people in your organisation) or an "
                "'Employee ID' question; add one and export the answers again."
            )
        asked = [question_field(q.id) for q in questions]
        if not any(f in columns for f in asked):
            raise UnreadableInputError(
                f"{roster.file_name}: {where_sheet}none of the columns is a question of this "
                "instrument. Check that you chose the instrument this form was made from; the "
                "column headers must be the questions' words."
            )
        rows = []
        for row_index in data_row_indexes(sheet, header):
            cells = sheet.rows[row_index]
            rows.append(
                (
                    row_index + 1,
                    {f: cells[c] if c < len(cells) else None for f, c in columns.items()},
                )
            )
        where = SheetColumns(
            roster.file_name,
            sheet.name,
            headers={f: headers[c] for f, c in columns.items()},
            letters={f: column_letter(c) for f, c in columns.items()},
        )
        return SurveyExport(
            file_name=roster.file_name,
            sha256=roster.sha256,
            where=where,
            rows=rows,
            date1904=roster.date1904,
            question_ids=[q.id for q in questions if question_field(q.id) in columns],
            ignored=ignored,
            missing_questions=[q.text for q in questions if question_field(q.id) not in columns],
        )
    finally:
        roster.close()


def submitted_at(value: Any, date1904: bool = False) -> dt.datetime | None:
    """A form's timestamp cell as a date and time, None when it holds neither."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, float | int) and not isinstance(value, bool) and 1 <= value < 2_958_466:
        day = serial_to_date(float(value), date1904)
        seconds = round((float(value) % 1) * 86_400)
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)
    text = _ZONE.sub("", header_text(value))
    for pattern in _TIME_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None
