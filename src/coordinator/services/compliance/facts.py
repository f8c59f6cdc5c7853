"""The facts rule evaluation needs about one program year, loaded with a few GROUP BY queries.

The queries run on the session's connection (Core rows, not ORM results): the ORM's result
handling cost 20 to 60 ms per large result on the `large` demo for column tuples it adds nothing to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, case, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    Checkin,
    CheckinAttendee,
    CheckinKind,
    CheckinTopic,
    Person,
    Program,
    ProgramYear,
    RulePack,
    Semester,
    Topic,
)
from coordinator.errors import NotFoundError
from coordinator.services.shared.phrase import Day, phrase

MAX_TOPIC_BITS = 62  # topics tracked as bits of one SQL integer; more fall back to pairs


class Term(NamedTuple):
    """A semester as the rules read it (plain attributes: they are read 100,000 times)."""

    name: str
    start_date: dt.date
    end_date: dt.date


class Span(NamedTuple):
    """One assignment, as the rules need it (plain tuples: 10,000 ORM objects cost 0.1 s)."""

    mentee_id: int
    mentor_id: int
    start_date: dt.date
    end_date: dt.date | None


@dataclass
class YearFacts:
    """Everything the rules need about one program year, from a few GROUP BY queries."""

    year: ProgramYear
    rules: dict[str, Any]
    as_of: dt.date
    semesters: list[Term]
    minutes: dict[int, dict[str, int]] = field(default_factory=dict)
    last_contact: dict[int, dt.date] = field(default_factory=dict)
    month_counts: dict[int, dict[tuple[int, int], tuple[int, int]]] = field(default_factory=dict)
    topics_covered: dict[int, set[str]] = field(default_factory=dict)
    assignments: dict[int, list[Span]] = field(default_factory=dict)
    # Minutes per mentee and semester from check-ins that do not count: led by someone other
    # than the mentor assigned on that date (see `from_assigned_mentor`).
    uncounted: dict[int, dict[str, int]] = field(default_factory=dict)
    # Per mentee: how many meetings were judged against the designated time, and each one that
    # missed it ("2025-10-02 15:30: outside the designated meeting time").
    meeting_times: dict[int, tuple[int, list[str]]] = field(default_factory=dict)

    @cached_property
    def year_start(self) -> dt.date:
        return self.year.start_date

    @cached_property
    def year_end(self) -> dt.date:
        return self.year.end_date

    @cached_property
    def gap_thresholds(self) -> list[int]:
        return sorted(int(d) for d in self.rules.get("contact_gap_warning_days") or [])

    @cached_property
    def required_topics(self) -> list[str]:
        return [str(t) for t in self.rules.get("required_topics") or []]

    @cached_property
    def topics_due(self) -> str:
        """Where `as_of` stands for required topics: "over", "last_semester" or "early"."""
        last = self.semesters[-1] if self.semesters else None
        if self.as_of >= (last.end_date if last else self.year_end):
            return "over"
        if last is not None and self.as_of >= last.start_date:
            return "last_semester"
        return "early"

    @cached_property
    def year_over(self) -> bool:
        """The last semester has ended: each rule is now met or not met, never "at risk"."""
        return self.topics_due == "over"

    @cached_property
    def in_semester(self) -> bool:
        return any(s.start_date <= self.as_of <= s.end_date for s in self.semesters)


def default_as_of(year: ProgramYear, as_of: dt.date | None) -> dt.date:
    """The evaluation date: today, or the year's last day once the year is over."""
    if as_of is not None:
        return as_of
    return min(dt.date.today(), year.end_date)


def last_semester_end(session: Session, year: ProgramYear) -> dt.date:
    """The day the year's teaching ends: its last semester's last day (else the year's end)."""
    last = session.scalar(
        select(func.max(Semester.end_date)).where(Semester.program_year_id == year.id)
    )
    return last or year.end_date


def load_year(session: Session, program_year_id: int) -> tuple[ProgramYear, dict[str, Any]]:
    row = session.execute(
        select(ProgramYear, RulePack.rules)
        .join(Program, Program.id == ProgramYear.program_id)
        .join(RulePack, RulePack.id == Program.rule_pack_id)
        .where(ProgramYear.id == program_year_id)
    ).first()
    if row is None:
        raise NotFoundError(f"There is no program year with id {program_year_id}.")
    return row[0], dict(row[1] or {})


def semester_bucket(semesters: list[Term]) -> Any:
    """A SQL expression naming the semester a check-in's date falls in (NULL between semesters)."""
    if not semesters:
        return None
    return case(
        *[(Checkin.occurred_on.between(s.start_date, s.end_date), s.name) for s in semesters],
        else_=None,
    )


