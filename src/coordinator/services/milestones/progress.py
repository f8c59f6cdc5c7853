"""Where each milestone stands for each mentee, mentor or campus of a program year, on a day.

Nothing is stored but the documents a coordinator ticks: a milestone is met when the record that
meets it exists (an assignment, a check-in, a training, hours, topics), so it ticks itself the
moment that record arrives and unticks if the record is deleted. The facts come from a few
GROUP BY queries over the whole year, as the rules load theirs (services.compliance.facts).
`as_of` is always passed in; nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Campus,
    Checkin,
    CheckinAttendee,
    CheckinTopic,
    Enrollment,
    EnrollmentStatus,
    MentorProfile,
    MentorTraining,
    MilestoneReceipt,
    Person,
    Role,
    SurveyInstrument,
    SurveyResponse,
    Topic,
)
from coordinator.services.compliance.facts import Span, Term, YearFacts, load_facts
from coordinator.services.milestones.definitions import (
    DueAfter,
    MetBy,
    Milestone,
    MilestoneFor,
    pack_milestones,
)
from coordinator.services.shared.phrase import Count, Day, Hours, phrase
from coordinator.tools.names import display_name, name_sort_key

DUE_SOON_DAYS = 14  # a milestone due within two weeks is "due soon" (the week list's horizon)
EVALUATED = (EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED)


class MilestoneState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    UPCOMING = "upcoming"
    MET_LATE = "met_late"
    MET = "met"

    @property
    def label(self) -> str:
        return {
            "overdue": "Overdue",
            "due_soon": "Due soon",
            "upcoming": "Upcoming",
            "met_late": "Met late",
            "met": "Met",
        }[self.value]

    @property
    def met(self) -> bool:
        return self in (MilestoneState.MET, MilestoneState.MET_LATE)


@dataclass(frozen=True)
class MilestoneItem:
    """One milestone for one mentee, mentor or campus (and one semester, when due each one)."""

    milestone: Milestone
    person_id: int | None  # the mentee or mentor; None for a campus
    campus_id: int | None
    subject: str  # the person's display name, or the campus name
    sort_key: str
    mentor_id: int | None  # a mentee's current mentor, who hears of a pair's milestone
    semester: str | None
    due_on: dt.date | None  # None: not dated yet (no hire date, no mentor yet)
    met_on: dt.date | None  # the day it was met, where a record says it
    state: MilestoneState
    detail: str  # e.g. "due 2026-03-15, 5 days overdue"; ISO dates (ui.local_dates shows them)

    @property
    def title(self) -> str:
        return f"{self.milestone.name} ({self.semester})" if self.semester else self.milestone.name

    @property
    def uid_part(self) -> str:
        """What tells this item from every other of the year, for calendars' stable UIDs."""
        who = f"p{self.person_id}" if self.person_id is not None else f"c{self.campus_id}"
        return f"{self.milestone.key}-{who}" + (f"-{self.semester}" if self.semester else "")


@dataclass
class MilestoneBoard:
    program_year_id: int
    as_of: dt.date
    milestones: list[Milestone]
    items: list[MilestoneItem] = field(default_factory=list)

    def of(self, key: str) -> list[MilestoneItem]:
        return [i for i in self.items if i.milestone.key == key]

    def for_person(self, person_id: int) -> list[MilestoneItem]:
        return [i for i in self.items if i.person_id == person_id]

    def counts(self, key: str) -> dict[MilestoneState, int]:
        found = dict.fromkeys(MilestoneState, 0)
        for item in self.of(key):
            found[item.state] += 1
        return found


@dataclass(frozen=True)
class MenteeRow:
    person_id: int
    name: str
    sort_key: str
    hire: dt.date | None
    ended_on: dt.date | None
    campus_id: int | None


@dataclass(frozen=True)
class MentorRow:
    person_id: int
    name: str
    sort_key: str


