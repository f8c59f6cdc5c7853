"""People not in the new file whom the coordinator marks as having left (part of the batch)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection

from coordinator.db.models import Person, PersonStatus, RowAction
from coordinator.importing.roster.bulk import table_of, update_rows
from coordinator.importing.roster.plan import ImportPlan, restore_point


def mark_departures(
    conn: Connection, plan: ImportPlan, person_ids: list[int], batch_id: int, stamp: dt.datetime
) -> list[tuple[Any, ...]]:
    """Set status "left" (left today) on these people; returns their provenance rows."""
    today = dt.date.today()  # the coordinator's calendar day, not the UTC one
    updates, provenance = [], []
    for person_id in person_ids:
        current = plan.existing[person_id]
        updates.append((PersonStatus.LEFT.value, today, current["version"] + 1, stamp, person_id))
        provenance.append(
            (
                batch_id,
                0,  # not a row of the file
                RowAction.CHANGED.value,
                person_id,
                {"restore": restore_point(current), "diff": {"status": "active"}},
                {"status": PersonStatus.LEFT.value, "left_on": today.isoformat()},
            )
        )
    update_rows(conn, table_of(Person), ("status", "left_on", "version", "updated_at"), updates)
    return provenance
