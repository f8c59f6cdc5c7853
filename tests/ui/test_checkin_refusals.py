"""A refused check-in, typed the way a person types it: the message shows, the field has focus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator.db.engine import Database
from coordinator.db.models import Checkin
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.checkin_dialog import CheckinDialog
from district import build_district

TODAY = dt.date(2025, 9, 15)


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> Iterator[CheckinDialog]:
    """The New check-in dialog on a day inside the year, Mentee01 ticked, ready to save."""
    d = build_district(db, mentees_per_mentor=(3,))
    context = AppContext(db)
    context.set_program_year(d.year_id)
    widget = CheckinDialog(context, d.year_id, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.kind)
    widget.mentees.set_ticked([d.mentees[d.mentor_ids[0]][0]])
    yield widget
    widget.close()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def saved_checkins(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Checkin)) or 0)


def test_minutes_zero_is_refused_and_focuses_minutes(
    qtbot: QtBot, db: Database, dialog: CheckinDialog
) -> None:
    qtbot.keyClick(focused() or dialog, Qt.Key.Key_Tab)  # Kind -> Minutes
    assert focused() is dialog.minutes.lineEdit() or focused() is dialog.minutes
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.minutes, "0")
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Tab)  # leave the field the way a person does
    dialog.save_button.click()
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Minutes must be between 1 and 1440")
    qtbot.waitUntil(lambda: focused() in (dialog.minutes, dialog.minutes.lineEdit()))
    assert dialog.result() == 0
    assert saved_checkins(db) == 0


def test_a_date_outside_the_year_is_refused_and_focuses_the_date(
    qtbot: QtBot, db: Database, dialog: CheckinDialog
) -> None:
    """The review's defect: 2024-01-15 typed into a 2025-26 year became 2026-01-15 and was saved."""
    qtbot.keyClick(dialog.kind, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "&Date"
    qtbot.waitUntil(lambda: focused() is dialog.date.line_edit)
    dialog.date.line_edit.selectAll()
    qtbot.keyClicks(dialog.date.line_edit, "2024-01-15")
    qtbot.keyClick(dialog.date.line_edit, Qt.Key.Key_Return)  # Enter saves
    assert dialog.date.text() == "2024-01-15"  # what was typed stays
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("2024-01-15 is before the program year 2025-26")
    qtbot.waitUntil(lambda: focused() is dialog.date.line_edit)
    assert dialog.result() == 0
    assert saved_checkins(db) == 0


def test_an_impossible_date_is_refused_not_rounded(
    qtbot: QtBot, db: Database, dialog: CheckinDialog
) -> None:
    dialog.date.line_edit.selectAll()
    qtbot.keyClicks(dialog.date.line_edit, "2026-02-30")
    dialog.save_button.click()
    assert dialog.date.text() == "2026-02-30"
    assert dialog.message.text() == "2026-02-30 is not a date in the calendar."
    assert saved_checkins(db) == 0


def test_no_mentee_ticked_is_refused_and_focuses_the_mentees(
    qtbot: QtBot, db: Database, dialog: CheckinDialog
) -> None:
    dialog.mentees.set_all(False)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    assert dialog.message.text() == "Tick the mentee (or mentees) this check-in was with."
    qtbot.waitUntil(lambda: focused() is dialog.mentees)
    assert saved_checkins(db) == 0


def test_each_checkin_field_a_refusal_names_has_a_widget(dialog: CheckinDialog) -> None:
    assert dialog.widget_for("minutes") is dialog.minutes
    assert dialog.widget_for("occurred_on") is dialog.date
    assert dialog.widget_for("topic_ids") is dialog.topics
    assert dialog.widget_for("mentor_id") is dialog.mentor
    assert dialog.widget_for(None) is dialog.mentees
