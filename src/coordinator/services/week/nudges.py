"""Who a nudge goes to and what it says: the merge fields for each mentor or mentee.

A draft says only what the rules found (hours, days without contact): never a check-in's private
notes or next steps, and a mentor's draft names only that mentor's own current mentees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Person, ProgramYear
from coordinator.errors import NotFoundError
from coordinator.services.compliance.checks import hours_text
from coordinator.services.compliance.evaluate import MenteeStatus
from coordinator.services.compliance.facts import Term, YearFacts
from coordinator.services.week.nudge_templates import Audience, NudgeReason
from coordinator.services.week.this_week import WeekKind, WeekLine, evaluated_week
from coordinator.tools.names import filed_name
from coordinator.tools.sql_chunks import chunked
from coordinator.tools.translations import translate

KINDS = {
    NudgeReason.BEHIND: {WeekKind.BEHIND},
    NudgeReason.NO_CONTACT: {WeekKind.NO_CONTACT, WeekKind.NO_CONTACT_LONG},
    NudgeReason.NOT_LOGGED: {WeekKind.NOT_LOGGED},
    NudgeReason.MILESTONE: {WeekKind.MILESTONE_OVERDUE, WeekKind.MILESTONE_DUE},
    NudgeReason.SURVEY: {WeekKind.SURVEY_UNANSWERED},
    NudgeReason.PAY: {WeekKind.PAY_CLOSING},
}
REASONS = {kind: reason for reason, kinds in KINDS.items() for kind in kinds}
MENTEE_KINDS = {
    WeekKind.BEHIND,
    WeekKind.NO_CONTACT,
    WeekKind.NO_CONTACT_LONG,
    WeekKind.MILESTONE_OVERDUE,
    WeekKind.MILESTONE_DUE,
    WeekKind.SURVEY_UNANSWERED,
}
MILESTONE_KINDS = {WeekKind.MILESTONE_OVERDUE, WeekKind.MILESTONE_DUE}


def reason_for(kinds: Collection[WeekKind]) -> NudgeReason:
    """The nudge for lines of these kinds: the first one a nudge exists for, else behind."""
    for kind in kinds:
        if kind in REASONS:
            return REASONS[kind]
    return NudgeReason.BEHIND


@dataclass(frozen=True)
class NudgeRecipient:
    person_id: int
    name: str  # display name (tools.names)
    filed_name: str
    sort_key: str
    employee_id: str | None
    email: str | None
    is_mentor: bool
    fields: dict[str, str]


@dataclass(frozen=True)
class NudgePlan:
    program_year_id: int
    program_id: int
    reason: NudgeReason
    audience: Audience
    today: dt.date
    recipients: list[NudgeRecipient]
    language: str = "en"  # the merge fields' words, and the workbooks attached to mentors

    @property
    def without_email(self) -> list[NudgeRecipient]:
        return [r for r in self.recipients if not r.email]


def plan_nudges(
    session: Session,
    program_year_id: int,
    reason: NudgeReason,
    audience: Audience,
    today: dt.date,
    *,
    person_ids: Collection[int] | None = None,
    language: str = "en",
) -> NudgePlan:
    """The people to nudge on `today`: those chosen (`person_ids`), else everyone the week list
    has for `reason`, as mentors (a mentee's line goes to their mentor) or as mentees."""
    year = session.get(ProgramYear, program_year_id)
    if year is None:
        raise NotFoundError(f"There is no program year with id {program_year_id}.")
    week, statuses, facts = evaluated_week(session, program_year_id, today)
    if person_ids is None:
        person_ids = _from_week(week.findings, reason, audience, statuses)
    else:
        person_ids = _as_audience(person_ids, audience, statuses)
    ids = [pid for pid in dict.fromkeys(person_ids) if pid]
    people = _people(session, ids)
    semester = _current_semester(facts)
    target = int(facts.rules.get("contact_minutes_per_semester") or 0)
    by_mentor: dict[int, list[MenteeStatus]] = {}
    for s in statuses:
        if s.mentor_id is not None:
            by_mentor.setdefault(s.mentor_id, []).append(s)
    recipients = []
    for pid in ids:
        person = people.get(pid)
        if person is None:
            continue
        own = by_mentor.get(pid, [])
        mine = [s for s in statuses if s.person_id == pid]
        is_mentor = bool(own) or not mine
        counted = own if is_mentor else mine
        done = sum(s.minutes_by_semester.get(semester.name, 0) for s in counted) if semester else 0
        fields = {
            "first_name": person.preferred_name or person.first_name,
            "name": person.display_name,
            "hours_so_far": hours_text(done),
            "hours_needed": hours_text(target * len(counted)),
            "weeks_left": str(max((semester.end_date - today).days, 0) // 7) if semester else "0",
            "mentees_behind": (
                _mentees_behind(week.findings, pid, reason, language) if is_mentor else ""
            ),
            "milestones": _own_milestones(week.findings, pid, is_mentor, language),
            "surveys": _own_surveys(week.findings, pid, is_mentor, language),
            "pay": _own_pay(week.findings, pid, language) if is_mentor else "",
            "program": year.program.name,
            "year": year.label,
        }
        recipients.append(
            NudgeRecipient(
                pid,
                person.display_name,
                filed_name(
                    first=person.first_name, preferred=person.preferred_name, last=person.last_name
                ),
                person.sort_key,
                person.employee_id,
                person.email,
                is_mentor,
                fields,
            )
        )
    recipients.sort(key=lambda r: (r.sort_key, r.person_id))
    return NudgePlan(
        program_year_id, year.program_id, reason, audience, today, recipients, language
    )


def _from_week(
    lines: list[WeekLine], reason: NudgeReason, audience: Audience, statuses: list[MenteeStatus]
) -> list[int]:
    kinds = KINDS[reason]
    chosen = [ln for ln in lines if ln.kind in kinds]
    if audience is Audience.MENTORS:
        return [ln.person_id if ln.is_mentor else ln.mentor_id or 0 for ln in chosen]
    mentees = [ln.person_id for ln in chosen if not ln.is_mentor]
    mentors = {ln.person_id for ln in chosen if ln.is_mentor}
    return mentees + [s.person_id for s in statuses if s.mentor_id in mentors]


def _as_audience(
    person_ids: Collection[int], audience: Audience, statuses: list[MenteeStatus]
) -> list[int]:
    """People chosen on screen as the audience: a mentee stands for their current mentor when
    the nudge goes to mentors, and a mentor for their current mentees when it goes to mentees."""
    mentor_of = {s.person_id: s.mentor_id for s in statuses}
    chosen: list[int] = []
    for pid in person_ids:
        if audience is Audience.MENTORS:
            chosen.append(mentor_of[pid] or 0 if pid in mentor_of else pid)
        elif pid in mentor_of:
            chosen.append(pid)
        else:
            chosen += [s.person_id for s in statuses if s.mentor_id == pid]
    return chosen


def _mentees_behind(
    lines: list[WeekLine], mentor_id: int, reason: NudgeReason, language: str
) -> str:
    """The mentor's own mentees on the week list, with the rule's words: never anyone else's."""
    kinds = KINDS[reason] & MENTEE_KINDS or MENTEE_KINDS
    mine = [ln for ln in lines if not ln.is_mentor and ln.mentor_id == mentor_id]
    picked = [ln for ln in mine if ln.kind in kinds]
    if not picked:
        return ""
    listed = "\n".join(f"- {ln.name}: {ln.detail}" for ln in picked)
    return f"{translate(language, 'Mentees who need attention:')}\n{listed}"


def _own_milestones(lines: list[WeekLine], person_id: int, is_mentor: bool, language: str) -> str:
    """The person's own milestones on the week list (a mentor's own, a mentee's own)."""
    mine = [
        ln
        for ln in lines
        if ln.kind in MILESTONE_KINDS and ln.person_id == person_id and ln.is_mentor == is_mentor
    ]
    nothing = translate(language, "Nothing is overdue for you.")
    return "\n".join(f"- {ln.detail}" for ln in mine) or nothing


def _own_surveys(lines: list[WeekLine], person_id: int, is_mentor: bool, language: str) -> str:
    """The surveys the person has not answered (their own: a mentor's survey to a mentor)."""
    mine = [
        ln.detail.split(" not answered")[0]
        for ln in lines
        if ln.kind is WeekKind.SURVEY_UNANSWERED
        and ln.person_id == person_id
        and ln.is_mentor == is_mentor
    ]
    answered = translate(language, "You have answered every survey. Thank you!")
    return "\n".join(f"- {name}" for name in mine) or answered


def _own_pay(lines: list[WeekLine], mentor_id: int, language: str) -> str:
    """The mentor's own stipend periods closing, with what is missing (their own mentees only)."""
    mine = [
        ln.detail for ln in lines if ln.kind is WeekKind.PAY_CLOSING and ln.person_id == mentor_id
    ]
    nothing = translate(language, "Nothing is missing for your stipend.")
    return "\n".join(f"- {detail}" for detail in mine) or nothing


def _current_semester(facts: YearFacts) -> Term | None:
    for s in facts.semesters:
        if s.start_date <= facts.as_of <= s.end_date:
            return s
    upcoming = [s for s in facts.semesters if s.start_date > facts.as_of]
    return upcoming[0] if upcoming else None


def _people(session: Session, ids: list[int]) -> dict[int, Person]:
    found: dict[int, Person] = {}
    for chunk in chunked(ids):
        for p in session.scalars(select(Person).where(Person.id.in_(chunk))):
            found[p.id] = p
    return found