def milestone_board(
    session: Session,
    program_year_id: int,
    as_of: dt.date,
    *,
    facts: YearFacts | None = None,
    mentees: Sequence[MenteeRow] | None = None,
    only: Iterable[Milestone] | None = None,
) -> MilestoneBoard:
    """Every milestone of the year's pack for everyone it is about, on `as_of`.

    `facts` and `mentees` may come from a rule evaluation already made on the same day (the
    evaluation passes its own, so nothing is loaded twice); `only` limits the milestones.
    """
    if facts is None:
        facts = load_facts(session, program_year_id, as_of)
    milestones = list(only) if only is not None else pack_milestones(facts.rules)
    board = MilestoneBoard(program_year_id, facts.as_of, milestones)
    if not milestones:
        return board
    if mentees is None:
        mentees = mentee_rows(session, program_year_id)
    loaded = _Loaded(session, facts, milestones)
    for milestone in milestones:
        if milestone.audience in (MilestoneFor.MENTEE, MilestoneFor.PAIR):
            for mentee in mentees:
                board.items += _mentee_items(loaded, milestone, mentee)
        elif milestone.audience is MilestoneFor.MENTOR:
            for mentor in mentor_rows(session, program_year_id):
                board.items += _dated_items(loaded, milestone, mentor.person_id, None,
                                            mentor.name, mentor.sort_key, None)  # fmt: skip
        else:
            for campus_id, campus in _campuses(session, mentees).items():
                board.items += _dated_items(loaded, milestone, None, campus_id, campus,
                                            campus.casefold(), None)  # fmt: skip
    return board


# --- who the milestones are about ---------------------------------------------------------------


def mentee_rows(
    session: Session, program_year_id: int, *, person_id: int | None = None
) -> list[MenteeRow]:
    """The year's evaluated mentees (or just `person_id`), by name."""
    query = (
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.preferred_name,
            Person.hire_date,
            Enrollment.ended_on,
            Person.campus_id,
            Enrollment.year_in_program,
        )
        .join(Enrollment, Enrollment.person_id == Person.id)
        .where(
            Enrollment.program_year_id == program_year_id,
            Enrollment.role == Role.MENTEE,
            Enrollment.status.in_(EVALUATED),
        )
    )
    if person_id is not None:
        query = query.where(Person.id == person_id)
    rows = session.connection().execute(query)
    found = [
        MenteeRow(
            pid,
            display_name(first=first, preferred=preferred, last=last),
            name_sort_key(first=first, preferred=preferred, last=last),
            hire if (year_in_program or 1) == 1 else None,
            ended_on,
            campus_id,
        )
        for pid, first, last, preferred, hire, ended_on, campus_id, year_in_program in rows
    ]
    return sorted(found, key=lambda m: (m.sort_key, m.person_id))


def mentor_rows(session: Session, program_year_id: int) -> list[MentorRow]:
    rows = session.connection().execute(
        select(Person.id, Person.first_name, Person.last_name, Person.preferred_name)
        .join(Enrollment, Enrollment.person_id == Person.id)
        .where(
            Enrollment.program_year_id == program_year_id,
            Enrollment.role == Role.MENTOR,
            Enrollment.status.in_(EVALUATED),
        )
    )
    found = [
        MentorRow(
            pid,
            display_name(first=first, preferred=preferred, last=last),
            name_sort_key(first=first, preferred=preferred, last=last),
        )
        for pid, first, last, preferred in rows
    ]
    return sorted(found, key=lambda m: (m.sort_key, m.person_id))


def _campuses(session: Session, mentees: Sequence[MenteeRow]) -> dict[int, str]:
    ids = {m.campus_id for m in mentees if m.campus_id is not None}
    if not ids:
        return {}
    rows = session.connection().execute(
        select(Campus.id, Campus.name).where(Campus.id.in_(sorted(ids)))
    )
    return dict(sorted(((int(i), str(n)) for i, n in rows), key=lambda r: r[1].casefold()))


# --- the records that meet milestones, loaded once per board ------------------------------------


