"""The mentee and mentor filter boxes: which people a typed name picks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.services.checkins.entry import PersonChoice
from coordinator.ui.widgets.person_filter import PersonFilterBox, people_matching

PEOPLE = [
    PersonChoice(1, "Ana Björk"),
    PersonChoice(2, "Mentee01 Cohort1"),
    PersonChoice(3, "Mentee01 Cohort10"),
    PersonChoice(4, "Zoë Nguyễn"),
    PersonChoice(5, "Ana Björk"),  # two people of one name
]


def test_typed_words_match_any_word_start_without_accents_or_case() -> None:
    assert people_matching("", PEOPLE) is None
    assert people_matching("   ", PEOPLE) is None
    assert people_matching("bjork", PEOPLE) == (1, 5)
    assert people_matching("Ana Bj", PEOPLE) == (1, 5)
    assert people_matching("nguyen zoe", PEOPLE) == (4,)
    assert people_matching("cohort1", PEOPLE) == (2, 3)  # a word start, not a whole name
    assert people_matching("Mentee01 Cohort1", PEOPLE) == (2,)  # the whole name: that person
    assert people_matching("nobody", PEOPLE) == ()


# The completer's popup asks for the keyboard, which the offscreen platform cannot give.
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
def test_the_box_names_one_person_or_none(qtbot: QtBot) -> None:
    box = PersonFilterBox("Any mentor")
    qtbot.addWidget(box)
    box.set_choices(PEOPLE)
    qtbot.keyClicks(box, "zoe")
    assert box.matched_ids() == (4,)
    assert box.currentData() == 4
    assert box.currentText() == "Zoë Nguyễn"
    box.clear()
    qtbot.keyClicks(box, "ana")
    assert box.currentData() is None  # two Anas: no single person
    assert box.currentText() == ""
    with qtbot.waitSignal(box.picked):
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert box.matched_ids() is None


def test_choose_shows_the_name_and_applies_at_once(qtbot: QtBot) -> None:
    box = PersonFilterBox("Any mentee")
    qtbot.addWidget(box)
    box.set_choices(PEOPLE)
    with qtbot.waitSignal(box.picked):
        box.choose(4)
    assert box.text() == "Zoë Nguyễn"
    assert box.currentData() == 4
    box.choose(None)
    assert box.text() == ""
    assert box.matched_ids() is None
