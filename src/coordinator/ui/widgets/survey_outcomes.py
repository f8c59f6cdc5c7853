"""The Dashboard's survey outcomes: response rates and the start → end shift of each question,
drawn as bars and dumbbells, with the same figures as a table on the next tab.

The figures come from services.surveys.shifts (worked out off the GUI thread); a group smaller
than the threshold shows as "fewer than 5", never as a figure.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.surveys.shifts import SurveyOutcomes, outcome_lines
from coordinator.ui.widgets.row_tables import compact_rows

LOW, HIGH = 1.0, 5.0  # the agreement scale


class SurveyShiftChart(QFrame):
    """Response rates as bars (0–100 %); each question's paired means as a dot at the start,
    a dot at the end and a line between them on the 1–5 scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(280, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.outcomes: SurveyOutcomes | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 260)

    def set_outcomes(self, outcomes: SurveyOutcomes | None) -> None:
        self.outcomes = outcomes
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        pad = 8.0
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(
            QRectF(pad, pad, self.width() - 2 * pad, line),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Surveys"),
        )
        painter.setFont(self.font())
        o = self.outcomes
        if o is None or not o.has_answers:
            painter.setPen(muted)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No survey answers yet")
            )
            return
        label_width = min(self.width() * 0.42, 260.0)
        left = pad + label_width + 6
        room = max(self.width() - left - pad - metrics.horizontalAdvance("100%") - 6, 20.0)
        y = pad + line + 4
        for rate in o.rates:
            share = float(rate.rate or 0)
            painter.setPen(text)
            painter.drawText(
                QRectF(pad, y, label_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(rate.instrument, Qt.TextElideMode.ElideRight, int(label_width)),
            )
            bar = QRectF(left, y + line * 0.15, max(room * share, 1.0), line * 0.7)
            painter.fillRect(bar, accent)
            painter.drawText(QPointF(bar.right() + 4, y + metrics.ascent()), f"{share:.0%}")
            y += line + 2
        y += 6
        if o.shifts:
            painter.setPen(muted)
            painter.drawText(
                QRectF(pad, y, self.width() - 2 * pad, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Confidence, 1 to 5: ○ start → ● end"),
            )
            y += line
        for shift in o.shifts:
            painter.setPen(text)
            painter.drawText(
                QRectF(pad, y, label_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(shift.text, Qt.TextElideMode.ElideRight, int(label_width)),
            )
            middle = y + line / 2
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QPointF(left, middle), QPointF(left + room, middle))
            if shift.before is None or shift.after is None:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(left, y, room, line),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("fewer than {n}").format(n=o.min_group),
                )
            else:
                start = left + room * (float(shift.before) - LOW) / (HIGH - LOW)
                end = left + room * (float(shift.after) - LOW) / (HIGH - LOW)
                painter.setPen(QPen(accent, 3))
                painter.drawLine(QPointF(start, middle), QPointF(end, middle))
                painter.setBrush(palette.color(QPalette.ColorRole.Base))
                painter.drawEllipse(QPointF(start, middle), 4, 4)
                painter.setBrush(accent)
                painter.drawEllipse(QPointF(end, middle), 4, 4)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            y += line + 2


class SurveyOutcomesView(QTabWidget):
    """The chart and, on the second tab, the same figures as a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Survey outcomes"))
        self.chart = SurveyShiftChart()
        self.table = QTableWidget(0, 2)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Survey outcomes as a table"))
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        compact_rows(self.table)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.table)
        self.addTab(self.chart, self.tr("Surveys"))
        self.addTab(holder, self.tr("As a table"))
        self.outcomes: SurveyOutcomes | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 260)

    def show_outcomes(self, outcomes: SurveyOutcomes | None) -> None:
        self.outcomes = outcomes
        self.chart.set_outcomes(outcomes)
        lines = outcome_lines(outcomes) if outcomes is not None else []
        self.table.setRowCount(len(lines))
        for row, (what, value) in enumerate(lines):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
