"""The import history: one summary per batch, for the Imports page and `coordinator import list`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import ImportBatch, ImportKind

COUNT_KEYS = ("new", "changed", "unchanged", "missing", "duplicates", "invalid")


@dataclass(frozen=True)
class BatchSummary:
    id: int
    created_at: dt.datetime
    file_name: str
    sheet: str | None
    counts: dict[str, int]
    status: str
    undone_at: dt.datetime | None
    actor: str

    @property
    def counts_text(self) -> str:
        return " ".join(f"{k}={self.counts.get(k, 0)}" for k in COUNT_KEYS)

    @property
    def can_undo(self) -> bool:
        return self.status == "applied"


def list_batches(session: Session, kind: ImportKind = ImportKind.ROSTER) -> list[BatchSummary]:
    """Every import batch of this kind, newest first."""
    query = select(ImportBatch).where(ImportBatch.kind == kind).order_by(ImportBatch.id.desc())
    return [
        BatchSummary(
            id=b.id,
            created_at=b.created_at,
            file_name=b.file_name,
            sheet=b.sheet,
            counts={k: int(v) for k, v in (b.counts or {}).items() if isinstance(v, int)},
            status=b.status.value,
            undone_at=b.undone_at,
            actor=b.actor,
        )
        for b in session.scalars(query)
    ]
