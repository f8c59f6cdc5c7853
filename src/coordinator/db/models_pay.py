"""Money: pay runs and their lines, the allotment ledger, the allotment budget, payroll profiles,
and who is each campus's coordinator (a role pay rules can pay).

Every amount is integer cents. Import them from coordinator.db.models, which re-exports them.
A locked pay run and its lines never change (services/pay/runs.py refuses it, and a reversing
run undoes one); a draft run holds only the coordinator's adjustments until it is approved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, UniqueConstraint, event
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from coordinator.db.base import Base, Versioned, utcnow


class PayRun(Versioned, Base):
    """One payroll run of a program year's period: a draft until approved, then locked."""

    __tablename__ = "pay_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"), index=True)
    period: Mapped[str] = mapped_column(String(20))  # fall, spring or year
    kind: Mapped[str] = mapped_column(String(20), default="regular")  # regular or reversal
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft or locked
    reverses_run_id: Mapped[int | None] = mapped_column(ForeignKey("pay_run.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str] = mapped_column(String(100), default="")
    computed_on: Mapped[dt.date | None] = mapped_column(Date)  # the day the logs were read
    total_cents: Mapped[int] = mapped_column(Integer, default=0)

    lines: Mapped[list[PayLine]] = relationship(back_populates="run", order_by="PayLine.id")


class PayLine(Base):
    """One amount to one person in a run, with the reason in words.

    `kind` is computed (from the logs), correction (a period already paid, recomputed),
    adjustment (entered by the coordinator, with `note` saying why) or reversal.
    """

    __tablename__ = "pay_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("pay_run.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    for_period: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(2000), default="")
    missing: Mapped[str] = mapped_column(String(1000), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    mentees: Mapped[int] = mapped_column(Integer, default=0)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    run: Mapped[PayRun] = relationship(back_populates="lines")


class LedgerEntry(Versioned, Base):
    """Money spent or committed from a program year's funds other than stipends: release time
    (substitute days or release hours for a mentor), an approved training provider, or another
    category the allotment may not allow."""

    __tablename__ = "ledger_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"), index=True)
    category: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default="spent")  # spent or committed
    substitute_half_days: Mapped[int] = mapped_column(Integer, default=0)
    release_minutes: Mapped[int] = mapped_column(Integer, default=0)
    amount_cents: Mapped[int] = mapped_column(Integer)
    account_code: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AllotmentBudget(Versioned, Base):
    """A program year's allotment: per eligible beginning teacher × count, or a figure entered."""

    __tablename__ = "allotment_budget"

    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"), primary_key=True)
    per_teacher_cents: Mapped[int | None] = mapped_column(Integer)
    teacher_count: Mapped[int | None] = mapped_column(Integer)  # None: the enrolled mentees
    fixed_cents: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(500), default="")


class PayrollProfile(Versioned, Base):
    """The columns a district's payroll loads, in its order and with its names."""

    __tablename__ = "payroll_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    columns: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [[field, header], ...]


class CampusCoordinator(Versioned, Base):
    """The person who coordinates the program on one campus in a program year (at most one a
    campus): pay rules with the "campus_coordinator" role pay them for the campus's mentees."""

    __tablename__ = "campus_coordinator"
    __table_args__ = (UniqueConstraint("program_year_id", "campus_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"), index=True)
    campus_id: Mapped[int] = mapped_column(ForeignKey("campus.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)


# session.info: runs this transaction is approving or reversing, whose lines it is writing.
LOCKING = "coordinator_pay_runs_locking"


class LockedRunError(Exception):
    """A write tried to change a locked pay run: a bug, since the services refuse it first."""


def _was_locked(run: PayRun) -> bool:
    from sqlalchemy import inspect

    history = inspect(run).attrs.status.history
    before = history.deleted[0] if history.deleted else run.status
    return before == "locked"


def refuse_locked_changes(session: Session, _context: Any, _instances: Any) -> None:
    """Before every flush: a locked run, its lines, and what it pays never change."""
    for obj in [*session.dirty, *session.deleted]:
        changed = obj in session.deleted or session.is_modified(obj)
        if isinstance(obj, PayRun) and changed and _was_locked(obj):
            raise LockedRunError(f"pay run {obj.id} is locked")
        if isinstance(obj, PayLine) and changed:
            with session.no_autoflush:
                run = session.get(PayRun, obj.run_id)
            if run is not None and _was_locked(run):
                raise LockedRunError(f"pay run {obj.run_id} is locked")
    for obj in session.new:
        if isinstance(obj, PayLine):
            run = obj.__dict__.get("run")
            if run is None and obj.run_id is not None:
                with session.no_autoflush:
                    run = session.get(PayRun, obj.run_id)
            if run is None or run in session.new:
                continue
            locking = session.info.get(LOCKING, set())
            if run is not None and run.id not in locking and _was_locked(run):
                raise LockedRunError(f"pay run {obj.run_id} is locked")


event.listen(Session, "before_flush", refuse_locked_changes)
