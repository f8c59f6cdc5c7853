"""The append-only audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import AuditEntry
from coordinator.db.server_roles import local_account

ACTOR = "coordinator_actor"  # session.info: the server account, asked once per session


def current_actor(session: Session | None = None) -> str:
    """Who is changing things: on a server the database account that connected
    (`session_user`, which the environment cannot forge), else the operating-system account
    running the app (a coordinator's login, not their name).

    On PostgreSQL the server also stamps each audit entry's actor and time itself (migration
    0009), whatever a client sends; this is the same account, for the rows that name one.
    """
    if session is None or session.get_bind().dialect.name == "sqlite":
        return local_account()
    if ACTOR not in session.info:
        session.info[ACTOR] = str(session.scalar(select(func.session_user())))
    return str(session.info[ACTOR])


def jsonable(value: Any) -> Any:
    """A value as JSON can hold it: dates as ISO text, enums as their value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    return value


def snapshot(obj: Any, fields: Sequence[str]) -> dict[str, Any]:
    return {name: jsonable(getattr(obj, name)) for name in fields}


PRIVATE_CHANGED = "changed"


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """The keys whose values differ (as JSON would hold them), in the order they appear."""
    keys = dict.fromkeys([*before, *after])
    return [k for k in keys if jsonable(before.get(k)) != jsonable(after.get(k))]


def record_edit(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    private: Collection[str] = (),
    person_id: int | None = None,
    batch_id: int | None = None,
) -> AuditEntry | None:
    """Record an edit with only the fields that changed, or nothing when none did.

    `before` must be captured (as values, e.g. with `snapshot`) before the row was changed. A field
    in `private` (free-text notes) is recorded as changed, never with its text. A key only one side
    has (a topic added) appears only on that side.
    """
    changed = changed_fields(before, after)
    if not changed:
        return None
    old = {k: before[k] for k in changed if k in before and k not in private}
    new = {k: PRIVATE_CHANGED if k in private else after[k] for k in changed if k in after}
    return record(
        session,
        action,
        entity,
        entity_id,
        before=old,
        after=new,
        person_id=person_id,
        batch_id=batch_id,
    )


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    person_id: int | None = None,
    batch_id: int | None = None,
    actor: str | None = None,
) -> AuditEntry:
    """Append one entry to the audit log inside the caller's transaction."""
    entry = AuditEntry(
        actor=actor or current_actor(session),
        action=action,
        entity=entity,
        entity_id=entity_id,
        person_id=person_id,
        batch_id=batch_id,
        before=jsonable(before) if before is not None else None,
        after=jsonable(after) if after is not None else None,
    )
    session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    batch_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def recent_entries(
    session: Session,
    *,
    person_id: int | None = None,
    entity: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    action: str | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    """The newest entries first; `since` is inclusive and `until` exclusive."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if person_id is not None:
        query = query.where(AuditEntry.person_id == person_id)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    return [
        AuditRow(
            id=e.id,
            at=e.at,
            actor=e.actor,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            person_id=e.person_id,
            batch_id=e.batch_id,
            before=e.before,
            after=e.after,
        )
        for e in session.scalars(query)
    ]
