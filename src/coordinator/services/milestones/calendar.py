"""Milestones as calendar events, written beside the follow-ups (services.checkins.calendar).

One all-day event per due day. Each event's UID is stable (the database's own calendar id, the
program year, the milestone and the person or campus), so importing the file again updates the
events in place instead of adding copies. An event says what meets the milestone and where it
stands, never a note. A mentor's calendar holds only their own mentees and their own items.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coordinator.db.models import ProgramYear, Setting
from coordinator.errors import NotFoundError
from coordinator.services.checkins.calendar import DayEvent
from coordinator.services.milestones.definitions import MilestoneFor
from coordinator.services.milestones.progress import MilestoneItem, milestone_board

UID_SETTING = "calendar_uid_domain"


def calendar_id(session: Session) -> str:
    """This database's own calendar id, made with it (migration 0008): UIDs from two databases
    never clash in one calendar. Read only, so a read-only copy exports the same UIDs."""
    row = session.get(Setting, UID_SETTING)
    return str(row.value) if row is not None else "local"


def milestone_events(
    session: Session,
    program_year_id: int,
    as_of: dt.date,
    *,
    mentor_id: int | None = None,
) -> list[DayEvent]:
    """The year's dated milestones, each with where it stands on `as_of`: everyone's, or one
    mentor's own (their own milestones and their mentees' milestones as a pair)."""
    if session.get(ProgramYear, program_year_id) is None:
        raise NotFoundError(f"There is no program year with id {program_year_id}.")
    domain = f"{calendar_id(session)}.coordinator"
    board = milestone_board(session, program_year_id, as_of)
    return [
        _milestone_event(item, program_year_id, domain)
        for item in board.items
        if item.due_on is not None and _is_mentors(item, mentor_id)
    ]


def _is_mentors(item: MilestoneItem, mentor_id: int | None) -> bool:
    if mentor_id is None:
        return True
    if item.milestone.audience is MilestoneFor.MENTOR:
        return item.person_id == mentor_id
    return item.milestone.audience is MilestoneFor.PAIR and item.mentor_id == mentor_id


def _milestone_event(item: MilestoneItem, program_year_id: int, domain: str) -> DayEvent:
    assert item.due_on is not None
    state = item.state.label
    return DayEvent(
        uid=f"milestone-{program_year_id}-{item.uid_part}@{domain}",
        day=item.due_on,
        summary=f"{item.title}: {item.subject}",
        description=f"{_sentence(item.milestone.met_by.phrase)} ({item.milestone.due.phrase}). "
        f"{state}: {item.detail}.",
    )


def _sentence(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]
