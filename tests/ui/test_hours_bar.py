"""Hours bars: the shortfall is painted in its own colour on every bar, light or dark, in words."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from coordinator.ui.widgets.hours_bar import HoursBar, hours_colours, hours_words


def painted(qtbot: QtBot, bar: HoursBar, palette: QPalette | None = None) -> QImage:
    if palette is not None:
        bar.setPalette(palette)
    qtbot.addWidget(bar)
    bar.resize(300, bar.sizeHint().height())
    return bar.grab().toImage()


def colours_in(image: QImage, x0: int, x1: int, y: int) -> set[tuple[int, int, int]]:
    return {image.pixelColor(x, y).getRgb()[:3] for x in range(x0, x1)}


def rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.getRgb()[:3]


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, QColor(32, 32, 36)),
        (QPalette.ColorRole.WindowText, QColor(230, 230, 230)),
        (QPalette.ColorRole.Mid, QColor(90, 90, 90)),
    ):
        palette.setColor(role, colour)
    return palette


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_shortfall_is_striped_in_the_shortfall_colour(qtbot: QtBot, dark: bool) -> None:
    bar = HoursBar(510, 720)  # 8.5 of 12 hours
    image = painted(qtbot, bar, dark_palette() if dark else None)
    colours = hours_colours(bar.palette())
    rect = bar.bar_rect()
    middle = int(rect.center().y())
    met_end = int(rect.width() * 510 / 720)
    met_part = colours_in(image, 3, met_end - 3, middle)
    short_part = colours_in(image, met_end + 3, int(rect.right()) - 3, middle)
    assert met_part == {rgb(colours.met)}
    assert rgb(colours.short) in short_part  # the stripes
    assert rgb(colours.met) not in short_part
    assert bar.text() == "8.5 of 12 h: 3.5 h short"
    assert "8.5 of 12 h: 3.5 h short" in bar.toolTip()
    assert "Striped: hours still short" in bar.toolTip()


def test_met_hours_have_no_shortfall_and_the_colours_follow_the_palette(qtbot: QtBot) -> None:
    bar = HoursBar(800, 720)
    image = painted(qtbot, bar)
    light = hours_colours(bar.palette())
    rect = bar.bar_rect()
    across = colours_in(image, 3, int(rect.right()) - 3, int(rect.center().y()))
    assert across == {rgb(light.met)}
    assert bar.text() == "13.3 of 12 h: met"
    dark = hours_colours(dark_palette())
    # Lighter shades on a dark window, and the two colours differ on both.
    assert dark.met.lightness() > light.met.lightness()
    assert dark.short.lightness() > light.short.lightness()
    assert light.met != light.short
    assert dark.met != dark.short


def test_words_without_a_target() -> None:
    assert hours_words(450, None) == "7.5 h"
    assert hours_words(720, 720) == "12 of 12 h: met"
    assert hours_words(0, 720) == "0 of 12 h: 12 h short"
