"""The dashboard's charts: check-ins per month (columns), hours by mentor and topics (bar lists)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextLayout,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolTip, QWidget

from coordinator.ui.figures import local_figure, shown_locale

MAX_LABEL_LINES = 2
MORE_TOOLTIP_ROWS = 25


def number_text(value: float) -> str:
    """A bar's figure in the locale's digits, to one decimal: "1,234.5", "118"."""
    return local_figure(round(value, 1))


def wrap_label(text: str, font: QFont, width: int) -> list[str]:
    """`text` in at most two lines of `width` pixels, broken between words; the rest elided."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == MAX_LABEL_LINES - 1:
            rest = text[start:].strip()
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + length].strip())
    layout.endLayout()
    return [line for line in lines if line] or [""]


@dataclass(frozen=True)
class ShownBar:
    """One row as painted: its whole label, the lines shown, its value, and where it is."""

    label: str
    lines: tuple[str, ...]
    value: float
    rect: QRectF

    @property
    def text(self) -> str:
        """The label as a person reads it on screen."""
        return " ".join(self.lines)


def figures_words(values: Sequence[tuple[str, float]]) -> str:
    """A chart's figures as a screen reader reads them: "Sep: 40; Oct: 52"."""
    return "; ".join(
        f"{label}: {value:g}" for label, value in values
    ) or QCoreApplication.translate("BarListView", "no figures yet")


