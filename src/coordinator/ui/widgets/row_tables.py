"""Read-only row tables and titled panels, set up the same way on every cohort view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def table(
    model: Any, *, drag: bool = False, stretch: int | None = None, sort_by: int = 0
) -> QTableView:
    """A read-only row table; `sort_by=-1` keeps the order the service gave (best first)."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
    view.setModel(model)
    view.setWordWrap(False)
    view.horizontalHeader().setSortIndicator(sort_by, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    compact_rows(view)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if drag:
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    return view


def compact_rows(view: QTableView) -> None:
    """Rows one line of text high (plus a little air), so a list shows as many as it can."""
    header = view.verticalHeader()
    header.setMinimumSectionSize(view.fontMetrics().height() + 4)
    header.setDefaultSectionSize(view.fontMetrics().height() + 8)


MEASURED_AT_ONCE = 200  # rows up to which a table measures every row; beyond, those in sight


def fit_rows(view: QTableView) -> None:
    """Rows as tall as their wrapped text: every row of a short list, the rows in sight (and a
    few past them) of a long one, since measuring 5,000 mentors' rows holds the window seconds."""
    count = view.model().rowCount()
    if count <= MEASURED_AT_ONCE:
        view.resizeRowsToContents()
        return
    first = max(view.rowAt(0), 0)
    last = view.rowAt(view.viewport().height() - 1)
    last = last if last >= 0 else first + 60
    for row in range(first, min(last + 20, count)):
        view.resizeRowToContents(row)


def wrap_column(view: QTableView, column: int) -> None:
    """Long text in `column` (warnings, reasons) wraps onto more lines instead of being cut.

    Rows are measured again when the rows or that column's width change, or the list scrolls
    (a long one measures the rows coming into sight), once per change.
    """
    view.setWordWrap(True)
    rows = view.verticalHeader()
    rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line as high as in other tables
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(lambda: fit_rows(view))
    view.verticalScrollBar().valueChanged.connect(lambda _value: timer.start())
    model = view.model()
    model.modelReset.connect(timer.start)
    model.layoutChanged.connect(timer.start)
    view.horizontalHeader().sectionResized.connect(
        lambda index, _old, _new: timer.start() if index == column else None
    )


def titled(title: QLabel, *widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 0, 4, 0)
    layout.addWidget(title)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def current_row(view: QTableView, model: Any) -> Any:
    """The row object under the view's current index, or None."""
    index = view.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


def select_quietly(view: QTableView, row: int) -> None:
    """Select a row without the selection signal (the caller loads what goes with it)."""
    selection = view.selectionModel()
    selection.blockSignals(True)
    view.selectRow(row)
    selection.blockSignals(False)
