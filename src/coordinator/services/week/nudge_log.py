"""Nudges in the audit log: one entry per batch of drafts, and when each person was last nudged.

The day recorded is the coordinator's `today` (the one the week list was built for), so "nudged 3
days ago" counts in the same days as the list itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import AuditEntry
from coordinator.services.audit import record

ACTION = "nudge"
ENTITY = "nudge"
RECENT = 2000  # batches looked at for "nudged N days ago": years of a coordinator's nudging


def record_nudges(
    session: Session,
    program_year_id: int,
    *,
    why: str,
    audience: str,
    person_ids: Sequence[int],
    template: str,
    today: dt.date,
) -> None:
    """Log that drafts went to these people (ids only: no names, no text of the drafts)."""
    record(
        session,
        ACTION,
        ENTITY,
        None,
        person_id=person_ids[0] if len(person_ids) == 1 else None,
        after={
            "program_year_id": program_year_id,
            "why": why,
            "to": audience,
            "people": list(person_ids),
            "template": template,
            "on": today,
        },
    )


def _batches(session: Session, program_year_id: int) -> Iterator[tuple[dt.date, dict[str, Any]]]:
    """The year's recent nudge batches, newest first: the day and what was logged."""
    rows = session.scalars(
        select(AuditEntry.after)
        .where(AuditEntry.action == ACTION, AuditEntry.entity == ENTITY)
        .order_by(AuditEntry.id.desc())
        .limit(RECENT)
    )
    for after in rows:
        if not after or after.get("program_year_id") != program_year_id:
            continue
        try:
            yield dt.date.fromisoformat(str(after.get("on"))), after
        except ValueError:
            continue


def last_nudges(session: Session, program_year_id: int) -> dict[int, dt.date]:
    """The day each person of the year was last nudged."""
    found: dict[int, dt.date] = {}
    for day, after in _batches(session, program_year_id):
        for pid in after.get("people") or []:
            if isinstance(pid, int) and (pid not in found or found[pid] < day):
                found[pid] = day
    return found


@dataclass(frozen=True)
class NudgeEntry:
    on: dt.date
    person_id: int  # who the draft went to
    why: str  # the reason's words, e.g. "behind on hours"
    template: str


def nudges_to(
    session: Session, program_year_id: int, person_ids: Collection[int]
) -> list[NudgeEntry]:
    """The nudges of the year that went to any of these people, newest first."""
    wanted = set(person_ids)
    found: list[NudgeEntry] = []
    for day, after in _batches(session, program_year_id):
        for pid in after.get("people") or []:
            if pid in wanted:
                why = str(after.get("why") or "")
                found.append(NudgeEntry(day, int(pid), why, str(after.get("template") or "")))
    return found