def _facts_head(
    session: Session, program_year_id: int, as_of: dt.date | None
) -> tuple[ProgramYear, dict[str, Any], dt.date, list[Term]]:
    year, rules = load_year(session, program_year_id)
    semesters = [
        Term(*row)
        for row in session.connection().execute(
            select(Semester.name, Semester.start_date, Semester.end_date)
            .where(Semester.program_year_id == program_year_id)
            .order_by(Semester.start_date)
        )
    ]
    return year, rules, default_as_of(year, as_of), semesters


def load_facts(
    session: Session, program_year_id: int, as_of: dt.date | None, *, all_topics: bool = False
) -> YearFacts:
    """The year's facts; `all_topics` also loads every topic each mentee covered."""
    facts = YearFacts(*_facts_head(session, program_year_id, as_of))
    rules = facts.rules
    _load_minutes(session, facts)
    if rules.get("contacts_per_month") or rules.get("contact_minutes_per_month"):
        _load_month_counts(session, facts)
    if rules.get("required_topics") or all_topics:
        _load_topics_covered(session, facts, all_topics=all_topics)
    if rules.get("meet_at_designated_time"):
        _load_meeting_times(session, facts)
    for row in session.connection().execute(
        select(
            Assignment.mentee_id, Assignment.mentor_id, Assignment.start_date, Assignment.end_date
        )
        .where(Assignment.program_year_id == program_year_id)
        .order_by(Assignment.start_date, Assignment.id)
    ):
        span = Span(*row)
        facts.assignments.setdefault(span.mentee_id, []).append(span)
    return facts


def year_checkins(program_year_id: int) -> ColumnElement[bool]:
    """Check-ins of the year, matched without the year index.

    One year usually holds most of the check-ins, and walking the index then looking up each row
    was 4x slower than reading the table straight through (0.46 s against 0.12 s for 222,000
    rows); `+ 0` keeps SQLite (and PostgreSQL) from choosing the index for a whole-year scan.
    """
    return (Checkin.program_year_id + 0) == program_year_id


def _present_checkins(facts: YearFacts) -> Any:
    return and_(
        year_checkins(facts.year.id),
        Checkin.occurred_on <= facts.as_of,
        CheckinAttendee.present.is_(True),
    )


def counted_minutes(rules: dict[str, Any]) -> Any:
    """Minutes that count toward the minimum (observations only when the pack says so)."""
    if rules.get("observations_count", True):
        return Checkin.minutes
    return case((Checkin.kind == CheckinKind.OBSERVATION, 0), else_=Checkin.minutes)


def from_assigned_mentor() -> ColumnElement[bool]:
    """The check-in's mentor was the attendee's assigned mentor on the check-in's date.

    19 TAC §153.1011 has "the mentor teacher and beginning teacher" meet for at least 12 hours each
    semester, and TEC §21.458(a) speaks of "a mentor teacher" assigned to each classroom teacher:
    the hours are the assigned mentor's with the mentee. A check-in logged with "Save anyway" for
    someone not assigned to that mentor on that date records the contact but adds no minutes,
    unless the pack's `minutes_from_others_count` lets co-mentors or coordinators count.
    """
    return exists().where(
        Assignment.program_year_id == Checkin.program_year_id,
        Assignment.mentee_id == CheckinAttendee.mentee_id,
        Assignment.mentor_id == Checkin.mentor_id,
        Assignment.start_date <= Checkin.occurred_on,
        or_(Assignment.end_date.is_(None), Assignment.end_date > Checkin.occurred_on),
    )


def others_count(rules: dict[str, Any]) -> bool:
    """Whether minutes with someone other than the assigned mentor count (off when missing)."""
    return bool(rules.get("minutes_from_others_count", False))


def attendee_mentee() -> ColumnElement[int]:
    """The attendee's mentee id, as an expression that keeps SQLite off the mentee index.

    Grouped by the plain column, SQLite walked the attendees in mentee order and looked each
    check-in up at random (0.28 s on the large demo); read in table order, the check-ins are
    looked up in nearly ascending order and the grouping sorts the same (0.21 s).
    """
    # A literal 0, not a bound parameter: PostgreSQL matches the GROUP BY to the column list
    # by its text, and two parameters would not be the same expression.
    return (CheckinAttendee.mentee_id + literal_column("0")).label("mentee_id")


