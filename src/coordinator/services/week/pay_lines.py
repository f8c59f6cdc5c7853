"""The week's "pay period closing" lines: mentors not yet earning a stipend whose period ends soon.

A pay period (fall, spring or the year, as the pack's pay rules say) is *closing* in its last
`CLOSING_DAYS` days, until a run for it is approved. In that time each mentor with mentees whose
stipend is short — a mentee short of the hours or check-ins the rules ask, or a condition of their
own (training, years of experience) — is a line with what is missing, in the pay rules' own words
(services.pay.compute, the same reckoning a pay preview shows), so a nudge can still change it.
A pack without pay rules, or a year without the semesters its periods need, has no such lines.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models_pay import PayRun
from coordinator.errors import RefusedError
from coordinator.services.compliance.facts import YearFacts
from coordinator.services.pay.compute import Entitlement, Period, entitlements, period_of
from coordinator.services.pay.rules import pack_pay_rules
from coordinator.services.shared.phrase import MonthDay, Phrase, Value, phrase
from coordinator.services.week.week_line import WeekKind, WeekLine

CLOSING_DAYS = 21  # three weeks: time enough to meet and log before payroll is run


def approved_periods(session: Session, program_year_id: int) -> set[str]:
    """The periods a regular run was approved and locked for."""
    return set(
        session.scalars(
            select(PayRun.period).where(
                PayRun.program_year_id == program_year_id,
                PayRun.kind == "regular",
                PayRun.status == "locked",
            )
        )
    )


def closing_periods(session: Session, facts: YearFacts) -> list[Period]:
    """The year's pay periods that end within `CLOSING_DAYS` of `facts.as_of` and are not paid."""
    try:
        rules = pack_pay_rules(facts.rules)
    except RefusedError:
        return []
    paid = approved_periods(session, facts.year.id)
    found = []
    for name in rules.periods:
        try:
            period = period_of(facts.year, name, rules)
        except RefusedError:
            continue
        if name not in paid and 0 <= (period.end - facts.as_of).days <= CLOSING_DAYS:
            found.append(period)
    return found


def closes_words(period: Period, today: dt.date) -> Phrase:
    """ "Fall 2025-26 stipend period ends Dec 19 (in 15 days)"."""
    left = (period.end - today).days
    values: dict[str, Value] = {"period": period.label, "end": MonthDay(period.end)}
    if left == 0:
        return phrase("{period} stipend period ends {end} (today)", **values)
    if left == 1:
        return phrase("{period} stipend period ends {end} (tomorrow)", **values)
    return phrase("{period} stipend period ends {end} (in {left} days)", left=left, **values)


def pay_lines(session: Session, facts: YearFacts) -> list[WeekLine]:
    """One line per mentor with mentees and a stipend not yet (fully) earned in a closing period.

    The weight is how near the end is (the nearer, the higher).
    """
    periods = closing_periods(session, facts)
    if not periods:
        return []
    rules = pack_pay_rules(facts.rules)
    lines = []
    for period in periods:
        for ent in entitlements(session, facts.year, period, rules, facts.rules):
            if not ent.shares or not ent.missing:
                continue  # no mentee to earn it for, or nothing missing
            lines.append(
                WeekLine(
                    WeekKind.PAY_CLOSING,
                    ent.person_id,
                    ent.name,
                    True,
                    None,
                    phrase(
                        "{closes}: {short}",
                        closes=closes_words(period, facts.as_of),
                        short=_short_of(ent),
                    ),
                    CLOSING_DAYS - (period.end - facts.as_of).days,
                )
            )
    return lines


def _short_of(ent: Entitlement) -> Phrase:
    if ent.amount_cents == 0:
        return phrase("not earned yet: {missing}", missing=ent.missing)
    return phrase("not counted yet: {missing}", missing=ent.missing)
