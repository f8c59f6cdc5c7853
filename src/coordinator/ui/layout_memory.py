"""Splitter positions and table column widths, remembered in the window's settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView

from coordinator.ui import app_settings

SAVE_DELAY_MS = 300  # a drag resizes many times a second: write once it stops
SIZING_ROWS = 100  # rows a column's width is fitted to


class LayoutMemory(QObject):
    """Restores saved splitters and column widths under `prefix`, and saves them as they change.

    Until a person resizes a column (now or in an earlier session), a table's columns follow
    their content each time it gets new rows.
    """

    def __init__(self, prefix: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefix = prefix
        self._splitters: dict[str, QSplitter] = {}
        self._headers: dict[str, QHeaderView] = {}
        self._views: dict[str, QTableView] = {}
        self._chosen: set[str] = set()  # tables whose widths were restored or set by a person
        self._sizing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)

    def key(self, name: str, what: str) -> str:
        return f"layout/{self._prefix}/{name}/{what}"

    def _saved(self, name: str, what: str) -> QByteArray | None:
        value = app_settings.app_settings().value(self.key(name, what))
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def splitter(
        self, name: str, splitter: QSplitter, default: tuple[int, ...] | None = None
    ) -> None:
        """Restore `splitter`, or share its room in the `default` proportions (say (55, 45))."""
        saved = self._saved(name, "splitter")
        if (saved is None or not splitter.restoreState(saved)) and default is not None:
            splitter.setSizes([share * 100 for share in default])
        splitter.splitterMoved.connect(lambda *_: self._timer.start())
        self._splitters[name] = splitter

    def table(self, name: str, view: QTableView) -> None:
        header = view.horizontalHeader()
        # Columns fit the rows on screen and some around them, not all 5,000 mentors (Qt's
        # default reads 1,000 rows for every column each time the rows change).
        header.setResizeContentsPrecision(SIZING_ROWS)
        saved = self._saved(name, "columns")
        if saved is not None and header.restoreState(saved):
            self._chosen.add(name)
        self._views[name] = view
        header.sectionResized.connect(lambda column, _old, _new: self._resized(name, column))
        self._headers[name] = header

    def rows_shown(self, name: str) -> None:
        """The table `name` has new rows: size columns to them, unless a person sized them."""
        view = self._views[name]
        if name in self._chosen or view.model().rowCount() == 0:
            return
        header = view.horizontalHeader()
        self._sizing = True
        try:
            free = [c for c in range(header.count()) if not self._stretched(header, c)]
            for column in free:
                view.resizeColumnToContents(column)
            # Wider than the pane: the widest column gives up the difference (its text elides,
            # with the whole of it in the tooltip) rather than the pane scrolling sideways.
            room = view.viewport().width()
            bar = view.verticalScrollBar()
            tall = view.model().rowCount() * view.verticalHeader().defaultSectionSize()
            if not bar.isVisible() and tall > view.viewport().height():
                room -= bar.sizeHint().width()  # the bar that is about to appear
            excess = header.length() - room
            if excess > 0 and free and room > 0:
                widest = max(free, key=header.sectionSize)
                header.resizeSection(widest, max(header.sectionSize(widest) - excess, 60))
        finally:
            self._sizing = False

    def _resized(self, name: str, column: int) -> None:
        if self._sizing or self._stretched(self._headers[name], column):
            # the window or the content sized it, not a person
            return
        self._chosen.add(name)
        self._timer.start()

    @staticmethod
    def _stretched(header: QHeaderView, column: int) -> bool:
        """A column that takes the room left (or sizes itself), not one a person drags."""
        return header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive or (
            header.stretchLastSection() and header.visualIndex(column) == header.count() - 1
        )

    def save(self) -> None:
        self._timer.stop()
        settings = app_settings.app_settings()
        for name, splitter in self._splitters.items():
            settings.setValue(self.key(name, "splitter"), splitter.saveState())
        for name, header in self._headers.items():
            if name in self._chosen:
                settings.setValue(self.key(name, "columns"), header.saveState())
        settings.sync()
