"""The allotment ledger and budget: release time and training-provider costs as entries, and the
program year's allotment against what is spent and committed, by category."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    AllotmentBudget,
    Enrollment,
    EnrollmentStatus,
    LedgerEntry,
    Person,
    Program,
    ProgramYear,
    Role,
    RulePack,
)
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services import audit
from coordinator.services.pay.money import money
from coordinator.services.pay.rules import CATEGORY_LABELS, LEDGER_CATEGORIES, read_pay_rules
from coordinator.services.pay.runs import stipends_paid

SPENT, COMMITTED = "spent", "committed"


def add_entry(
    session: Session,
    year_id: int,
    *,
    category: str,
    amount_cents: int,
    occurred_on: dt.date,
    description: str = "",
    person_id: int | None = None,
    status: str = SPENT,
    substitute_half_days: int = 0,
    release_minutes: int = 0,
    account_code: str = "",
) -> int:
    """Record release time, a training provider's cost or other spending (audited)."""
    if category not in LEDGER_CATEGORIES:
        raise RefusedError(
            f"Category {category!r}: choose one of {', '.join(LEDGER_CATEGORIES)} "
            "(stipends come from pay runs)."
        )
    if status not in (SPENT, COMMITTED):
        raise RefusedError(f"Status {status!r}: choose spent or committed.")
    if amount_cents <= 0:
        raise RefusedError(f"A ledger entry needs an amount above {money(0)}.")
    year = session.get(ProgramYear, year_id)
    if year is None:
        raise NotFoundError(f"There is no program year with id {year_id}.")
    if person_id is not None and session.get(Person, person_id) is None:
        raise NotFoundError(f"There is no person with id {person_id}.")
    entry = LedgerEntry(
        program_year_id=year_id,
        category=category,
        person_id=person_id,
        occurred_on=occurred_on,
        description=description.strip(),
        status=status,
        substitute_half_days=substitute_half_days,
        release_minutes=release_minutes,
        amount_cents=amount_cents,
        account_code=account_code.strip(),
    )
    session.add(entry)
    session.flush()
    audit.record(
        session,
        "ledger.add",
        "ledger_entry",
        entry.id,
        after={"category": category, "amount_cents": amount_cents, "status": status},
        person_id=person_id,
    )
    return entry.id


def set_budget(
    session: Session,
    year_id: int,
    *,
    per_teacher_cents: int | None = None,
    teacher_count: int | None = None,
    fixed_cents: int | None = None,
) -> None:
    """The allotment: per eligible beginning teacher × count (the enrolled mentees unless a count
    is given), or a figure the coordinator enters."""
    if (per_teacher_cents is None) == (fixed_cents is None):
        raise RefusedError("Give either an amount per beginning teacher or the allotment's total.")
    budget = session.get(AllotmentBudget, year_id)
    before = None
    if budget is None:
        budget = AllotmentBudget(program_year_id=year_id)
        session.add(budget)
    else:
        before = audit.snapshot(budget, ("per_teacher_cents", "teacher_count", "fixed_cents"))
    budget.per_teacher_cents, budget.teacher_count = per_teacher_cents, teacher_count
    budget.fixed_cents = fixed_cents
    session.flush()
    audit.record(
        session,
        "budget.set",
        "allotment_budget",
        year_id,
        before=before,
        after=audit.snapshot(budget, ("per_teacher_cents", "teacher_count", "fixed_cents")),
    )


@dataclass(frozen=True)
class CategoryLine:
    category: str
    label: str
    spent_cents: int
    committed_cents: int
    allowed: bool


@dataclass(frozen=True)
class Budget:
    title: str
    allotment_cents: int | None
    allotment_words: str
    lines: tuple[CategoryLine, ...]
    warnings: tuple[str, ...]

    @property
    def spent_cents(self) -> int:
        return sum(x.spent_cents for x in self.lines)

    @property
    def committed_cents(self) -> int:
        return sum(x.committed_cents for x in self.lines)

    @property
    def remaining_cents(self) -> int | None:
        if self.allotment_cents is None:
            return None
        return self.allotment_cents - self.spent_cents - self.committed_cents


def budget(session: Session, year_id: int) -> Budget:
    """The allotment against spent and committed by category, warning of what it does not allow."""
    row = session.execute(
        select(ProgramYear, Program.name, RulePack.rules)
        .join(Program, Program.id == ProgramYear.program_id)
        .join(RulePack, RulePack.id == Program.rule_pack_id)
        .where(ProgramYear.id == year_id)
    ).first()
    if row is None:
        raise NotFoundError(f"There is no program year with id {year_id}.")
    year, program, pack_rules = row
    pay = (pack_rules or {}).get("pay")
    allowed = set(read_pay_rules(pay).allowed_categories) if pay else set()
    spent: dict[str, int] = {"mentor_stipend": sum(stipends_paid(session, year_id).values())}
    committed: dict[str, int] = {}
    for category, status, total in session.execute(
        select(LedgerEntry.category, LedgerEntry.status, func.sum(LedgerEntry.amount_cents))
        .where(LedgerEntry.program_year_id == year_id)
        .group_by(LedgerEntry.category, LedgerEntry.status)
    ):
        target = spent if status == SPENT else committed
        target[category] = target.get(category, 0) + int(total)
    lines, warnings = [], []
    for category, label in CATEGORY_LABELS.items():
        s, c = spent.get(category, 0), committed.get(category, 0)
        ok = not allowed or category in allowed
        if s or c or category in allowed or (not allowed and category == "mentor_stipend"):
            lines.append(CategoryLine(category, label, s, c, ok))
        if (s or c) and not ok:
            warnings.append(
                f"{label}: {money(s + c)} is charged to a category the allotment does not allow; "
                "pay it from other funds."
            )
    stored = session.get(AllotmentBudget, year_id)
    amount: int | None = None
    words = "No allotment entered: 'coordinator budget --set-per-teacher' or '--set-total'."
    if stored is not None and stored.fixed_cents is not None:
        amount, words = stored.fixed_cents, f"{money(stored.fixed_cents)} (entered)"
    elif stored is not None and stored.per_teacher_cents is not None:
        count = stored.teacher_count
        if count is None:
            count = int(
                session.scalar(
                    select(func.count()).where(
                        Enrollment.program_year_id == year_id,
                        Enrollment.role == Role.MENTEE,
                        Enrollment.status != EnrollmentStatus.WITHDRAWN,
                    )
                )
                or 0
            )
        amount = stored.per_teacher_cents * count
        words = f"{money(stored.per_teacher_cents)} × {count} beginning teachers = {money(amount)}"
    if amount is not None and spent_total(lines) + committed_total(lines) > amount:
        warnings.append("Spent and committed are more than the allotment.")
    return Budget(f"{program} {year.label}", amount, words, tuple(lines), tuple(warnings))


def spent_total(lines: list[CategoryLine]) -> int:
    return sum(x.spent_cents for x in lines)


def committed_total(lines: list[CategoryLine]) -> int:
    return sum(x.committed_cents for x in lines)