class _Loaded:
    """The facts a board needs beyond the rules' own, each loaded only if a milestone asks."""

    def __init__(self, session: Session, facts: YearFacts, milestones: list[Milestone]) -> None:
        self.facts = facts
        kinds = {m.met_by.kind for m in milestones}
        self.first_checkin: dict[tuple[str | None, str | None], dict[int, dt.date]] = {}
        for m in milestones:
            c = m.met_by
            if c.kind is MetBy.CHECKIN:
                kind = c.checkin_kind.value if c.checkin_kind else None
                if (kind, c.topic) not in self.first_checkin:
                    self.first_checkin[(kind, c.topic)] = _first_checkins(
                        session, facts, kind, c.topic
                    )
        self.trainings: dict[int, list[dt.date]] = (
            _trainings(session, facts.as_of) if MetBy.TRAINING in kinds else {}
        )
        self.receipts: dict[tuple[str, int | None, int | None], dt.date] = (
            _receipts(session, facts.year.id) if MetBy.DOCUMENT in kinds else {}
        )
        self.required = set(facts.required_topics)  # the facts hold who covered them
        self.answered: dict[str, dict[int, dt.date]] = {}
        for m in milestones:
            name = m.met_by.instrument
            if m.met_by.kind is MetBy.SURVEY and name and name.casefold() not in self.answered:
                self.answered[name.casefold()] = _answered(session, facts, name)


def _first_checkins(
    session: Session, facts: YearFacts, kind: str | None, topic: str | None
) -> dict[int, dt.date]:
    """Each mentee's first check-in of the year (present, up to as_of) of a kind / with a topic."""
    query = (
        select(CheckinAttendee.mentee_id, func.min(Checkin.occurred_on))
        .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
        .where(
            Checkin.program_year_id == facts.year.id,
            Checkin.occurred_on <= facts.as_of,
            CheckinAttendee.present.is_(True),
        )
        .group_by(CheckinAttendee.mentee_id)
    )
    if kind is not None:
        query = query.where(Checkin.kind == kind)
    if topic is not None:
        query = (
            query.join(CheckinTopic, CheckinTopic.checkin_id == Checkin.id)
            .join(Topic, Topic.id == CheckinTopic.topic_id)
            .where(func.lower(Topic.name) == topic.lower())
        )
    return {int(m): day for m, day in session.connection().execute(query)}


def _answered(session: Session, facts: YearFacts, instrument: str) -> dict[int, dt.date]:
    """Who answered the program's survey `instrument` (any case) up to as_of, and when first.

    An answer without a submission time counts from the day it was imported."""
    submitted = func.coalesce(SurveyResponse.submitted_at, SurveyResponse.created_at)
    rows = session.connection().execute(
        select(SurveyResponse.person_id, func.min(submitted))
        .join(SurveyInstrument, SurveyInstrument.id == SurveyResponse.instrument_id)
        .where(
            SurveyResponse.program_year_id == facts.year.id,
            SurveyInstrument.program_id == facts.year.program_id,
            func.lower(SurveyInstrument.name) == instrument.lower(),
        )
        .group_by(SurveyResponse.person_id)
    )
    found = {}
    for pid, moment in rows:
        day = (
            moment.date()
            if isinstance(moment, dt.datetime)
            else dt.date.fromisoformat(str(moment)[:10])
        )
        if day <= facts.as_of:
            found[int(pid)] = day
    return found


def _trainings(session: Session, as_of: dt.date) -> dict[int, list[dt.date]]:
    rows = session.connection().execute(
        select(MentorProfile.person_id, MentorTraining.completed_on)
        .join(MentorTraining, MentorTraining.profile_id == MentorProfile.id)
        .where(MentorTraining.completed_on <= as_of)
        .order_by(MentorTraining.completed_on)
    )
    found: dict[int, list[dt.date]] = {}
    for pid, day in rows:
        found.setdefault(int(pid), []).append(day)
    return found


def _receipts(
    session: Session, program_year_id: int
) -> dict[tuple[str, int | None, int | None], dt.date]:
    rows = session.connection().execute(
        select(
            MilestoneReceipt.milestone_key,
            MilestoneReceipt.person_id,
            MilestoneReceipt.campus_id,
            MilestoneReceipt.received_on,
        ).where(MilestoneReceipt.program_year_id == program_year_id)
    )
    return {(str(k), p, c): day for k, p, c, day in rows}


# --- items ------------------------------------------------------------------------------------


def _current(spans: list[Span], day: dt.date) -> Span | None:
    for span in reversed(spans):
        if span.start_date <= day and (span.end_date is None or day < span.end_date):
            return span
    return spans[-1] if spans else None


