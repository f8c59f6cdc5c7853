"""The Cohorts page's four panes: mentors beside a cohort, the unassigned beside suggestions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QTableView, QWidget

# How the room is shared before a person moves a splitter: each table's columns fit at 1366×768.
PANE_SHARES: dict[str, tuple[int, ...]] = {
    "rows": (55, 45),
    "top": (40, 60),
    "bottom": (60, 40),
}


def cohort_panes(
    mentors: QWidget, cohort: QWidget, unassigned: QWidget, suggestions: QWidget
) -> dict[str, QSplitter]:
    """Two rows of two panes, so each table is wide enough for its campus names and reasons.

    A mentee dragged from the cohort or the unassigned list is dropped on the mentors above.
    """
    top = QSplitter(Qt.Orientation.Horizontal)
    top.addWidget(mentors)
    top.addWidget(cohort)
    bottom = QSplitter(Qt.Orientation.Horizontal)
    bottom.addWidget(unassigned)
    bottom.addWidget(suggestions)
    rows = QSplitter(Qt.Orientation.Vertical)
    rows.addWidget(top)
    rows.addWidget(bottom)
    for splitter in (top, bottom, rows):
        splitter.setChildrenCollapsible(False)
    return {"rows": rows, "top": top, "bottom": bottom}


def accept_drops_on_rows(view: QTableView) -> None:
    """Mentees dragged from a cohort or the unassigned list drop ON a mentor, not between."""
    view.setAcceptDrops(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
    view.setDropIndicatorShown(True)
    view.setDragDropOverwriteMode(True)


def add_page_actions(
    page: QWidget, actions: Sequence[tuple[str, str, Callable[[], object]]]
) -> None:
    """Window-wide shortcuts that are live while the page shows (and listed in Help)."""
    for text, keys, slot in actions:
        action = QAction(text, page)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        page.addAction(action)
