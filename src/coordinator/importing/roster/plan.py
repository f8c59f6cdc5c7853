"""The plan of an import: new, changed (with diffs), unchanged, not in the file, held for review."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Campus, Person, PersonStatus
from coordinator.importing.problem import Problem
from coordinator.importing.roster.validate import CheckedRoster, RosterRecord
from coordinator.services.duplicates.queue import merged_into
from coordinator.tools.names import display_name

# Person columns a roster fills directly (campus is resolved to campus_id separately).
PERSON_FIELDS = (
    "employee_id",
    "last_name",
    "first_name",
    "preferred_name",
    "email",
    "phone",
    "position",
    "subject",
    "grade",
    "hire_date",
    "years_experience",
)
STATE_COLUMNS = ("campus_id", "status", "left_on")
_EXISTING_COLUMNS = ("id", *PERSON_FIELDS, *STATE_COLUMNS, "version", "updated_at")


@dataclass(frozen=True)
class Change:
    field: str  # a roster field name ("campus" for the campus)
    before: Any
    after: Any


@dataclass(slots=True)
class PlannedPerson:
    """A file row matched (or not) to a person, and what applying it would set."""

    row: int
    values: dict[str, Any]
    person_id: int | None = None
    matched_on: str = ""
    changes: list[Change] = field(default_factory=list)
    campus_id: int | None = None  # the known campus the row names
    new_campus: str | None = None  # a campus this row's person needs that does not exist yet

    @property
    def name(self) -> str:
        return f"{self.values.get('last_name', '')}, {self.values.get('first_name', '')}"


@dataclass(frozen=True)
class HeldRow:
    """A row held for review: it may be someone already in the database under another key."""

    row: int
    values: dict[str, Any]
    reason: str
    other_person_id: int
    other_employee_id: str | None
    other_name: str


@dataclass(frozen=True)
class MissingPerson:
    """Someone active in the database who is not in this file (left alone)."""

    person_id: int
    employee_id: str | None
    name: str
    campus: str | None


@dataclass
class ImportPlan:
    new: list[PlannedPerson] = field(default_factory=list)
    changed: list[PlannedPerson] = field(default_factory=list)
    unchanged: list[PlannedPerson] = field(default_factory=list)
    missing: list[MissingPerson] = field(default_factory=list)
    duplicates: list[HeldRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    invalid_rows: int = 0
    new_campuses: list[str] = field(default_factory=list)
    new_campus_codes: dict[str, str] = field(default_factory=dict)  # casefold name -> code
    existing: dict[int, ExistingPerson] = field(default_factory=dict, repr=False)
    campus_ids: dict[str, int] = field(default_factory=dict, repr=False)  # casefold name -> id

    def counts(self) -> dict[str, int]:
        return {
            "new": len(self.new),
            "changed": len(self.changed),
            "unchanged": len(self.unchanged),
            "missing": len(self.missing),
            "duplicates": len(self.duplicates),
            "invalid": self.invalid_rows,
        }

    @property
    def changes_anything(self) -> bool:
        return bool(self.new or self.changed)


class _Campuses:
    """Campuses by name (case-insensitive) and code; names are never re-cased."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, tuple[int, str]] = {}
        self.by_code: dict[str, tuple[int, str]] = {}
        self.names: dict[int, str] = {}
        for cid, name, code in session.execute(select(Campus.id, Campus.name, Campus.code)):
            self.by_name[name.casefold()] = (cid, name)
            self.names[cid] = name
            if code:
                self.by_code[code.casefold()] = (cid, name)
        self.new: dict[str, str] = {}  # casefold -> name as first written
        self.new_codes: dict[str, str] = {}  # casefold name -> the code the file gives it
        self.taken_codes = set(self.by_code)
        self._seen: dict[tuple[str | None, str | None], tuple[int | None, str | None]] = {}

    def resolve(self, values: dict[str, Any]) -> tuple[int | None, str | None]:
        """(campus id, name): a known campus, or (None, name) for one to create."""
        key = (values.get("campus"), values.get("campus_code"))
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._resolve(*key)
        return found

    def _resolve(self, name: str | None, code: str | None) -> tuple[int | None, str | None]:
        if code and code.casefold() in self.by_code:
            return self.by_code[code.casefold()]
        wanted: str | None = name or code
        if wanted is None:
            return None, None
        known = self.by_name.get(wanted.casefold())
        if known is not None:
            return known
        if code and code.casefold() not in self.taken_codes:
            self.taken_codes.add(code.casefold())
            self.new_codes.setdefault(wanted.casefold(), code)
        return None, self.new.setdefault(wanted.casefold(), wanted)


