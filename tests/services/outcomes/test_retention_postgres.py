"""Retention on PostgreSQL (the shared mode): the same rosters, snapshots and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.outcome_years import build_outcome_district

from coordinator.db.opening import open_database
from coordinator.importing.roster.undo import undo_batch
from coordinator.services.outcomes.summary import build_outcomes

pytestmark = pytest.mark.postgres


def test_three_years_of_rosters_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        district = build_outcome_district(db, tmp_path)
        district.year_two()
        third = district.year_three()
        with db.reading() as session:
            summary = build_outcomes(session, district.year_id)
        assert summary.mentees.tally.line() == "stayed=5 moved=1 changed_role=1 left=5 unknown=0"
        assert summary.follow_ups[1].mentees.tally.left == 7
        undo_batch(db, third)
        with db.reading() as session:
            assert build_outcomes(session, district.year_id).follow_ups[1].mentees.tally.unknown
    finally:
        db.dispose()
