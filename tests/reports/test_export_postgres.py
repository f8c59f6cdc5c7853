"""The check-ins export streams from PostgreSQL (the shared mode) as it does from SQLite."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from coordinator.db.models import Checkin, CheckinAttendee
from coordinator.db.opening import open_database
from coordinator.demo import build_demo
from coordinator.reports.jobs import write_year_export

pytestmark = pytest.mark.postgres


def test_checkins_export_streams_from_postgresql(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        build_demo(db, seed=1, scale="small")
        with db.reading() as session:
            year_id, expected = session.execute(
                select(Checkin.program_year_id, func.count())
                .join(CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id)
                .group_by(Checkin.program_year_id)
                .order_by(func.count().desc())
            ).first()
        book, rows = write_year_export(db, year_id, "checkins", tmp_path / "checkins.xlsx")
        assert rows == expected
        sheet = openpyxl.load_workbook(book).active
        assert sheet is not None
        assert sheet.max_row == expected + 1
        assert sheet.freeze_panes == "A2"
        table, csv_rows = write_year_export(db, year_id, "checkins", tmp_path / "checkins.csv")
        assert csv_rows == expected
        with table.open(encoding="utf-8-sig", newline="") as fh:
            read = list(csv.reader(fh))
        assert read[0][:3] == ["Check-in", "Date", "Kind"]
        assert [r[0] for r in read[1:]] == [str(c.value) for c in sheet["A"][1:]]
        assert any(r[9] for r in read[1:])  # the topics are there
    finally:
        db.dispose()