_COLUMN_INDEX = {name: i for i, name in enumerate(_EXISTING_COLUMNS)}
_FIELD_POSITIONS = [(name, _COLUMN_INDEX[name]) for name in PERSON_FIELDS]


class ExistingPerson(tuple[Any, ...]):
    """A person's current roster fields, as compact as a tuple, read by column name."""

    __slots__ = ()

    def __getitem__(self, name: str) -> Any:  # type: ignore[override]
        return tuple.__getitem__(self, _COLUMN_INDEX[name])


RESTORABLE = (*PERSON_FIELDS, "campus_id", "status", "left_on", "version", "updated_at")


def restore_point(current: ExistingPerson) -> dict[str, Any]:
    """A person's fields as JSON can hold them, so an undo can put every one of them back."""
    point: dict[str, Any] = {}
    for name in RESTORABLE:
        value = current[name]
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, PersonStatus):
            value = value.value
        point[name] = value
    return point


def load_existing(session: Session) -> dict[int, ExistingPerson]:
    """Every person's roster fields, read once with Core (the plan diffs in Python)."""
    columns = [getattr(Person, c) for c in _EXISTING_COLUMNS]
    rows = session.connection().execute(select(*columns))
    return {row[0]: ExistingPerson(row) for row in rows}


def make_plan(session: Session, checked: CheckedRoster) -> ImportPlan:
    """Compare the file's records with the database; nothing is written."""
    existing = load_existing(session)
    merged = merged_into(session)
    campuses = _Campuses(session)
    at, emp, mail = tuple.__getitem__, _COLUMN_INDEX["employee_id"], _COLUMN_INDEX["email"]
    by_id = {at(p, emp): pid for pid, p in existing.items() if at(p, emp)}
    by_email = {at(p, mail).casefold(): pid for pid, p in existing.items() if at(p, mail)}
    by_name = _NameIndex(existing)
    plan = ImportPlan(
        problems=list(checked.problems), invalid_rows=len(checked.invalid_rows), existing=existing
    )
    seen: set[int] = set()
    for record in checked.records:  # every record has last and first names (validated)
        _place(record, plan, existing, campuses, by_id, by_email, by_name, seen, merged)
    plan.missing = [
        MissingPerson(
            pid,
            p["employee_id"],
            f"{p['last_name']}, {p['first_name']}",
            campuses.names.get(p["campus_id"]) if p["campus_id"] else None,
        )
        for pid, p in existing.items()
        if pid not in seen and p["status"] == PersonStatus.ACTIVE
    ]
    plan.new_campuses = sorted(campuses.new.values(), key=str.casefold)
    plan.new_campus_codes = campuses.new_codes
    plan.campus_ids = {k: v[0] for k, v in campuses.by_name.items()}
    return plan


def _place(
    record: RosterRecord,
    plan: ImportPlan,
    existing: dict[int, ExistingPerson],
    campuses: _Campuses,
    by_id: dict[str, int],
    by_email: dict[str, int],
    by_name: _NameIndex,
    seen: set[int],
    merged: dict[int, int],
) -> None:
    values = record.values
    employee_id, email = values.get("employee_id"), values.get("email")
    folded_email = email.casefold() if email else None
    campus_id, campus_name = campuses.resolve(values)
    person_id, matched_on = None, ""
    if employee_id and employee_id in by_id:
        person_id, matched_on = by_id[employee_id], "employee ID"
        kept = merged.get(person_id)
        if kept is not None and kept in existing:  # never bring a merged-away person back
            kept_id = existing[kept]["employee_id"] or existing[kept]["email"] or "another person"
            plan.duplicates.append(
                _held(
                    record,
                    existing[kept],
                    kept,
                    f"employee ID {employee_id} was merged into {kept_id}",
                )
            )
            seen.add(kept)
            return
    elif folded_email and folded_email in by_email:
        person_id, matched_on = by_email[folded_email], "e-mail"
        other_id = existing[person_id]["employee_id"]
        if employee_id and other_id and other_id != employee_id:
            plan.duplicates.append(
                _held(
                    record,
                    existing[person_id],
                    person_id,
                    f"e-mail already used by employee ID {other_id}",
                )
            )
            seen.add(person_id)
            return
    if person_id is not None and folded_email:
        owner = by_email.get(folded_email)
        if owner is not None and owner != person_id:
            plan.duplicates.append(
                _held(record, existing[owner], owner, "e-mail already used by another person")
            )
            seen.add(person_id)
            return
    if person_id is None:
        other, reason = by_name.find(values, campus_id)
        if other is not None:
            plan.duplicates.append(_held(record, existing[other], other, reason))
            return
        plan.new.append(
            PlannedPerson(
                record.row,
                values,
                campus_id=campus_id,
                new_campus=campus_name if campus_id is None else None,
            )
        )
        return
    if person_id in seen:  # one row matched on ID and another on e-mail: do not guess
        plan.duplicates.append(
            _held(record, existing[person_id], person_id, "the same person as another row")
        )
        return
    seen.add(person_id)
    planned = PlannedPerson(
        record.row,
        values,
        person_id,
        matched_on,
        _diff(values, existing[person_id], campus_id, campus_name, campuses),
        campus_id=campus_id,
        new_campus=campus_name if campus_id is None else None,
    )
    (plan.changed if planned.changes else plan.unchanged).append(planned)