def _load_minutes(session: Session, facts: YearFacts) -> None:
    """Counted minutes per mentee and semester, the minutes that do not count, last contact.

    Minutes are summed per mentee, check-in mentor and semester, with the first and last date of
    each group; a group whose dates lie inside one assignment of that pair counts whole, one no
    assignment of the pair touches counts not at all, and only the few left (a pair assigned for
    part of a semester) are summed again check-in by check-in (`from_assigned_mentor`). Testing
    every check-in in SQL took 0.41 s on the `large` demo's year against 0.18 s before the rule.
    """
    bucket = semester_bucket(facts.semesters)
    mentee = attendee_mentee()
    counted = counted_minutes(facts.rules)
    anyone = others_count(facts.rules)
    columns: list[Any] = [
        mentee,
        Checkin.mentor_id,
        func.sum(counted),
        func.min(Checkin.occurred_on),
        func.max(Checkin.occurred_on),
    ]
    if bucket is not None:
        columns.append(bucket.label("semester"))
    query = (
        select(*columns)
        .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
        .where(_present_checkins(facts))
        .group_by(mentee, Checkin.mentor_id)
    )
    if bucket is not None:
        query = query.group_by(bucket)
    spans = pair_spans(session, facts.year.id) if not anyone else {}
    partial: set[int] = set()
    for row in session.connection().execute(query):
        mentee_id, mentor_id, minutes, first, last = (
            row[0],
            row[1],
            int(row[2] or 0),
            row[3],
            row[4],
        )
        semester = row[5] if bucket is not None else None
        if last is not None and (
            mentee_id not in facts.last_contact or last > facts.last_contact[mentee_id]
        ):
            facts.last_contact[mentee_id] = last
        if semester is None:
            continue
        share = 1 if anyone else pair_share(spans.get((mentee_id, mentor_id), ()), first, last)
        if share is None:
            partial.add(mentee_id)
            continue
        got = facts.minutes.setdefault(mentee_id, {})
        got[semester] = got.get(semester, 0) + minutes * share
        if not share and minutes:
            lost = facts.uncounted.setdefault(mentee_id, {})
            lost[semester] = lost.get(semester, 0) + minutes
    if partial and bucket is not None:
        _load_partial_minutes(session, facts, bucket, sorted(partial))


def pair_spans(session: Session, program_year_id: int) -> dict[tuple[int, int], list[Span]]:
    """(mentee, mentor) -> the pair's assignments in the year."""
    spans: dict[tuple[int, int], list[Span]] = {}
    for row in session.connection().execute(
        select(
            Assignment.mentee_id, Assignment.mentor_id, Assignment.start_date, Assignment.end_date
        ).where(Assignment.program_year_id == program_year_id)
    ):
        span = Span(*row)
        spans.setdefault((span.mentee_id, span.mentor_id), []).append(span)
    return spans


def pair_share(spans: Iterable[Span], first: dt.date, last: dt.date) -> int | None:
    """1 when one assignment of the pair covers every date from `first` to `last`, 0 when none
    touches them, None when only some of the dates between fall inside one."""
    touched = False
    for s in spans:
        if s.start_date <= first and (s.end_date is None or last < s.end_date):
            return 1
        if s.start_date <= last and (s.end_date is None or first < s.end_date):
            touched = True
    return None if touched else 0


def _load_partial_minutes(
    session: Session, facts: YearFacts, bucket: Any, mentee_ids: list[int]
) -> None:
    """The minutes of mentees whose pairs were assigned for part of a semester, check-in by
    check-in; these add to what the grouped pass already counted for their other pairs."""
    assigned = from_assigned_mentor()
    counted = counted_minutes(facts.rules)
    spans = pair_spans(session, facts.year.id)
    for chunk in range(0, len(mentee_ids), 500):
        ids = mentee_ids[chunk : chunk + 500]
        query = (
            select(
                CheckinAttendee.mentee_id,
                Checkin.mentor_id,
                bucket.label("semester"),
                func.sum(case((assigned, counted), else_=0)),
                func.sum(case((assigned, 0), else_=counted)),
                func.min(Checkin.occurred_on),
                func.max(Checkin.occurred_on),
            )
            .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
            .where(_present_checkins(facts), CheckinAttendee.mentee_id.in_(ids))
            .group_by(CheckinAttendee.mentee_id, Checkin.mentor_id, bucket)
        )
        for mentee_id, mentor_id, semester, minutes, lost, first, last in session.execute(query):
            if semester is None:
                continue
            pair = spans.get((mentee_id, mentor_id), ())
            if pair_share(pair, first, last) is not None:
                continue  # counted whole (or not at all) in the grouped pass
            got = facts.minutes.setdefault(mentee_id, {})
            got[semester] = got.get(semester, 0) + int(minutes or 0)
            if lost:
                missed = facts.uncounted.setdefault(mentee_id, {})
                missed[semester] = missed.get(semester, 0) + int(lost)


