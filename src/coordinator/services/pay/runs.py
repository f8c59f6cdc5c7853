"""Pay runs: preview from the logs, adjust a line with a reason, approve and lock, reverse.

A period's amount is what the logs earn now less what locked runs already paid for it, so a
check-in logged after a run was locked becomes a correction line in the next run (of the same
period, or of the next one: a spring run carries fall's corrections), never a rewrite. A locked
run and its lines never change (models_pay refuses it at flush); only a reversing run undoes one.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.base import utcnow
from coordinator.db.models import PayLine, PayRun, Person, Program, ProgramYear, RulePack
from coordinator.db.models_pay import LOCKING
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services import audit
from coordinator.services.pay.compute import Entitlement, Period, entitlements, period_of
from coordinator.services.pay.money import money
from coordinator.services.pay.rules import PERIODS, PayRules, pack_pay_rules
from coordinator.tools.names import display_name

COMPUTED, CORRECTION, ADJUSTMENT, REVERSAL = "computed", "correction", "adjustment", "reversal"
DRAFT, LOCKED = "draft", "locked"


@dataclass(frozen=True)
class RunLine:
    person_id: int
    name: str
    employee_id: str
    campus: str
    kind: str
    for_period: str
    amount_cents: int
    reason: str
    missing: str = ""
    note: str = ""
    minutes: int = 0
    mentees: int = 0


@dataclass(frozen=True)
class RunView:
    """A run as every page, export and report shows it; `run_id` None for a preview."""

    run_id: int | None
    program_year_id: int
    program: str
    year_label: str
    period: str
    period_label: str
    status: str  # preview, draft or locked
    kind: str
    reverses_run_id: int | None
    reversed_by: int | None
    approved_at: dt.datetime | None
    approved_by: str
    rules_summary: str
    account_code: str
    description: str
    lines: tuple[RunLine, ...]

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)

    @property
    def people(self) -> int:
        """How many people the run pays (or takes back from): their lines do not cancel out."""
        totals: dict[int, int] = defaultdict(int)
        for line in self.lines:
            totals[line.person_id] += line.amount_cents
        return sum(1 for amount in totals.values() if amount != 0)

    @property
    def title(self) -> str:
        what = "reversal" if self.kind == REVERSAL else "pay run"
        number = f" {self.run_id}" if self.run_id is not None else ""
        return f"{self.program} {self.period_label} {what}{number}"


def year_pack(session: Session, year_id: int) -> tuple[ProgramYear, str, str, dict[str, Any]]:
    """The program year, its program's name, and its rule pack's name and rules."""
    row = session.execute(
        select(ProgramYear, Program.name, RulePack.name, RulePack.rules)
        .join(Program, Program.id == ProgramYear.program_id)
        .join(RulePack, RulePack.id == Program.rule_pack_id)
        .where(ProgramYear.id == year_id)
    ).first()
    if row is None:
        raise NotFoundError(f"There is no program year with id {year_id}.")
    year, program, pack_name, pack_rules = row
    return year, program, pack_name, dict(pack_rules or {})


def _year_rules(
    session: Session, year_id: int
) -> tuple[ProgramYear, str, PayRules, dict[str, Any]]:
    year, program, pack_name, pack_rules = year_pack(session, year_id)
    return year, program, pack_pay_rules(pack_rules, pack_name), pack_rules


def _check_period(period: str) -> None:
    if period not in PERIODS:
        raise RefusedError(f"Period {period!r}: choose fall, spring or year.")


def _paid(session: Session, year_id: int) -> dict[tuple[int, str], int]:
    """What locked runs paid each person for each period (reversals included, so they net)."""
    rows = session.execute(
        select(PayLine.person_id, PayLine.for_period, func.sum(PayLine.amount_cents))
        .join(PayRun, PayRun.id == PayLine.run_id)
        .where(PayRun.program_year_id == year_id, PayRun.status == LOCKED)
        .group_by(PayLine.person_id, PayLine.for_period)
    )
    return {(pid, period): int(total) for pid, period, total in rows}


def _draft(session: Session, year_id: int, period: str) -> PayRun | None:
    return session.scalar(
        select(PayRun).where(
            PayRun.program_year_id == year_id, PayRun.period == period, PayRun.status == DRAFT
        )
    )


def _people(session: Session, ids: set[int]) -> dict[int, tuple[str, str, str]]:
    from coordinator.db.models import Campus

    if not ids:
        return {}
    rows = session.execute(
        select(
            Person.id, Person.first_name, Person.preferred_name, Person.last_name,
            Person.employee_id, Campus.name,
        )
        .outerjoin(Campus, Campus.id == Person.campus_id)
        .where(Person.id.in_(ids))
    )  # fmt: skip
    return {
        pid: (display_name(first=f, preferred=p, last=last), employee_id or "", campus or "")
        for pid, f, p, last, employee_id, campus in rows
    }


def _owed_lines(
    session: Session,
    year: ProgramYear,
    period: Period,
    rules: PayRules,
    pack_rules: dict[str, Any],
) -> list[RunLine]:
    """The period's lines from the logs: its own amounts, less anything already paid, and the
    corrections of earlier periods of the year that a locked run paid."""
    paid = _paid(session, year.id)
    paid_periods = {p for (_, p) in paid}
    wanted = [q for q in rules.periods if q == period.name or q in paid_periods]
    wanted = wanted[: wanted.index(period.name) + 1]
    lines: list[RunLine] = []
    for q in wanted:
        q_period = period if q == period.name else period_of(year, q, rules)
        found = {e.person_id: e for e in entitlements(session, year, q_period, rules, pack_rules)}
        already = {pid: amount for (pid, p), amount in paid.items() if p == q}
        for ent in found.values():
            lines.extend(_line_for(ent, q_period, already.get(ent.person_id), q == period.name))
        gone = set(already) - set(found)
        people = _people(session, gone)
        for pid in gone:
            if already[pid]:
                name, employee_id, campus = people[pid]
                lines.append(
                    RunLine(
                        pid, name, employee_id, campus, CORRECTION, q, -already[pid],
                        f"{q_period.label} recomputed from the logs: nothing earned now; "
                        f"already paid {money(already[pid])}: {money(-already[pid])}",
                    )
                )  # fmt: skip
    return lines


def _line_for(
    ent: Entitlement, period: Period, already: int | None, this_period: bool
) -> list[RunLine]:
    def line(kind: str, amount: int, reason: str) -> RunLine:
        return RunLine(
            ent.person_id, ent.name, ent.employee_id, ent.campus, kind, period.name, amount,
            reason, ent.missing, "", ent.minutes, ent.mentees_paid,
        )  # fmt: skip

    if already is None:
        return [line(COMPUTED, ent.amount_cents, ent.reason)] if this_period else []
    delta = ent.amount_cents - already
    if delta == 0:
        return []
    return [
        line(
            CORRECTION,
            delta,
            f"{period.label} recomputed from the logs: {ent.reason}; already paid "
            f"{money(already)}, so {money(delta)}",
        )
    ]


def _stored_lines(session: Session, run: PayRun) -> list[RunLine]:
    people = _people(session, {line.person_id for line in run.lines})
    return [
        RunLine(
            line.person_id, *people[line.person_id], line.kind, line.for_period, line.amount_cents,
            line.reason, line.missing, line.note, line.minutes, line.mentees,
        )
        for line in run.lines
    ]  # fmt: skip


def _sorted(lines: list[RunLine]) -> tuple[RunLine, ...]:
    order = {COMPUTED: 0, CORRECTION: 1, ADJUSTMENT: 2, REVERSAL: 3}
    return tuple(sorted(lines, key=lambda x: (x.name.casefold(), x.person_id, order[x.kind])))


def preview(session: Session, year_id: int, period: str) -> RunView:
    """The run approving would lock now: each person's amount from the logs with the reason,
    what is missing for those not paid, and the draft's adjustments. Writes nothing."""
    _check_period(period)
    year, program, rules, pack_rules = _year_rules(session, year_id)
    span = period_of(year, period, rules)
    lines = _owed_lines(session, year, span, rules, pack_rules)
    draft = _draft(session, year_id, period)
    if draft is not None:
        lines += [x for x in _stored_lines(session, draft) if x.kind == ADJUSTMENT]
    return RunView(
        None, year.id, program, year.label, period, span.label, "preview", "regular", None, None,
        None, "", rules.summary(), rules.account_code, rules.description, _sorted(lines),
    )  # fmt: skip


