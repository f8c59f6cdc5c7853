"""The demo's 2026-27 HR roster: who came back next fall, so the Outcomes views have a story.

Written the way the roster importer would have left it (an applied import batch, a changed row
with its restore point for each person it moved or gave another position, and the roster's
snapshot of everyone it listed), dated 10 August 2026. Mentees with few hours of mentoring left
more often than those with many; a few people moved campus or took another role. A few
teachers hired this year in no program make the comparison group.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Campus,
    Checkin,
    CheckinAttendee,
    Enrollment,
    ImportBatch,
    ImportKind,
    ImportRow,
    ImportStatus,
    Person,
    PersonStatus,
    Role,
    RosterEntry,
    RosterSnapshot,
    RowAction,
)
from coordinator.demo.staff import RosterMaker
from coordinator.demo.writer import BulkWriter
from coordinator.importing.roster.bulk import insert_rows, table_of, update_rows
from coordinator.importing.roster.plan import load_existing, restore_point
from coordinator.tools.sql_chunks import as_dict

NEXT_ROSTER_FILE = "HR roster 2026-27.xlsx"
NEXT_ROSTER_DATE = dt.date(2026, 8, 10)
NEXT_ROSTER_LOADED_AT = dt.datetime(2026, 8, 10, 7, 30)
NEW_HIRES_FROM = dt.date(2025, 6, 1)
NEW_ROLE = {"Teacher": "Instructional Coach", "Librarian": "Teacher"}


def _leaving_chance(role: Role | None, hours: float, new_hire: bool) -> float:
    """Beginning teachers with little mentoring leave far more often (the story the data tells),
    and new hires no program took in most often of all."""
    if role is None and new_hire:
        return 0.3
    if role == Role.MENTEE:
        if hours < 6:
            return 0.45
        if hours < 12:
            return 0.28
        if hours < 24:
            return 0.14
        return 0.07
    return 0.05 if role == Role.MENTOR else 0.09


def _roles(session: Session) -> dict[int, Role]:
    roles: dict[int, Role] = {}
    for pid, role in session.execute(select(Enrollment.person_id, Enrollment.role)):
        if roles.get(pid) != Role.MENTEE:  # a mentee's own outcome is the one that matters
            roles[pid] = role
    return roles


def _mentee_hours(session: Session) -> dict[int, float]:
    stmt = (
        select(CheckinAttendee.mentee_id, func.sum(Checkin.minutes))
        .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
        .where(CheckinAttendee.present)
        .group_by(CheckinAttendee.mentee_id)
    )
    return {pid: int(minutes or 0) / 60 for pid, minutes in session.execute(stmt)}


def add_other_new_hires(maker: RosterMaker, writer: BulkWriter, campus_ids: list[int]) -> int:
    """Teachers hired this year whom no program took in: the Outcomes' comparison group."""
    rng = maker.rng
    count = max(5, len(maker.person_rows) // 40)
    rows = [
        maker.person(
            "Teacher",
            campus_id=rng.choice(campus_ids),
            supervisor_id=None,
            hire_date=dt.date(2025, 8, 4) + dt.timedelta(days=rng.randint(0, 60)),
        )
        for _ in range(count)
    ]
    writer.extend("person", rows)
    return count


def write_next_roster(session: Session, rng: random.Random) -> dict[str, int]:
    """Write the 2026-27 roster import; returns its counts (listed, moved, new role, left)."""
    conn = session.connection()
    existing = load_existing(session)
    roles, hours = _roles(session), _mentee_hours(session)
    campuses = list(session.execute(select(Campus.id, Campus.name, Campus.level)))
    names = {cid: name for cid, name, _ in campuses}
    by_level: dict[Any, list[int]] = {}
    for cid, _, level in campuses:
        by_level.setdefault(level, []).append(cid)
    levels = as_dict((cid, level) for cid, _, level in campuses)
    digest = hashlib.sha256(f"{NEXT_ROSTER_FILE} {len(existing)}".encode()).hexdigest()
    batch = ImportBatch(
        kind=ImportKind.ROSTER,
        file_name=NEXT_ROSTER_FILE,
        content_hash=digest,
        sheet="Roster",
        mapping={},
        counts={},
        status=ImportStatus.APPLIED,
        actor="demo",
        created_at=NEXT_ROSTER_LOADED_AT,
    )
    session.add(batch)
    session.flush()
    entries, changes, updates = [], [], []
    left = moved = new_role = 0
    for pid in sorted(existing):
        person = existing[pid]
        if person["status"] != PersonStatus.ACTIVE:
            left += 1  # already gone: not on next fall's roster
            continue
        role = roles.get(pid)
        draw = rng.random()
        hired = person["hire_date"]
        new_hire = hired is not None and hired >= NEW_HIRES_FROM
        if draw < _leaving_chance(role, hours.get(pid, 0.0), new_hire):
            left += 1
            continue
        campus, position = person["campus_id"], person["position"]
        after: dict[str, Any] = {}
        diff: dict[str, Any] = {}
        draw = rng.random()
        if draw < 0.02 and position in NEW_ROLE:
            diff["position"], position = position, NEW_ROLE[position]
            after["position"] = position
            new_role += 1
        elif draw < 0.08 and campus is not None and len(by_level[levels[campus]]) > 1:
            others = [c for c in by_level[levels[campus]] if c != campus]
            diff["campus"] = names[campus]
            campus = rng.choice(others)
            after.update(campus=names[campus], campus_id=campus)
            moved += 1
        entries.append((batch.id, pid, campus, position))
        if after:
            restore = restore_point(person)
            changes.append(
                (
                    batch.id,
                    0,
                    RowAction.CHANGED.value,
                    pid,
                    {"restore": restore, "diff": diff},
                    after,
                )
            )
            updates.append((campus, position, person["version"] + 1, NEXT_ROSTER_LOADED_AT, pid))
    update_rows(conn, table_of(Person), ("campus_id", "position", "version", "updated_at"), updates)
    insert_rows(
        conn,
        table_of(ImportRow),
        ("batch_id", "row_number", "action", "person_id", "before", "after"),
        changes,
        convert=("before", "after"),
    )
    conn.execute(
        table_of(RosterSnapshot)
        .insert()
        .values(batch_id=batch.id, as_of=NEXT_ROSTER_DATE, people=len(entries), rows_not_imported=0)
    )
    insert_rows(
        conn, table_of(RosterEntry), ("batch_id", "person_id", "campus_id", "position"), entries
    )
    counts = {"listed": len(entries), "moved": moved, "new_role": new_role, "left": left}
    batch.counts = {
        "new": 0,
        "changed": len(changes),
        "unchanged": len(entries) - len(changes),
        "missing": left,
        "duplicates": 0,
        "invalid": 0,
    }
    session.flush()
    return counts