def _load_meeting_times(session: Session, facts: YearFacts) -> None:
    """Each present mentee's meetings against their campus's designated times (one query)."""
    from coordinator.services.programs.meeting_times import (
        by_campus,
        meeting_time_problem,
        meeting_windows,
    )

    windows = by_campus(meeting_windows(session, facts.year.program_id))
    query = (
        select(CheckinAttendee.mentee_id, Person.campus_id, Checkin.occurred_on, Checkin.starts_at)
        .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
        .join(Person, Person.id == CheckinAttendee.mentee_id)
        .where(_present_checkins(facts))
        .order_by(Checkin.occurred_on, Checkin.id)
    )
    for mentee_id, campus_id, day, at in session.connection().execute(query):
        judged, missed = facts.meeting_times.get(mentee_id, (0, []))
        problem = meeting_time_problem(windows.get(campus_id or 0, []), day, at)
        if problem:
            missed.append(
                phrase("{day} {time}: {problem}", day=Day(day), time=at.strftime("%H:%M"),
                       problem=problem)
                if at
                else phrase("{day}: {problem}", day=Day(day), problem=problem)
            )  # fmt: skip
        facts.meeting_times[mentee_id] = (judged + 1, missed)


def _load_month_counts(session: Session, facts: YearFacts) -> None:
    y = func.extract("year", Checkin.occurred_on)
    m = func.extract("month", Checkin.occurred_on)
    counting = (
        _present_checkins(facts)
        if others_count(facts.rules)
        else and_(_present_checkins(facts), from_assigned_mentor())
    )
    query = (
        select(
            CheckinAttendee.mentee_id,
            y,
            m,
            func.count(),
            func.sum(counted_minutes(facts.rules)),
        )
        .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
        .where(counting)
        .group_by(CheckinAttendee.mentee_id, y, m)
    )
    for mentee_id, year, month, count, minutes in session.connection().execute(query):
        facts.month_counts.setdefault(mentee_id, {})[(int(year), int(month))] = (
            int(count),
            int(minutes or 0),
        )


def _load_topics_covered(session: Session, facts: YearFacts, *, all_topics: bool) -> None:
    """Which topics each present mentee covered: the required ones, or all (for the dashboard).

    Each topic is one bit and a mentee's distinct bits are summed in SQL, so one row comes back
    per mentee (10,000) instead of one per mentee and topic (48,000).
    """
    names = dict(
        session.connection()
        .execute(select(Topic.id, Topic.name).where(Topic.program_id == facts.year.program_id))
        .all()
    )
    required = {str(t) for t in facts.rules.get("required_topics") or []}
    wanted = sorted(tid for tid, name in names.items() if all_topics or name in required)
    if not wanted:
        return
    if len(wanted) > MAX_TOPIC_BITS:
        _load_topic_pairs(session, facts, wanted, names)
        return
    bits = case(*[(CheckinTopic.topic_id == tid, 1 << i) for i, tid in enumerate(wanted)])
    query = (
        select(CheckinAttendee.mentee_id, func.sum(bits.distinct()))
        .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
        .join(CheckinTopic, CheckinTopic.checkin_id == Checkin.id)
        # No `topic_id IN (...)`: it made SQLite probe the key once per topic (0.40 s against
        # 0.21 s); topics not wanted fall through the CASE as NULL, which SUM ignores.
        .where(_present_checkins(facts))
        .group_by(CheckinAttendee.mentee_id)
    )
    for mentee_id, mask in session.connection().execute(query):
        mask = int(mask or 0)
        facts.topics_covered[mentee_id] = {
            names[tid] for i, tid in enumerate(wanted) if mask & (1 << i)
        }


def _load_topic_pairs(
    session: Session, facts: YearFacts, wanted: list[int], names: dict[int, str]
) -> None:
    query = (
        select(CheckinAttendee.mentee_id, CheckinTopic.topic_id)
        .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
        .join(CheckinTopic, CheckinTopic.checkin_id == Checkin.id)
        .where(_present_checkins(facts), CheckinTopic.topic_id.in_(wanted))
        .distinct()
    )
    for mentee_id, topic_id in session.connection().execute(query):
        facts.topics_covered.setdefault(mentee_id, set()).add(names[topic_id])


def minutes_by_mentee(
    session: Session, program_year_id: int, *, as_of: dt.date | None = None
) -> dict[int, dict[str, int]]:
    """Counted minutes per mentee per semester (what the semester rule compares to its target)."""
    facts = YearFacts(*_facts_head(session, program_year_id, as_of))
    _load_minutes(session, facts)
    return facts.minutes
