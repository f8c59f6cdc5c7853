"""The dashboard's charts (QtCharts): check-ins per month, hours by mentor, topics covered."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

LABEL_CHARS = 34


def short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


class BarChartView(QChartView):
    """A titled bar chart (vertical or horizontal) over (label, value) pairs."""

    def __init__(
        self,
        title: str,
        *,
        horizontal: bool,
        label: Callable[[str], str] = short,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label = label
        self._title = title
        self._horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 260)
        self.values: list[tuple[str, float]] = []
        self.set_values([])

    def set_values(self, values: Sequence[tuple[str, float]]) -> None:
        self.values = list(values)
        chart = QChart()
        chart.setTitle(self._title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        bars = QBarSet(self._title)
        # A horizontal chart lists its first category at the bottom: reverse so the top is first.
        ordered = list(reversed(self.values)) if self._horizontal else self.values
        for _, value in ordered:
            bars.append(float(value))
        series = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self._label(label) for label, _ in ordered] or [""])
        if not self._horizontal and len(ordered) > 6:
            categories.setLabelsAngle(-90)  # a year of months fits standing up
        numbers = QValueAxis()
        numbers.setLabelFormat("%d")
        top = max((v for _, v in self.values), default=0)
        numbers.setRange(0, max(top * 1.1, 4))
        numbers.applyNiceNumbers()
        category_side = (
            Qt.AlignmentFlag.AlignLeft if self._horizontal else Qt.AlignmentFlag.AlignBottom
        )
        value_side = (
            Qt.AlignmentFlag.AlignBottom if self._horizontal else Qt.AlignmentFlag.AlignLeft
        )
        chart.addAxis(categories, category_side)
        chart.addAxis(numbers, value_side)
        series.attachAxis(categories)
        series.attachAxis(numbers)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
