"""The check-in list: the newest check-ins of a program year, filtered, as plain rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Checkin,
    CheckinAttendee,
    CheckinKind,
    CheckinTopic,
    Person,
    Topic,
)


@dataclass(frozen=True)
class CheckinRow:
    """One line of the check-in list."""

    id: int
    occurred_on: dt.date
    mentor_id: int
    mentor: str
    kind: CheckinKind
    minutes: int
    attendees: str
    present: int
    invited: int
    topics: str
    follow_up_on: dt.date | None
    source: str


@dataclass(frozen=True)
class CheckinFilter:
    mentor_id: int | None = None
    mentee_id: int | None = None
    kind: CheckinKind | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def list_checkins(
    session: Session,
    program_year_id: int,
    filters: CheckinFilter | None = None,
    *,
    limit: int = 2000,
) -> tuple[list[CheckinRow], int]:
    """The newest check-ins matching the filters (at most `limit`) and how many match in all."""
    f = filters or CheckinFilter()
    narrow = f.mentor_id is not None or f.mentee_id is not None
    # With a mentor or mentee chosen, their index is the narrow one; keep SQLite off the year's.
    year = Checkin.program_year_id + 0 if narrow else Checkin.program_year_id
    conds: list[Any] = [year == program_year_id]
    if f.mentor_id is not None:
        conds.append(Checkin.mentor_id == f.mentor_id)
    if f.kind is not None:
        conds.append(Checkin.kind == f.kind)
    if f.since is not None:
        conds.append(Checkin.occurred_on >= f.since)
    if f.until is not None:
        conds.append(Checkin.occurred_on <= f.until)
    if f.mentee_id is not None:
        conds.append(
            Checkin.id.in_(
                select(CheckinAttendee.checkin_id).where(CheckinAttendee.mentee_id == f.mentee_id)
            )
        )
    where = and_(*conds)
    total = session.scalar(select(func.count()).select_from(Checkin).where(where)) or 0
    checkins = list(
        session.scalars(
            select(Checkin)
            .where(where)
            .order_by(Checkin.occurred_on.desc(), Checkin.id.desc())
            .limit(limit)
        )
    )
    return _rows(session, checkins), int(total)


def _rows(session: Session, checkins: list[Checkin]) -> list[CheckinRow]:
    ids = [c.id for c in checkins]
    attendees: dict[int, list[tuple[int, bool]]] = {}
    topics: dict[int, list[str]] = {}
    names: dict[int, str] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for cid, mid, was_present in session.execute(
            select(
                CheckinAttendee.checkin_id, CheckinAttendee.mentee_id, CheckinAttendee.present
            ).where(CheckinAttendee.checkin_id.in_(chunk))
        ):
            attendees.setdefault(cid, []).append((mid, was_present))
        for cid, name in session.execute(
            select(CheckinTopic.checkin_id, Topic.name)
            .join(Topic, Topic.id == CheckinTopic.topic_id)
            .where(CheckinTopic.checkin_id.in_(chunk))
            .order_by(Topic.sort_order)
        ):
            topics.setdefault(cid, []).append(name)
    wanted = {c.mentor_id for c in checkins} | {
        pairs[0][0] for pairs in attendees.values() if len(pairs) == 1
    }
    for p in session.scalars(select(Person).where(Person.id.in_(wanted))):
        names[p.id] = p.display_name
    out = []
    for c in checkins:
        pairs = attendees.get(c.id, [])
        present = sum(1 for _, here in pairs if here)
        who = f"{present} of {len(pairs)} present"
        if len(pairs) == 1:
            who = names.get(pairs[0][0], "")
        out.append(
            CheckinRow(
                c.id,
                c.occurred_on,
                c.mentor_id,
                names.get(c.mentor_id, ""),
                c.kind,
                c.minutes,
                who,
                present,
                len(pairs),
                "; ".join(topics.get(c.id, [])),
                c.follow_up_on,
                c.source,
            )
        )
    return out
