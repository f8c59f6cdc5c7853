"""A focus ring the keyboard user can always see (WCAG 2.1, 2.4.7 Focus visible).

Fusion marks a button's focus with the same frame it gives the default button, so Tab onto the
default button (Close, OK) changed nothing on screen, and an empty table showed no focus at all
(no current cell to mark). This proxy style keeps whatever style the system chose and draws one
more thing: a ring inside the control that has the keyboard focus, in the palette's highlight
colour (so dark and high-contrast themes keep their own colours), dashed so it is not a colour
alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

RING_WIDTH = 2
INSET = 3  # pixels inside the control's edge, clear of its own frame


def _has_keyboard_focus(option: QStyleOption, widget: QWidget | None) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus) and (
        widget is None or widget.hasFocus()
    )


def draw_ring(painter: QPainter, rect: QRect, palette: QPalette, inset: int = INSET) -> None:
    painter.save()
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), RING_WIDTH)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(inset, inset, -inset - 1, -inset - 1))
    painter.restore()


class FocusRingStyle(QProxyStyle):
    """The system's style, with a ring on the focused button and the focused list or table."""

    def drawControl(  # noqa: N802 - Qt's name
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if (
            element == QStyle.ControlElement.CE_PushButton
            and isinstance(widget, QAbstractButton)
            and _has_keyboard_focus(option, widget)
        ):
            draw_ring(painter, option.rect, option.palette)

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if (
            element == QStyle.PrimitiveElement.PE_Frame
            and isinstance(widget, QAbstractItemView)
            and widget.hasFocus()
            and not widget.currentIndex().isValid()
        ):
            # on the frame itself: the list's viewport covers everything inside it
            draw_ring(painter, option.rect, option.palette, inset=1)


def install_focus_ring(app: QApplication) -> None:
    """Wrap the application's style (once) so every window and dialog gets the ring."""
    if isinstance(app.style(), FocusRingStyle):
        return
    app.setStyle(FocusRingStyle(app.style().name()))
