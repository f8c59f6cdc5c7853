"""The plain, frozen data a report shows: built by `reporting`, drawn by `coordinator.reports`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coordinator.services.compliance.training import YearTraining
    from coordinator.services.outcomes.summary import OutcomesSummary
    from coordinator.services.pay.funds import Funds
    from coordinator.services.surveys.shifts import SurveyOutcomes


def hours(minutes: int) -> str:
    """Minutes as hours with one decimal, the way coordinators count contact time."""
    return f"{minutes / 60:,.1f}"


@dataclass(frozen=True)
class ReportHeader:
    """Who the report is for and when it was made; every report starts with one."""

    district_name: str
    logo_png: bytes | None  # the district's logo as stored in the database
    program: str
    year: str
    generated_on: dt.date
    semesters: tuple[str, ...]


@dataclass(frozen=True)
class SummaryFigures:
    mentees_served: int
    mentors: int
    checkins: int
    mentor_minutes: int  # each check-in counted once
    mentee_minutes: int  # each present attendee counted
    completed: int
    withdrawn: int  # withdrew or left the district
    on_track: int | None  # None when the rules were not evaluated
    evaluated: int


@dataclass(frozen=True)
class CohortRow:
    """One mentee in one mentor's cohort; counts are check-ins with this mentor."""

    mentee_id: int
    name: str
    campus: str
    hire_date: dt.date | None
    assigned_on: dt.date
    assignment_ended: dt.date | None
    checkins: int
    minutes_by_semester: tuple[int, ...]  # aligned with ReportHeader.semesters
    status: str


@dataclass(frozen=True)
class MentorSection:
    mentor_id: int
    name: str
    campus: str
    checkins_led: int
    minutes_led: int
    rows: tuple[CohortRow, ...]


@dataclass(frozen=True)
class RuleCompliance:
    """One rule of the pack: how many mentees met it, and who did not and why."""

    key: str
    label: str
    met: int
    evaluated: int
    exceptions: tuple[tuple[str, str], ...]  # (mentee name, reason)
    exception_ids: tuple[int, ...] = ()  # the person behind each exception, in the same order
    # who is not among `evaluated`, and why: (why, how many, names when few), most first
    outside: tuple[tuple[str, int, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class YearEndReport:
    header: ReportHeader
    summary: SummaryFigures
    checkins_per_month: tuple[tuple[str, int], ...]  # ("Sep 2025", count)
    hours_by_mentor: tuple[tuple[str, int], ...]  # (mentor name, minutes led)
    topic_coverage: tuple[tuple[str, int], ...]  # (topic, mentees who covered it)
    compliance: tuple[RuleCompliance, ...]
    mentors: tuple[MentorSection, ...]
    outcomes: OutcomesSummary | None = None  # who stayed (services.outcomes)
    surveys: SurveyOutcomes | None = None  # response rates and shifts (services/surveys)
    # employee ID and campus of each mentee an exception names (two people can share a name)
    identities: dict[int, tuple[str, str]] = field(default_factory=dict)
    enrolled: int = 0  # every mentee enrolled in the year, whatever became of them
    year_over: bool = False  # judged after the last semester: "met" or "not met"
    # each mentor's and leader's training, part by part (services/compliance/training.py)
    training: YearTraining | None = None
    # mentees kept though not beginning teachers: (name, employee ID, the reason)
    eligibility_overrides: tuple[tuple[str, str, str], ...] = ()
    # the allotment, stipends paid, release time, per-mentee cost (None: no money recorded)
    funds: Funds | None = None


@dataclass(frozen=True)
class CohortReport:
    header: ReportHeader
    mentor: MentorSection


@dataclass(frozen=True)
class LogEntry:
    occurred_on: dt.date
    kind: str
    minutes: int
    mentor: str
    topics: str
    next_steps: str
    private_notes: str | None  # None unless the coordinator asked for private notes
    not_counted: str = ""  # why its minutes do not count toward the hours ("" when they do)


@dataclass(frozen=True)
class SemesterTotal:
    semester: str
    minutes: int
    required_minutes: int | None


@dataclass(frozen=True)
class AssignmentLine:
    mentor: str
    start_date: dt.date
    end_date: dt.date | None
    end_reason: str


@dataclass(frozen=True)
class MenteeLog:
    header: ReportHeader
    mentee_id: int
    name: str
    employee_id: str
    campus: str
    position: str
    hire_date: dt.date | None
    current_mentor: str
    entries: tuple[LogEntry, ...]
    semester_totals: tuple[SemesterTotal, ...]
    total_minutes: int
    assignments: tuple[AssignmentLine, ...]
    include_private_notes: bool


@dataclass(frozen=True)
class Certificate:
    header: ReportHeader
    recipient: str
    role: str  # "mentee" or "mentor"
    minutes: int
    mentor: str  # the mentee's mentor; empty on a mentor's certificate


@dataclass(frozen=True)
class ScopeChoice:
    person_id: int
    name: str


@dataclass(frozen=True)
class ReportScope:
    """What the Reports page offers for a program year: its mentors and mentees."""

    program: str
    year: str
    mentors: tuple[ScopeChoice, ...]
    mentees: tuple[ScopeChoice, ...]
