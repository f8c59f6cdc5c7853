"""The demo district's survey answers: a start and an end of year, with a believable shift."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import Program, ProgramYear
from coordinator.demo import TEXAS_PROGRAM, build_demo
from coordinator.services.surveys.instruments import instruments_of
from coordinator.services.surveys.responses import chase_list
from coordinator.services.surveys.shifts import survey_outcomes


def test_demo_confidence_rises_and_the_chase_list_has_names(db: Database) -> None:
    build_demo(db, scale="small")
    with db.reading() as s:
        year = s.scalar(select(ProgramYear).join(Program).where(Program.name == TEXAS_PROGRAM))
        assert year is not None
        outcomes = survey_outcomes(s, year.id, min_group=1)
        rates = {r.instrument: r for r in outcomes.rates}
        start = rates["Mentee confidence (start of year)"]
        assert start.asked > 0
        assert start.rate is not None
        assert Decimal("0.6") <= start.rate <= Decimal("1")
        assert rates["Mentor satisfaction with the program"].answered > 0
        assert outcomes.paired > 0
        assert outcomes.mean_change is not None
        assert Decimal("0.2") < outcomes.mean_change < Decimal("1.2")
        assert outcomes.improved is not None
        assert outcomes.improved > outcomes.paired / 2
        assert all(q.shift is not None and q.shift > 0 for q in outcomes.shifts)
        chases = [chase_list(s, year.id, i) for i in instruments_of(s, year.program_id)]
        assert any(c.missing for c in chases)
