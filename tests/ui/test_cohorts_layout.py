"""The Cohorts page at 1366×768: every pane readable without scrolling sideways, layout kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.ui.main_window import MainWindow
from coordinator.ui.pages.cohorts_page import CohortsPage

WindowFactory = Callable[[Database], MainWindow]


@pytest.fixture
def demo_db(db: Database) -> Database:
    from coordinator.demo import build_demo

    build_demo(db, scale="small")
    return db


def cohorts_at_1366(main_window: WindowFactory, db: Database) -> tuple[MainWindow, CohortsPage]:
    window = main_window(db)
    window.resize(1366, 768)
    page = window.show_page("Cohorts")
    assert isinstance(page, CohortsPage)
    QApplication.processEvents()
    QApplication.processEvents()
    return window, page


def column(view: QTableView, header: str) -> int:
    model = view.model()
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return names.index(header)


def text_fits(view: QTableView, col: int) -> list[str]:
    """The cells of `col` whose text does not fit their cell (wrapped text may use more lines)."""
    cut = []
    metrics = view.fontMetrics()
    for row in range(view.model().rowCount()):
        text = str(view.model().index(row, col).data() or "")
        cell = view.visualRect(view.model().index(row, col))
        if not text or cell.isEmpty():
            continue
        flags = Qt.TextFlag.TextWordWrap if view.wordWrap() else Qt.TextFlag.TextSingleLine
        room = QRect(0, 0, cell.width() - 8, 10_000)  # the style's cell margins
        need = metrics.boundingRect(room, int(flags), text)
        if need.width() > cell.width() - 6 or need.height() > cell.height():
            cut.append(text)
    return cut


def test_no_pane_scrolls_sideways_and_the_named_columns_are_whole(
    main_window: WindowFactory, demo_db: Database
) -> None:
    _window, page = cohorts_at_1366(main_window, demo_db)
    holder = page.parentWidget().parentWidget()
    assert isinstance(holder, QAbstractScrollArea)
    assert holder.horizontalScrollBar().maximum() == 0  # the page itself fits the window
    assert page.unassigned_model.rowCount() > 0
    assert page.suggestion_model.rowCount() > 0
    assert page.cohort_model.rowCount() > 0
    for view in (
        page.mentor_table,
        page.cohort_table,
        page.unassigned_table,
        page.suggestion_table,
    ):
        assert view.horizontalScrollBar().maximum() == 0, view.model().__class__.__name__
    checks = [
        (page.mentor_table, "Warnings"),
        (page.cohort_table, "Campus"),
        (page.cohort_table, "Position"),
        (page.unassigned_table, "Campus"),
        (page.unassigned_table, "Position"),
        (page.suggestion_table, "Why"),
    ]
    for view, header in checks:
        col = column(view, header)
        assert view.columnWidth(col) >= view.horizontalHeader().sectionSizeHint(col), header
        assert text_fits(view, col) == [], header
    long_warning = max((m for m in page._loads), key=lambda m: len("; ".join(m.reasons)))
    assert long_warning.reasons  # the demo has a mentor with a warning to read


def test_a_moved_splitter_and_a_resized_column_come_back(
    qtbot: QtBot, main_window: WindowFactory, demo_db: Database
) -> None:
    window, page = cohorts_at_1366(main_window, demo_db)
    top = page.splitters["top"]
    sizes = top.sizes()
    moved = [sizes[0] + 120, sizes[1] - 120]
    top.moveSplitter(moved[0], 1)  # what dragging the handle does
    assert top.sizes() == moved
    page.unassigned_table.horizontalHeader().resizeSection(0, 233)  # dragging a column edge
    qtbot.waitUntil(lambda: not page.layout_memory._timer.isActive())
    window.close()

    window, again = cohorts_at_1366(main_window, demo_db)
    assert again.splitters["top"].sizes() == moved
    assert again.unassigned_table.columnWidth(0) == 233
    again.refresh()  # new rows do not undo a width the coordinator chose
    assert again.unassigned_table.columnWidth(0) == 233