def _mentee_items(loaded: _Loaded, milestone: Milestone, mentee: MenteeRow) -> list[MilestoneItem]:
    facts = loaded.facts
    spans = facts.assignments.get(mentee.person_id, [])
    current = _current(spans, min(facts.as_of, mentee.ended_on or facts.as_of))
    mentor_id = current.mentor_id if current else None
    return _dated_items(
        loaded,
        milestone,
        mentee.person_id,
        mentee.campus_id,
        mentee.name,
        mentee.sort_key,
        mentor_id,
        mentee=mentee,
        spans=spans,
    )


def fixed_day(year_start: dt.date, month: int, day: int) -> dt.date:
    """The first `month`/`day` on or after the year's start (Feb 29 falls on Feb 28 most years)."""
    for y in (year_start.year, year_start.year + 1):
        try:
            candidate = dt.date(y, month, day)
        except ValueError:  # Feb 29 in a common year
            candidate = dt.date(y, month, 28)
        if candidate >= year_start:
            return candidate
    raise AssertionError("unreachable: the next year always holds the day")


def _due_days(
    milestone: Milestone,
    facts: YearFacts,
    mentee: MenteeRow | None,
    spans: list[Span],
) -> list[tuple[str | None, dt.date | None, str]]:
    """(semester, due day or None, why undated) for each instance of the milestone."""
    due = milestone.due
    semesters = facts.semesters
    if due.after is DueAfter.FIXED:
        return [(None, fixed_day(facts.year_start, due.month, due.day), "")]
    if due.after is DueAfter.YEAR_START:
        return [(None, due.counted_from(facts.year_start), "")]
    if due.after is DueAfter.YEAR_END:
        return [(None, semesters[-1].end_date if semesters else facts.year_end, "")]
    if due.after in (DueAfter.SEMESTER_START, DueAfter.SEMESTER_END) and due.semester:
        if due.semester > len(semesters):
            return []  # the year has no such semester: nothing is due
        term = semesters[due.semester - 1]
        if due.after is DueAfter.SEMESTER_START:
            return [(None, due.counted_from(term.start_date), "")]
        return [(term.name, term.end_date, "")]
    if due.after is DueAfter.SEMESTER_END:
        return [(t.name, t.end_date, "") for t in _semesters_of(semesters, mentee, spans, facts)]
    if due.after is DueAfter.HIRE:
        if mentee is None or mentee.hire is None:
            return [(None, None, phrase("no hire date recorded"))]
        return [(None, due.counted_from(mentee.hire), "")]
    if not spans:  # counted from the assignment
        return [(None, None, phrase("no mentor assigned yet"))]
    return [(None, due.counted_from(spans[0].start_date), "")]


def _semesters_of(
    semesters: list[Term], mentee: MenteeRow | None, spans: list[Span], facts: YearFacts
) -> list[Term]:
    """The semesters a mentee was in the program for (all of them for a mentor)."""
    if mentee is None:
        return semesters
    start = spans[0].start_date if spans else facts.year_start
    until = mentee.ended_on or facts.year_end
    return [t for t in semesters if start <= t.end_date and until >= t.start_date]


def _dated_items(
    loaded: _Loaded,
    milestone: Milestone,
    person_id: int | None,
    campus_id: int | None,
    subject: str,
    sort_key: str,
    mentor_id: int | None,
    *,
    mentee: MenteeRow | None = None,
    spans: list[Span] | None = None,
) -> list[MilestoneItem]:
    facts = loaded.facts
    items = []
    for semester, due_on, undated in _due_days(milestone, facts, mentee, spans or []):
        ended = mentee.ended_on if mentee is not None else None
        if due_on is not None and ended is not None and due_on > ended:
            continue  # due after they left the program: not theirs to meet
        met, met_on, how = _met(loaded, milestone, person_id, campus_id, semester, due_on,
                                spans or [], mentor_id)  # fmt: skip
        state, detail = _state(met, met_on, due_on, facts.as_of, how, undated)
        items.append(
            MilestoneItem(
                milestone,
                person_id,
                campus_id if milestone.audience is MilestoneFor.CAMPUS else None,
                subject,
                sort_key,
                mentor_id,
                semester,
                due_on,
                met_on,
                state,
                detail,
            )
        )
    return items


