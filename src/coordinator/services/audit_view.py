"""The audit log as the Audit window shows it: filtered by person, kind and date, in words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import AuditEntry, Person
from coordinator.services.audit import AuditRow, recent_entries
from coordinator.services.audit_words import (
    Names,
    field_label,
    look_up_names,
    sentence,
    value_words,
)

MAX_VALUE_TEXT = 300

ENTITY_LABELS = {
    "person": "Person",
    "campus": "Campus",
    "program": "Program",
    "program_year": "Program year",
    "enrollment": "Enrollment",
    "assignment": "Assignment (matching)",
    "checkin": "Check-in",
    "import_batch": "Import",
    "rule_pack": "Rule pack",
    "mentor_profile": "Mentor profile",
    "topic": "Topic",
    "setting": "Setting",
    "match_batch": "Matching run",
    "mentor_training": "Mentor training",
    "campus_coordinator": "Campus coordinator",
    "database": "Database",
}


@dataclass(frozen=True)
class AuditFilter:
    person_id: int | None = None
    entity: str | None = None
    first_day: dt.date | None = None  # local dates, both inclusive
    last_day: dt.date | None = None
    limit: int = 1000


@dataclass(frozen=True)
class AuditLine:
    """One change as the window shows it: local time, who, what, and the values that changed."""

    id: int
    at: dt.datetime  # local time
    actor: str
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    person_name: str | None
    batch_id: int | None
    before: str
    after: str
    what: str  # a sentence: "Logged a group meeting for 28 mentees"
    batch: str  # the import it was part of, in words; "" when none


def _utc_bound(day: dt.date) -> dt.datetime:
    """Local midnight starting `day`, as the naive UTC the audit log stores."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _local(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def change_texts(
    before: dict[str, Any] | None, after: dict[str, Any] | None, names: Names | None = None
) -> tuple[str, str]:
    """Before and after as 'Field: value' lines; for an update, only the fields that changed."""
    before = before or {}
    after = after or {}
    names = names or Names()
    keys = list(dict.fromkeys([*before, *after]))
    if before and after:
        keys = [k for k in keys if before.get(k) != after.get(k)]

    def lines(values: dict[str, Any]) -> str:
        text = "; ".join(
            f"{field_label(k)}: {value_words(k, values[k], names)}" for k in keys if k in values
        )
        return text if len(text) <= MAX_VALUE_TEXT else text[: MAX_VALUE_TEXT - 1] + "…"

    return lines(before), lines(after)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity.replace("_", " ").capitalize())


def _line(row: AuditRow, names: Names) -> AuditLine:
    before, after = change_texts(row.before, row.after, names)
    batch = names.import_batch(row.batch_id) if row.batch_id is not None else ""
    if row.entity == "import_batch":
        batch = ""  # the sentence says which import already
    return AuditLine(
        id=row.id,
        at=_local(row.at),
        actor=row.actor,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        person_id=row.person_id,
        person_name=names.people.get(row.person_id) if row.person_id is not None else None,
        batch_id=row.batch_id,
        before=before,
        after=after,
        what=sentence(row, names, entity_label(row.entity)),
        batch=batch,
    )


def audit_lines(session: Session, wanted: AuditFilter) -> list[AuditLine]:
    """The changes matching `wanted`, newest first."""
    rows = recent_entries(
        session,
        person_id=wanted.person_id,
        entity=wanted.entity,
        since=_utc_bound(wanted.first_day) if wanted.first_day else None,
        until=_utc_bound(wanted.last_day + dt.timedelta(days=1)) if wanted.last_day else None,
        limit=wanted.limit,
    )
    names = look_up_names(session, rows)
    return [_line(r, names) for r in rows]


def audited_kinds(session: Session) -> list[tuple[str, str]]:
    """(entity, label) for every kind of record the log mentions, for the Kind filter."""
    entities = session.scalars(select(AuditEntry.entity).distinct())
    pairs = [(e, entity_label(e)) for e in entities]
    return sorted(pairs, key=lambda pair: pair[1])


def audited_people(session: Session) -> list[tuple[int, str]]:
    """(person id, name) for everyone the log mentions, sorted by last name."""
    ids = select(AuditEntry.person_id).where(AuditEntry.person_id.is_not(None)).distinct()
    people = session.scalars(select(Person).where(Person.id.in_(ids)))
    return [(p.id, p.display_name) for p in sorted(people, key=lambda p: p.sort_key)]
