"""Co-mentors: who led check-ins with a mentee assigned to another mentor, and what that earns.

A co-mentor is not a record of its own: the logs say it. Any check-in in the period led by
someone other than the mentee's assigned mentor on that day (a second mentor, an instructional
coach; the same test as `facts.from_assigned_mentor`) is co-mentoring time for its leader, the
minutes counted as the pack counts them (observations only when it says so). Pay rules with the
"co_mentor" role pay `co_mentor_per_hour_cents` for it, at most `co_mentor_cap_cents` a period.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from coordinator.db.models import Checkin, CheckinAttendee, ProgramYear
from coordinator.services.compliance.facts import counted_minutes, from_assigned_mentor
from coordinator.services.pay.compute import Period, _names
from coordinator.services.pay.coordinators import CoordinatorPay
from coordinator.services.pay.money import hours, money, share
from coordinator.services.pay.rules import PayRules


def co_mentor_minutes(
    session: Session, year: ProgramYear, period: Period, pack_rules: dict[str, Any]
) -> dict[int, dict[int, int]]:
    """Leader -> mentee -> counted minutes of check-ins in the period with a mentee who was
    assigned to someone else on that day (or to no one)."""
    rows = session.execute(
        select(Checkin.mentor_id, CheckinAttendee.mentee_id, func.sum(counted_minutes(pack_rules)))
        .join(CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id)
        .where(
            and_(
                Checkin.program_year_id == year.id,
                Checkin.occurred_on >= period.start,
                Checkin.occurred_on <= period.end,
                CheckinAttendee.present.is_(True),
                ~from_assigned_mentor(),
            )
        )
        .group_by(Checkin.mentor_id, CheckinAttendee.mentee_id)
    ).all()
    found: dict[int, dict[int, int]] = defaultdict(dict)
    for leader, mentee, minutes in rows:
        if minutes:
            found[int(leader)][int(mentee)] = int(minutes)
    return dict(found)


def co_mentor_pay(
    session: Session,
    year: ProgramYear,
    period: Period,
    rules: PayRules,
    pack_rules: dict[str, Any],
) -> dict[int, CoordinatorPay]:
    """Each co-mentor's amount for the period, with the mentees and hours in words."""
    rate = rules.co_mentor_per_hour_cents or 0
    minutes = co_mentor_minutes(session, year, period, pack_rules)
    mentees = {m for by_mentee in minutes.values() for m in by_mentee}
    names = _names(session, mentees)
    found: dict[int, CoordinatorPay] = {}
    for leader, by_mentee in minutes.items():
        total = sum(by_mentee.values())
        shown = sorted(by_mentee.items(), key=lambda kv: names[kv[0]][1])
        whom = ", ".join(f"{names[m][0]} {hours(n)}" for m, n in shown)
        amount = share(rate, total, 60)
        words = f"co-mentor of {whom}: {hours(total)} × {money(rate)}/h = {money(amount)}"
        cap = rules.co_mentor_cap_cents
        if cap is not None and amount > cap:
            words += f", capped at {money(cap)}"
            amount = cap
        found[leader] = CoordinatorPay(leader, amount, words, "")
    return found
