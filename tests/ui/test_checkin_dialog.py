"""Fast keyboard entry, counted: a 1:1 and a 30-mentee group check-in from the Check-ins page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import Checkin, CheckinKind
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.checkin_dialog import CheckinDialog
from coordinator.ui.pages.checkins_page import CheckinsPage
from district import build_district
from hosting import host

SHOTS = Path("/tmp")


class Inputs:
    """Sends key presses and clicks the way a person would, and counts every one of them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def key(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        widget: QWidget | None = None,
    ) -> None:
        target = widget or QApplication.focusWidget()
        assert target is not None
        self.count += 1
        self.qtbot.keyClick(target, key, modifier)

    def click_item(self, view: QListWidget, text: str) -> None:
        item = view.findItems(text, Qt.MatchFlag.MatchStartsWith)[0]
        view.scrollToItem(item)
        rect = view.visualItemRect(item)
        self.count += 1
        self.qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(rect.center().x(), rect.center().y()),
        )


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> Iterator[tuple[CheckinsPage, int]]:
    d = build_district(db, mentees_per_mentor=(30,))
    context = AppContext(db)
    context.set_program_year(d.year_id)
    widget = CheckinsPage(context)
    window = host(qtbot, widget)
    widget.table.setFocus()
    yield widget, d.year_id
    window.close()


def open_dialog(inputs: Inputs, page: CheckinsPage) -> CheckinDialog:
    page.activateWindow()  # the window manager's job when a dialog closes; not a user input
    inputs.qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    inputs.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, page.table)
    dialog = page.last_dialog
    assert dialog is not None
    inputs.qtbot.waitExposed(dialog)
    dialog.activateWindow()
    inputs.qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind)
    return dialog


def test_one_to_one_then_30_mentee_group_within_12_inputs(
    qtbot: QtBot, db: Database, page: tuple[CheckinsPage, int]
) -> None:
    widget, _year_id = page
    one = Inputs(qtbot)
    dialog = open_dialog(one, widget)
    assert dialog.current_kind() is CheckinKind.ONE_TO_ONE
    assert dialog.minutes.value() == 30
    assert dialog.occurred_on() == dt.date(2026, 6, 30)  # today, within the (finished) year
    one.key(Qt.Key.Key_Tab)  # minutes: 30 is right
    one.key(Qt.Key.Key_Tab)  # the mentee list, on its first mentee
    one.key(Qt.Key.Key_Space)  # tick Mentee01
    with qtbot.waitSignal(dialog.finished):
        one.key(Qt.Key.Key_Return)
    assert one.count == 5

    group = Inputs(qtbot)
    dialog = open_dialog(group, widget)
    group.key(Qt.Key.Key_G)  # Kind: "Group or cohort meeting" ticks the whole cohort
    assert dialog.current_kind() is CheckinKind.GROUP
    assert dialog.tick_count.text() == "30 of 30 ticked"
    group.key(Qt.Key.Key_Tab)
    group.key(Qt.Key.Key_9)
    group.key(Qt.Key.Key_0)
    group.click_item(dialog.mentees, "Mentee07")  # absent
    group.click_item(dialog.mentees, "Mentee22")  # absent
    group.click_item(dialog.topics, "Professional development")
    group.click_item(dialog.topics, "Data-driven instructional practices")
    assert dialog.tick_count.text() == "28 of 30 ticked"
    dialog.grab().save(str(SHOTS / "checkins-dialog.png"))
    with qtbot.waitSignal(dialog.finished):
        group.key(Qt.Key.Key_Return)
    assert group.count == 10
    assert group.count <= 12

    with db.reading() as s:
        checkins = {c.kind: c for c in s.scalars(select(Checkin))}
        assert set(checkins) == {CheckinKind.ONE_TO_ONE, CheckinKind.GROUP}
        one_to_one = checkins[CheckinKind.ONE_TO_ONE]
        assert [a.mentee.first_name for a in one_to_one.attendees] == ["Mentee01"]
        g = checkins[CheckinKind.GROUP]
        assert g.minutes == 90
        assert len(g.attendees) == 30
        absent = sorted(a.mentee.first_name for a in g.attendees if not a.present)
        assert absent == ["Mentee07", "Mentee22"]
        assert sorted(t.name for t in g.topics) == [
            "Data-driven instructional practices",
            "Professional development",
        ]
    assert widget.model.rowCount() == 2
    assert widget.status.text() == "Showing 2 check-ins."
    assert widget.model.rows()[0].attendees in {"28 of 30 present", "Mentee01 Cohort1"}
    widget.grab().save(str(SHOTS / "checkins-page.png"))


def test_edit_dialog_loads_the_checkin_and_refuses_an_empty_one(
    qtbot: QtBot, db: Database, page: tuple[CheckinsPage, int]
) -> None:
    _widget, year_id = page
    context = AppContext(db)
    dialog = CheckinDialog(context, year_id, today=dt.date(2025, 9, 1))
    qtbot.addWidget(dialog)
    assert dialog.occurred_on() == dt.date(2025, 9, 1)
    dialog.kind.setCurrentIndex(dialog.kind.findData(CheckinKind.PHONE.value))
    dialog.mentees.set_all(True)
    dialog.minutes.setValue(1)
    dialog.accept()
    assert dialog.saved_id is not None
    other = CheckinDialog(context, year_id, checkin_id=dialog.saved_id)
    qtbot.addWidget(other)
    assert other.current_kind() is CheckinKind.PHONE
    assert other.tick_count.text() == "30 of 30 ticked"
    other.mentees.set_all(False)
    other.accept()
    assert other.message.text() == "Tick the mentee (or mentees) this check-in was with."
    assert other.result() == 0


def test_unassigned_mentee_needs_save_anyway(qtbot: QtBot, db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(1, 1))
    first, second = d.mentor_ids
    stranger = d.mentees[second][0]
    with db.transaction() as s:
        checkin_id = add_checkin(
            s,
            CheckinInput(d.year_id, first, dt.date(2025, 9, 1), CheckinKind.PHONE, 15, (stranger,)),
            confirm_unassigned=True,
        )
    dialog = CheckinDialog(AppContext(db), d.year_id, checkin_id=checkin_id)
    qtbot.addWidget(dialog)
    assert [name for _, name, ticked in dialog.mentees.entries() if ticked] == ["Mentee01 Cohort2"]
    dialog.minutes.setValue(25)
    dialog.accept()
    assert dialog.message.text().startswith(
        "1 of the mentees is not assigned to this mentor on 2025-09-01."
    )
    assert dialog.save_button.text() == "Save anyway"
    assert dialog.result() == 0
    dialog.accept()
    assert dialog.result() == 1
    with db.reading() as s:
        assert s.get(Checkin, checkin_id).minutes == 25  # type: ignore[union-attr]
