"""Designated meeting times: when each campus's mentors and beginning teachers meet in a program.

19 TAC §153.1011 (program requirements) has a district mentor program designate a specific time
during the school day for the mentor and beginning teacher to meet, one that does not fall in the
teachers' planning period. A program records, per campus, those designated windows and the
planning period; `meeting_time_problem` says where a check-in falls outside them. The pack's
`meet_at_designated_time` turns the rule on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Campus, MeetingTime, Program
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services import audit
from coordinator.services.shared.phrase import phrase

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Window:
    """One window of a campus's day: a designated meeting time or the planning period."""

    id: int
    campus_id: int
    campus: str
    weekday: int | None  # None: every school day
    starts_at: dt.time
    ends_at: dt.time
    planning: bool

    @property
    def days(self) -> str:
        return "Every day" if self.weekday is None else WEEKDAYS[self.weekday]

    @property
    def words(self) -> str:
        """ "Tuesday 14:30-15:15" """
        return f"{self.days} {_hm(self.starts_at)}-{_hm(self.ends_at)}"

    def holds(self, day: dt.date, at: dt.time) -> bool:
        on_day = self.weekday is None or self.weekday == day.weekday()
        return on_day and self.starts_at <= at < self.ends_at


def _hm(t: dt.time) -> str:
    return t.strftime("%H:%M")


def parse_time(text: str, what: str = "time") -> dt.time:
    """ "14:30" or "2:30 PM" as a time, or a refusal saying how to write it."""
    cleaned = text.strip().upper()
    for pattern in ("%H:%M", "%I:%M %p", "%I:%M%p"):
        try:
            return dt.datetime.strptime(cleaned, pattern).time()
        except ValueError:
            continue
    raise RefusedError(f"The {what} {text!r} is not a time; write it like 14:30 or 2:30 PM.")


def parse_weekday(text: str | None) -> int | None:
    """A weekday name (or its first three letters) as 0-6; empty or "every" is every day."""
    word = (text or "").strip().lower()
    if word in ("", "every", "every day", "all"):
        return None
    for i, name in enumerate(WEEKDAYS):
        if name.lower() == word or name.lower()[:3] == word[:3]:
            return i
    raise RefusedError(
        f"{text!r} is not a day of the week; write Monday, Tue, … or leave it empty."
    )


def campus_by_name(session: Session, text: str) -> Campus:
    """The campus a coordinator named by its name or code (case aside)."""
    wanted = text.strip().lower()
    for campus in session.scalars(select(Campus)):
        if campus.name.lower() == wanted or (campus.code or "").lower() == wanted:
            return campus
    raise NotFoundError(
        f"There is no campus named {text!r}; use a campus name or code as the People page shows it."
    )


def campus_choices(session: Session) -> list[tuple[int, str]]:
    """Every campus as (id, name), by name, for a chooser."""
    return [(c.id, c.name) for c in session.scalars(select(Campus).order_by(Campus.name))]


def meeting_windows(session: Session, program_id: int) -> list[Window]:
    """The program's windows, by campus, day and time."""
    rows = session.execute(
        select(MeetingTime, Campus.name)
        .join(Campus, Campus.id == MeetingTime.campus_id)
        .where(MeetingTime.program_id == program_id)
    ).all()
    windows = [
        Window(m.id, m.campus_id, name, m.weekday, m.starts_at, m.ends_at, m.planning)
        for m, name in rows
    ]
    return sorted(
        windows,
        key=lambda w: (
            w.campus.lower(),
            -1 if w.weekday is None else w.weekday,
            w.starts_at,
        ),
    )


def _overlaps(a: Window, b: Window) -> bool:
    same_day = a.weekday is None or b.weekday is None or a.weekday == b.weekday
    return same_day and a.starts_at < b.ends_at and b.starts_at < a.ends_at


def add_meeting_time(
    session: Session,
    program_id: int,
    campus_id: int,
    starts_at: dt.time,
    ends_at: dt.time,
    *,
    weekday: int | None = None,
    planning: bool = False,
) -> int:
    """Record a designated meeting time (or, with `planning`, the planning period) for a campus.

    A designated time that overlaps the campus's planning period is refused: the rule asks for a
    time in the school day that is not the planning period.
    """
    if session.get(Program, program_id) is None:
        raise NotFoundError(f"There is no program with id {program_id}.")
    campus = session.get(Campus, campus_id)
    if campus is None:
        raise NotFoundError(f"There is no campus with id {campus_id}.")
    if ends_at <= starts_at:
        raise RefusedError(
            f"The window ends at {_hm(ends_at)}, not after it starts at {_hm(starts_at)}; "
            "check the two times."
        )
    new = Window(0, campus_id, campus.name, weekday, starts_at, ends_at, planning)
    for old in meeting_windows(session, program_id):
        if old.campus_id != campus_id or old.planning == planning or not _overlaps(new, old):
            continue
        planned = old if old.planning else new
        meeting = new if old.planning else old
        raise RefusedError(
            f"{campus.name}: the designated meeting time {meeting.words} overlaps the planning "
            f"period {planned.words}. Meetings must be at a designated time that is not the "
            "planning period; choose another time."
        )
    row = MeetingTime(
        program_id=program_id,
        campus_id=campus_id,
        weekday=weekday,
        starts_at=starts_at,
        ends_at=ends_at,
        planning=planning,
    )
    session.add(row)
    session.flush()
    audit.record(session, "add", "meeting_time", row.id, after=_audited(row))
    return row.id


def remove_meeting_time(session: Session, meeting_time_id: int) -> None:
    row = session.get(MeetingTime, meeting_time_id)
    if row is None:
        raise NotFoundError(f"There is no meeting time with id {meeting_time_id}.")
    before = _audited(row)
    session.delete(row)
    session.flush()
    audit.record(session, "delete", "meeting_time", meeting_time_id, before=before)


def _audited(row: MeetingTime) -> dict[str, object]:
    return {
        "program_id": row.program_id,
        "campus_id": row.campus_id,
        "weekday": row.weekday,
        "starts_at": _hm(row.starts_at),
        "ends_at": _hm(row.ends_at),
        "planning": row.planning,
    }


def meeting_time_problem(windows: Sequence[Window], day: dt.date, at: dt.time | None) -> str | None:
    """Why a meeting on `day` at `at` at a campus with these windows breaks the rule, or None."""
    if at is None:
        return phrase("no start time recorded")
    planning = [w for w in windows if w.planning and w.holds(day, at)]
    if planning:
        return phrase("in the planning period ({window})", window=planning[0].words)
    designated = [w for w in windows if not w.planning]
    if not designated:
        return phrase("the campus has no designated meeting time recorded")
    if not any(w.holds(day, at) for w in designated):
        return phrase("outside the designated meeting time")
    return None


def by_campus(windows: Iterable[Window]) -> dict[int, list[Window]]:
    found: dict[int, list[Window]] = {}
    for w in windows:
        found.setdefault(w.campus_id, []).append(w)
    return found
