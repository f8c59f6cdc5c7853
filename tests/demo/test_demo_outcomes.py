"""The demo's 2026-27 roster: some mentees left, more of those with few hours of mentoring."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from coordinator.db.models import ImportBatch, ImportRow, Person, RowAction
from coordinator.db.opening import open_database
from coordinator.demo import TEXAS_PROGRAM, build_demo
from coordinator.importing.roster.undo import undo_batch
from coordinator.services.lookup import program_year_by_names
from coordinator.services.outcomes.summary import build_outcomes


def test_the_next_roster_tells_who_stayed_and_few_hours_left_more(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.sqlite")
    build_demo(db, seed=1, scale="district")
    with db.reading() as session:
        year_id = program_year_by_names(session, TEXAS_PROGRAM, "2025-26").id
        summary = build_outcomes(session, year_id)
        batch = session.scalars(select(ImportBatch)).one()
        batch_id, file_name = batch.id, batch.file_name
        moved_people = set(
            session.scalars(
                select(ImportRow.person_id).where(ImportRow.action == RowAction.CHANGED)
            )
        )
        changed_versions = set(
            session.scalars(select(Person.version).where(Person.id.in_(moved_people)))
        )
    assert file_name == "HR roster 2026-27.xlsx"
    assert summary.roster is not None
    assert summary.roster.as_of == dt.date(2026, 8, 10)
    tally = summary.mentees.tally
    assert tally.unknown == 0
    assert tally.left > 20
    assert tally.moved > 0
    assert tally.changed_role > 0
    assert tally.stayed > tally.left
    hours = {g.label: g.tally for g in summary.dose_tables[0].rows}
    few, many = hours["Under 6 hours"], hours["24 hours or more"]
    assert few.kept_percent is not None
    assert many.kept_percent is not None
    assert few.kept_percent + 10 < many.kept_percent
    assert changed_versions == {2}
    # The roster can be undone like any import: the year's outcomes are unknown again.
    undo_batch(db, batch_id)
    with db.reading() as session:
        assert build_outcomes(session, year_id).mentees.tally.unknown == tally.total
    db.dispose()