def adjust(
    session: Session,
    year_id: int,
    period: str,
    person_id: int,
    amount_cents: int,
    reason: str,
) -> int:
    """Add an adjustment line for one person to the period's next run (a draft until approved),
    with the reason recorded on the line and in the audit log; returns the draft run's id."""
    _check_period(period)
    reason = reason.strip()
    if not reason:
        raise RefusedError("An adjustment needs a reason: say why the amount changes.")
    if amount_cents == 0:
        raise RefusedError(f"An adjustment of {money(0)} changes nothing: enter the amount to add.")
    year, _, rules, _ = _year_rules(session, year_id)
    period_of(year, period, rules)
    if session.get(Person, person_id) is None:
        raise NotFoundError(f"There is no person with id {person_id}.")
    draft = _draft(session, year_id, period)
    if draft is None:
        draft = PayRun(program_year_id=year_id, period=period, kind="regular", status=DRAFT)
        session.add(draft)
        session.flush()
    line = PayLine(
        run_id=draft.id,
        person_id=person_id,
        kind=ADJUSTMENT,
        for_period=period,
        amount_cents=amount_cents,
        reason=f"Adjusted by the coordinator: {reason}",
        note=reason,
        details={},
    )
    session.add(line)
    session.flush()
    audit.record(
        session,
        "pay_run.adjust",
        "pay_run",
        draft.id,
        after={"amount_cents": amount_cents, "period": period, "reason": reason},
        person_id=person_id,
    )
    return draft.id


