"""The check-in list: a program year's check-ins, filtered in SQL, a page at a time (keyset)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from sys import intern
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from coordinator.db.models import (
    Checkin,
    CheckinAttendee,
    CheckinKind,
    CheckinTopic,
    Person,
    ProgramYear,
    Topic,
)
from coordinator.errors import NotFoundError
from coordinator.services.compliance.facts import from_assigned_mentor, load_year, others_count
from coordinator.tools.names import display_name
from coordinator.tools.sql_chunks import chunked

PAGE_SIZE = 500


@dataclass(frozen=True, slots=True)
class CheckinRow:
    """One line of the check-in list (slots: a scrolled-through year holds 200,000 of them)."""

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
    # Why present attendees' minutes do not count toward their hours ("" when all count).
    not_counted: str = ""


@dataclass(frozen=True)
class CheckinFilter:
    """What the list is narrowed to; every part is optional and the parts combine.

    `mentor_ids` / `mentee_ids` are the people a typed name matched (an empty tuple matches no
    one); `mentor_id` / `mentee_id` pick one person.
    """

    mentor_id: int | None = None
    mentee_id: int | None = None
    kind: CheckinKind | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    mentor_ids: tuple[int, ...] | None = None
    mentee_ids: tuple[int, ...] | None = None

    @property
    def narrows(self) -> bool:
        return self != CheckinFilter()


class ListOrder(enum.Enum):
    NEWEST_FIRST = "newest"
    OLDEST_FIRST = "oldest"


@dataclass(frozen=True)
class PageKey:
    """Where the previous page ended: its last row's date and id."""

    occurred_on: dt.date
    checkin_id: int


@dataclass(frozen=True)
class CheckinPage:
    rows: list[CheckinRow]
    next_key: PageKey | None  # None: this was the last page


def _ids(column: InstrumentedAttribute[int], ids: Sequence[int]) -> ColumnElement[bool]:
    # Ints rendered into the statement: a typed "a" can match thousands of people, more than
    # SQLite's bound-parameter limit.
    return column.in_(
        bindparam(f"ids_{column.key}", list(ids), expanding=True, literal_execute=True)
    )


def _where(program_year_id: int, f: CheckinFilter) -> ColumnElement[bool]:
    mentors = _person_ids(f.mentor_id, f.mentor_ids)
    mentees = _person_ids(f.mentee_id, f.mentee_ids)
    narrow = mentors is not None or mentees is not None
    # With a mentor or mentee chosen, their index is the narrow one; keep SQLite off the year's.
    year = Checkin.program_year_id + 0 if narrow else Checkin.program_year_id
    conds: list[ColumnElement[bool]] = [year == program_year_id]
    if mentors is not None:
        conds.append(_ids(Checkin.mentor_id, mentors))
    if f.kind is not None:
        conds.append(Checkin.kind == f.kind)
    if f.since is not None:
        conds.append(Checkin.occurred_on >= f.since)
    if f.until is not None:
        conds.append(Checkin.occurred_on <= f.until)
    if mentees is not None:
        conds.append(
            Checkin.id.in_(
                select(CheckinAttendee.checkin_id).where(_ids(CheckinAttendee.mentee_id, mentees))
            )
        )
    return and_(*conds)


def _person_ids(one: int | None, many: tuple[int, ...] | None) -> tuple[int, ...] | None:
    if one is None:
        return many
    return (one,) if many is None or one in many else ()


def count_checkins(
    session: Session, program_year_id: int, filters: CheckinFilter | None = None
) -> int:
    """How many of the year's check-ins match (one COUNT)."""
    where = _where(program_year_id, filters or CheckinFilter())
    return int(session.scalar(select(func.count()).select_from(Checkin).where(where)) or 0)


def checkin_page(
    session: Session,
    program_year_id: int,
    filters: CheckinFilter | None = None,
    *,
    after: PageKey | None = None,
    order: ListOrder = ListOrder.NEWEST_FIRST,
    size: int = PAGE_SIZE,
) -> CheckinPage:
    """The next `size` matching check-ins after `after`, ordered by (date, id)."""
    conds = [_where(program_year_id, filters or CheckinFilter())]
    newest = order is ListOrder.NEWEST_FIRST
    if after is not None:
        day, cid = after.occurred_on, after.checkin_id
        if newest:  # the first conjunct is an index range; the second breaks the day's ties
            conds += [Checkin.occurred_on <= day, or_(Checkin.occurred_on < day, Checkin.id < cid)]
        else:
            conds += [Checkin.occurred_on >= day, or_(Checkin.occurred_on > day, Checkin.id > cid)]
    keys = (
        (Checkin.occurred_on.desc(), Checkin.id.desc())
        if newest
        else (Checkin.occurred_on.asc(), Checkin.id.asc())
    )
    checkins = list(session.execute(select(*_LISTED).where(*conds).order_by(*keys).limit(size + 1)))
    more = len(checkins) > size
    checkins = checkins[:size]
    last = checkins[-1] if checkins and more else None
    return CheckinPage(
        _rows(session, checkins, counting_rules(session, program_year_id)),
        PageKey(last.occurred_on, last.id) if last else None,
    )


