"""The Dashboard read at 1366×768: real labels on every chart, and room for the at-risk list."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.services.compliance.packs import TEXAS_REQUIRED_TOPICS
from coordinator.ui.main_window import MainWindow
from coordinator.ui.pages.dashboard_page import DashboardPage
from coordinator.ui.widgets.dashboard_charts import BarListView, wrap_label

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")

WindowFactory = Callable[[Database], MainWindow]
MONTHS = ("Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun")


@pytest.fixture
def dashboard(qtbot: QtBot, main_window: WindowFactory, db: Database) -> DashboardPage:
    from coordinator.demo import build_demo

    build_demo(db, scale="small")
    window = main_window(db)
    window.resize(1366, 768)
    page = window.show_page("Dashboard")
    assert isinstance(page, DashboardPage)
    page.wait_until_evaluated()
    qtbot.waitUntil(lambda: page.dashboard is not None)
    QApplication.processEvents()
    return page


def test_topic_labels_are_the_topics_themselves(dashboard: DashboardPage) -> None:
    shown = [bar.text for bar in dashboard.topics.shown]
    assert sorted(shown) == sorted(TEXAS_REQUIRED_TOPICS)  # whole, not "..." nor cut short
    assert dashboard.topics.more_text() == ""


def test_months_lie_flat_and_are_named(dashboard: DashboardPage) -> None:
    labels = dashboard.per_month.labels()
    assert labels
    assert set(labels) <= set(MONTHS)
    assert dashboard.per_month._categories is not None
    assert dashboard.per_month._categories.labelsAngle() == 0


def test_mentor_names_are_whole_and_the_rest_are_counted(dashboard: DashboardPage) -> None:
    chart = dashboard.by_mentor
    assert len(chart.shown) >= 5
    assert all(bar.text == bar.label for bar in chart.shown)
    assert [bar.label for bar in chart.shown] == [
        name for name, _ in chart.values[: len(chart.shown)]
    ]
    hidden = len(chart.values) - len(chart.shown)
    assert chart.more_text() == (f"{hidden:,} more…" if hidden else "")
    if hidden:
        below = chart.shown[-1].rect.bottom() + 5
        assert chart.tooltip_at(below).startswith(f"{chart.values[len(chart.shown)][0]}: ")


def test_the_at_risk_list_has_room_for_ten_people(dashboard: DashboardPage) -> None:
    table = dashboard.table
    assert 0 < dashboard.model.rowCount() < 10  # the small demo: everyone is in view
    assert table.verticalScrollBar().maximum() == 0
    assert table.viewport().height() // table.rowHeight(0) >= 10
    assert table.horizontalScrollBar().maximum() == 0  # long reasons are elided, not scrolled


def test_a_long_label_in_a_narrow_chart_keeps_its_first_words(qtbot: QtBot) -> None:
    chart = BarListView("Topics covered (mentees)", labels_above=True)
    qtbot.addWidget(chart)
    chart.resize(280, 300)
    long_topic = "Collaborating with teachers, administrators and the community " * 2
    chart.set_values([(long_topic, 12), ("Advocacy", 3)])
    first = chart.shown[0]
    assert len(first.lines) == 2
    assert first.lines[0].startswith("Collaborating with")
    assert first.lines[1].endswith("…")
    assert chart.tooltip_at(first.rect.center().y()) == f"{long_topic}: 12"
    assert wrap_label("Advocacy", chart.font(), 200) == ["Advocacy"]


def test_a_screen_reader_gets_each_charts_figures(dashboard: DashboardPage) -> None:
    """WCAG 1.1.1: the figures a chart draws are its accessible description, month by month."""
    months = dashboard.per_month
    described = months.viewport().accessibleDescription()
    figures = described.split("; ")
    assert len(figures) == len(months.labels())
    assert figures[0].startswith(months.labels()[0])  # "Aug 2025: 16"
    assert all(f.rsplit(": ", 1)[1].replace(".", "").isdigit() for f in figures)
    bars = dashboard.topics.accessibleDescription().split("; ")
    assert len(bars) == len(TEXAS_REQUIRED_TOPICS)


def test_each_month_s_figure_is_printed_over_its_column(dashboard: DashboardPage) -> None:
    """WCAG 1.1.1: the figures are on screen too, not only in tooltips and axis ticks."""
    from PySide6.QtCharts import QAbstractBarSeries, QValueAxis
    from PySide6.QtGui import QPalette

    months = dashboard.per_month
    chart = months.chart()
    (series,) = chart.series()
    assert isinstance(series, QAbstractBarSeries)
    assert series.isLabelsVisible()
    assert series.labelsPosition() == QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd
    assert series.labelsFormat() == "@value"
    (bars,) = series.barSets()
    assert [bars.at(i) for i in range(bars.count())] == [v for _, v in months.values]
    assert bars.labelColor() == months.palette().color(QPalette.ColorRole.WindowText)
    (numbers,) = [a for a in chart.axes() if isinstance(a, QValueAxis)]
    assert numbers.max() >= 1.2 * max(v for _, v in months.values)  # room for the top figure
