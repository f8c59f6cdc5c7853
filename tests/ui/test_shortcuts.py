"""Shortcuts: a page's keys work as soon as it is shown, none collide, Help lists them all."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from cohort_builders import District, build_district
from coordinator.db.engine import Database
from coordinator.ui.dialogs.checkin_dialog import CheckinDialog
from coordinator.ui.dialogs.enroll_dialog import EnrollDialog
from coordinator.ui.dialogs.export_dialog import ExportDialog
from coordinator.ui.dialogs.match_draft_dialog import MatchDraftDialog
from coordinator.ui.dialogs.mentor_profile_dialog import MentorProfileDialog
from coordinator.ui.dialogs.program_dialog import ProgramDialog
from coordinator.ui.dialogs.program_year_dialog import CopyForwardDialog, ProgramYearDialog
from coordinator.ui.dialogs.reassign_dialog import ReassignDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.pages.checkins_page import CheckinsPage
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.people_page import PeoplePage
from coordinator.ui.safety import SafetyTools
from coordinator.ui.shortcut_map import (
    EVERYWHERE,
    collect_shortcuts,
    conflicts,
    mnemonic_entries,
    plain,
)

WindowFactory = Callable[[Database], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT_CTRL = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, texas_mentees=12)


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: object = CTRL) -> None:
    qtbot.keyClick(window, key, modifiers)  # type: ignore[arg-type]


def go_to(qtbot: QtBot, window: MainWindow, number: Qt.Key, page_type: type[QWidget]) -> QWidget:
    """Show a page with Ctrl+<number>; nothing inside it gets clicked or focused."""
    press(qtbot, window, number)
    page = window.current_page()
    assert isinstance(page, page_type)
    assert page.isVisible()
    focus = QApplication.focusWidget()
    assert focus is None or not page.isAncestorOf(focus)
    return page


def select_first_row(view: QAbstractItemView) -> None:
    """Select as a click would, without moving the focus into the page."""
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(view.model().index(0, 0), flags.ClearAndSelect | flags.Rows)


def opened(qtbot: QtBot, window: MainWindow, kind: type[QDialog]) -> QDialog:
    """The dialog of this kind the last key opened; it is closed again for the next key."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)), timeout=10_000)
    dialog = next(d for d in window.findChildren(kind) if d.isVisible())
    dialog.reject()
    window.activateWindow()  # offscreen, nothing hands the activation back by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return dialog


