"""What the audit log gained during a step: the entries a change wrote, for the field tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry


@dataclass(frozen=True)
class Written:
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def audit_mark(db: Database) -> int:
    """The newest audit entry's id now; `written_since` returns the entries after it."""
    with db.reading() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def written_since(db: Database, mark: int) -> list[Written]:
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.id > mark).order_by(AuditEntry.id)
        )
        return [
            Written(r.action, r.entity, r.entity_id, r.person_id, r.before, r.after) for r in rows
        ]


def only_entry(db: Database, mark: int) -> Written:
    """The single entry written since `mark` (fails when there are none or several)."""
    rows = written_since(db, mark)
    assert len(rows) == 1, rows
    return rows[0]
