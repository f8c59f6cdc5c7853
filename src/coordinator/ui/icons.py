"""The sidebar's page icons: hand-drawn SVG line icons in resources/icons, light or dark."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from coordinator.errors import CoordinatorError
from coordinator.paths import resource

ICON_SIZES = (16, 20, 24, 32, 48)
VARIANTS = ("light", "dark")  # drawn for a light window (dark ink), and for a dark one


def variant_for(palette: QPalette) -> str:
    """Dark ink on a light window, light ink on a dark one."""
    return "dark" if palette.color(QPalette.ColorRole.Window).lightness() < 128 else "light"


def selected_variant_for(palette: QPalette) -> str:
    """The ink for a selected row: the colour of the text drawn on the highlight."""
    text = palette.color(QPalette.ColorRole.HighlightedText)
    return "dark" if text.lightness() >= 128 else "light"


def icon_path(name: str, variant: str) -> Path:
    return resource("icons", variant, f"{name}.svg")


def page_icon(name: str, variant: str, scale: float = 1.0, selected: str | None = None) -> QIcon:
    """The icon `name` drawn crisp at the usual sizes (and the screen's scale).

    `selected` is the variant for a selected row, drawn over the highlight colour.
    """
    icon = QIcon()
    _add_pixmaps(icon, name, variant, scale, QIcon.Mode.Normal)
    if selected is not None:
        _add_pixmaps(icon, name, selected, scale, QIcon.Mode.Selected)
    return icon


def _add_pixmaps(icon: QIcon, name: str, variant: str, scale: float, mode: QIcon.Mode) -> None:
    renderer = QSvgRenderer(str(icon_path(name, variant)))
    if not renderer.isValid():
        raise CoordinatorError(f"The icon {name} ({variant}) is missing from this installation.")
    for size in ICON_SIZES:
        pixmap = QPixmap(round(size * scale), round(size * scale))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap, mode)
