"""Every focusable control has a name a screen reader says (WCAG 2.1 4.1.2 Name, Role, Value).

The name is what Qt's accessibility layer gives assistive technology: the control's own text, a
label whose buddy it is, or an accessible name set on it; a control with none is read out as
"edit" or "table" and nothing more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.demo import build_demo

from .conftest import WindowFactory


def unnamed(root: QWidget) -> list[str]:
    """The focusable controls under `root`, shown, that a screen reader can name nothing."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            owner = widget.parentWidget()
            missing.append(f"{type(widget).__name__} in {type(owner).__name__}")
    return missing


def test_every_control_on_every_page_has_a_name(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    build_demo(db)
    window = main_window(db)
    window.resize(1366, 768)
    found = {}
    for title in window.page_titles():
        page = window.show_page(title)
        qtbot.wait(50)
        found[title] = unnamed(page)
    assert found == {title: [] for title in window.page_titles()}


def test_the_help_and_shortcut_dialogs_name_every_control(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    window = main_window(db)
    dialogs: list[QDialog] = [
        window.help_menu.show_shortcuts(),
        window.help_menu.show_guide(),
    ]
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
    assert {type(d).__name__: unnamed(d) for d in dialogs} == {
        type(d).__name__: [] for d in dialogs
    }
    for dialog in dialogs:
        dialog.close()
