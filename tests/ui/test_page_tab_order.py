"""Tab walks every page of the main window and comes back round (WCAG 2.1.1 Keyboard, 2.4.3).

On each page of the demo district, Tab from the page's first control must reach every enabled
control of the page once, in the order its layouts read (as the dialogs' test checks), go on
through the rest of the window (the sidebar, the toolbar) and come back to where it started,
never held inside a table or a text box.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.demo import build_demo

from .conftest import WindowFactory
from .test_dialog_tab_order import named, reading_order, walk


@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "does not support grabbing the keyboard"
)
def test_tab_walks_every_page_in_reading_order(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    build_demo(db)
    window = main_window(db)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for title in window.page_titles():
        page = window.show_page(title)
        qtbot.wait(100)
        expected = reading_order(page)
        if not expected:
            problems.append(f"{title}: the page has no control Tab can reach")
            continue
        expected[0].setFocus()
        qtbot.waitUntil(lambda first=expected[0]: QApplication.focusWidget() is first)
        limit = 2 * len(reading_order(window)) + 10
        visited, problem = walk(qtbot, window, limit)
        expected = reading_order(page)  # as it is now: entering a list shows what it selects
        if problem:
            problems.append(f"{title}: {problem}")
        on_page = [w for w in visited if page.isAncestorOf(w) and not isinstance(w, QRadioButton)]
        if on_page != expected:
            problems.append(
                f"{title}: Tab goes\n    "
                + "\n    ".join(named(w, page) for w in on_page)
                + "\n  but the page reads\n    "
                + "\n    ".join(named(w, page) for w in expected)
            )
    assert not problems, "\n".join(problems)
