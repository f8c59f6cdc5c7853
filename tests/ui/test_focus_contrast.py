"""The focus ring stands out from the button it marks (WCAG 2.1, 1.4.11 Non-text contrast: 3:1).

A default button is drawn with the focus and without, on the light palette the window gets by
default and on the dark and high-contrast palettes the guide's screenshots use; the pixels that
differ are the ring, and its colour against the button's own at those pixels must reach 3:1.
"""

from __future__ import annotations

import importlib.util
import statistics
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots.py"


def _screenshots() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_screenshots", SCREENSHOTS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def ring_contrast(focused: QImage, unfocused: QImage) -> float:
    """The ring's colour (the commonest changed pixel) against what those pixels were before."""
    changed = [
        (focused.pixel(x, y), unfocused.pixel(x, y))
        for x in range(focused.width())
        for y in range(focused.height())
        if focused.pixel(x, y) != unfocused.pixel(x, y)
    ]
    assert changed, "the button looks the same with the focus"
    ring, _ = Counter(now for now, _ in changed).most_common(1)[0]
    under = [QColor(before) for now, before in changed if now == ring]
    return statistics.median(contrast(QColor(ring), colour) for colour in under)


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_the_focus_ring_has_3_to_1_against_its_button(qtbot: QtBot, theme: str) -> None:
    shots = _screenshots()
    palette = {
        "light": QPalette(),
        "dark": shots.palette_of(shots.DARK),
        "contrast": shots.palette_of(shots.CONTRAST),
    }[theme]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setPalette(palette)
    layout = QVBoxLayout(dialog)
    field = QLineEdit()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(field)
    layout.addWidget(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setDefault(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    unfocused = ok.grab().toImage()
    ok.setFocus()
    qtbot.waitUntil(ok.hasFocus)
    focused = ok.grab().toImage()
    assert ring_contrast(focused, unfocused) >= 3.0
