"""The Check-ins page's workbook round trip, follow-ups export and delete with confirmation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.importing.checkins.workbook_format import SHEET
from coordinator.ui.context import AppContext
from coordinator.ui.pages.checkins_page import CheckinsPage
from district import build_district
from hosting import host


def import_and_wait(qtbot: QtBot, page: CheckinsPage, path: Path) -> str:
    """Import through the page (a worker thread) and return what the page then says."""
    page.import_checkins(path)
    assert page.worker is not None  # the import runs off the GUI thread
    qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    assert page.last_message is not None
    return page.last_message.text()


# The offscreen platform cannot resize a shown message box and says so; real platforms can.
@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "does not support grabbing the keyboard"
)
def test_workbook_round_trip_filter_and_delete(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    d = build_district(db, mentees_per_mentor=(3, 2))
    context = AppContext(db)
    context.set_program_year(d.year_id)
    page = CheckinsPage(context)
    window = host(qtbot, page)
    qtbot.keyClicks(page.mentor_filter, "Mentor Number1")
    qtbot.keyClick(page.mentor_filter, Qt.Key.Key_Return)
    assert page.mentor_filter.currentData() == d.mentor_ids[0]
    book = tmp_path / "log.xlsx"
    page.write_mentor_workbook(book)
    assert page.last_message is not None
    assert "with 3 mentees in its list" in page.last_message.text()
    page.last_message.close()

    wb = openpyxl.load_workbook(book)
    sheet = wb[SHEET]
    rows = [
        [
            dt.date(2025, 9, 3),
            "Mentee01 Cohort1 (E1001)",
            "One-to-one",
            40,
            None,
            None,
            None,
            None,
            "Observe a lesson",
            dt.date(2025, 9, 24),
        ],
        [dt.date(2025, 9, 9), "Whole cohort (group meeting)", "Group or cohort meeting", 60],
    ]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c, value=value)
    wb.save(book)
    assert "2 new, 0 changed, 0 unchanged, 0 not in this file, 0 duplicates, 0 with problems" in (
        import_and_wait(qtbot, page, book)
    )
    page.last_message.close()
    assert page.status.text() == "Showing 2 of 2 check-ins."
    assert {r.attendees for r in page.model.rows()} == {
        "Mentee01 Cohort1",
        "3 of 3 present",
    }

    ics = tmp_path / "follow-ups.ics"
    page.export_follow_ups(ics, since=dt.date(2025, 9, 1))
    assert b"Observe a lesson" in ics.read_bytes()
    page.last_message.close()

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("group"))
    assert page.status.text() == "Showing 1 of 2 check-ins."
    page.table.selectRow(0)
    page.delete_selected()
    box = page.last_message
    assert box is not None
    assert "Delete the group or cohort meeting check-in of 2025-09-09" in box.text()
    with qtbot.waitSignal(context.data_changed):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert page.status.text() == "Showing 0 of 1 check-in."
    page.kind_filter.setCurrentIndex(0)
    assert page.status.text() == "Showing 1 of 1 check-in."

    # A survey-form export goes through the same button, into the chosen program year.
    with db.transaction() as s:
        for person in s.scalars(select(Person)):
            person.email = f"{(person.employee_id or '').lower()}@isd.example"
    survey = tmp_path / "Form responses.csv"
    survey.write_text(
        "Timestamp,Email Address,Mentee name,Type of meeting,Minutes,Topics\n"
        "10/1/2025 9:00:00,m002@isd.example,Mentee01 Cohort2,Campus visit,50,\n",
        encoding="utf-8",
    )
    assert "1 new, 0 changed" in import_and_wait(qtbot, page, survey)
    page.last_message.close()
    assert page.status.text() == "Showing 1 of 2 check-ins."  # still the first mentor's
    page.mentor_filter.clear()
    assert page.status.text() == "Showing 2 check-ins."
    window.close()
