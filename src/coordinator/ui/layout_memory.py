"""Splitter positions and table column widths, remembered in the window's settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView

from coordinator.ui import app_settings

SAVE_DELAY_MS = 300  # a drag resizes many times a second: write once it stops


class LayoutMemory(QObject):
    """Restores saved splitters and column widths under `prefix`, and saves them as they change.

    A table with nothing saved sizes its columns to their content the first time it has rows.
    """

    def __init__(self, prefix: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefix = prefix
        self._splitters: dict[str, QSplitter] = {}
        self._headers: dict[str, QHeaderView] = {}
        self._unsized: dict[str, QTableView] = {}
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
        saved = self._saved(name, "columns")
        if saved is not None and header.restoreState(saved):
            self._chosen.add(name)
        else:
            self._unsized[name] = view
        header.sectionResized.connect(lambda column, _old, _new: self._resized(name, column))
        self._headers[name] = header

    def rows_shown(self, name: str) -> None:
        """The table `name` has its rows: size columns to them, unless they were sized before."""
        view = self._unsized.pop(name, None)
        if view is None:
            return
        if view.model().rowCount() == 0:
            self._unsized[name] = view  # nothing to measure yet
            return
        header = view.horizontalHeader()
        self._sizing = True
        try:
            for column in range(header.count()):
                if not self._stretched(header, column):
                    view.resizeColumnToContents(column)
        finally:
            self._sizing = False

    def _resized(self, name: str, column: int) -> None:
        if self._sizing or self._stretched(self._headers[name], column):
            # the window or the content sized it, not a person
            return
        self._unsized.pop(name, None)
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
