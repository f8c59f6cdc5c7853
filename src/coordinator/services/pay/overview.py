"""What the Funds page shows for a program year: its pay runs and previews, the allotment budget,
the ledger entries; and the adjustment a coordinator makes by typing a line's new amount."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Enrollment,
    LedgerEntry,
    PayrollProfile,
    PayRun,
    Person,
    Role,
)
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services.pay import runs
from coordinator.services.pay.ledger import COMMITTED, Budget, budget
from coordinator.services.pay.money import money
from coordinator.services.pay.rules import CATEGORY_LABELS, pack_pay_rules
from coordinator.services.shared.phrase import Count, phrase
from coordinator.tools.names import display_name, name_sort_key

PERIOD_ORDER = {"fall": 0, "spring": 1, "year": 2}


@dataclass(frozen=True)
class RunRow:
    """One row of the runs list: a stored run, or the live preview of a period."""

    key: str  # "run:7" or "preview:spring": what stays selected across a refresh
    run_id: int | None  # the stored run; for a preview, its draft (adjustments) if any
    period: str
    period_label: str
    status: str  # in words: "Preview (not approved)", "Approved, locked", "Reversed by run 3"
    locked: bool
    reversible: bool
    people: int
    total_cents: int
    approved_at: dt.datetime | None
    approved_by: str
    adjustments: int

    @property
    def why_locked(self) -> str:
        """Why this run cannot be changed, or '' when it can."""
        if not self.locked:
            return ""
        return (
            f"Run {self.run_id} is approved and locked: it never changes. A correction goes "
            f"into the next run (New preview… for the period, then Adjust line…)."
        )


@dataclass(frozen=True)
class LedgerRow:
    id: int
    occurred_on: dt.date
    category: str
    category_label: str
    person: str
    description: str
    status: str  # spent or committed
    amount_cents: int
    release: str  # "2 half days" or ""


@dataclass(frozen=True)
class Mentor:
    person_id: int
    name: str
    employee_id: str


@dataclass(frozen=True)
class FundsView:
    program_year_id: int
    title: str
    year_label: str
    year_start: dt.date
    year_end: dt.date
    periods: tuple[str, ...]  # what the pack pays by; () when it has no pay rules
    rules_summary: str
    no_rules: str  # why nothing can be worked out ('' when the pack has pay rules)
    runs: tuple[RunRow, ...]
    budget: Budget
    ledger: tuple[LedgerRow, ...]
    profiles: tuple[str, ...]
    allowed_categories: tuple[str, ...]  # what the allotment may pay for; () when unrestricted

    def budget_allows(self, category: str) -> bool:
        return not self.allowed_categories or category in self.allowed_categories


def _stored_row(view: runs.RunView) -> RunRow:
    if view.kind == runs.REVERSAL:
        status: str = phrase("Reversal of run {run}, locked", run=str(view.reverses_run_id))
    elif view.reversed_by is not None:
        status = phrase("Reversed by run {run}", run=str(view.reversed_by))
    else:
        status = "Approved, locked"
    return RunRow(
        f"run:{view.run_id}", view.run_id, view.period, view.period_label, status, True,
        view.kind != runs.REVERSAL and view.reversed_by is None, view.people, view.total_cents,
        view.approved_at, view.approved_by, 0,
    )  # fmt: skip


def _preview_row(view: runs.RunView, draft_id: int | None) -> RunRow:
    adjustments = sum(1 for x in view.lines if x.kind == runs.ADJUSTMENT)
    status: str = "Preview (not approved)"
    if adjustments:
        status = phrase("Preview, {n}", n=Count(adjustments, "adjustment"))
    return RunRow(
        f"preview:{view.period}", draft_id, view.period, view.period_label, status, False, False,
        view.people, view.total_cents, None, "", adjustments,
    )  # fmt: skip


def funds_view(session: Session, year_id: int, previews: Iterable[str] = ()) -> FundsView:
    """The year's runs (locked ones, then the previews asked for and those with adjustments),
    its budget, ledger entries and saved payroll profiles."""
    year, program, pack_name, pack_rules = runs.year_pack(session, year_id)
    periods: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()
    summary = no_rules = ""
    try:
        rules = pack_pay_rules(pack_rules, pack_name)
    except RefusedError as exc:
        no_rules = str(exc) if pack_rules.get("pay") else no_pay_rules_words(pack_name)
    else:
        periods, summary = rules.periods, rules.summary()
        allowed = tuple(rules.allowed_categories)
    rows: list[RunRow] = []
    drafts: dict[str, int] = {}
    for stored in session.scalars(
        select(PayRun).where(PayRun.program_year_id == year_id).order_by(PayRun.id)
    ):
        if stored.status == runs.LOCKED:
            rows.append(_stored_row(runs.run_view(session, stored.id)))
        else:
            drafts[stored.period] = stored.id
    if periods:
        wanted = sorted(
            {p for p in [*previews, *drafts] if p in periods}, key=lambda p: PERIOD_ORDER[p]
        )
        rows += [_preview_row(runs.preview(session, year_id, p), drafts.get(p)) for p in wanted]
    profiles = tuple(session.scalars(select(PayrollProfile.name).order_by(PayrollProfile.name)))
    return FundsView(
        year_id, f"{program} {year.label}", year.label, year.start_date, year.end_date, periods,
        summary, no_rules, tuple(rows), budget(session, year_id), ledger_rows(session, year_id),
        profiles, allowed,
    )  # fmt: skip


def no_pay_rules_words(pack_name: str) -> str:
    """What the Funds page says when the program's pack pays no one, and how to change that."""
    return (
        f"This program's rule pack has no pay rules ({pack_name}), so no stipend can be worked "
        "out from the logs. The shipped Texas Mentor Program Allotment and Local program packs "
        "carry them: give the program one of those (Cohorts › Edit program…), or copy one "
        "(Settings › Rule packs… › Copy as a new pack…) and edit its pay figures."
    )


