"""The sidebar's icons are the ones drawn for each page, in the ink that suits the window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer

from coordinator.db.engine import Database
from coordinator.paths import resources_dir
from coordinator.ui.icons import VARIANTS, icon_path, page_icon, variant_for
from coordinator.ui.main_window import MainWindow
from coordinator.ui.page_registry import PAGES

WindowFactory = Callable[[Database], MainWindow]


def ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The darkest or lightest opaque colour drawn: what the eye sees as the icon's line."""
    image = icon.pixmap(24, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    drawn = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert drawn, "nothing is drawn"
    return drawn[len(drawn) // 2]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("spec", PAGES, ids=lambda spec: spec.title)
def test_each_page_has_its_own_svg_icon(qapp: object, spec: object, variant: str) -> None:
    path = icon_path(spec.icon, variant)  # type: ignore[attr-defined]
    assert path.is_relative_to(resources_dir() / "icons")
    assert QSvgRenderer(str(path)).isValid()
    icon = page_icon(spec.icon, variant)  # type: ignore[attr-defined]
    assert not icon.isNull()
    line = ink(icon)
    assert (line.lightness() < 100) if variant == "light" else (line.lightness() > 180)


def test_every_icon_is_different() -> None:
    drawn = {icon_path(spec.icon, "light").read_text() for spec in PAGES}
    assert len(drawn) == len(PAGES)


def test_the_variant_follows_the_window_colour(qapp: object) -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    assert variant_for(light) == "light"
    assert variant_for(dark) == "dark"


def test_the_sidebar_shows_the_drawn_icons_and_follows_a_dark_palette(
    main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    for row in range(window.sidebar.count()):
        assert not window.sidebar.item(row).icon().isNull()
    first = window.sidebar.item(0).icon()
    assert ink(first).lightness() < 100  # the offscreen palette is light
    palette = QPalette(window.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(Qt.GlobalColor.white))
    window.setPalette(palette)
    assert window.icon_variant == ("dark", "dark")
    assert ink(window.sidebar.item(0).icon()).lightness() > 180
    assert ink(window.sidebar.item(0).icon(), QIcon.Mode.Selected).lightness() > 180