class BarListView(QFrame):
    """Labelled horizontal bars, biggest first, as many as fit; the rest are "N more…".

    Labels wrap onto two lines at word breaks (a long topic stays readable) and every row's
    tooltip has the whole label and value.
    """

    def __init__(
        self,
        title: str,
        *,
        value_text: Callable[[float], str] = number_text,
        labels_above: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._value_text = value_text
        self._above = labels_above  # long labels (topics) read better over their bar
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 180)
        self.values: list[tuple[str, float]] = []
        self.shown: list[ShownBar] = []
        self.hidden: list[tuple[str, float]] = []

    def set_values(self, values: Sequence[tuple[str, float]]) -> None:
        self.values = list(values)
        self.setAccessibleDescription(figures_words(self.values))
        self._lay_out()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 260)

    # --- layout: which rows fit, and where ----------------------------------------------------

    def _lay_out(self) -> None:
        metrics = self.fontMetrics()
        pad = 8
        line = metrics.lineSpacing()
        top = pad + line + pad  # under the title
        bottom = self.height() - pad - line  # room for the "more…" line
        values_width = max(
            (metrics.horizontalAdvance(self._value_text(v)) for _, v in self.values), default=0
        )
        widest = max((metrics.horizontalAdvance(label) for label, _ in self.values), default=0)
        inner = self.width() - 2 * pad
        label_width = inner if self._above else max(60, min(widest + 4, int(inner * 0.45)))
        self._geometry = (pad, label_width, values_width)
        bar_height = metrics.height()
        self.shown, self.hidden = [], []
        y = float(top)
        for n, (label, value) in enumerate(self.values):
            lines = tuple(wrap_label(label, self.font(), label_width))
            height = len(lines) * line + (bar_height + 8 if self._above else 6)
            last = n == len(self.values) - 1
            if self.hidden or y + height > (self.height() - pad if last else bottom):
                self.hidden.append((label, value))
                continue
            where = QRectF(pad, y, self.width() - 2 * pad, height)
            self.shown.append(ShownBar(label, lines, value, where))
            y += height

    def more_text(self) -> str:
        if not self.hidden:
            return ""
        return self.tr("{n} more…").format(n=local_figure(len(self.hidden)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._lay_out()

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        pad, label_width, values_width = self._geometry
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        title_rect = QRectF(pad, pad, self.width() - 2 * pad, metrics.lineSpacing())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignHCenter, self._title)
        painter.setFont(self.font())
        if not self.values:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing logged yet")
            )
            return
        top = max((v for _, v in self.values), default=0) or 1
        bar_left = pad if self._above else pad + label_width + 6
        bar_room = max(self.width() - pad - values_width - 6 - bar_left, 10)
        line = metrics.lineSpacing()
        for bar in self.shown:
            r = bar.rect
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            if self._above:
                text_rect = QRectF(r.left(), r.top() + 2, label_width, len(bar.lines) * line)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                middle = text_rect.bottom() + 2 + metrics.height() / 2
            else:
                text_rect = QRectF(r.left(), r.top() + 3, label_width, r.height() - 6)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                middle = r.center().y()
            painter.drawText(text_rect, align, "\n".join(bar.lines))
            length = bar_room * bar.value / top
            height = metrics.height() * 0.8
            bar_rect = QRectF(bar_left, middle - height / 2, max(length, 1), height)
            painter.fillRect(bar_rect, palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(
                QPointF(bar_rect.right() + 4, middle + metrics.ascent() / 2 - 1),
                self._value_text(bar.value),
            )
        if self.hidden:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            y = (self.shown[-1].rect.bottom() if self.shown else pad + metrics.lineSpacing()) + 2
            painter.drawText(QPointF(bar_left, y + metrics.ascent()), self.more_text())

    # --- tooltips -------------------------------------------------------------------------------

    def tooltip_at(self, y: float) -> str:
        for bar in self.shown:
            if bar.rect.top() <= y < bar.rect.bottom():
                return f"{bar.label}: {self._value_text(bar.value)}"
        if self.hidden and y > (self.shown[-1].rect.bottom() if self.shown else 0):
            rows = [f"{label}: {self._value_text(v)}" for label, v in self.hidden]
            if len(rows) > MORE_TOOLTIP_ROWS:
                rows = [
                    *rows[:MORE_TOOLTIP_ROWS],
                    self.tr("… and {n} more").format(n=local_figure(len(rows) - MORE_TOOLTIP_ROWS)),
                ]
            return "\n".join(rows)
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class MonthChartView(QChartView):
    """Check-ins per month as columns; month names stand up only when they cannot lie flat."""

    def __init__(
        self,
        title: str,
        *,
        label: Callable[[str], str] = lambda month: month.split()[0],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label = label
        self._title = title
        self._categories: QBarCategoryAxis | None = None
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundBrush(self.palette().window())
        self.setMinimumSize(280, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # A screen reader says the chart's name and reads its figures from the description.
        self.setAccessibleName(self.tr("{title} chart").format(title=title))
        self.viewport().setAccessibleName(self.tr("{title} chart").format(title=title))
        self.values: list[tuple[str, float]] = []
        self.set_values([])

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 260)

    def labels(self) -> list[str]:
        return list(self._categories.categories()) if self._categories is not None else []

    def set_values(self, values: Sequence[tuple[str, float]]) -> None:
        self.values = list(values)
        for described in (self, self.viewport()):
            described.setAccessibleDescription(figures_words(self.values))
        chart = QChart()
        chart.setTitle(self._title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocalizeNumbers(True)  # axis figures grouped as the locale writes them: 2,000
        chart.setLocale(shown_locale())
        self._follow_palette(chart)
        bars = QBarSet(self._title)
        for _, value in self.values:
            bars.append(float(value))
        series = QBarSeries()
        series.append(bars)
        # each column's figure printed above it, not only in a tooltip (WCAG 1.1.1)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(6)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self._label(label) for label, _ in self.values] or [""])
        numbers = QValueAxis()
        numbers.setLabelFormat("%.0f")
        top = max((v for _, v in self.values), default=0)
        numbers.setRange(0, max(top * 1.2, 4))  # room above the tallest column for its figure
        numbers.applyNiceNumbers()
        palette = self.palette()
        for axis in (categories, numbers):
            axis.setLabelsColor(palette.color(QPalette.ColorRole.WindowText))
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
        bars.setColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setLabelColor(palette.color(QPalette.ColorRole.WindowText))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(numbers)
        self._categories = categories
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self._fit_labels()

    def _follow_palette(self, chart: QChart) -> None:
        """The window's colours and a bold title like the other charts, light or dark."""
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(2, 2, 2, 2))
        layout = chart.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)
        title = QFont(self.font())
        title.setBold(True)
        chart.setTitleFont(title)
        chart.setTitleBrush(self.palette().color(QPalette.ColorRole.WindowText))

    def _fit_labels(self) -> None:
        if self._categories is None:
            return
        labels = self.labels()
        widest = max((self.fontMetrics().horizontalAdvance(x) for x in labels), default=0)
        room = (self.width() - 80) / max(len(labels), 1)  # the value axis takes the rest
        self._categories.setLabelsAngle(0 if widest + 8 <= room else -90)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_labels()
