"""A program year's money in one view, for the year-end report's Funds section and its export:
the allotment against spent and committed by category, stipends paid by period (locked runs net
of reversals), release time, and the cost per mentee served."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    AllotmentBudget,
    Enrollment,
    LedgerEntry,
    PayLine,
    PayRun,
    Program,
    ProgramYear,
    Role,
    RulePack,
)
from coordinator.services.pay.ledger import SPENT, Budget, budget
from coordinator.services.pay.money import money, share
from coordinator.services.pay.runs import LOCKED, REVERSAL
from coordinator.tools.text import count_of

PERIOD_WORDS = {"fall": "Fall semester", "spring": "Spring semester", "year": "Whole year"}


@dataclass(frozen=True)
class StipendPeriod:
    """What locked runs paid for one period: paid by regular runs, taken back by reversals."""

    period: str
    label: str
    paid_cents: int
    reversed_cents: int  # zero or negative
    people: int  # people whose net for the period is not zero

    @property
    def net_cents(self) -> int:
        return self.paid_cents + self.reversed_cents


@dataclass(frozen=True)
class ReleaseTime:
    mentors: int  # distinct people released (entries without a person are not counted)
    entries: int
    substitute_half_days: int
    release_minutes: int
    spent_cents: int
    committed_cents: int


@dataclass(frozen=True)
class Funds:
    budget: Budget
    stipends: tuple[StipendPeriod, ...]
    release: ReleaseTime
    mentees_served: int

    @property
    def stipends_cents(self) -> int:
        return sum(p.net_cents for p in self.stipends)

    @property
    def per_mentee_cents(self) -> int | None:
        """Everything spent (commitments left out) over the mentees served, to the cent."""
        if not self.mentees_served:
            return None
        return share(self.budget.spent_cents, 1, self.mentees_served)

    def per_mentee_words(self) -> str:
        """How the per-mentee cost is worked out, in words, with the figures."""
        spent = money(self.budget.spent_cents)
        served = count_of(self.mentees_served, "mentee")
        how = (
            f"Per-mentee cost is the total spent ({spent}: stipends paid by locked pay runs, net "
            "of reversals, plus release time and other spending recorded as spent; commitments "
            "not yet spent are not counted) divided by the mentees served (every mentee "
            "enrolled in the year, including those who withdrew or left"
        )
        cost = self.per_mentee_cents
        if cost is None:
            return how + "): no mentee was enrolled, so there is no per-mentee cost."
        return how + f"): {spent} ÷ {served} = {money(cost)} a mentee, to the nearest cent."


def _stipends(session: Session, year_id: int) -> tuple[StipendPeriod, ...]:
    rows = session.execute(
        select(PayLine.for_period, PayRun.kind, PayLine.person_id, func.sum(PayLine.amount_cents))
        .join(PayRun, PayRun.id == PayLine.run_id)
        .where(PayRun.program_year_id == year_id, PayRun.status == LOCKED)
        .group_by(PayLine.for_period, PayRun.kind, PayLine.person_id)
    ).all()
    paid: dict[str, int] = {}
    back: dict[str, int] = {}
    net: dict[tuple[str, int], int] = {}
    for period, kind, person_id, total in rows:
        target = back if kind == REVERSAL else paid
        target[period] = target.get(period, 0) + int(total)
        net[(period, person_id)] = net.get((period, person_id), 0) + int(total)
    found = []
    for period in (p for p in PERIOD_WORDS if p in paid or p in back):
        people = sum(1 for (p, _), amount in net.items() if p == period and amount)
        found.append(
            StipendPeriod(
                period, PERIOD_WORDS[period], paid.get(period, 0), back.get(period, 0), people
            )
        )
    return tuple(found)


def _release(session: Session, year_id: int) -> ReleaseTime:
    where = (LedgerEntry.program_year_id == year_id, LedgerEntry.category == "release_time")
    row = session.execute(
        select(
            func.count(LedgerEntry.id),
            func.count(distinct(LedgerEntry.person_id)),
            func.coalesce(func.sum(LedgerEntry.substitute_half_days), 0),
            func.coalesce(func.sum(LedgerEntry.release_minutes), 0),
        ).where(*where)
    ).one()
    by_status = dict(
        session.execute(
            select(LedgerEntry.status, func.sum(LedgerEntry.amount_cents))
            .where(*where)
            .group_by(LedgerEntry.status)
        ).all()
    )
    spent = int(by_status.pop(SPENT, 0) or 0)
    return ReleaseTime(
        mentors=int(row[1]),
        entries=int(row[0]),
        substitute_half_days=int(row[2]),
        release_minutes=int(row[3]),
        spent_cents=spent,
        committed_cents=sum(int(v or 0) for v in by_status.values()),
    )


def has_funds(session: Session, year_id: int) -> bool:
    """Whether the year has any money to report: pay rules, an allotment, runs or entries."""
    rules = session.scalar(
        select(RulePack.rules)
        .join(Program, Program.rule_pack_id == RulePack.id)
        .join(ProgramYear, ProgramYear.program_id == Program.id)
        .where(ProgramYear.id == year_id)
    )
    if (rules or {}).get("pay"):
        return True
    if session.get(AllotmentBudget, year_id) is not None:
        return True
    for model in (PayRun, LedgerEntry):
        if session.scalar(select(model.id).where(model.program_year_id == year_id).limit(1)):
            return True
    return False


def year_funds(session: Session, year_id: int) -> Funds | None:
    """The year's Funds, or None when it has no money recorded and no pay rules."""
    if not has_funds(session, year_id):
        return None
    served = int(
        session.scalar(
            select(func.count()).where(
                Enrollment.program_year_id == year_id, Enrollment.role == Role.MENTEE
            )
        )
        or 0
    )
    return Funds(
        budget(session, year_id), _stipends(session, year_id), _release(session, year_id), served
    )