def ledger_rows(session: Session, year_id: int) -> tuple[LedgerRow, ...]:
    """The year's ledger entries, newest first."""
    found = session.execute(
        select(LedgerEntry, Person.first_name, Person.preferred_name, Person.last_name)
        .outerjoin(Person, Person.id == LedgerEntry.person_id)
        .where(LedgerEntry.program_year_id == year_id)
        .order_by(LedgerEntry.occurred_on.desc(), LedgerEntry.id.desc())
    )
    rows = []
    for entry, first, preferred, last in found:
        who = display_name(first=first, preferred=preferred, last=last) if first or last else ""
        half_days = entry.substitute_half_days
        release = phrase("{n}", n=Count(half_days, "half day")) if half_days else ""
        rows.append(
            LedgerRow(
                entry.id, entry.occurred_on, entry.category,
                CATEGORY_LABELS.get(entry.category, entry.category), who, entry.description,
                entry.status, entry.amount_cents, release,
            )
        )  # fmt: skip
    return tuple(rows)


def year_mentors(session: Session, year_id: int) -> list[Mentor]:
    """The year's mentors by name: whom release time can be recorded for."""
    found = session.execute(
        select(
            Person.id, Person.first_name, Person.preferred_name, Person.last_name,
            Person.employee_id,
        )
        .join(Enrollment, Enrollment.person_id == Person.id)
        .where(Enrollment.program_year_id == year_id, Enrollment.role == Role.MENTOR)
        .distinct()
    )  # fmt: skip
    keyed = [
        (
            name_sort_key(first=f, preferred=p, last=last),
            Mentor(pid, display_name(first=f, preferred=p, last=last), eid or ""),
        )
        for pid, f, p, last, eid in found
    ]
    return [m for _, m in sorted(keyed, key=lambda x: (x[0], x[1].person_id))]


def person_total(view: runs.RunView, person_id: int) -> int:
    return sum(x.amount_cents for x in view.lines if x.person_id == person_id)


def adjust_to(
    session: Session,
    year_id: int,
    period: str,
    person_id: int,
    new_cents: int,
    reason: str,
    *,
    run_id: int | None = None,
) -> int:
    """Make one person's amount in the period's next run `new_cents` by an adjustment line with
    the reason; refused for a locked run (`run_id`), which never changes. Returns the draft's id."""
    if run_id is not None:
        stored = session.get(PayRun, run_id)
        if stored is None:
            raise NotFoundError(f"There is no pay run {run_id}.")
        if stored.status == runs.LOCKED:
            raise RefusedError(
                f"Run {run_id} is approved and locked: it never changes. Make a New preview… "
                "for the period and adjust the line there; it is paid in the next run."
            )
    current = person_total(runs.preview(session, year_id, period), person_id)
    if new_cents == current:
        raise RefusedError(f"The amount is already {money(current)}: type the new amount.")
    return runs.adjust(session, year_id, period, person_id, new_cents - current, reason)


def is_committed(row: LedgerRow) -> bool:
    return row.status == COMMITTED
