"""The review queue: rows a roster import held as possible duplicates, beside the person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Campus,
    ImportBatch,
    ImportKind,
    ImportRow,
    ImportStatus,
    Person,
    PersonStatus,
    RowAction,
)
from coordinator.tools.names import display_name

# The fields a pair is compared on, in the order the review shows them.
COMPARED = (
    ("employee_id", "Employee ID"),
    ("name", "Name"),
    ("email", "E-mail"),
    ("hire_date", "Hire date"),
    ("campus", "Campus"),
    ("position", "Position"),
)
REVIEW_FILE_NAME = "Review of possible duplicates"


@dataclass(frozen=True)
class PersonCard:
    """One side of a pair: a person in the database, or a file's row that is not (yet)."""

    person_id: int | None
    employee_id: str | None
    name: str
    email: str | None
    hire_date: dt.date | None
    campus: str | None
    position: str | None

    @property
    def in_database(self) -> bool:
        return self.person_id is not None

    @property
    def key(self) -> str:
        """What the command line names this side by: the employee ID, else the e-mail."""
        return self.employee_id or self.email or ""

    def shown(self, name: str) -> str:
        value = getattr(self, name)
        if value is None or value == "":
            return "(blank)"
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)


@dataclass(frozen=True)
class DuplicatePair:
    """A held row and the person it may be: A (in the database) and B (the file's row, or the
    person already holding the row's employee ID)."""

    held_row_id: int
    batch_id: int
    file_name: str
    row: int
    reason: str
    kept: PersonCard
    other: PersonCard
    matches: list[str] = field(default_factory=list)  # labels of the fields both share
    differs: list[tuple[str, str, str]] = field(default_factory=list)  # (label, A, B)

    def describe(self) -> str:
        """One line for `coordinator import duplicates`."""
        same = ", ".join(self.matches) or "nothing"
        other = "" if self.other.in_database else " (not in the database; only in the file)"
        lines = [
            f"{self.file_name}, row {self.row}: {self.reason}.",
            f"  A {self.kept.key or '(no ID)'}: {self.kept.name}",
            f"  B {self.other.key or '(no ID)'}: {self.other.name}{other}",
            f"  same: {same}",
        ]
        lines += [f"  differs: {label}: {a} | {b}" for label, a, b in self.differs]
        return "\n".join(lines)


def _card(person: Person, campuses: dict[int, str]) -> PersonCard:
    return PersonCard(
        person.id,
        person.employee_id,
        person.display_name,
        person.email,
        person.hire_date,
        campuses.get(person.campus_id) if person.campus_id else None,
        person.position,
    )


def _row_card(values: dict[str, Any]) -> PersonCard:
    hire = values.get("hire_date")
    return PersonCard(
        None,
        values.get("employee_id") or None,
        display_name(
            first=values.get("first_name") or "",
            preferred=values.get("preferred_name"),
            last=values.get("last_name") or "",
        ),
        values.get("email") or None,
        dt.date.fromisoformat(hire) if isinstance(hire, str) and hire else None,
        values.get("campus") or None,
        values.get("position") or None,
    )


def _compare(a: PersonCard, b: PersonCard) -> tuple[list[str], list[tuple[str, str, str]]]:
    matches, differs = [], []
    for name, label in COMPARED:
        left, right = a.shown(name), b.shown(name)
        if left.casefold() == right.casefold():
            if left != "(blank)":
                matches.append(label)
        else:
            differs.append((label, left, right))
    return matches, differs


def decided_rows(session: Session) -> set[int]:
    """Held rows a review (merge or keep both, not undone) has already settled."""
    settled: set[int] = set()
    query = select(ImportBatch.mapping).where(
        ImportBatch.kind == ImportKind.ROSTER,
        ImportBatch.status == ImportStatus.APPLIED,
        ImportBatch.file_name == REVIEW_FILE_NAME,
    )
    for mapping in session.scalars(query):
        settled |= {int(i) for i in (mapping or {}).get("held_row_ids", [])}
    return settled


def merged_into(session: Session) -> dict[int, int]:
    """Person merged away -> the person kept, for every merge not undone."""
    query = select(ImportBatch.mapping).where(
        ImportBatch.kind == ImportKind.ROSTER,
        ImportBatch.status == ImportStatus.APPLIED,
        ImportBatch.file_name == REVIEW_FILE_NAME,
    )
    found: dict[int, int] = {}
    for mapping in session.scalars(query):
        if (mapping or {}).get("merged") is not None:
            found[int(mapping["merged"])] = int(mapping["kept"])
    return found


def review_queue(session: Session) -> list[DuplicatePair]:
    """Every possible duplicate still waiting for a decision, oldest import first.

    A row held again by a later import of the same file is shown once (the latest).
    """
    campuses: dict[int, str] = {
        row[0]: row[1] for row in session.execute(select(Campus.id, Campus.name))
    }
    settled = decided_rows(session)
    query = (
        select(ImportRow, ImportBatch.file_name)
        .join(ImportBatch, ImportBatch.id == ImportRow.batch_id)
        .where(
            ImportRow.action == RowAction.DUPLICATE,
            ImportBatch.status == ImportStatus.APPLIED,
            ImportRow.person_id.is_not(None),
        )
        .order_by(ImportRow.batch_id, ImportRow.row_number)
    )
    latest: dict[tuple[int, str, str], tuple[ImportRow, str]] = {}
    for held, file_name in session.execute(query):
        values = held.after or {}
        key = (
            int(held.person_id or 0),
            str(values.get("employee_id") or ""),
            str(values.get("email") or "").casefold(),
        )
        latest.pop(key, None)
        latest[key] = (held, file_name)
    pairs = []
    for held, file_name in latest.values():
        if held.id in settled:
            continue
        pair = _pair(session, held, file_name, campuses)
        if pair is not None:
            pairs.append(pair)
    return pairs


def _pair(
    session: Session, held: ImportRow, file_name: str, campuses: dict[int, str]
) -> DuplicatePair | None:
    kept = session.get(Person, held.person_id)
    if kept is None or kept.status == PersonStatus.ARCHIVED:
        return None
    values = dict(held.after or {})
    reason = str(values.pop("reason", "possible duplicate"))
    other = _row_card(values)
    if other.employee_id:
        holder = session.scalar(select(Person).where(Person.employee_id == other.employee_id))
        if holder is not None and holder.id != kept.id:
            if holder.status == PersonStatus.ARCHIVED:
                return None  # merged away already
            other = _card(holder, campuses)
    a = _card(kept, campuses)
    matches, differs = _compare(a, other)
    return DuplicatePair(
        held.id, held.batch_id, file_name, held.row_number, reason, a, other, matches, differs
    )


def find_pair(session: Session, a: str, b: str) -> DuplicatePair | None:
    """The waiting pair whose two sides are named a and b (employee IDs or e-mails), either way."""
    wanted = {a.casefold(), b.casefold()}
    for pair in review_queue(session):
        if {pair.kept.key.casefold(), pair.other.key.casefold()} == wanted:
            return pair
    return None