def remove_adjustment(session: Session, line_id: int) -> None:
    """Take an adjustment out of a draft run (audited); a locked run's lines never move."""
    line = session.get(PayLine, line_id)
    if line is None or line.kind != ADJUSTMENT:
        raise NotFoundError(f"There is no adjustment line {line_id}.")
    if line.run.status == LOCKED:
        raise RefusedError(
            f"Line {line_id} is in locked run {line.run_id}: a locked run never changes; "
            "enter a new adjustment, which goes into the next run."
        )
    before = {"amount_cents": line.amount_cents, "reason": line.note}
    run_id, person_id = line.run_id, line.person_id
    session.delete(line)
    session.flush()
    audit.record(session, "pay_run.unadjust", "pay_run", run_id, before=before, person_id=person_id)


def approve(session: Session, year_id: int, period: str, *, today: dt.date) -> int:
    """Lock the period's run as the preview shows it now; returns the run's id."""
    view = preview(session, year_id, period)
    if not any(line.amount_cents for line in view.lines):
        raise RefusedError(
            f"{view.program} {view.period_label}: nothing to pay (every amount is {money(0)}); "
            "nothing was approved."
        )
    run = _draft(session, year_id, period)
    if run is None:  # one insert, so a run approved without a draft is at version 1
        run = PayRun(program_year_id=year_id, period=period, kind="regular", status=DRAFT)
        session.add(run)
    for line in view.lines:
        if line.kind == ADJUSTMENT or line.amount_cents == 0:
            continue
        run.lines.append(
            PayLine( person_id=line.person_id, kind=line.kind,
                for_period=line.for_period, amount_cents=line.amount_cents, reason=line.reason,
                missing=line.missing, note="", minutes=line.minutes, mentees=line.mentees,
                details={},
            )
        )  # fmt: skip
    run.status = LOCKED
    run.approved_at = utcnow()
    run.approved_by = audit.current_actor(session)
    run.computed_on = today
    run.total_cents = view.total_cents
    session.flush()
    audit.record(
        session,
        "pay_run.approve",
        "pay_run",
        run.id,
        after={
            "period": period,
            "people": view.people,
            "total_cents": view.total_cents,
            "lines": sum(1 for x in view.lines if x.amount_cents),
        },
    )
    return run.id


