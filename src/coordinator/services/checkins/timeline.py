"""One mentee's year: check-ins in order, hours per semester against the target, topics, mentors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    Checkin,
    CheckinAttendee,
    CheckinKind,
    CheckinTopic,
    Person,
    Topic,
)
from coordinator.errors import NotFoundError
from coordinator.services.compliance.facts import Span, YearFacts, _facts_head, load_year
from coordinator.services.milestones.definitions import MilestoneFor, pack_milestones
from coordinator.services.milestones.progress import MilestoneItem, mentee_rows, milestone_board
from coordinator.services.week.nudge_log import NudgeEntry, nudges_to


@dataclass(frozen=True)
class TimelineEntry:
    checkin_id: int
    occurred_on: dt.date
    kind: CheckinKind
    minutes: int
    present: bool
    counted: bool  # whether the minutes count toward the semester target
    mentor: str
    group_size: int
    topics: tuple[str, ...]
    next_steps: str
    follow_up_on: dt.date | None


@dataclass(frozen=True)
class SemesterHours:
    name: str
    start: dt.date
    end: dt.date
    minutes: int
    target_minutes: int | None


@dataclass(frozen=True)
class AssignmentSpan:
    mentor_id: int
    mentor: str
    start: dt.date
    end: dt.date | None
    end_reason: str | None


@dataclass(frozen=True)
class TopicCount:
    name: str
    checkins: int
    required: bool


@dataclass(frozen=True)
class MenteeTimeline:
    person_id: int
    name: str
    entries: list[TimelineEntry]
    semesters: list[SemesterHours]
    topics: list[TopicCount]
    assignments: list[AssignmentSpan]
    milestones: list[MilestoneItem] = field(default_factory=list)
    nudges: list[NudgeEntry] = field(default_factory=list)  # to the mentee or their mentors


def mentee_timeline(
    session: Session, program_year_id: int, mentee_id: int, *, as_of: dt.date | None = None
) -> MenteeTimeline:
    """The mentee's check-ins (newest first) and what they add up to in this program year,
    with their milestones on `as_of` (default: today, or the year's last day once it is over)
    and the nudges sent to them or to their mentors."""
    mentee = session.get(Person, mentee_id)
    if mentee is None:
        raise NotFoundError(f"There is no person with id {mentee_id}.")
    year, rules = load_year(session, program_year_id)
    observations_count = bool(rules.get("observations_count", True))
    entries = _entries(session, program_year_id, mentee_id, observations_count)
    target = rules.get("contact_minutes_per_semester")
    semesters = [
        SemesterHours(
            s.name,
            s.start_date,
            s.end_date,
            sum(
                e.minutes
                for e in entries
                if e.counted and s.start_date <= e.occurred_on <= s.end_date
            ),
            int(target) if target else None,
        )
        for s in year.semesters
    ]
    topics = _topics(session, year.program_id, entries, rules.get("required_topics") or [])
    assignments = _assignments(session, program_year_id, mentee_id)
    mentors = {a.mentor_id for a in assignments}
    return MenteeTimeline(
        person_id=mentee.id,
        name=mentee.display_name,
        entries=entries,
        semesters=semesters,
        topics=topics,
        assignments=assignments,
        milestones=_milestones(session, program_year_id, mentee, semesters, topics, as_of),
        nudges=nudges_to(session, program_year_id, {mentee_id, *mentors}),
    )


def _milestones(
    session: Session,
    program_year_id: int,
    mentee: Person,
    semesters: list[SemesterHours],
    topics: list[TopicCount],
    as_of: dt.date | None,
) -> list[MilestoneItem]:
    """The mentee's milestones from the timeline's own figures (not the whole year's facts)."""
    facts = YearFacts(*_facts_head(session, program_year_id, as_of))
    if not pack_milestones(facts.rules):
        return []
    facts.minutes[mentee.id] = {s.name: s.minutes for s in semesters}
    facts.topics_covered[mentee.id] = {t.name for t in topics if t.checkins}
    facts.assignments[mentee.id] = [
        Span(*row)
        for row in session.execute(
            select(
                Assignment.mentee_id,
                Assignment.mentor_id,
                Assignment.start_date,
                Assignment.end_date,
            )
            .where(Assignment.program_year_id == program_year_id, Assignment.mentee_id == mentee.id)
            .order_by(Assignment.start_date, Assignment.id)
        )
    ]
    rows = mentee_rows(session, program_year_id, person_id=mentee.id)
    wanted = [
        m
        for m in pack_milestones(facts.rules)
        if m.audience in (MilestoneFor.MENTEE, MilestoneFor.PAIR)
    ]
    board = milestone_board(session, program_year_id, facts.as_of, facts=facts, mentees=rows,
                            only=wanted)  # fmt: skip
    return sorted(board.items, key=lambda i: (i.due_on or dt.date.max, i.title))


def _entries(
    session: Session, program_year_id: int, mentee_id: int, observations_count: bool
) -> list[TimelineEntry]:
    rows = session.execute(
        select(Checkin, CheckinAttendee.present)
        .join(CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id)
        # "+ 0" keeps SQLite on the mentee's attendee index, not a walk of the year's 200,000.
        .where(
            Checkin.program_year_id + 0 == program_year_id, CheckinAttendee.mentee_id == mentee_id
        )
        .order_by(Checkin.occurred_on.desc(), Checkin.id.desc())
    ).all()
    ids = [c.id for c, _ in rows]
    topics: dict[int, list[str]] = {}
    for cid, name in session.execute(
        select(CheckinTopic.checkin_id, Topic.name)
        .join(Topic, Topic.id == CheckinTopic.topic_id)
        .where(CheckinTopic.checkin_id.in_(ids))
        .order_by(Topic.sort_order)
    ):
        topics.setdefault(cid, []).append(name)
    return [
        TimelineEntry(
            checkin_id=c.id,
            occurred_on=c.occurred_on,
            kind=c.kind,
            minutes=c.minutes,
            present=bool(present),
            counted=bool(present) and (observations_count or c.kind != CheckinKind.OBSERVATION),
            mentor=c.mentor.display_name,
            group_size=len(c.attendees),
            topics=tuple(topics.get(c.id, [])),
            next_steps=c.next_steps,
            follow_up_on=c.follow_up_on,
        )
        for c, present in rows
    ]


def _topics(
    session: Session, program_id: int, entries: list[TimelineEntry], required: list[str]
) -> list[TopicCount]:
    counts: dict[str, int] = {}
    for e in entries:
        if e.present:
            for t in e.topics:
                counts[t] = counts.get(t, 0) + 1
    names = list(
        session.scalars(
            select(Topic.name)
            .where(Topic.program_id == program_id, Topic.active.is_(True))
            .order_by(Topic.sort_order, Topic.name)
        )
    )
    required_set = set(required)
    for extra in [*required, *counts]:
        if extra not in names:
            names.append(extra)
    return [TopicCount(n, counts.get(n, 0), n in required_set) for n in names]


def _assignments(session: Session, program_year_id: int, mentee_id: int) -> list[AssignmentSpan]:
    return [
        AssignmentSpan(a.mentor_id, a.mentor.display_name, a.start_date, a.end_date, a.end_reason)
        for a in session.scalars(
            select(Assignment)
            .where(Assignment.program_year_id == program_year_id, Assignment.mentee_id == mentee_id)
            .order_by(Assignment.start_date, Assignment.id)
        )
    ]
