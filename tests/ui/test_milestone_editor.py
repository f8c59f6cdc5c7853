"""Settings › Rule packs: milestones edited as phrases, refused in words, saved as data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.services.compliance.pack_admin import get_pack, list_packs
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.rule_packs_dialog import RulePacksDialog
from coordinator.ui.widgets.milestone_editor import DUE, FOR, MET_BY, NAME, MilestoneEditor
from district import build_district
from hosting import host


def test_a_milestone_is_added_in_words_and_saved_as_data(qtbot: QtBot, db: Database) -> None:
    build_district(db, mentees_per_mentor=(1,))
    context = AppContext(db)
    dialog = RulePacksDialog(context)
    window = host(qtbot, dialog, 1100, 720)
    dialog.packs.setCurrentRow(1)  # Texas
    editor = dialog.editors["milestones"]
    assert isinstance(editor, MilestoneEditor)
    table = editor.table
    shown = [
        [table.item(r, c).text() for c in (NAME, DUE, MET_BY)]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]
    assert shown == [
        ["Mentor assigned", "within 30 days of hire", "a mentor assigned"],
        ["12 hours of contact", "end of each semester", "12 hours of contact"],
        ["Required topics covered", "end of the year", "every required topic covered"],
    ]
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = table.rowCount() - 1
    table.item(row, NAME).setText("Stay conversation")  # type: ignore[union-attr]
    audience = table.cellWidget(row, FOR)
    assert isinstance(audience, QComboBox)
    audience.setCurrentIndex(audience.findData("pair"))
    table.item(row, DUE).setText("by next spring")  # type: ignore[union-attr]
    table.item(row, MET_BY).setText("a check-in with the topic Stay conversation")  # type: ignore[union-attr]
    assert not dialog.save()
    assert dialog.message.text().startswith("Milestone 'Stay conversation': Due 'by next spring'")
    table.item(row, DUE).setText("Mar 15")  # type: ignore[union-attr]
    with qtbot.waitSignal(context.data_changed):
        assert dialog.save()
    with db.reading() as s:
        texas = next(p for p in list_packs(s) if p.builtin and p.programs)
        saved = get_pack(s, texas.id).rules["milestones"]
    assert saved[-1] == {
        "key": "stay-conversation",
        "name": "Stay conversation",
        "for": "pair",
        "due": {"after": "fixed", "month": 3, "day": 15},
        "met_by": {"kind": "checkin", "topic": "Stay conversation"},
    }
    assert [m["key"] for m in saved[:3]] == ["mentor-assigned", "semester-hours", "required-topics"]
    dialog.grab().save("/tmp/milestone-editor.png")
    window.close()