def counting_rules(session: Session, program_year_id: int) -> dict[str, Any]:
    """The year's rule pack (which says whose minutes count)."""
    _, rules = load_year(session, program_year_id)
    return rules


def uncounted_attendees(
    session: Session, checkin_ids: Sequence[int], rules: dict[str, Any]
) -> dict[int, list[int]]:
    """Check-in id -> present attendees whose minutes do not count: the check-in's mentor was
    not the mentor assigned to them on that date (a check-in saved with "Save anyway"), unless
    the pack lets minutes with others count. See `from_assigned_mentor`."""
    found: dict[int, list[int]] = {}
    if others_count(rules):
        return found
    for chunk in chunked(list(checkin_ids)):
        for cid, mid in session.execute(
            select(CheckinAttendee.checkin_id, CheckinAttendee.mentee_id)
            .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
            .where(
                CheckinAttendee.checkin_id.in_(chunk),
                CheckinAttendee.present.is_(True),
                ~from_assigned_mentor(),
            )
        ):
            found.setdefault(cid, []).append(mid)
    return found


def not_counted_text(names: Sequence[str], day: dt.date) -> str:
    """ "Not counted for Ana Li: not assigned to this mentor on 2025-10-02" """
    if not names:
        return ""
    who = ", ".join(names) if len(names) <= 3 else f"{len(names)} mentees"
    return f"Not counted for {who}: not assigned to this mentor on {day.isoformat()}"


def year_label(session: Session, program_year_id: int) -> str:
    """The year as the list names it ("2025-26")."""
    label = session.scalar(select(ProgramYear.label).where(ProgramYear.id == program_year_id))
    if label is None:
        raise NotFoundError(f"There is no program year with id {program_year_id}.")
    return label


def list_checkins(
    session: Session,
    program_year_id: int,
    filters: CheckinFilter | None = None,
    *,
    limit: int = 2000,
) -> tuple[list[CheckinRow], int]:
    """The newest check-ins matching the filters (at most `limit`) and how many match in all."""
    page = checkin_page(session, program_year_id, filters, size=limit)
    return page.rows, count_checkins(session, program_year_id, filters)


_LISTED = (
    Checkin.id,
    Checkin.occurred_on,
    Checkin.mentor_id,
    Checkin.kind,
    Checkin.minutes,
    Checkin.follow_up_on,
    Checkin.source,
)


def _rows(session: Session, checkins: Sequence[Any], rules: dict[str, Any]) -> list[CheckinRow]:
    """Rows of `_LISTED` columns as list lines: columns, not ORM objects (a page is 500)."""
    ids = [c.id for c in checkins]
    uncounted = uncounted_attendees(session, ids, rules)
    attendees: dict[int, list[tuple[int, bool]]] = {}
    topics: dict[int, list[str]] = {}
    names: dict[int, str] = {}
    for chunk in chunked(ids):
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
    wanted = (
        {c.mentor_id for c in checkins}
        | {pairs[0][0] for pairs in attendees.values() if len(pairs) == 1}
        | {m for mentees in uncounted.values() for m in mentees[:3]}
    )
    for chunk in chunked(wanted):
        for pid, first, preferred, last in session.execute(
            select(Person.id, Person.first_name, Person.preferred_name, Person.last_name).where(
                Person.id.in_(chunk)
            )
        ):
            names[pid] = display_name(first=first, preferred=preferred, last=last)
    out = []
    for c in checkins:
        pairs = attendees.get(c.id, [])
        present = sum(1 for _, here in pairs if here)
        who = f"{present} of {len(pairs)} present"
        if len(pairs) == 1:
            who = names.get(pairs[0][0], "")
        # Interned: the same names and topic lists recur on every page of a long year.
        out.append(
            CheckinRow(
                c.id,
                c.occurred_on,
                c.mentor_id,
                intern(names.get(c.mentor_id, "")),
                c.kind,
                c.minutes,
                intern(who),
                present,
                len(pairs),
                intern("; ".join(topics.get(c.id, []))),
                c.follow_up_on,
                c.source,
                intern(
                    not_counted_text(
                        sorted(names.get(m, "") for m in uncounted.get(c.id, [])), c.occurred_on
                    )
                ),
            )
        )
    return out
