"""Upcoming check-in follow-ups as an .ics calendar file (never the private notes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True)
class DayEvent:
    """One all-day calendar event; its UID is stable, so a re-export updates it in place."""

    uid: str
    day: dt.date
    summary: str
    description: str


EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def follow_up_events(follow_ups: list[FollowUp]) -> list[DayEvent]:
    events = []
    for f in follow_ups:
        lines = [f"{f.kind_label} on {f.checkin_date.isoformat()}, mentor {f.mentor}."]
        if f.next_steps:
            lines.append(f"Next steps: {f.next_steps}")
        events.append(
            DayEvent(
                f"checkin-{f.checkin_id}-follow-up@coordinator",
                f.due,
                f"Follow up: {f.mentees} ({f.mentor})",
                "\n".join(lines),
            )
        )
    return events


def day_events_calendar(
    events: list[DayEvent], *, name: str = "", now: dt.datetime | None = None
) -> bytes:
    """An iCalendar document with one all-day event each. SEQUENCE grows with every export (in
    minutes), so a calendar that already holds an event takes the newer one for its UID."""
    from icalendar import Calendar, Event  # a quarter of a second: when a calendar is written

    stamp = now or dt.datetime.now(dt.UTC)
    cal = Calendar()
    cal.add("prodid", "-//Coordinator//Mentoring follow-ups//EN")
    cal.add("version", "2.0")
    if name:
        cal.add("x-wr-calname", name)
    sequence = max(int((stamp - EPOCH).total_seconds() // 60), 0)
    for e in events:
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("dtstart", e.day)
        event.add("dtend", e.day + dt.timedelta(days=1))
        event.add("summary", e.summary)
        event.add("description", e.description)
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return bytes(cal.to_ical())


def follow_ups_calendar(follow_ups: list[FollowUp]) -> bytes:
    """An iCalendar document with one all-day event per follow-up."""
    return day_events_calendar(follow_up_events(follow_ups))


def export_follow_ups(
    session: Session,
    path: Path,
    *,
    since: dt.date | None = None,
    program_year_id: int | None = None,
    mentor_id: int | None = None,
    also: list[DayEvent] | None = None,
    name: str = "",
) -> int:
    """Write the upcoming follow-ups (and `also`: the milestones) to `path` (0600); returns
    how many events it holds."""
    follow_ups = upcoming_follow_ups(
        session, since=since, program_year_id=program_year_id, mentor_id=mentor_id
    )
    events = follow_up_events(follow_ups) + (also or [])
    events.sort(key=lambda e: (e.day, e.summary.casefold(), e.uid))
    write_private_bytes(Path(path), day_events_calendar(events, name=name))
    return len(events)
