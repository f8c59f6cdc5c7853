"""The Check-ins list says which check-ins count toward the mentees' hours, and why one does not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cohort_builders import build_district
from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.ui.context import AppContext
from coordinator.ui.models.checkin_table_model import COLUMNS, COUNTED, CheckinTableModel

DAY = dt.date(2025, 10, 2)


def test_the_counts_column_and_its_reason(db: Database, qtmodeltester: object) -> None:
    district = build_district(db, texas_mentees=1)
    with db.transaction() as s:
        add_checkin(  # the librarian's assigned mentor: counts
            s,
            CheckinInput(
                district.library_year_id,
                district.library_mentor_id,
                DAY,
                CheckinKind.ONE_TO_ONE,
                30,
                (district.librarian_ids[0],),
            ),
        )
        add_checkin(  # a Texas mentee nobody is assigned to yet, saved anyway: does not count
            s,
            CheckinInput(
                district.texas_year_id,
                district.texas_mentor_ids[1],
                DAY,
                CheckinKind.ONE_TO_ONE,
                45,
                (district.texas_mentee_ids[0],),
            ),
            confirm_unassigned=True,
        )
    model = CheckinTableModel(AppContext(db))
    assert COLUMNS[COUNTED].header == "Counts"
    model.set_filters(district.library_year_id)
    cell = model.index(0, COUNTED)
    assert model.data(cell) == "Yes"
    model.set_filters(district.texas_year_id)
    cell = model.index(0, COUNTED)
    assert model.data(cell) == "Not counted"
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == (
        "Not counted for FirstN0000 LastN0000: not assigned to this mentor on 2025-10-02"
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
