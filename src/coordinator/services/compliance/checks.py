"""The rules a mentee is held to, one check each, writing readable results with their numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from coordinator.services.compliance.facts import Span, Term, YearFacts
from coordinator.services.shared.phrase import (
    Count,
    Hours,
    MonthYear,
    Phrase,
    Value,
    hours_text,
    joined,
    phrase,
)

__all__ = ["hours_text"]  # where the other services have always taken it from


class ComplianceState(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OUT_OF_COMPLIANCE = "out_of_compliance"

    @property
    def label(self) -> str:
        return {
            "on_track": "On track",
            "at_risk": "At risk",
            "out_of_compliance": "Out of compliance",
        }[self.value]

    def word(self, year_over: bool) -> str:
        """The state as a coordinator reads it: once the year is over, "Met" or "Not met"."""
        if not year_over:
            return self.label
        return "Met" if self is ComplianceState.ON_TRACK else "Not met"


class RuleResult(NamedTuple):
    """One rule's finding (a plain tuple: the large demo makes 60,000 of them per evaluation)."""

    key: str
    label: str  # a Phrase where it has figures (services/shared/phrase.py)
    met: bool
    detail: str  # e.g. "7.5 of 12 hours this semester, 6 weeks left", a Phrase


def time_left_text(days: int) -> Phrase:
    if days >= 14:
        return phrase("{n} left", n=Count(days // 7, "week"))
    return phrase("{n} left", n=Count(days, "day"))


@dataclass
class Verdict:
    """Results gathered for one mentee or mentor; the worst finding sets the state.

    Once the year is over (`final`) nothing is "at risk" any more: a rule is met or it is not.
    """

    results: list[RuleResult] = field(default_factory=list)
    at_risk: list[str] = field(default_factory=list)
    out: list[str] = field(default_factory=list)
    final: bool = False

    def met(self, key: str, label: str, detail: str) -> None:
        self.results.append(RuleResult(key, label, True, detail))

    def risk(self, key: str, label: str, detail: str) -> None:
        self.results.append(RuleResult(key, label, False, detail))
        (self.out if self.final else self.at_risk).append(detail)

    def breach(self, key: str, label: str, detail: str) -> None:
        self.results.append(RuleResult(key, label, False, detail))
        self.out.append(detail)

    @property
    def state(self) -> ComplianceState:
        if self.out:
            return ComplianceState.OUT_OF_COMPLIANCE
        if self.at_risk:
            return ComplianceState.AT_RISK
        return ComplianceState.ON_TRACK

    @property
    def reasons(self) -> tuple[str, ...]:
        return (*self.out, *self.at_risk)


def active_on(assignments: list[Span], day: dt.date) -> Span | None:
    """The assignment active on `day` (start inclusive, end exclusive)."""
    for a in reversed(assignments):
        if a.start_date <= day and (a.end_date is None or day < a.end_date):
            return a
    return None


def mentee_start(facts: YearFacts, mentee_id: int, enrolled_on: dt.date | None) -> dt.date:
    """When mentoring could begin: the first assignment, else enrolment, else the year's start."""
    assignments = facts.assignments.get(mentee_id)
    if assignments:
        return assignments[0].start_date
    return enrolled_on or facts.year_start


def check_semester_minutes(
    facts: YearFacts, verdict: Verdict, mentee_id: int, start: dt.date, until: dt.date
) -> None:
    target = facts.rules.get("contact_minutes_per_semester")
    if not target:
        return
    label = phrase("{target} hours each semester", target=Hours(target))
    got = facts.minutes.get(mentee_id, {})
    lost = facts.uncounted.get(mentee_id, {})
    for s in facts.semesters:
        if s.start_date > facts.as_of or start > s.end_date or until < s.start_date:
            continue
        done = got.get(s.name, 0)
        aside = uncounted_text(lost.get(s.name, 0))
        if done >= target:
            verdict.met(
                "minutes_per_semester",
                label,
                phrase(
                    "{semester}: {done} of {target} hours{aside}",
                    semester=s.name,
                    done=Hours(done),
                    target=Hours(target),
                    aside=aside,
                ),
            )
        elif facts.as_of >= s.end_date or until < s.end_date:
            verdict.breach(
                "minutes_per_semester",
                label,
                phrase(
                    "{semester} ended with {done} of {target} hours{aside}",
                    semester=s.name,
                    done=Hours(done),
                    target=Hours(target),
                    aside=aside,
                ),
            )
        else:
            _check_pace(facts, verdict, s, max(start, s.start_date), done, target, label, aside)


def uncounted_text(minutes: int) -> str:
    """The minutes logged that do not count, as a clause after the hours (or nothing)."""
    if not minutes:
        return ""
    return phrase(
        " ({hours} h with someone other than the assigned mentor not counted)",
        hours=Hours(minutes),
    )


def _check_pace(
    facts: YearFacts,
    verdict: Verdict,
    semester: Term,
    start: dt.date,
    done: int,
    target: int,
    label: str,
    aside: str = "",
) -> None:
    span = max((semester.end_date - start).days + 1, 1)
    elapsed = min(max((facts.as_of - start).days + 1, 0), span)
    expected = target * elapsed / span
    days_left = (semester.end_date - facts.as_of).days
    values: dict[str, Value] = {
        "done": Hours(done),
        "target": Hours(target),
        "left": time_left_text(days_left),
        "aside": aside,
    }
    if done < expected:
        verdict.risk(
            "minutes_per_semester",
            label,
            phrase(
                "{done} of {target} hours this semester, {left}{aside} (pace: {pace} by now)",
                pace=Hours(expected),
                **values,
            ),
        )
    else:
        verdict.met(
            "minutes_per_semester",
            label,
            phrase("{done} of {target} hours this semester, {left}{aside}", **values),
        )


def check_contact_gap(facts: YearFacts, verdict: Verdict, mentee_id: int, since: dt.date) -> None:
    """Warn after 14 / 28 days without contact, only while a semester is running."""
    thresholds = facts.gap_thresholds
    if not thresholds or not facts.in_semester or facts.year_over:
        return
    last = facts.last_contact.get(mentee_id)
    gap = (facts.as_of - (last or since)).days
    label = phrase("Contact at least every {days}", days=Count(thresholds[0], "day"))
    passed = [t for t in thresholds if gap >= t]
    if passed:
        values: dict[str, Count] = {"days": Count(gap, "day"), "warn": Count(passed[-1], "day")}
        said = (
            phrase("No contact for {days} (warning at {warn})", **values)
            if last
            else phrase("No contact yet ({days}) (warning at {warn})", **values)
        )
        verdict.risk("contact_gap", label, said)
    else:
        verdict.met(
            "contact_gap",
            label,
            phrase("Last contact {days} ago", days=Count(gap, "day"))
            if last
            else phrase("No contact yet"),
        )


def check_assignment_deadline(
    facts: YearFacts, verdict: Verdict, mentee_id: int, hire_date: dt.date
) -> None:
    days = facts.rules.get("assign_within_days_of_hire")
    if not days:
        return
    label = phrase("Mentor assigned within {days} of hire", days=Count(days, "day"))
    assignments = facts.assignments.get(mentee_id)
    deadline = hire_date + dt.timedelta(days=int(days) - 1)
    if assignments:
        first = assignments[0].start_date
        if first <= deadline:
            verdict.met(
                "assign_within_days",
                label,
                phrase("Assigned on day {day} of employment", day=(first - hire_date).days + 1),
            )
        else:
            verdict.breach(
                "assign_within_days",
                label,
                phrase(
                    "Mentor assigned on day {day} of employment (limit {limit})",
                    day=(first - hire_date).days + 1,
                    limit=int(days),
                ),
            )
    elif facts.as_of > deadline:
        verdict.breach(
            "assign_within_days",
            label,
            phrase(
                "No mentor assigned, {days} after hire (limit {limit})",
                days=Count((facts.as_of - hire_date).days + 1, "day"),
                limit=int(days),
            ),
        )
    else:
        verdict.risk(
            "assign_within_days",
            label,
            phrase(
                "No mentor assigned yet, {days} left to assign",
                days=Count((deadline - facts.as_of).days + 1, "day"),
            ),
        )


def months_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    months = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)
    return nxt - dt.timedelta(days=1)


def check_monthly_target(
    facts: YearFacts, verdict: Verdict, mentee_id: int, start: dt.date
) -> None:
    """Local programs: a number of contacts (or minutes) every calendar month of the semesters."""
    per_month = int(facts.rules.get("contacts_per_month") or 0)
    minutes_month = int(facts.rules.get("contact_minutes_per_month") or 0)
    if not per_month and not minutes_month:
        return
    label = (
        phrase("{contacts} a month", contacts=Count(per_month, "contact"))
        if per_month
        else phrase("{hours} hours a month", hours=Hours(minutes_month))
    )
    counts = facts.month_counts.get(mentee_id, {})
    missed: list[dt.date] = []
    judged = 0
    for s in facts.semesters:
        for y, m in months_between(max(s.start_date, start), min(s.end_date, facts.as_of)):
            if month_end(y, m) > facts.as_of or dt.date(y, m, 1) < start.replace(day=1):
                continue
            judged += 1
            count, minutes = counts.get((y, m), (0, 0))
            if count < per_month or minutes < minutes_month:
                missed.append(dt.date(y, m, 1))
    missed = list(dict.fromkeys(missed))
    if missed:
        verdict.risk(
            "monthly_target",
            label,
            phrase(
                "Below the monthly target ({target}) in {missed} of {judged}: {months}",
                target=label,
                missed=len(missed),
                judged=Count(judged, "month"),
                months=joined(", ", (phrase("{m}", m=MonthYear(d)) for d in missed)),
            ),
        )
    else:
        verdict.met(
            "monthly_target",
            label,
            phrase("Met in all {n}", n=Count(judged, "completed month")),
        )


def check_required_topics(facts: YearFacts, verdict: Verdict, mentee_id: int) -> None:
    required = facts.required_topics
    if not required:
        return
    label = phrase("Required topics covered this year")
    covered = facts.topics_covered.get(mentee_id, set())
    missing = [t for t in required if t not in covered]
    values: dict[str, Count | int | str] = {
        "covered": len(required) - len(missing),
        "required": Count(len(required), "required topic"),
        "listed": "; ".join(missing) if len(missing) < len(required) else phrase("all of them"),
    }
    due = facts.topics_due
    if not missing:
        verdict.met("required_topics", label, phrase("{covered} of {required} covered", **values))
    elif due == "over":
        verdict.breach(
            "required_topics",
            label,
            phrase("{covered} of {required} covered; missing: {listed}", **values),
        )
    elif due == "last_semester":
        verdict.risk(
            "required_topics",
            label,
            phrase("{covered} of {required} covered; still to cover: {listed}", **values),
        )
    else:
        verdict.met(
            "required_topics",
            label,
            phrase("{covered} of {required} covered so far (due by the end of the year)", **values),
        )


def check_designated_time(facts: YearFacts, verdict: Verdict, mentee_id: int) -> None:
    """Meetings at the campus's designated time in the school day, never the planning period.

    19 TAC §153.1011 (program requirements): the district designates a specific time during the
    school day for the mentor and beginning teacher to meet, which may not be the teachers'
    planning period. On when the pack's `meet_at_designated_time` is; a meeting with no start
    time, at a campus with no designated time, in the planning period or outside the designated
    windows is flagged, at risk during the year and not met once it is over.
    """
    if not facts.rules.get("meet_at_designated_time"):
        return
    label = phrase("Meetings at the designated time")
    judged, missed = facts.meeting_times.get(mentee_id, (0, []))
    if not judged:
        verdict.met("designated_time", label, phrase("No meetings yet"))
    elif not missed:
        verdict.met(
            "designated_time",
            label,
            phrase("All {n} at the designated time", n=Count(judged, "meeting")),
        )
    else:
        shown = list(missed[:3])
        if len(missed) > 3:
            shown.append(phrase("{n} more", n=len(missed) - 3))
        verdict.risk(
            "designated_time",
            label,
            phrase(
                "{missed} of {judged} not at the designated time: {shown}",
                missed=len(missed),
                judged=Count(judged, "meeting"),
                shown=joined("; ", shown),
            ),
        )
