"""Every dialog of the app names every control a screen reader reaches (WCAG 2.1 4.1.2).

The dialogs are found in the code (`dialog_catalogue.dialog_classes`), so a new dialog fails here
until it has an opener in `dialog_catalogue.OPENERS` and every focusable control in it a name.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from coordinator.db.opening import open_database
from coordinator.demo import build_demo

from .dialog_catalogue import OPENERS, Demo, demo_of, describe, dialog_classes


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo district, built once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    build_demo(db, scale="small")
    db.dispose()
    return path


@pytest.fixture
def demo(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[Demo]:
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    yield demo_of(qtbot, db, tmp_path)
    db.dispose()


def unnamed_controls(root: QWidget) -> list[str]:
    """The focusable controls shown under `root` that a screen reader can name nothing."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.focusProxy() is not None:  # a spin box's or combo box's own line edit
            continue
        if isinstance(widget, QLabel) and not widget.text():  # no message to read yet
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(describe(widget, root))
    return missing


def test_every_dialog_has_an_opener() -> None:
    found = dialog_classes()
    missing = {f"{module}.{name}" for name, module in found.items() if name not in OPENERS}
    assert not missing, (
        f"no opener for {sorted(missing)}: add one to OPENERS in tests/ui/dialog_catalogue.py "
        "so its names and tab order are checked"
    )
    assert set(OPENERS) <= set(found), (
        f"openers for dialogs that are gone: {set(OPENERS) - set(found)}"
    )


@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "does not support grabbing the keyboard"
)
@pytest.mark.parametrize("dialog_name", sorted(OPENERS))
def test_every_control_in_the_dialog_has_a_name(dialog_name: str, demo: Demo) -> None:
    unnamed = {
        f"{dialog_name} {state}".strip(): unnamed_controls(dialog)
        for state, dialog in OPENERS[dialog_name](demo)
    }
    assert unnamed == {key: [] for key in unnamed}, (
        "controls a screen reader reads out without a name (give each a label with setBuddy, "
        "a text, or setAccessibleName):\n"
        + "\n".join(f"{where}: {w}" for where, widgets in unnamed.items() for w in widgets)
    )
