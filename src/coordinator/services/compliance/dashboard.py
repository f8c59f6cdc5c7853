"""The dashboard's data: program-year figures, who is at risk and why, and the chart series."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from coordinator.db.models import Checkin, Person, Program, ProgramYear
from coordinator.errors import NotFoundError
from coordinator.services.compliance.evaluate import (
    ComplianceState,
    MenteeStatus,
    evaluate_mentors,
    evaluate_year,
)
from coordinator.services.compliance.facts import default_as_of
from coordinator.services.programs.year_choices import program_year_label
from coordinator.services.shared.phrase import MonthYear, joined, phrase
from coordinator.services.surveys.shifts import SurveyOutcomes, survey_outcomes
from coordinator.tools.gc_pause import collector_paused
from coordinator.tools.names import display_name
from coordinator.tools.sql_chunks import chunked

NO_MENTOR = phrase("(no mentor)")  # the Mentor cell of a mentee no one mentors yet


@dataclass(frozen=True)
class Figures:
    mentees: int
    mentors: int
    checkins_this_month: int
    minutes_this_month: int
    checkins_this_year: int
    minutes_this_year: int
    on_track: int
    at_risk: int
    out_of_compliance: int
    mentors_over_cap: int

    @property
    def share_on_track(self) -> float:
        return self.on_track / self.mentees if self.mentees else 0.0


@dataclass(frozen=True)
class AtRiskRow:
    """A mentee who needs attention, with what the rules found."""

    person_id: int
    name: str
    mentor: str
    state: ComplianceState
    reasons: str
    last_contact: dt.date | None
    minutes_this_year: int
    year_over: bool = False

    @property
    def state_word(self) -> str:
        return self.state.word(self.year_over)


@dataclass(frozen=True)
class Dashboard:
    program_year_id: int
    title: str
    as_of: dt.date
    figures: Figures
    at_risk: list[AtRiskRow]
    checkins_per_month: list[tuple[str, int]]
    hours_by_mentor: list[tuple[str, float]]
    topics_covered: list[tuple[str, int]]
    year_over: bool = False  # the last semester has ended: "Met" / "Not met", none at risk
    surveys: SurveyOutcomes | None = None  # response rates and start → end shifts


@dataclass(frozen=True)
class FiguresStage:
    """The dashboard's first stage: the figures, plus what the second stage derives the rest from.

    The page paints the figure tiles from it at once, then fills the at-risk table and the charts
    from `finish_dashboard`, which reuses the evaluated mentees instead of querying again.
    """

    program_year_id: int
    title: str
    as_of: dt.date
    figures: Figures
    checkins_per_month: list[tuple[str, int]]
    mentees: list[MenteeStatus]
    mentor_names: dict[int, str]
    topics_covered: dict[int, set[str]]


def build_dashboard(
    session: Session, program_year_id: int, *, as_of: dt.date | None = None
) -> Dashboard:
    """Everything the dashboard shows for one program year, evaluated on `as_of`."""
    with collector_paused():
        stage = dashboard_figures(session, program_year_id, as_of=as_of)
        return finish_dashboard(session, stage)


def dashboard_figures(
    session: Session, program_year_id: int, *, as_of: dt.date | None = None
) -> FiguresStage:
    """The figure tiles and check-ins per month: the rules evaluated once for the whole year."""
    with collector_paused():
        return _dashboard_figures(session, program_year_id, as_of)


def _dashboard_figures(
    session: Session, program_year_id: int, as_of: dt.date | None
) -> FiguresStage:
    year = session.get(ProgramYear, program_year_id)
    if year is None:
        raise NotFoundError(f"There is no program year with id {program_year_id}.")
    day = default_as_of(year, as_of)
    program = session.get(Program, year.program_id)
    mentees, facts = evaluate_year(session, program_year_id, as_of=day, all_topics=True)
    mentors = evaluate_mentors(session, program_year_id, as_of=day, facts=facts)
    counts = dict.fromkeys(ComplianceState, 0)
    for m in mentees:
        counts[m.state] += 1
    months = month_totals(session, in_year(program_year_id, day))
    month_n, month_min = months.get((day.year, day.month), (0, 0))
    figures = Figures(
        mentees=len(mentees),
        mentors=len(mentors),
        checkins_this_month=month_n,
        minutes_this_month=month_min,
        checkins_this_year=sum(n for n, _ in months.values()),
        minutes_this_year=sum(m for _, m in months.values()),
        on_track=counts[ComplianceState.ON_TRACK],
        at_risk=counts[ComplianceState.AT_RISK],
        out_of_compliance=counts[ComplianceState.OUT_OF_COMPLIANCE],
        mentors_over_cap=sum(1 for m in mentors if m.cap is not None and m.load > m.cap),
    )
    return FiguresStage(
        program_year_id=program_year_id,
        title=program_year_label(program.name, year.label) if program else year.label,
        as_of=day,
        figures=figures,
        checkins_per_month=[
            (phrase("{m}", m=MonthYear(dt.date(y, m, 1))), n)
            for (y, m), (n, _) in sorted(months.items())
        ],
        mentees=mentees,
        mentor_names={m.person_id: m.name for m in mentors},
        topics_covered=facts.topics_covered,
    )


def finish_dashboard(session: Session, stage: FiguresStage) -> Dashboard:
    """The at-risk list and the other two charts, derived from the first stage's evaluation."""
    with collector_paused():
        by_mentor = hours_by_mentor(
            session, in_year(stage.program_year_id, stage.as_of), stage.mentor_names
        )
        return Dashboard(
            program_year_id=stage.program_year_id,
            title=stage.title,
            as_of=stage.as_of,
            figures=stage.figures,
            at_risk=at_risk_rows(stage.mentees, stage.mentor_names),
            checkins_per_month=stage.checkins_per_month,
            hours_by_mentor=by_mentor,
            topics_covered=mentees_per_topic(stage.mentees, stage.topics_covered),
            year_over=any(m.year_over for m in stage.mentees),
            surveys=survey_outcomes(session, stage.program_year_id),
        )


