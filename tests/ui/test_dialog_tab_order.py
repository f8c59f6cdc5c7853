"""Tab walks every dialog in reading order and comes back to where it started (WCAG 2.4.3, 2.1.1).

Reading order is the order the dialog's layouts place its controls: top to bottom, left to right
within a row, a grid or form row by row. Pressing Tab from the control that has the focus when the
dialog opens must reach each enabled control once, in that order (as a cycle), and come back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from .dialog_catalogue import OPENERS, Demo, describe
from .test_dialog_names import demo, demo_file  # noqa: F401 - the same demo fixtures

WIZARD_BUTTONS = [
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.HelpButton,
]
LINKS = 400  # presses a text with links may take before Tab leaves it


def tab_stop(widget: QWidget, root: QWidget) -> bool:
    """A control Tab should reach. Radio buttons are left out: Tab enters a group of them at one
    button and the arrow keys choose within it, so which one Tab lands on is Qt's business."""
    if isinstance(widget, QRadioButton):
        return False
    return (
        widget.isVisibleTo(root)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def _ordered(layout: QLayout) -> list[QLayoutItem]:
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):
        position = {id(item): layout.getItemPosition(i)[:2] for i, item in enumerate(items)}
        return sorted(items, key=lambda item: position[id(item)])
    if isinstance(layout, QFormLayout):
        places = {}
        for i, item in enumerate(items):
            row, role = layout.getItemPosition(i)
            places[id(item)] = (row, role.value)
        return sorted(items, key=lambda item: places[id(item)])
    if isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.RightToLeft,
        QBoxLayout.Direction.BottomToTop,
    ):
        return items[::-1]
    return items


def reading_order(root: QWidget) -> list[QWidget]:
    """The dialog's tab stops in the order its layouts lay them out."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget | None) -> None:
        if widget is None or not widget.isVisibleTo(root):
            return
        if tab_stop(widget, root):
            found.append(widget)
        if isinstance(widget, QWizard):
            visit_widget(widget.currentPage())
            buttons = [widget.button(which) for which in WIZARD_BUTTONS]
            for button in sorted(buttons, key=lambda b: b.mapTo(widget, QPoint()).x()):
                visit_widget(button)
        elif isinstance(widget, QAbstractItemView):
            cells = [w for w in widget.viewport().findChildren(QWidget) if tab_stop(w, root)]
            found.extend(sorted(cells, key=lambda w: (w.mapTo(root, QPoint()).y(), w.x())))
        elif isinstance(widget, QTabWidget):
            if tab_stop(widget.tabBar(), root):
                found.append(widget.tabBar())
            visit_widget(widget.currentWidget())
        elif isinstance(widget, QStackedWidget):
            visit_widget(widget.currentWidget())
        elif isinstance(widget, QSplitter):
            for index in range(widget.count()):
                visit_widget(widget.widget(index))
        elif isinstance(widget, QScrollArea):
            visit_widget(widget.widget())
        elif (inner := widget.layout()) is not None:
            visit_layout(inner)

    def visit_layout(layout: QLayout) -> None:
        for item in _ordered(layout):
            if (child := item.widget()) is not None:
                visit_widget(child)
            elif (nested := item.layout()) is not None:
                visit_layout(nested)

    visit_widget(root)
    return found


def named(widget: QWidget | None, root: QWidget) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
    return f"{describe(widget, root)} {name!r}" if name else describe(widget, root)


def walk(
    qtbot: QtBot, root: QWidget, limit: int, unseen: list[QWidget] | None = None
) -> tuple[list[QWidget], str]:
    """Press Tab until the focus is back where it started: the widgets it visited, and a problem.

    With `unseen`, each widget is drawn with the focus and again once Tab has moved it on; one
    that looks the same both times (no focus frame, no current cell) is added to `unseen`.
    """
    start = QApplication.focusWidget()
    if start is None:
        return [], "nothing has the focus when the dialog opens"
    visited = [start]
    links = 0
    while len(visited) <= limit:
        before = QApplication.focusWidget()
        assert before is not None
        focused = before.grab().toImage() if unseen is not None else None
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if unseen is not None and now is not before and before.grab().toImage() == focused:
            unseen.append(before)
        if now is before:
            links += 1
            if isinstance(now, QTextBrowser) and links < LINKS:
                continue  # Tab goes from link to link, then on (Qt's own link navigation)
            return visited, (
                f"Tab stays inside {named(now, root)} (a table moving between its cells: "
                "setTabKeyNavigation(False); a text box typing a tab: setTabChangesFocus(True))"
            )
        if now is start:
            return visited, ""
        if now is None or (now is not root and not root.isAncestorOf(now)):
            return visited, f"Tab leaves the dialog for {named(now, root)}"
        visited.append(now)
    return visited, f"Tab did not come back to {named(start, root)} after {limit} presses"


def from_first(order: list[QWidget], first: QWidget) -> list[QWidget]:
    if first not in order:
        return order
    at = order.index(first)
    return order[at:] + order[:at]


@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "does not support grabbing the keyboard"
)
@pytest.mark.parametrize("dialog_name", sorted(OPENERS))
def test_tab_walks_the_dialog_in_reading_order(dialog_name: str, demo: Demo) -> None:  # noqa: F811
    problems = []
    for state, dialog in OPENERS[dialog_name](demo):
        where = f"{dialog_name} {state}".strip()
        visited, problem = walk(demo.qtbot, dialog, 2 * len(reading_order(dialog)) + 4)
        expected = reading_order(dialog)  # as it is now: entering a list enables its buttons
        if problem:
            problems.append(f"{where}: {problem}")
        if not expected:
            continue
        walked = from_first([w for w in visited if not isinstance(w, QRadioButton)], expected[0])
        if walked != expected:
            problems.append(
                f"{where}: Tab goes\n    "
                + "\n    ".join(named(w, dialog) for w in walked)
                + "\n  but the layout reads\n    "
                + "\n    ".join(named(w, dialog) for w in expected)
            )
    assert not problems, "\n".join(problems)


@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "does not support grabbing the keyboard"
)
@pytest.mark.parametrize("dialog_name", sorted(OPENERS))
def test_the_control_with_the_focus_looks_different(dialog_name: str, demo: Demo) -> None:  # noqa: F811
    """WCAG 2.4.7 Focus visible: Tab to each control; it must not look as it does without focus."""
    unseen: dict[str, list[str]] = {}
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    flash = app.cursorFlashTime()
    app.setCursorFlashTime(0)  # a text box's caret stays drawn: it marks the focus, blinking or not
    try:
        for state, dialog in OPENERS[dialog_name](demo):
            missed: list[QWidget] = []
            limit = 2 * len(reading_order(dialog)) + 4
            walk(demo.qtbot, dialog, limit)  # the style marks the focus once the keyboard moved it
            walk(demo.qtbot, dialog, limit, missed)
            unseen[f"{dialog_name} {state}".strip()] = [named(w, dialog) for w in missed]
    finally:
        app.setCursorFlashTime(flash)
    assert unseen == {where: [] for where in unseen}, "no visible focus on:\n" + "\n".join(
        f"{where}: {w}" for where, widgets in unseen.items() for w in widgets
    )
