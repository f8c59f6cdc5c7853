"""The demo's money: the Texas year's fall stipends approved and locked, a spring run with one
adjustment waiting to be approved, the allotment, and some release time and training costs."""

from __future__ import annotations

import contextlib
import datetime as dt
import random

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coordinator.db.models import Enrollment, LedgerEntry, PayRun, Role
from coordinator.errors import RefusedError
from coordinator.services.pay import ledger, runs

FALL_APPROVED_ON = dt.date(2026, 1, 9)
SUBSTITUTE_HALF_DAY_CENTS = 6000
PER_TEACHER_CENTS = 90000


def add_demo_pay(session: Session, rng: random.Random, year_id: int) -> None:
    """Fall locked, spring previewed (with one adjustment), the budget and its ledger."""
    mentors = sorted(
        session.scalars(
            select(Enrollment.person_id).where(
                Enrollment.program_year_id == year_id, Enrollment.role == Role.MENTOR
            )
        )
    )
    if not mentors:
        return
    ledger.set_budget(session, year_id, per_teacher_cents=PER_TEACHER_CENTS)
    # A scale too small to pay anyone in the fall has no locked run.
    with contextlib.suppress(RefusedError):
        runs.approve(session, year_id, "fall", today=FALL_APPROVED_ON)
    runs.adjust(
        session,
        year_id,
        "spring",
        mentors[0],
        15000,
        "Led the spring mentor meeting for the campus",
    )
    for person_id in rng.sample(mentors, min(6, len(mentors))):
        half_days = rng.choice((1, 2, 2, 4))
        ledger.add_entry(
            session,
            year_id,
            category="release_time",
            amount_cents=half_days * SUBSTITUTE_HALF_DAY_CENTS,
            occurred_on=dt.date(2025, 10, 1) + dt.timedelta(days=rng.randrange(0, 120)),
            description=f"Substitute cover, {half_days / 2:g} day{'' if half_days == 2 else 's'}, "
            "to observe the mentee",
            person_id=person_id,
            substitute_half_days=half_days,
        )
    ledger.add_entry(
        session,
        year_id,
        category="training_provider",
        amount_cents=240000,
        occurred_on=dt.date(2025, 7, 21),
        description="Approved mentor training provider (summer cohort)",
    )
    ledger.add_entry(
        session,
        year_id,
        category="training_provider",
        amount_cents=120000,
        occurred_on=dt.date(2026, 2, 3),
        description="Approved provider: coaching-cycles refresher",
        status=ledger.COMMITTED,
    )
    _on_the_demo_calendar(session, year_id)


def _on_the_demo_calendar(session: Session, year_id: int) -> None:
    """The demo's days, not the build's clock: the same seed writes the same rows (Core
    statements, since the run is already locked for every edit a coordinator makes)."""
    session.flush()
    approved = dt.datetime.combine(FALL_APPROVED_ON, dt.time(15))
    session.execute(
        update(PayRun)
        .where(PayRun.program_year_id == year_id, PayRun.status == runs.LOCKED)
        .values(created_at=approved, approved_at=approved, approved_by="demo")
    )
    session.execute(
        update(PayRun)
        .where(PayRun.program_year_id == year_id, PayRun.status == runs.DRAFT)
        .values(created_at=dt.datetime(2026, 3, 2, 9))
    )
    for entry in session.scalars(select(LedgerEntry).where(LedgerEntry.program_year_id == year_id)):
        session.execute(
            update(LedgerEntry)
            .where(LedgerEntry.id == entry.id)
            .values(created_at=dt.datetime.combine(entry.occurred_on, dt.time(9)))
        )
    session.expire_all()