def test_cohorts_keys_work_as_soon_as_the_page_shows(
    qtbot: QtBot, main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    window.context.set_program_year(district.texas_year_id)
    page = go_to(qtbot, window, Qt.Key.Key_3, CohortsPage)
    assert isinstance(page, CohortsPage)

    press(qtbot, window, Qt.Key.Key_F)
    assert page.mentor_filter.hasFocus()
    window.sidebar.setFocus()  # back where a person who just switched pages would be

    press(qtbot, window, Qt.Key.Key_M)
    assert isinstance(opened(qtbot, window, MatchDraftDialog), MatchDraftDialog)
    for key, kind in (
        (Qt.Key.Key_P, ProgramDialog),
        (Qt.Key.Key_E, ProgramDialog),
        (Qt.Key.Key_Y, ProgramYearDialog),
        (Qt.Key.Key_F, CopyForwardDialog),
        (Qt.Key.Key_M, MentorProfileDialog),
    ):
        press(qtbot, window, key, SHIFT_CTRL)
        opened(qtbot, window, kind)

    window.context.set_program_year(district.library_year_id)
    select_first_row(page.cohort_table)
    press(qtbot, window, Qt.Key.Key_R)
    opened(qtbot, window, ReassignDialog)


def test_ctrl_n_is_a_new_check_in_and_ctrl_shift_n_a_new_database(
    qtbot: QtBot, main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    window.context.set_program_year(district.library_year_id)
    page = go_to(qtbot, window, Qt.Key.Key_4, CheckinsPage)
    assert isinstance(page, CheckinsPage)
    press(qtbot, window, Qt.Key.Key_N)
    assert isinstance(opened(qtbot, window, CheckinDialog), CheckinDialog)
    assert window.file_menu.new_action.shortcut() == QKeySequence("Ctrl+Shift+N")


def test_people_keys_work_as_soon_as_the_page_shows(
    qtbot: QtBot, main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    window.context.set_program_year(district.texas_year_id)
    page = go_to(qtbot, window, Qt.Key.Key_2, PeoplePage)
    assert isinstance(page, PeoplePage)
    press(qtbot, window, Qt.Key.Key_F)
    assert page.filter_edit.hasFocus()
    window.sidebar.setFocus()
    page.table.clearSelection()
    enroll = page.enroll_buttons[0]
    assert not enroll.isEnabled()  # nothing selected: the button says why instead
    assert enroll.toolTip() == "Select the people to enroll first (Shift or Ctrl + click)."
    select_first_row(page.table)
    press(qtbot, window, Qt.Key.Key_E)
    opened(qtbot, window, EnrollDialog)
    press(qtbot, window, Qt.Key.Key_T, SHIFT_CTRL)
    opened(qtbot, window, EnrollDialog)
    press(qtbot, window, Qt.Key.Key_X, SHIFT_CTRL)
    opened(qtbot, window, ExportDialog)


def test_no_two_shortcuts_share_keys_where_both_are_live(
    main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    SafetyTools(window)
    pages = window.all_pages()
    entries = collect_shortcuts(window, pages) + mnemonic_entries(window, pages)
    keys = {(e.scope, e.portable) for e in entries}
    assert (EVERYWHERE, "Ctrl+Shift+N") in keys  # File > New database…
    assert ("Check-ins", "Ctrl+N") in keys
    assert ("Cohorts", "Ctrl+M") in keys
    assert (EVERYWHERE, "Alt+F") in keys  # the File menu
    clashes = [
        f"{a.portable}: {a.scope} {a.what!r} / {b.scope} {b.what!r}" for a, b in conflicts(entries)
    ]
    assert clashes == []
    assert all(e.what for e in entries)  # every shortcut can be described in Help


def _live_shortcuts(window: MainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every QAction on a widget, QShortcut and button shortcut, walked here."""
    found = []
    for action in window.findChildren(QAction):
        if action.associatedObjects():
            found += [
                (plain(action.text()), k.toString(QKeySequence.SequenceFormat.NativeText))
                for k in action.shortcuts()
            ]
    for shortcut in window.findChildren(QShortcut):
        found += [
            (shortcut.whatsThis(), k.toString(QKeySequence.SequenceFormat.NativeText))
            for k in shortcut.keys()  # noqa: SIM118 - a QShortcut, not a dict
        ]
    for button in window.findChildren(QAbstractButton):
        keys = button.shortcut()
        if not keys.isEmpty() and keys != QKeySequence.mnemonic(button.text()):
            found.append(
                (plain(button.text()), keys.toString(QKeySequence.SequenceFormat.NativeText))
            )
    return found


def test_help_lists_every_shortcut_from_the_real_actions(
    qtbot: QtBot, main_window: WindowFactory, db: Database, district: District
) -> None:
    window = main_window(db)
    SafetyTools(window)
    window.help_menu.shortcuts_action.trigger()
    dialog = window.help_menu.shortcuts_dialog
    assert dialog is not None
    assert dialog.isVisible()
    rows = dialog.rows()
    groups = {group for group, _, _ in rows}
    assert {"Everywhere", "Cohorts page", "Check-ins page", "People page"} <= groups
    expected = _live_shortcuts(window)
    assert len(expected) > 30
    for what, keys in expected:
        assert any(
            keys in shown_keys.split(", ") and what in shown_what
            for _, shown_keys, shown_what in rows
        ), (what, keys)
    assert ("Check-ins page", "Ctrl+N", "New check-in") in rows
    assert ("Everywhere", "Ctrl+Shift+N", "File > New database…") in rows
