"""Paints a mentor's load as a bar with "31/35" on it; over the cap it says so and turns red."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from coordinator.ui.models.mentor_load_model import LOAD_ROLE

OVER_CAP = QColor(200, 40, 40)


def load_bar_option(
    option: QStyleOptionViewItem, load: int, capacity: int | None, over: bool
) -> QStyleOptionProgressBar:
    bar = QStyleOptionProgressBar()
    bar.rect = option.rect.adjusted(2, 3, -2, -3)
    bar.minimum = 0
    bar.maximum = max(capacity or load, 1)
    bar.progress = min(load, bar.maximum)
    bar.text = f"{load}/{capacity}" if capacity is not None else str(load)
    if over:
        bar.text += QCoreApplication.translate(
            "LoadBarDelegate", " over"
        )  # in words too: the colour is never the only signal
    bar.textVisible = True
    # Without State_Horizontal a style draws the bar vertically (filling from the bottom).
    bar.state = option.state | QStyle.StateFlag.State_Horizontal
    bar.palette = QPalette(option.palette)
    if over:
        bar.palette.setColor(QPalette.ColorRole.Highlight, OVER_CAP)
    return bar


class LoadBarDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(LOAD_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        load, capacity, over = value
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        bar = load_bar_option(option, load, capacity, over)
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 110), hint.height())
