"""What the Funds page reads: runs and previews in words, and an adjustment by a new amount
that a locked run refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.db.engine import Database
from coordinator.errors import RefusedError
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.pay import ledger, overview, runs
from pay_world import _log, _world


def test_runs_previews_and_the_new_amount_adjustment(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    for n in range(4):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
    with db.reading() as s:
        empty = overview.funds_view(s, w["year"])
        assert empty.runs == ()
        assert empty.periods == ("fall", "spring")
        assert empty.no_rules == ""
        fall = overview.funds_view(s, w["year"], ["fall"]).runs
    assert [(r.key, r.status, r.people) for r in fall] == [
        ("preview:fall", "Preview (not approved)", 1)
    ]
    before = fall[0].total_cents
    with db.transaction() as s:
        overview.adjust_to(s, w["year"], "fall", w["ana"], before + 2500, "Extra meeting")
    with db.reading() as s:
        (row,) = overview.funds_view(s, w["year"]).runs  # the draft keeps the preview listed
        assert row.status == "Preview, 1 adjustment"
        assert row.total_cents == before + 2500
        with pytest.raises(RefusedError, match="already"):
            overview.adjust_to(s, w["year"], "fall", w["ana"], before + 2500, "Again")
    with db.transaction() as s:
        run_id = runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 9))
    with db.reading() as s:
        (locked,) = overview.funds_view(s, w["year"]).runs
    assert (locked.key, locked.status, locked.reversible) == (
        f"run:{run_id}",
        "Approved, locked",
        True,
    )
    assert locked.why_locked.startswith(f"Run {run_id} is approved and locked")
    with db.transaction() as s, pytest.raises(RefusedError, match="approved and locked"):
        overview.adjust_to(s, w["year"], "fall", w["ana"], 1, "Typed", run_id=run_id)
    with db.transaction() as s:
        back = runs.reverse(s, run_id, reason="Wrong account", today=dt.date(2026, 1, 10))
        ledger.add_entry(
            s, w["year"], category="release_time", amount_cents=6000,
            occurred_on=dt.date(2025, 10, 1), person_id=w["ana"], substitute_half_days=1,
        )  # fmt: skip
    with db.reading() as s:
        view = overview.funds_view(s, w["year"])
        mentors = overview.year_mentors(s, w["year"])
    assert [r.status for r in view.runs] == [
        f"Reversed by run {back}",
        f"Reversal of run {run_id}, locked",
    ]
    assert [r.reversible for r in view.runs] == [False, False]
    (entry,) = view.ledger
    assert (entry.person, entry.category_label, entry.release) == (
        "Ana Björk",
        "Release time",
        "1 half day",
    )
    assert [m.name for m in mentors] == ["Ana Björk", "Ben Okafor"]
    assert view.budget_allows("release_time")
    assert not view.budget_allows("travel")
