"""The Meeting times dialog: a coordinator records a campus's designated time and planning
period, sees a time overlapping the planning period refused with the reason, and removes one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.demo import build_demo
from coordinator.services.programs.meeting_times import meeting_windows
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.meeting_times_dialog import MeetingTimesDialog

TEXAS_PROGRAM = 1  # the demo's Teacher Induction
SHOTS = Path("/tmp/shots")


def _add(qtbot: QtBot, dialog: MeetingTimesDialog, day: int, start: str, end: str) -> None:
    dialog.day.setCurrentIndex(day)
    dialog.starts_at.setText("")
    qtbot.keyClicks(dialog.starts_at, start)
    dialog.ends_at.setText("")
    qtbot.keyClicks(dialog.ends_at, end)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def test_recording_designated_times_and_the_planning_period(db: Database, qtbot: QtBot) -> None:
    build_demo(db, scale="small")
    dialog = MeetingTimesDialog(AppContext(db), TEXAS_PROGRAM)
    qtbot.addWidget(dialog)
    dialog.show()
    campus = dialog.campus.currentText()
    assert dialog.windows.item(0).text() == "No designated meeting times recorded yet."

    dialog.planning.setChecked(True)
    _add(qtbot, dialog, 0, "10:00", "10:50")
    dialog.planning.setChecked(False)
    _add(qtbot, dialog, 2, "2:30 PM", "15:15")  # Tuesday
    _add(qtbot, dialog, 4, "10:30", "11:00")  # Thursday, in the planning period: refused
    assert "overlaps the planning period Every day 10:00-10:50" in dialog.message.text()
    _add(qtbot, dialog, 1, "quarter past", "15:00")
    assert dialog.message.text().startswith("The start time 'quarter past' is not a time")

    texts = [dialog.windows.item(i).text() for i in range(dialog.windows.count())]
    assert texts == [
        f"{campus}: Every day 10:00-10:50, planning period",
        f"{campus}: Tuesday 14:30-15:15, designated meeting time",
    ]
    SHOTS.mkdir(exist_ok=True)
    dialog.resize(683, 520)
    dialog.grab().save(str(SHOTS / "meeting-times-dialog.png"))

    dialog.windows.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert [w.words for w in meeting_windows(s, TEXAS_PROGRAM)] == ["Tuesday 14:30-15:15"]
