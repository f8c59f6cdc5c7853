"""A training sign-in sheet (xlsx or csv): read, mapped and checked the way a roster is, recorded.

The sheet lists who attended one or more trainings: an employee ID (or e-mail) per row, and the
training's name, kind, provider, hours and date, per row or given once for the whole sheet
(`SheetDefaults`, e.g. `--kind supplemental --hours 2`). The file is opened, its sheet chosen and
its header row found by the roster's code (importing/layout.py), its columns matched by the
roster's synonym machinery with the sign-in fields' own names (importing/headers.py); every row
becomes a training to record or problems naming file, sheet, row, column letter and header. All
problems come in one pass; a sheet with problems records nothing unless `skip_invalid`. A row the
database already holds (same person, kind, training and date) is counted, never recorded twice.
TEC §21.458(b)(1)-(2), (b-1): services/compliance/training.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import MentorProfile, MentorTraining, Person, TrainingKind
from coordinator.errors import RefusedError
from coordinator.importing import layout
from coordinator.importing.headers import ColumnGuess, guess_columns, synonym_index
from coordinator.importing.problem import Problem, column_letter
from coordinator.importing.readers import open_roster_file
from coordinator.importing.values import (
    ValueProblem,
    check_email,
    clean_id,
    excel_error,
    parse_date,
)
from coordinator.services.compliance.training import record_training
from coordinator.tools.sql_chunks import chunked
from coordinator.tools.text import clean_text, count_of

FIELD_LABELS = {
    "employee_id": "Employee ID",
    "email": "E-mail",
    "full_name": "Name",
    "training": "Training",
    "kind": "Kind",
    "provider": "Provider",
    "hours": "Hours",
    "date": "Date",
}
SYNONYMS: dict[str, tuple[str, ...]] = {
    "employee_id": ("employee id", "emp id", "employee number", "emp number", "emp no",
                    "staff id", "id", "teacher id", "employee no", "empid"),
    "email": ("email", "e mail", "email address", "work email", "district email"),
    "full_name": ("name", "full name", "participant", "participant name", "attendee",
                  "attendee name", "staff name", "teacher name", "last first"),
    "training": ("training", "training name", "training title", "session", "session title",
                 "course", "course title", "workshop", "event", "title", "pd title"),
    "kind": ("kind", "type", "training type", "training kind", "category"),
    "provider": ("provider", "presenter", "facilitator", "offered by", "trainer", "esc",
                 "provided by", "sponsor"),
    "hours": ("hours", "hrs", "credit hours", "cpe hours", "pd hours", "clock hours",
              "contact hours", "duration hours", "duration"),
    "date": ("date", "training date", "session date", "completed", "completed on",
             "date completed", "attended on", "date attended"),
}  # fmt: skip
INDEX = synonym_index(SYNONYMS)
KIND_WORDS = {
    TrainingKind.APPROVED: ("approved", "commissioner approved", "tea approved", "tea", "esc",
                            "state", "mentor and induction"),
    TrainingKind.DISTRICT: ("district", "local", "district mentor training", "orientation"),
    TrainingKind.SUPPLEMENTAL: ("supplemental", "in service", "inservice", "during the year",
                                "follow up", "ongoing"),
}  # fmt: skip
MAX_SESSION_HOURS = 40.0  # a week of full days; more is a typo (minutes typed as hours)
MAX_TEXT = 200
EARLIEST = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class SheetDefaults:
    """What the whole sheet shares when it has no column for it."""

    training: str | None = None
    kind: TrainingKind | None = None
    provider: str | None = None
    hours: float | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class SigninRow:
    row: int
    person_id: int
    training: str
    kind: TrainingKind
    provider: str | None
    minutes: int | None
    date: dt.date


@dataclass
class SigninSheet:
    file_name: str
    sheet_name: str
    header_row: int
    guesses: list[ColumnGuess]
    rows: list[SigninRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    already: int = 0  # rows the database already holds

    @property
    def mapped(self) -> dict[str, str]:
        """Field label -> the header it was read from."""
        return {FIELD_LABELS[g.field]: g.header for g in self.guesses if g.field}


def kind_of(text: str) -> TrainingKind:
    words = " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())
    for kind, names in KIND_WORDS.items():
        if words in names or words == kind.value:
            return kind
    for kind, names in KIND_WORDS.items():
        if any(name in words for name in names):
            return kind
    raise ValueProblem(
        "BAD_KIND",
        "write approved (the commissioner-approved mentor training), district (the district's "
        "own mentor training) or supplemental (training during the year)",
        "This is not a kind of training",
    )


def hours_of(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueProblem("BAD_HOURS", "write the hours as a number such as 2 or 1.5",
                           "This is not a number of hours")  # fmt: skip
    if isinstance(value, int | float):
        hours = float(value)
    else:
        text = clean_text(value).casefold().replace(",", ".")
        text = re.sub(r"\s*(hours?|hrs?|h)\.?$", "", text)
        try:
            hours = float(text)
        except ValueError:
            raise ValueProblem("BAD_HOURS", "write the hours as a number such as 2 or 1.5",
                               "This is not a number of hours") from None  # fmt: skip
    if not 0 < hours <= MAX_SESSION_HOURS:
        raise ValueProblem(
            "BAD_HOURS",
            f"write the session's hours, more than 0 and at most {MAX_SESSION_HOURS:g}",
            "The hours are out of range",
        )
    return hours


def read_signin_sheet(
    session: Session,
    path: Path | str,
    *,
    sheet: str | None = None,
    defaults: SheetDefaults = SheetDefaults(),
) -> SigninSheet:
    """Read and check every row; nothing is written."""
    roster = open_roster_file(Path(path))
    try:
        data = roster.read_sheet(layout.choose_sheet(roster, sheet).name)
    finally:
        roster.close()
    if not any(any(c not in ("", None) for c in row) for row in data.rows[:200]):
        raise layout.empty_sheet(roster, data)
    header_index = layout.find_header_row(data, roster.file_name)
    headers = layout.headers_of(data, header_index)
    rows = layout.data_row_indexes(data, header_index)
    if not rows:
        layout.refuse_headers_only(roster, data)
    guesses = guess_columns(headers, INDEX)
    result = SigninSheet(roster.file_name, data.name, header_index + 1, guesses)
    columns = {g.field: g.index for g in guesses if g.field}
    _require_columns(result, columns, defaults)
    people = _people(session, data.rows, rows, columns)
    date1904 = roster.date1904
    for index in rows:
        _check_row(
            result,
            data.rows[index],
            index + 1,
            headers,
            columns,
            defaults,
            people,
            date1904,
            data.cell_errors,
        )
    _drop_known(session, result)
    return result


def _require_columns(result: SigninSheet, columns: dict[str, int], defaults: SheetDefaults) -> None:
    missing = []
    if not {"employee_id", "email"} & set(columns):
        missing.append("an Employee ID (or E-mail) column")
    for name, given in (("training", defaults.training), ("kind", defaults.kind),
                        ("date", defaults.date)):  # fmt: skip
        if name not in columns and given is None:
            flag = "--name" if name == "training" else f"--{name}"
            missing.append(f"a {FIELD_LABELS[name]} column (or {flag} for the whole sheet)")
    if missing:
        raise RefusedError(
            f"{result.file_name}, sheet {result.sheet_name!r}: the sign-in sheet needs "
            + " and ".join(missing)
            + f". Headers found on row {result.header_row}: "
            + ", ".join(repr(g.header) for g in result.guesses if g.header)
            + "."
        )


def _people(
    session: Session, cells: list[list[Any]], rows: Sequence[int], columns: dict[str, int]
) -> dict[str, int]:
    """Employee ID and lower-cased e-mail -> person id, for the values the sheet names."""
    ids: set[str] = set()
    emails: set[str] = set()
    for index in rows:
        row = cells[index]
        for name, bucket in (("employee_id", ids), ("email", emails)):
            col = columns.get(name)
            if col is not None and col < len(row) and row[col] not in ("", None):
                try:
                    value = clean_id(row[col]) if name == "employee_id" else clean_text(row[col])
                except ValueProblem:
                    continue
                bucket.add(value if name == "employee_id" else value.casefold())
    found: dict[str, int] = {}
    for chunk in _text_chunks(ids):
        for pid, eid in session.execute(
            select(Person.id, Person.employee_id).where(Person.employee_id.in_(chunk))
        ):
            found[str(eid)] = pid
    for chunk in _text_chunks(emails):
        for pid, mail in session.execute(
            select(Person.id, func.lower(Person.email)).where(func.lower(Person.email).in_(chunk))
        ):
            found.setdefault("@" + mail, pid)
    return found


def _text_chunks(values: set[str], size: int = 500) -> list[list[str]]:
    ordered = sorted(values)
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def _check_row(
    result: SigninSheet,
    cells: list[Any],
    row: int,
    headers: list[str],
    columns: dict[str, int],
    defaults: SheetDefaults,
    people: dict[str, int],
    date1904: bool,
    errors: Any,
) -> None:
    bad = False

    def problem(name: str | None, value: Any, code: str, fix: str, message: str = "") -> None:
        nonlocal bad
        col = columns.get(name) if name else None
        result.problems.append(
            Problem(
                result.file_name,
                result.sheet_name,
                row,
                headers[col] if col is not None else "",
                "" if value is None else clean_text(value)[:60],
                code,
                fix,
                letter=column_letter(col),
                message=message,
            )
        )
        bad = True

    values: dict[str, Any] = {}
    for name, col in columns.items():
        raw = cells[col] if col < len(cells) else ""
        if errors and (row - 1, col) in errors:
            problem(
                name,
                errors[(row - 1, col)],
                "CELL_ERROR",
                "the cell holds an error or a formula with no saved value; type the value",
            )
            continue
        if raw in ("", None):
            continue
        if type(raw) is str and raw[:1] == "#" and excel_error(raw):
            problem(
                name, raw, "CELL_ERROR", "the cell holds an Excel error; replace it with a value"
            )
            continue
        try:
            if name == "employee_id":
                values[name] = clean_id(raw)
            elif name == "email":
                values[name] = check_email(clean_text(raw))
            elif name == "kind":
                values[name] = kind_of(clean_text(raw))
            elif name == "hours":
                values[name] = hours_of(raw)
            elif name == "date":
                values[name] = parse_date(raw, date1904)
            else:
                text = clean_text(raw)
                if len(text) > MAX_TEXT:
                    raise ValueProblem("TOO_LONG", f"shorten it to {MAX_TEXT} characters or fewer")
                values[name] = text
        except ValueProblem as exc:
            problem(name, raw, exc.code, exc.fix, exc.message)
    if not any(v not in ("", None) for v in values.values()):
        return  # a blank row under the list, or only the sheet's defaults
    if bad:
        return
    person = _person_of(values, people)
    if person is None:
        key = "employee_id" if "employee_id" in values else "email"
        if key not in values:
            problem("employee_id" if "employee_id" in columns else "email", None, "MISSING_ID",
                    "give the attendee's employee ID (or e-mail)")  # fmt: skip
        else:
            problem(key, values[key], "NO_SUCH_PERSON",
                    "import the roster that lists this person first, or correct the "
                    + ("employee ID" if key == "employee_id" else "e-mail"),
                    "Nobody in Coordinator has this " + FIELD_LABELS[key])  # fmt: skip
        return
    training = values.get("training") or defaults.training
    kind = values.get("kind") or defaults.kind
    day = values.get("date") or defaults.date
    hours = values.get("hours", defaults.hours)
    if not training:
        problem("training", None, "MISSING_TRAINING", "write the training's name")
    if kind is None:
        problem("kind", None, "MISSING_KIND", "write approved, district or supplemental")
    if day is None:
        problem("date", None, "MISSING_DATE", "write the day the training was completed")
    elif not EARLIEST <= day <= dt.date.today() + dt.timedelta(days=366):
        problem("date", day.isoformat(), "BAD_DATE", "check the year of the training's date")
    if kind is TrainingKind.SUPPLEMENTAL and hours is None:
        problem("hours", None, "MISSING_HOURS",
                "supplemental training counts by the hour: write the session's hours")  # fmt: skip
    if bad or training is None or kind is None or day is None:
        return
    result.rows.append(
        SigninRow(
            row,
            person,
            training,
            kind,
            values.get("provider") or defaults.provider,
            None if hours is None else round(hours * 60),
            day,
        )
    )


def _person_of(values: dict[str, Any], people: dict[str, int]) -> int | None:
    if "employee_id" in values:
        return people.get(values["employee_id"])
    if "email" in values:
        return people.get("@" + values["email"].casefold())
    return None


def _drop_known(session: Session, result: SigninSheet) -> None:
    """Rows the database already holds, or that repeat an earlier row, are counted, not kept."""
    known: set[tuple[int, str, str, dt.date]] = set()
    person_ids = sorted({r.person_id for r in result.rows})
    for chunk in chunked(person_ids):
        for pid, kind, name, day in session.execute(
            select(MentorProfile.person_id, MentorTraining.kind, MentorTraining.name,
                   MentorTraining.completed_on)
            .join(MentorProfile, MentorProfile.id == MentorTraining.profile_id)
            .where(MentorProfile.person_id.in_(chunk))
        ):  # fmt: skip
            known.add((pid, str(kind), name.casefold(), day))
    kept = []
    for r in result.rows:
        key = (r.person_id, r.kind.value, r.training.casefold(), r.date)
        if key in known:
            result.already += 1
            continue
        known.add(key)
        kept.append(r)
    result.rows = kept


def record_signin_sheet(session: Session, sheet: SigninSheet, *, skip_invalid: bool = False) -> int:
    """Record the checked rows in the caller's transaction (each audited); refuse a sheet with
    problems unless `skip_invalid`. Returns how many trainings were recorded."""
    if sheet.problems and not skip_invalid:
        raise RefusedError(
            f"{sheet.file_name}: {count_of(len(sheet.problems), 'problem')} in the sign-in sheet; "
            "nothing was recorded. Fix them and import again, or use --skip-invalid to record "
            "the rows without problems."
        )
    for r in sheet.rows:
        record_training(session, r.person_id, kind=r.kind, name=r.training, completed_on=r.date,
                        provider=r.provider, minutes=r.minutes)  # fmt: skip
    return len(sheet.rows)
