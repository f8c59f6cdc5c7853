"""Importing check-ins from the Check-ins page: a warning without a year, a worker with progress."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.importing.checkins.workbook_format import SHEET, write_checkin_workbook
from coordinator.ui.context import AppContext
from coordinator.ui.pages.checkins_page import NO_YEAR_FOR_IMPORT, CheckinsPage
from district import build_district
from hosting import host

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def filled_workbook(db: Database, year_id: int, mentor_id: int, path: Path) -> Path:
    """The mentor's log, written by Coordinator and filled in the way a mentor would."""
    with db.reading() as s:
        write_checkin_workbook(s, year_id, mentor_id, path)
    wb = openpyxl.load_workbook(path)
    sheet = wb[SHEET]
    rows = [
        [dt.date(2025, 9, 3), "Mentee01 Cohort1 (E1001)", "One-to-one", 40],
        [dt.date(2025, 9, 10), "Mentee02 Cohort1 (E1002)", "Phone", 15],
        [dt.date(2025, 9, 17), "Mentee02 Cohort1 (E1002)", "Phone", 0],  # refused: 0 minutes
    ]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def test_import_without_a_program_year_warns(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    book = filled_workbook(db, d.year_id, d.mentor_ids[0], tmp_path / "log.xlsx")
    page = CheckinsPage(AppContext(db))  # no program year chosen
    window = host(qtbot, page)
    page.import_checkins(book)
    box = page.last_message
    assert box is not None
    assert box.isVisible()
    assert box.icon() is QMessageBox.Icon.Warning
    assert box.text() == NO_YEAR_FOR_IMPORT
    assert "Choose a program year first" in box.text()
    assert page.worker is None
    assert page.model.rowCount() == 0
    box.close()
    window.close()


def test_a_returned_workbook_imports_in_a_worker_and_shows_in_the_table(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    context = AppContext(db)
    context.set_program_year(d.year_id)
    page = CheckinsPage(context)
    window = host(qtbot, page)
    assert page.model.rowCount() == 0
    # The name's ending says nothing: the sheets inside say it is a returned mentor log.
    book = filled_workbook(db, d.year_id, d.mentor_ids[0], tmp_path / "returned log.xlsm")
    page.import_checkins(book)
    worker = page.worker
    assert worker is not None
    assert not page.import_button.isEnabled()  # one import at a time
    with qtbot.waitSignal(context.data_changed, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    assert page.import_button.isEnabled()
    box = page.last_message
    assert box is not None
    assert box.text().startswith("<p>")  # shown as rich text: the code in small grey print
    shown = QTextDocument()
    shown.setHtml(box.text())
    lines = shown.toPlainText().splitlines()
    assert lines[0] == (
        "returned log.xlsm: 2 new, 0 changed, 0 unchanged, 0 not in this file, 0 duplicates, "
        "1 with problems. Credited to mentor Mentor Number1 (M001), Texas MPA 2025-26."
    )
    assert lines[1].startswith("returned log.xlsm, sheet 'Check-ins', row 4, column 'Minutes' (D):")
    # the sentence first, the code last and in small grey print
    code = re.search(
        r"<small><span style=\"color:#[0-9a-f]{6}\">([A-Z_]+)</span></small></p>", box.text()
    )
    assert code is not None
    assert lines[1].endswith(f". {code.group(1)}")
    Path("/tmp/shots/words").mkdir(parents=True, exist_ok=True)
    box.grab().save("/tmp/shots/words/checkin-import-problems.png")
    box.close()
    assert page.model.rowCount() == 2
    assert sorted((r.occurred_on, r.minutes) for r in page.model.rows()) == [
        (dt.date(2025, 9, 3), 40),
        (dt.date(2025, 9, 10), 15),
    ]
    assert page.status.text() == "Showing 2 check-ins."
    window.close()