def in_year(program_year_id: int, day: dt.date) -> ColumnElement[bool]:
    """The year's check-ins up to `day`, on the year index itself.

    The covering indexes of migration 0002 hold every column the per-day and per-mentor sums
    read, so neither touches the wide check-in rows (23 and 29 ms against 120 and 90 ms).
    """
    return and_(Checkin.program_year_id == program_year_id, Checkin.occurred_on <= day)


def at_risk_rows(mentees: list[MenteeStatus], mentor_names: dict[int, str]) -> list[AtRiskRow]:
    """Mentees not on track, out of compliance first, then by name."""
    rows = [
        AtRiskRow(
            person_id=m.person_id,
            name=m.name,
            mentor=mentor_names.get(m.mentor_id, "") if m.mentor_id else NO_MENTOR,
            state=m.state,
            reasons=joined("; ", m.reasons),
            last_contact=m.last_contact,
            minutes_this_year=sum(m.minutes_by_semester.values()),
            year_over=m.year_over,
        )
        for m in mentees
        if m.state is not ComplianceState.ON_TRACK
    ]
    severity = {ComplianceState.OUT_OF_COMPLIANCE: 0, ComplianceState.AT_RISK: 1}
    rows.sort(key=lambda r: (severity.get(r.state, 2), r.name.lower()))
    return rows


def month_totals(
    session: Session, where: ColumnElement[bool]
) -> dict[tuple[int, int], tuple[int, int]]:
    """Check-ins and their minutes for each (year, month).

    Grouped by the date column itself (a few hundred school days) and summed into months here:
    no date function runs on each of the year's check-ins.
    """
    totals: dict[tuple[int, int], tuple[int, int]] = {}
    rows = session.connection().execute(
        select(Checkin.occurred_on, func.count(), func.sum(Checkin.minutes))
        .where(where)
        .group_by(Checkin.occurred_on)
    )
    for day, n, minutes in rows:
        key = (day.year, day.month)
        old_n, old_minutes = totals.get(key, (0, 0))
        totals[key] = (old_n + int(n), old_minutes + int(minutes or 0))
    return totals


def hours_by_mentor(
    session: Session, where: ColumnElement[bool], names: dict[int, str]
) -> list[tuple[str, float]]:
    """Mentor time logged (a group meeting counts once), most first.

    Mentors' names come from `names` (the evaluated mentors); only a mentor missing there (one
    who logged check-ins without being enrolled or assigned this year) is looked up.
    """
    totals: dict[int, int] = {
        mentor_id: int(minutes or 0)
        for mentor_id, minutes in session.connection().execute(
            select(Checkin.mentor_id, func.sum(Checkin.minutes))
            .where(where)
            .group_by(Checkin.mentor_id)
        )
    }
    missing = [mentor_id for mentor_id in totals if mentor_id not in names]
    if missing:
        names = {**names, **_names_of(session, missing)}
    rows = [
        (names.get(mentor_id, ""), round(minutes / 60, 1)) for mentor_id, minutes in totals.items()
    ]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return rows


def _names_of(session: Session, person_ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in chunked(person_ids):
        for pid, first, preferred, last in session.connection().execute(
            select(Person.id, Person.first_name, Person.preferred_name, Person.last_name).where(
                Person.id.in_(chunk)
            )
        ):
            found[pid] = display_name(first=first, preferred=preferred, last=last)
    return found


def mentees_per_topic(
    mentees: list[MenteeStatus], covered: dict[int, set[str]]
) -> list[tuple[str, int]]:
    """How many of the evaluated mentees have covered each topic this year, most first."""
    counts: dict[str, int] = {}
    for m in mentees:
        for topic in covered.get(m.person_id, ()):
            counts[topic] = counts.get(topic, 0) + 1
    return sorted(counts.items(), key=lambda r: (-r[1], r[0]))
