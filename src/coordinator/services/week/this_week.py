"""The "This week" list: who needs the coordinator now, most urgent first, one action each.

The findings come from the rule pack's own evaluation (services.compliance.evaluate): a line is a
rule result that is not met (no contact, no mentor, behind on hours), read by its key, never the
rules worked out again. Only "mentor has not logged" is new: the day of their latest check-in;
"survey unanswered" comes from the Surveys page's chase list (services.week.survey_lines), and
"pay period closing" from the pay rules' own reckoning (services.week.pay_lines).
`today` is always passed in; nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import Checkin
from coordinator.services.compliance.evaluate import (
    MenteeStatus,
    RuleResult,
    evaluate_mentors,
    evaluate_year,
)
from coordinator.services.compliance.facts import YearFacts, _facts_head
from coordinator.services.milestones.definitions import MilestoneFor
from coordinator.services.milestones.progress import MilestoneState
from coordinator.services.milestones.reasons import milestone_reasons
from coordinator.services.shared.phrase import Count, phrase
from coordinator.services.week.nudge_log import last_nudges
from coordinator.services.week.pay_lines import pay_lines
from coordinator.services.week.survey_lines import survey_lines
from coordinator.services.week.week_line import ACTIONS, URGENCY, WeekAction, WeekKind, WeekLine

__all__ = ["ACTIONS", "URGENCY", "Week", "WeekAction", "WeekKind", "WeekLine", "this_week"]

NOT_LOGGED_DAYS = 14  # a mentor with mentees and no check-in for this long is asked to log


@dataclass(frozen=True)
class Week:
    """`findings` holds every line; `lines`, the list shown, one per person, their most urgent."""

    program_year_id: int
    today: dt.date
    findings: list[WeekLine]

    @property
    def lines(self) -> list[WeekLine]:
        seen: set[int] = set()
        shown = []
        for line in self.findings:
            if line.person_id not in seen:
                seen.add(line.person_id)
                shown.append(line)
        return shown

    def top(self, n: int) -> tuple[list[WeekLine], int]:
        """The first `n` lines and how many more there are."""
        lines = self.lines
        return lines[:n], max(len(lines) - n, 0)


def this_week(
    session: Session,
    program_year_id: int,
    today: dt.date,
    *,
    not_logged_days: int = NOT_LOGGED_DAYS,
    evaluated: list[MenteeStatus] | None = None,
) -> Week:
    """The year's to-do lines on `today`, most urgent first.

    `evaluated` is the mentees' statuses already evaluated on `today` (the Dashboard's): the
    rules are then not evaluated a second time (1.25 s of the large demo's 1.65 s).
    """
    return evaluated_week(
        session, program_year_id, today, not_logged_days=not_logged_days, evaluated=evaluated
    )[0]


def evaluated_week(
    session: Session,
    program_year_id: int,
    today: dt.date,
    *,
    not_logged_days: int = NOT_LOGGED_DAYS,
    evaluated: list[MenteeStatus] | None = None,
) -> tuple[Week, list[MenteeStatus], YearFacts]:
    """The week, with the mentees' statuses and facts it came from (the nudges reuse them)."""
    if evaluated is None:
        mentees, facts = evaluate_year(session, program_year_id, as_of=today)
    else:  # only the year's rules and semesters are needed beside the statuses
        mentees, facts = evaluated, YearFacts(*_facts_head(session, program_year_id, today))
    lines = [line for m in mentees for line in mentee_lines(m, facts)]
    lines += mentor_lines(session, program_year_id, today, not_logged_days)
    lines += milestone_lines(session, facts, complete=evaluated is None)
    lines += pay_lines(session, facts)
    lines += survey_lines(session, facts, {m.person_id: m.mentor_id for m in mentees})
    nudged = last_nudges(session, program_year_id)
    lines = [_with_nudge(line, nudged) for line in lines]
    lines.sort(key=lambda ln: (URGENCY[ln.kind], -ln.weight, ln.name.casefold(), ln.person_id))
    return Week(program_year_id, today, lines), mentees, facts


def _with_nudge(line: WeekLine, nudged: dict[int, dt.date]) -> WeekLine:
    days = [d for d in (nudged.get(line.person_id), nudged.get(line.mentor_id or -1)) if d]
    return replace(line, nudged_on=max(days)) if days else line


def unmet(status: MenteeStatus, *keys: str) -> list[RuleResult]:
    return [r for r in status.results if r.key in keys and not r.met]


def gap_days(status: MenteeStatus, facts: YearFacts) -> int:
    """Days since the last contact (a sort weight only; the words are the rule's)."""
    last = status.last_contact
    return (facts.as_of - last).days if last else 10_000


def is_behind_this_semester(result: RuleResult) -> bool:
    """The running semester's pace finding, not an ended semester already lost."""
    return "this semester" in result.detail


def mentee_lines(status: MenteeStatus, facts: YearFacts) -> list[WeekLine]:
    """A mentee's lines: no contact, no mentor, behind on hours (at most one of each)."""

    def line(kind: WeekKind, detail: str, weight: int) -> WeekLine:
        return WeekLine(
            kind, status.person_id, status.name, False, status.mentor_id, detail, weight
        )

    found: list[WeekLine] = []
    gap = unmet(status, "contact_gap")
    if gap:
        thresholds = facts.gap_thresholds
        days = gap_days(status, facts)
        long = len(thresholds) > 1 and days >= thresholds[-1]
        kind = WeekKind.NO_CONTACT_LONG if long else WeekKind.NO_CONTACT
        found.append(line(kind, gap[0].detail, days))
    unassigned = unmet(status, "assign_within_days", "assigned")
    if unassigned and status.mentor_id is None:
        past = unassigned[0].detail.startswith("No mentor assigned,")  # the deadline has passed
        found.append(line(WeekKind.UNASSIGNED, unassigned[0].detail, 1 if past else 0))
    behind = [r for r in unmet(status, "minutes_per_semester") if is_behind_this_semester(r)]
    if behind:
        found.append(line(WeekKind.BEHIND, behind[0].detail, 0))
    return found


def milestone_lines(session: Session, facts: YearFacts, *, complete: bool) -> list[WeekLine]:
    """Milestones overdue or due soon that no rule already says (those come as the rule's line).

    A pair's or a mentee's line goes to the mentee, with their mentor; a mentor's to the mentor.
    """
    found = milestone_reasons(session, facts, None, (MilestoneFor.MENTEE, MilestoneFor.PAIR,
                                                     MilestoneFor.MENTOR),
                               complete=complete)  # fmt: skip
    lines = []
    for items in found.values():
        for item in items:
            overdue = item.state is MilestoneState.OVERDUE
            days = (facts.as_of - item.due_on).days if item.due_on else 0
            lines.append(
                WeekLine(
                    WeekKind.MILESTONE_OVERDUE if overdue else WeekKind.MILESTONE_DUE,
                    item.person_id or 0,
                    item.subject,
                    item.milestone.audience is MilestoneFor.MENTOR,
                    item.mentor_id,
                    phrase("{title}: {detail}", title=item.title, detail=item.detail),
                    days,
                )
            )
    return lines


def last_logged(session: Session, program_year_id: int, today: dt.date) -> dict[int, dt.date]:
    """Each mentor's latest check-in of the year up to `today`."""
    rows = session.connection().execute(
        select(Checkin.mentor_id, func.max(Checkin.occurred_on))
        .where(Checkin.program_year_id == program_year_id, Checkin.occurred_on <= today)
        .group_by(Checkin.mentor_id)
    )
    return {int(mentor_id): day for mentor_id, day in rows}


def mentor_lines(
    session: Session, program_year_id: int, today: dt.date, days: int
) -> list[WeekLine]:
    """Mentors with mentees who have logged nothing for `days` days (or nothing yet)."""
    logged = last_logged(session, program_year_id, today)
    lines = []
    for mentor in evaluate_mentors(session, program_year_id, as_of=today):
        if mentor.load == 0:
            continue
        last = logged.get(mentor.person_id)
        if last is not None and (today - last).days < days:
            continue
        if last is None:
            detail, weight = phrase("no check-in logged yet this year"), 10_000
        else:
            weight = (today - last).days
            detail = phrase("no check-in logged for {days}", days=Count(weight, "day"))
        lines.append(
            WeekLine(WeekKind.NOT_LOGGED, mentor.person_id, mentor.name, True, None, detail, weight)
        )
    return lines
