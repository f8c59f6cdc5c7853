"""Wrapped rows in a long list: the rows in sight are measured, the rest when scrolled to."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from coordinator.ui.widgets.row_tables import MEASURED_AT_ONCE, wrap_column

LONG = "Needs the mentor training before the first check-in and a campus closer to the mentee"


def long_list(qtbot: QtBot, rows: int) -> QTableView:
    model = QStandardItemModel(0, 1)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.setParent(view)
    wrap_column(view, 0)
    view.horizontalHeader().resizeSection(0, 120)  # the text needs several lines
    view.resize(300, 400)
    view.show()
    for _ in range(rows):
        model.appendRow(QStandardItem(LONG))
    model.layoutChanged.emit()
    return view


def test_a_long_list_measures_the_rows_in_sight_then_those_scrolled_to(qtbot: QtBot) -> None:
    view = long_list(qtbot, MEASURED_AT_ONCE * 5)
    one_line = view.verticalHeader().defaultSectionSize()
    last = view.model().rowCount() - 1
    qtbot.waitUntil(lambda: view.rowHeight(0) > one_line)
    assert view.rowHeight(last) == one_line  # not measured: far out of sight
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.rowHeight(last) > one_line)


def test_a_short_list_measures_every_row(qtbot: QtBot) -> None:
    view = long_list(qtbot, MEASURED_AT_ONCE)
    one_line = view.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: view.rowHeight(MEASURED_AT_ONCE - 1) > one_line)
