"""Names in any script are drawn with a font that has their letters, never as empty boxes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextLayout

from coordinator.db.engine import Database
from coordinator.ui.fonts import install_fallback_font
from coordinator.ui.main_window import MainWindow

WindowFactory = Callable[[Database], MainWindow]


def test_a_chinese_given_name_in_the_people_table_has_its_glyphs(
    main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    page = window.show_page("People")
    table = page.table  # type: ignore[attr-defined]
    name = "王 Herrera"
    layout = QTextLayout(name, table.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    fonts = {run.rawFont().familyName(): run.rawFont() for run in layout.glyphRuns()}
    assert any(raw.supportsCharacter(ord("王")) for raw in fonts.values()), fonts.keys()
    assert install_fallback_font() == ["Droid Sans Fallback"]  # once per process, same answer
