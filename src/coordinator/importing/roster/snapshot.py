"""Each applied roster import keeps who it listed, on which campus, in which position.

Retention is read from these snapshots (coordinator.services.outcomes): someone on a later roster
stayed, moved campus or changed role; someone a later roster does not list left the district.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, delete

from coordinator.db.models import RosterEntry, RosterSnapshot
from coordinator.importing.roster.bulk import insert_rows, table_of
from coordinator.importing.roster.plan import ImportPlan, PlannedPerson

CHUNK = 20_000


def campus_of(plan: ImportPlan, person: PlannedPerson, current: int | None) -> int | None:
    """The campus the person ends up at: the one the row names, or the current one if blank."""
    if person.new_campus is not None:
        return plan.campus_ids[person.new_campus.casefold()]
    if person.campus_id is not None:
        return person.campus_id
    return current


def record_snapshot(
    conn: Connection,
    plan: ImportPlan,
    batch_id: int,
    new_ids: dict[int, int],
    as_of: dt.date,
) -> int:
    """Write the batch's snapshot: every person the file listed (new, changed or unchanged)."""
    # Every person is listed once: new people have new ids, and the plan matched each existing
    # person to one row at most. The values are ids and text already: no conversion.
    rows: list[tuple[Any, ...]] = [
        (
            batch_id,
            new_ids[person.row],
            campus_of(plan, person, None),
            person.values.get("position"),
        )
        for person in plan.new
    ]
    for person in (*plan.changed, *plan.unchanged):
        assert person.person_id is not None
        current = plan.existing[person.person_id]
        campus = campus_of(plan, person, current["campus_id"])
        position = person.values.get("position", current["position"])
        rows.append((batch_id, person.person_id, campus, position))
    not_imported = len(plan.duplicates) + plan.invalid_rows
    conn.execute(
        table_of(RosterSnapshot)
        .insert()
        .values(batch_id=batch_id, as_of=as_of, people=len(rows), rows_not_imported=not_imported)
    )
    for start in range(0, len(rows), CHUNK):
        insert_rows(
            conn,
            table_of(RosterEntry),
            ("batch_id", "person_id", "campus_id", "position"),
            rows[start : start + CHUNK],
            convert=(),
        )
    return len(rows)


def forget_snapshot(conn: Connection, batch_id: int) -> None:
    """An undone import no longer says who was on the roster."""
    conn.execute(delete(RosterEntry).where(RosterEntry.batch_id == batch_id))
    conn.execute(delete(RosterSnapshot).where(RosterSnapshot.batch_id == batch_id))
