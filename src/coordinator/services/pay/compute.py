"""What each mentor has earned in a period, from the logs: assignments, check-ins, training.

Pure reading: nothing is written here. runs.py turns these entitlements into run lines, less what
locked runs already paid.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    Campus,
    Checkin,
    CheckinAttendee,
    Enrollment,
    MentorProfile,
    MentorTraining,
    Person,
    ProgramYear,
    Role,
)
from coordinator.errors import RefusedError

if TYPE_CHECKING:
    from coordinator.services.pay.coordinators import CoordinatorPay
from coordinator.services.compliance.facts import counted_minutes
from coordinator.services.pay.money import hours, money, share
from coordinator.services.pay.rules import CAMPUS_COORDINATOR, CO_MENTOR, MENTOR, PayRules
from coordinator.services.shared.phrase import Count, joined, phrase
from coordinator.tools.names import display_name, name_sort_key
from coordinator.tools.text import count_of


@dataclass(frozen=True)
class Period:
    name: str  # fall, spring or year
    label: str  # "Fall 2025-26"
    start: dt.date
    end: dt.date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def period_of(year: ProgramYear, name: str, rules: PayRules) -> Period:
    """The dates of fall, spring or the year; refused when the pack pays by the other period."""
    if name not in rules.periods:
        paid = " or ".join(rules.periods)
        raise RefusedError(
            f"This program's pay rules pay each {rules.period}: choose --period {paid}."
        )
    if name == "year":
        return Period("year", f"Year {year.label}", year.start_date, year.end_date)
    terms = list(year.semesters)
    if len(terms) < 2:
        raise RefusedError(f"Year {year.label} has no two semesters to pay fall and spring by.")
    term = terms[0] if name == "fall" else terms[-1]
    return Period(name, f"{name.capitalize()} {year.label}", term.start_date, term.end_date)


@dataclass(frozen=True)
class MenteeShare:
    """One mentee's part of a mentor's amount."""

    mentee_id: int
    name: str
    minutes: int
    contacts: int
    days: int
    amount_cents: int
    words: str
    missing: str = ""  # why this mentee earns nothing


@dataclass(frozen=True)
class Entitlement:
    """What one person has earned for the period, with the reason and what is missing."""

    person_id: int
    name: str
    sort_key: str
    employee_id: str
    campus: str
    amount_cents: int
    reason: str
    missing: str
    minutes: int
    mentees_paid: int
    shares: tuple[MenteeShare, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "shares": [
                {
                    "mentee_id": s.mentee_id,
                    "minutes": s.minutes,
                    "contacts": s.contacts,
                    "days": s.days,
                    "amount_cents": s.amount_cents,
                }
                for s in self.shares
            ]
        }


def _overlap_days(start: dt.date, end: dt.date | None, period: Period) -> int:
    """Days of [start, end) inside the period (an assignment's end day is not assigned)."""
    last = period.end if end is None else min(period.end, end - dt.timedelta(days=1))
    first = max(period.start, start)
    return max(0, (last - first).days + 1)


def mentee_minimum(pack_rules: dict[str, Any], period: Period, semesters: int) -> int | None:
    """The contact minutes a mentee must have in the period, as the pack sets them."""
    per_semester = pack_rules.get("contact_minutes_per_semester")
    if per_semester:
        return int(per_semester) * semesters
    per_month = pack_rules.get("contact_minutes_per_month")
    if per_month:
        months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
        return int(per_month) * (months + 1)
    return None


def _names(session: Session, ids: set[int]) -> dict[int, tuple[str, str, str, str]]:
    if not ids:
        return {}
    rows = session.execute(
        select(
            Person.id,
            Person.first_name,
            Person.preferred_name,
            Person.last_name,
            Person.employee_id,
            Campus.name,
        )
        .outerjoin(Campus, Campus.id == Person.campus_id)
        .where(Person.id.in_(ids))
    )
    found = {}
    for pid, first, preferred, last, employee_id, campus in rows:
        found[pid] = (
            display_name(first=first, preferred=preferred, last=last),
            name_sort_key(first=first, preferred=preferred, last=last),
            employee_id or "",
            campus or "",
        )
    return found


def entitlements(
    session: Session,
    year: ProgramYear,
    period: Period,
    rules: PayRules,
    pack_rules: dict[str, Any],
) -> list[Entitlement]:
    """Every enrolled mentor's amount for the period (0 with what is missing when unpaid)."""
    mentors = set(
        session.scalars(
            select(Enrollment.person_id).where(
                Enrollment.program_year_id == year.id, Enrollment.role == Role.MENTOR
            )
        )
    )
    spans = session.execute(
        select(
            Assignment.mentor_id, Assignment.mentee_id, Assignment.start_date, Assignment.end_date
        ).where(
            Assignment.program_year_id == year.id,
            Assignment.start_date <= period.end,
            (Assignment.end_date.is_(None)) | (Assignment.end_date > period.start),
        )
    ).all()
    days: dict[tuple[int, int], int] = defaultdict(int)
    for mentor_id, mentee_id, start, end in spans:
        days[(mentor_id, mentee_id)] += _overlap_days(start, end, period)
        mentors.add(mentor_id)
    in_period = and_(
        Checkin.program_year_id == year.id,
        Checkin.occurred_on >= period.start,
        Checkin.occurred_on <= period.end,
        CheckinAttendee.present.is_(True),
    )
    counted = counted_minutes(pack_rules)
    pair_rows = session.execute(
        select(
            Checkin.mentor_id,
            CheckinAttendee.mentee_id,
            func.sum(counted),
            func.count(Checkin.id),
        )
        .join(CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id)
        .where(in_period)
        .group_by(Checkin.mentor_id, CheckinAttendee.mentee_id)
    ).all()
    pair_minutes = {(m, e): int(minutes or 0) for m, e, minutes, _ in pair_rows}
    pair_contacts = {(m, e): int(n) for m, e, _, n in pair_rows}
    mentee_minutes: dict[int, int] = defaultdict(int)
    for (_, mentee_id), minutes in pair_minutes.items():
        mentee_minutes[mentee_id] += minutes
    semesters = 2 if period.name == "year" else 1
    minimum = mentee_minimum(pack_rules, period, semesters)
    years_needed = pack_rules.get("mentor_min_years_experience")
    experience = dict(
        session.execute(
            select(MentorProfile.person_id, MentorProfile.years_experience).where(
                MentorProfile.person_id.in_(mentors)
            )
        ).all()
    )
    before_year = bool(pack_rules.get("mentor_training_before_year"))
    in_time = (
        MentorTraining.completed_on < year.start_date
        if before_year
        else MentorTraining.completed_on <= period.end
    )
    trained = set(
        session.scalars(
            select(MentorProfile.person_id)
            .join(MentorTraining, MentorTraining.profile_id == MentorProfile.id)
            .where(MentorProfile.person_id.in_(mentors), in_time)
        )
    )
    mentees_of: dict[int, list[int]] = defaultdict(list)
    for mentor_id, mentee_id in days:
        mentees_of[mentor_id].append(mentee_id)
    names = _names(session, mentors | {e for _, e in days})
    result = []
    for mentor_id in mentors:
        missing: list[str] = []
        if rules.require_mentor_eligible and years_needed:
            have = experience.get(mentor_id)
            if have is None or have < int(years_needed):
                recorded = phrase("none") if have is None else str(have)
                missing.append(
                    phrase(
                        "needs {years} years of teaching (recorded: {recorded})",
                        years=years_needed,
                        recorded=recorded,
                    )
                )
        if rules.require_mentor_trained and mentor_id not in trained:
            missing.append(
                phrase("needs mentor training completed before the year")
                if before_year
                else phrase("needs mentor training completed by the period's end")
            )
        shares = []
        for mentee_id in sorted(mentees_of[mentor_id], key=lambda m: names[m][1]):
            shares.append(
                _share(
                    rules,
                    period,
                    mentee_id,
                    names[mentee_id][0],
                    minutes=pair_minutes.get((mentor_id, mentee_id), 0),
                    contacts=pair_contacts.get((mentor_id, mentee_id), 0),
                    assigned_days=days[(mentor_id, mentee_id)],
                    mentee_total=mentee_minutes.get(mentee_id, 0),
                    minimum=minimum,
                )
            )
        if not shares:
            missing.append(phrase("no mentee assigned in the period"))
        result.append(_entitlement(rules, mentor_id, names[mentor_id], shares, missing))
    if MENTOR not in rules.roles:
        result = []
    if CAMPUS_COORDINATOR in rules.roles and rules.campus_coordinator_cents is not None:
        from coordinator.services.pay.coordinators import coordinator_pay

        assigned = {mentee for (_, mentee), n in days.items() if n > 0}
        pay = coordinator_pay(
            session, year.id, assigned, rules.campus_coordinator_cents,
            rules.campus_coordinator_min_mentees,
        )  # fmt: skip
        result = _with_role_pay(session, result, pay)
    if CO_MENTOR in rules.roles and rules.co_mentor_per_hour_cents is not None:
        from coordinator.services.pay.co_mentors import co_mentor_pay

        pay = co_mentor_pay(session, year, period, rules, pack_rules)
        result = _with_role_pay(session, result, pay)
    return sorted(result, key=lambda e: (e.sort_key, e.person_id))


def _with_role_pay(
    session: Session, mentors: list[Entitlement], pay: dict[int, CoordinatorPay]
) -> list[Entitlement]:
    """The entitlements with each person's amount in another paid role (campus coordinator,
    co-mentor): added to their own line when they have one, on a line of their own when not."""
    by_id = {e.person_id: e for e in mentors}
    names = _names(session, set(pay) - set(by_id))
    for pid, part in pay.items():
        had = by_id.get(pid)
        if had is None:
            name, key, employee_id, campus = names[pid]
            by_id[pid] = Entitlement(
                pid, name, key, employee_id, campus, part.amount_cents,
                part.reason[0].upper() + part.reason[1:], part.missing, 0, 0, (),
            )  # fmt: skip
            continue
        total = had.amount_cents + part.amount_cents
        by_id[pid] = replace(
            had,
            amount_cents=total,
            reason=f"{had.reason}; {part.reason}; total {money(total)}",
            missing=joined("; ", (x for x in (had.missing, part.missing) if x)),
        )
    return list(by_id.values())


def _share(
    rules: PayRules,
    period: Period,
    mentee_id: int,
    name: str,
    *,
    minutes: int,
    contacts: int,
    assigned_days: int,
    mentee_total: int,
    minimum: int | None,
) -> MenteeShare:
    days = min(assigned_days, period.days)
    why_not: list[str] = []
    if rules.require_mentee_met and minimum is not None and mentee_total < minimum:
        why_not.append(
            phrase(
                "{name} has {done} of {need}",
                name=name,
                done=hours(mentee_total),
                need=hours(minimum),
            )
        )
    if rules.min_contacts and contacts < rules.min_contacts:
        why_not.append(
            phrase(
                "{name} has {done} of {need}",
                name=name,
                done=Count(contacts, "check-in"),
                need=rules.min_contacts,
            )
        )
    if why_not:
        return MenteeShare(mentee_id, name, minutes, contacts, days, 0, "", joined("; ", why_not))
    base, words = rules.base_amount(minutes)
    amount = base
    if rules.prorate_by_days and days < period.days:
        amount = share(base, days, period.days)
        words = f"{name} prorated {days} of {period.days} days: {money(amount)}"
    elif rules.per_mentee_cents is None:
        words = f"{name} {words}"
    else:
        met = f" met {hours(mentee_total)}" if rules.require_mentee_met else ""
        words = f"{name}{met}" if met else ""
    if amount == 0 and rules.per_mentee_cents is None:
        return MenteeShare(mentee_id, name, minutes, contacts, days, 0, "", f"{name}: {words}")
    return MenteeShare(mentee_id, name, minutes, contacts, days, amount, words)


def _entitlement(
    rules: PayRules,
    mentor_id: int,
    who: tuple[str, str, str, str],
    shares: list[MenteeShare],
    missing: list[str],
) -> Entitlement:
    name, sort_key, employee_id, campus = who
    paid = [s for s in shares if not s.missing]
    minutes = sum(s.minutes for s in shares)
    unpaid = [s.missing for s in shares if s.missing]
    if missing:
        reason = "Not paid: " + "; ".join(missing) + "."
        return Entitlement(
            mentor_id, name, sort_key, employee_id, campus, 0, reason,
            joined("; ", missing + unpaid), minutes, 0, tuple(shares),
        )  # fmt: skip
    total = sum(s.amount_cents for s in paid)
    parts: list[str] = []
    if rules.per_mentee_cents is not None and paid:
        full = [s for s in paid if s.amount_cents == rules.per_mentee_cents]
        if full:
            parts.append(f"{count_of(len(full), 'mentee')} × {money(rules.per_mentee_cents)}")
    parts += [s.words for s in paid if s.words]
    if unpaid:
        parts.append("not counted: " + "; ".join(unpaid))
    if rules.cap_cents is not None and total > rules.cap_cents:
        parts.append(f"capped at {money(rules.cap_cents)} (earned {money(total)})")
        total = rules.cap_cents
    if not paid:
        parts.insert(0, "no mentee qualifies yet")
    reason = "; ".join(parts)
    if not reason.endswith(f": {money(total)}"):  # a single part with the whole amount says it
        reason += f": {money(total)}"
    return Entitlement(
        mentor_id, name, sort_key, employee_id, campus, total, reason,
        joined("; ", unpaid), minutes, len(paid), tuple(shares),
    )  # fmt: skip
