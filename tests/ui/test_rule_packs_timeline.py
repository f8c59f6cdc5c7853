"""The rule-pack editor in Settings and the mentee timeline widget, driven offscreen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.compliance.pack_admin import get_pack, list_packs
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.rule_packs_dialog import RulePacksDialog
from coordinator.ui.widgets.hours_bar import HoursBar
from coordinator.ui.widgets.mentee_timeline import MenteeTimelineWidget
from district import build_district
from hosting import host


def test_rule_pack_dialog_edits_hours_and_copies(qtbot: QtBot, db: Database) -> None:
    build_district(db, mentees_per_mentor=(1,))
    context = AppContext(db)
    dialog = RulePacksDialog(context)
    window = host(qtbot, dialog, 950, 700)
    assert dialog.packs.count() == 2
    assert dialog.name.text() == "Local program"
    dialog.packs.setCurrentRow(1)
    assert dialog.name.text() == "Texas Mentor Program Allotment"
    hours = dialog.editors["contact_minutes_per_semester"]
    assert isinstance(hours, QDoubleSpinBox)
    assert hours.value() == 12
    dialog.grab().save("/tmp/checkins-rule-packs.png")
    gaps = dialog.editors["contact_gap_warning_days"]
    assert isinstance(gaps, QLineEdit)
    gaps.setText("14, soon")
    assert not dialog.save()
    assert "is not a whole number" in dialog.message.text()
    gaps.setText("10, 20")
    hours.setValue(15.5)
    with qtbot.waitSignal(context.data_changed):
        assert dialog.save()
    new_id = dialog.copy_current("Oklahoma residency")
    assert new_id is not None
    assert dialog.name.text() == "Oklahoma residency"
    with db.reading() as s:
        texas = next(p for p in list_packs(s) if p.builtin and p.programs)
        rules = get_pack(s, texas.id).rules
        copied = get_pack(s, new_id).rules
    assert rules["contact_minutes_per_semester"] == 930
    assert rules["contact_gap_warning_days"] == [10, 20]
    assert copied == rules
    window.close()


def test_timeline_widget_shows_hours_against_target(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    db: Database,
) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    mentor = d.mentor_ids[0]
    a, b = d.mentees[mentor]
    topic = d.topic_ids["Professional expectations"]
    with db.transaction() as s:
        add_checkin(
            s,
            CheckinInput(
                d.year_id,
                mentor,
                dt.date(2025, 9, 2),
                CheckinKind.GROUP,
                450,
                (a, b),
                topic_ids=(topic,),
            ),
        )
        add_checkin(
            s,
            CheckinInput(
                d.year_id,
                mentor,
                dt.date(2026, 2, 2),
                CheckinKind.OBSERVATION,
                45,
                (a,),
                next_steps="Exit slips",
            ),
        )
    widget = MenteeTimelineWidget(AppContext(db))
    window = host(qtbot, widget, 1000, 600)
    widget.show_mentee(d.year_id, a)
    bars = [widget.semester_grid.itemAtPosition(r, 1).widget() for r in range(2)]
    assert all(isinstance(bar, HoursBar) for bar in bars)
    assert [bar.text() for bar in bars if isinstance(bar, HoursBar)] == [
        "7.5 of 12 h: 4.5 h short",
        "0.8 of 12 h: 11.2 h short",
    ]
    topics = [widget.topics.item(i).text() for i in range(widget.topics.count())]
    assert "Professional expectations: 1 check-in" in topics
    assert "Professional development: required, not yet covered" in topics
    assert widget.mentors.text() == "Mentor Number1: 2025-08-11 to now"
    assert widget.model.rowCount() == 2
    assert widget.model.index(0, 6).data() == "Exit slips"
    qtmodeltester.check(widget.model)
    qtbot.waitUntil(lambda: all(bar.isVisible() for bar in bars if bar is not None))
    widget.grab().save("/tmp/checkins-timeline.png")
    window.close()
