"""The window follows the system's font size and colours, and colour is never the only signal.

WCAG 2.1 1.4.1 (use of colour), 1.4.4 (resize text), 1.4.11 (non-text contrast, in part): the
window code sets no colour of its own except the few listed here, each with why it holds in light,
dark and high-contrast themes, and no font size except relative to the system's.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

import coordinator.ui
from coordinator.db.engine import Database
from coordinator.ui.context import AppContext
from coordinator.ui.widgets.load_bar_delegate import load_bar_option

UI = Path(coordinator.ui.__file__).parent

# module -> why its own colours hold whatever the theme
OWN_COLOURS = {
    "widgets/hours_bar.py": "a darker pair on a light window, a lighter pair on a dark one; "
    "stripes and words say the same",
    "widgets/load_bar_delegate.py": "over the cap the bar is red and also says 'over'",
    "dialogs/user_guide_dialog.py": "a found word is marked black on yellow: both colours set",
}
FIXED_COLOUR = re.compile(r"QColor\(|#[0-9a-fA-F]{3,8}\b[\"';]|Qt\.GlobalColor\.(?!transparent)")
STYLE_SHEET = re.compile(r"setStyleSheet\(\s*f?[\"'][^\"']")
FIXED_FONT = re.compile(r"setPointSize\(|setPixelSize\(|\d+\s*(pt|px)\b")
# A box capped at so many pixels cuts its text off under a larger font: cap it in lines.
PIXEL_CAP = re.compile(r"set(Maximum|Fixed)(Height|Width|Size)\(\d")


def _lines(pattern: re.Pattern[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0] if pattern is not FIXED_COLOUR else line
            if pattern.search(code) and not line.lstrip().startswith("#"):
                found.setdefault(path.relative_to(UI).as_posix(), []).append(f"{number}: {line}")
    return found


def test_only_the_listed_modules_set_colours_of_their_own() -> None:
    found = _lines(FIXED_COLOUR)
    assert set(found) <= set(OWN_COLOURS), {k: v for k, v in found.items() if k not in OWN_COLOURS}


def test_no_style_sheet_fights_the_theme() -> None:
    assert _lines(STYLE_SHEET) == {}


def test_font_sizes_are_relative_to_the_system_font() -> None:
    assert _lines(FIXED_FONT) == {}


def test_a_mentor_over_the_cap_is_told_in_words_not_only_in_red() -> None:
    option = QStyleOptionViewItem()
    assert load_bar_option(option, 36, 35, True).text == "36/35 over"
    assert load_bar_option(option, 35, 35, False).text == "35/35"


def test_no_box_is_capped_in_pixels() -> None:
    assert _lines(PIXEL_CAP) == {}


def test_the_check_in_dialog_grows_with_the_system_font(qtbot: QtBot, db: Database) -> None:
    from coordinator.demo import build_demo
    from coordinator.ui.dialogs.checkin_dialog import CheckinDialog

    build_demo(db, scale="small")
    context = AppContext(db)
    year = context.program_year_id or 1

    def sizes() -> tuple[int, int, int]:
        dialog = CheckinDialog(context, year, today=dt.date(2026, 3, 2))
        qtbot.addWidget(dialog)
        return dialog.topics.maximumHeight(), dialog.notes.maximumHeight(), dialog.height()

    normal = sizes()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(larger)
    try:
        bigger = sizes()
    finally:
        app.setFont(font)
    assert all(b > n * 1.5 for b, n in zip(bigger[:2], normal[:2], strict=True)), (normal, bigger)
    assert bigger[2] > normal[2]