def _name_key(text: str) -> str:
    """A name as two spellings of it compare: NFC (so NFD twins meet) and case-folded."""
    return (text if text.isascii() else unicodedata.normalize("NFC", text)).casefold()


class _NameIndex:
    """(last, first, campus) and (last, first, hire date) -> person, built only if a row
    matches no ID or e-mail."""

    def __init__(self, existing: dict[int, ExistingPerson]) -> None:
        self._existing = existing
        self._by_campus: dict[tuple[str, str, int], int] | None = None
        self._by_hire: dict[tuple[str, str, dt.date], int] = {}

    def find(self, values: dict[str, Any], campus_id: int | None) -> tuple[int | None, str]:
        """Someone already here under another ID with this row's name, and why it looks so."""
        if not self._existing:  # the first import into an empty database: no one to be
            return None, ""
        if self._by_campus is None:
            self._build()
        assert self._by_campus is not None
        last, first = _name_key(values["last_name"]), _name_key(values["first_name"])
        other = self._by_campus.get((last, first, campus_id)) if campus_id is not None else None
        what = "same name and campus under another ID"
        hire_date = values.get("hire_date")
        if other is None and isinstance(hire_date, dt.date):
            other = self._by_hire.get((last, first, hire_date))
            what = "same name and hire date under another ID"
        if other is None:
            return None, ""
        there = self._existing[other]
        as_written = (there["last_name"].casefold(), there["first_name"].casefold())
        if as_written != (values["last_name"].casefold(), values["first_name"].casefold()):
            # the same name only once both are NFC: one of them was typed decomposed
            what += " (the name's accents are encoded differently: NFC/NFD twins)"
        return other, what

    def _build(self) -> None:
        self._by_campus = {}
        for pid, p in self._existing.items():
            last, first = _name_key(p["last_name"]), _name_key(p["first_name"])
            if p["campus_id"] is not None:
                self._by_campus.setdefault((last, first, p["campus_id"]), pid)
            if p["hire_date"] is not None:
                self._by_hire.setdefault((last, first, p["hire_date"]), pid)


def _held(record: RosterRecord, other: ExistingPerson, other_id: int, reason: str) -> HeldRow:
    return HeldRow(
        record.row,
        record.values,
        reason,
        other_id,
        other["employee_id"],
        display_name(
            first=other["first_name"], preferred=other["preferred_name"], last=other["last_name"]
        ),
    )


def _diff(
    values: dict[str, Any],
    current: ExistingPerson,
    campus_id: int | None,
    campus_name: str | None,
    campuses: _Campuses,
) -> list[Change]:
    """Field-by-field changes; a blank cell never erases what the database holds."""
    row = tuple(current)  # plain indexing: no by-name lookup per field
    changes = [
        Change(name, row[i], values[name])
        for name, i in _FIELD_POSITIONS
        if name in values and values[name] != row[i]
    ]
    # E-mail addresses are not case-sensitive: a re-cased one is no change.
    changes = [c for c in changes if c.field != "email" or not _same_email(c)]
    if campus_name is not None and campus_id != current["campus_id"]:
        before = campuses.names.get(current["campus_id"]) if current["campus_id"] else None
        changes.append(Change("campus", before, campus_name))
    if current["status"] != PersonStatus.ACTIVE:
        changes.append(Change("status", str(current["status"]), PersonStatus.ACTIVE.value))
    return changes


def _same_email(change: Change) -> bool:
    before = change.before
    return isinstance(before, str) and before.casefold() == str(change.after).casefold()


def describe_value(value: Any) -> str:
    """A diff value as the coordinator reads it."""
    if value is None:
        return "(blank)"
    if isinstance(value, dt.date):
        return value.strftime("%m/%d/%Y")
    return str(value)