def _met(
    loaded: _Loaded,
    milestone: Milestone,
    person_id: int | None,
    campus_id: int | None,
    semester: str | None,
    due_on: dt.date | None,
    spans: list[Span],
    mentor_id: int | None,
) -> tuple[bool, dt.date | None, str]:
    """Whether it is met, on which day when a record says, and the figures in words."""
    facts = loaded.facts
    condition = milestone.met_by
    kind = condition.kind
    if kind is MetBy.ASSIGNMENT:
        first = spans[0].start_date if spans else None
        return (first is not None and first <= facts.as_of), first, ""
    if kind is MetBy.HOURS and person_id is not None:
        minutes = facts.minutes.get(person_id, {})
        done = minutes.get(semester, 0) if semester else sum(minutes.values())
        hours = phrase(
            "{done} of {target}", done=Hours(done), target=Count(condition.hours, "hour")
        )
        return done >= condition.hours * 60, None, hours
    if kind is MetBy.REQUIRED_TOPICS and person_id is not None:
        covered = facts.topics_covered.get(person_id, set()) & loaded.required
        return (
            len(covered) >= len(loaded.required),
            None,
            phrase(
                "{covered} of {required}",
                covered=len(covered),
                required=Count(len(loaded.required), "required topic"),
            ),
        )
    if kind is MetBy.CHECKIN and person_id is not None:
        key = (condition.checkin_kind.value if condition.checkin_kind else None, condition.topic)
        first_day = loaded.first_checkin.get(key, {}).get(person_id)
        return first_day is not None, first_day, ""
    if kind is MetBy.TRAINING:
        trainee = person_id if milestone.audience is MilestoneFor.MENTOR else mentor_id
        days = loaded.trainings.get(trainee or -1, [])
        on_time = [d for d in days if due_on is None or d <= due_on]
        if on_time:
            return True, on_time[-1], ""
        return bool(days), (days[0] if days else None), ""
    if kind is MetBy.DOCUMENT:
        campus = campus_id if person_id is None else None
        day = loaded.receipts.get((milestone.key, person_id, campus))
        if day is not None and day > facts.as_of:
            day = None  # received after the day looked from: not yet, as of then
        return day is not None, day, ""
    if kind is MetBy.SURVEY and person_id is not None:
        answered = loaded.answered.get((condition.instrument or "").casefold(), {})
        day = answered.get(person_id)
        return day is not None, day, ""
    return False, None, phrase("not recorded in Coordinator yet")


def _state(
    met: bool,
    met_on: dt.date | None,
    due_on: dt.date | None,
    as_of: dt.date,
    how: str,
    undated: str,
) -> tuple[MilestoneState, str]:
    figures = phrase(" ({how})", how=how) if how else ""
    if met:
        late = met_on is not None and due_on is not None and met_on > due_on
        if late:
            assert met_on is not None
            assert due_on is not None
            return MilestoneState.MET_LATE, phrase(
                "met on {met}, after the due day {due}", met=Day(met_on), due=Day(due_on)
            )
        if met_on:
            return MilestoneState.MET, phrase(
                "met on {met}{figures}", met=Day(met_on), figures=figures
            )
        return MilestoneState.MET, phrase("met{figures}", figures=figures)
    if due_on is None:
        return MilestoneState.UPCOMING, phrase("not dated yet: {why}", why=undated)
    days = (due_on - as_of).days
    if days < 0:
        return (
            MilestoneState.OVERDUE,
            phrase(
                "due {due}, {days} overdue{figures}",
                due=Day(due_on),
                days=Count(-days, "day"),
                figures=figures,
            ),
        )
    if days == 0:
        when = phrase("due today{figures}", figures=figures)
    else:
        when = phrase(
            "due {due}, in {days}{figures}",
            due=Day(due_on),
            days=Count(days, "day"),
            figures=figures,
        )
    if days <= DUE_SOON_DAYS:
        return MilestoneState.DUE_SOON, when
    return MilestoneState.UPCOMING, when
