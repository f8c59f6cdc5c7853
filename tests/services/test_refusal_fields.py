"""Refusals a dialog shows next to a field carry that field's name (the service's parameter)."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.db.engine import Database
from coordinator.errors import CoordinatorError
from coordinator.services.cohorts import assignments
from coordinator.services.programs import programs
from district import build_district


def test_program_year_and_assignment_refusals_name_their_field(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(1,))
    with db.transaction() as s:
        year = programs.year_by_id(s, d.year_id)
        with pytest.raises(CoordinatorError) as clash:
            programs.create_year(
                s, year.program, "2025-26", dt.date(2025, 8, 1), dt.date(2026, 6, 30)
            )
        assert clash.value.field == "label"
        with pytest.raises(CoordinatorError) as backwards:
            programs.create_year(
                s, year.program, "2030-31", dt.date(2031, 8, 1), dt.date(2030, 6, 30)
            )
        assert backwards.value.field == "end"
        with pytest.raises(CoordinatorError) as named:
            programs.create_program(s, year.program.name)
        assert named.value.field == "name"
        mentee = d.mentees[d.mentor_ids[0]][0]
        with pytest.raises(CoordinatorError) as again:
            assignments.assign(s, year, mentee, d.mentor_ids[0], start=dt.date(2025, 9, 1))
        assert again.value.field == "mentee_id"
        with pytest.raises(CoordinatorError) as no_reason:
            assignments.reassign(
                s, year, mentee, d.mentor_ids[0], on=dt.date(2025, 9, 1), reason=" "
            )
        assert no_reason.value.field == "reason"