def reverse(session: Session, run_id: int, *, reason: str, today: dt.date) -> int:
    """A new locked run that takes back every line of a locked run; returns its id."""
    reason = reason.strip()
    if not reason:
        raise RefusedError("A reversal needs a reason: say why the run is taken back.")
    run = session.get(PayRun, run_id)
    if run is None:
        raise NotFoundError(f"There is no pay run {run_id}.")
    if run.status != LOCKED:
        raise RefusedError(f"Run {run_id} is a draft: there is nothing paid to reverse.")
    if run.kind == REVERSAL:
        raise RefusedError(f"Run {run_id} is itself a reversal: approve a new run instead.")
    done = session.scalar(select(PayRun.id).where(PayRun.reverses_run_id == run_id))
    if done is not None:
        raise RefusedError(f"Run {run_id} was already reversed by run {done}.")
    back = PayRun(
        program_year_id=run.program_year_id,
        period=run.period,
        kind=REVERSAL,
        status=LOCKED,
        reverses_run_id=run.id,
        approved_at=utcnow(),
        approved_by=audit.current_actor(session),
        computed_on=today,
        total_cents=-run.total_cents,
    )
    session.add(back)
    session.flush()
    session.info.setdefault(LOCKING, set()).add(back.id)
    for line in run.lines:
        session.add(
            PayLine(
                run_id=back.id, person_id=line.person_id, kind=REVERSAL,
                for_period=line.for_period, amount_cents=-line.amount_cents,
                reason=f"Reverses run {run.id}: {reason}", note=reason, details={},
            )
        )  # fmt: skip
    session.flush()
    audit.record(
        session,
        "pay_run.reverse",
        "pay_run",
        back.id,
        after={"reverses_run_id": run.id, "reason": reason, "total_cents": -run.total_cents},
    )
    return back.id


def run_view(session: Session, run_id: int) -> RunView:
    run = session.get(PayRun, run_id)
    if run is None:
        raise NotFoundError(f"There is no pay run {run_id}.")
    year, program, rules, _ = _year_rules(session, run.program_year_id)
    span = period_of(year, run.period, rules)
    reversed_by = session.scalar(select(PayRun.id).where(PayRun.reverses_run_id == run.id))
    return RunView(
        run.id, year.id, program, year.label, run.period, span.label, run.status, run.kind,
        run.reverses_run_id, reversed_by, run.approved_at, run.approved_by, rules.summary(),
        rules.account_code, rules.description, _sorted(_stored_lines(session, run)),
    )  # fmt: skip


@dataclass(frozen=True)
class RunSummary:
    run_id: int
    period: str
    kind: str
    status: str
    total_cents: int
    approved_at: dt.datetime | None
    reverses_run_id: int | None


def list_runs(session: Session, year_id: int) -> list[RunSummary]:
    runs = session.scalars(
        select(PayRun).where(PayRun.program_year_id == year_id).order_by(PayRun.id)
    )
    return [
        RunSummary(
            r.id,
            r.period,
            r.kind,
            r.status,
            r.total_cents if r.status == LOCKED else sum(x.amount_cents for x in r.lines),
            r.approved_at,
            r.reverses_run_id,
        )
        for r in runs
    ]


def stipends_paid(session: Session, year_id: int) -> dict[int, int]:
    """What locked runs paid each person in the year, reversals netted."""
    totals: dict[int, int] = defaultdict(int)
    for (pid, _), amount in _paid(session, year_id).items():
        totals[pid] += amount
    return dict(totals)
