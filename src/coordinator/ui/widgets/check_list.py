"""A list of tickable entries (mentees, topics): a click or Space anywhere on a line toggles it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    """Each line carries an id; lines are ticked by click or Space, never by a hidden indicator."""

    ticks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.itemClicked.connect(self._toggle)

    def set_entries(self, entries: Iterable[tuple[int, str, bool]]) -> None:
        """Replace the lines with (id, text, ticked) entries."""
        self.clear()
        for entry_id, text, ticked in entries:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, entry_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
        self.ticks_changed.emit()

    def entries(self) -> list[tuple[int, str, bool]]:
        return [(self._id(i), self.item(i).text(), self._ticked(i)) for i in range(self.count())]

    def all_ids(self) -> list[int]:
        return [self._id(i) for i in range(self.count())]

    def ticked_ids(self) -> list[int]:
        return [self._id(i) for i in range(self.count()) if self._ticked(i)]

    def set_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for i in range(self.count()):
            self.item(i).setCheckState(state)
        self.ticks_changed.emit()

    def set_ticked(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for i in range(self.count()):
            ticked = self._id(i) in wanted
            self.item(i).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.ticks_changed.emit()

    def tick(self, entry_id: int, text: str) -> None:
        """Tick an entry and show it, adding it at the end when it is not in the list yet."""
        item = self.item_for(entry_id)
        if item is None:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, entry_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.addItem(item)
        item.setCheckState(Qt.CheckState.Checked)
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self.ticks_changed.emit()

    def item_for(self, entry_id: int) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self._id(i) == entry_id:
                return self.item(i)
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            self._toggle(self.currentItem())
            return
        super().keyPressEvent(event)

    def _toggle(self, item: QListWidgetItem) -> None:
        ticked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
        self.ticks_changed.emit()

    def _id(self, row: int) -> int:
        return int(self.item(row).data(ID_ROLE))

    def _ticked(self, row: int) -> bool:
        return self.item(row).checkState() == Qt.CheckState.Checked
