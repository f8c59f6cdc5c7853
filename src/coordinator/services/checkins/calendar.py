"""Upcoming check-in follow-ups as an .ics calendar file (never the private notes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import CHECKIN_KIND_LABELS, Checkin, CheckinAttendee, Person
from coordinator.tools.names import display_name
from coordinator.tools.private_files import write_private_bytes
from coordinator.tools.text import count_of


@dataclass(frozen=True)
class FollowUp:
    checkin_id: int
    due: dt.date
    mentor: str
    mentees: str
    kind_label: str
    checkin_date: dt.date
    next_steps: str


def upcoming_follow_ups(
    session: Session,
    *,
    since: dt.date | None = None,
    program_year_id: int | None = None,
    mentor_id: int | None = None,
) -> list[FollowUp]:
    """Check-ins whose follow-up date is today or later, soonest first."""
    start = since or dt.date.today()
    query = select(Checkin).where(Checkin.follow_up_on >= start)
    if program_year_id is not None:
        query = query.where(Checkin.program_year_id == program_year_id)
    if mentor_id is not None:
        query = query.where(Checkin.mentor_id == mentor_id)
    checkins = list(session.scalars(query.order_by(Checkin.follow_up_on, Checkin.id)))
    people: dict[int, list[str]] = {}
    for cid, name_first, name_pref, name_last in session.execute(
        select(
            CheckinAttendee.checkin_id, Person.first_name, Person.preferred_name, Person.last_name
        )
        .join(Person, Person.id == CheckinAttendee.mentee_id)
        .where(CheckinAttendee.checkin_id.in_([c.id for c in checkins]))
        .order_by(Person.last_name, Person.first_name)
    ):
        people.setdefault(cid, []).append(
            display_name(first=name_first, preferred=name_pref, last=name_last)
        )
    result = []
    for c in checkins:
        names = people.get(c.id, [])
        who = names[0] if len(names) == 1 else count_of(len(names), "mentee")
        assert c.follow_up_on is not None
        result.append(
            FollowUp(
                c.id,
                c.follow_up_on,
                c.mentor.display_name,
                who,
                CHECKIN_KIND_LABELS[c.kind],
                c.occurred_on,
                c.next_steps,
            )
        )
    return result


def follow_ups_calendar(follow_ups: list[FollowUp]) -> bytes:
    """An iCalendar document with one all-day event per follow-up."""
    cal = Calendar()
    cal.add("prodid", "-//Coordinator//Mentoring follow-ups//EN")
    cal.add("version", "2.0")
    stamp = dt.datetime.now(dt.UTC)
    for f in follow_ups:
        event = Event()
        event.add("uid", f"checkin-{f.checkin_id}-follow-up@coordinator")
        event.add("dtstamp", stamp)
        event.add("dtstart", f.due)
        event.add("dtend", f.due + dt.timedelta(days=1))
        event.add("summary", f"Follow up: {f.mentees} ({f.mentor})")
        lines = [f"{f.kind_label} on {f.checkin_date.isoformat()}, mentor {f.mentor}."]
        if f.next_steps:
            lines.append(f"Next steps: {f.next_steps}")
        event.add("description", "\n".join(lines))
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return bytes(cal.to_ical())


def export_follow_ups(
    session: Session,
    path: Path,
    *,
    since: dt.date | None = None,
    program_year_id: int | None = None,
    mentor_id: int | None = None,
) -> int:
    """Write the upcoming follow-ups to `path` (0600); returns how many events it holds."""
    follow_ups = upcoming_follow_ups(
        session, since=since, program_year_id=program_year_id, mentor_id=mentor_id
    )
    write_private_bytes(Path(path), follow_ups_calendar(follow_ups))
    return len(follow_ups)
