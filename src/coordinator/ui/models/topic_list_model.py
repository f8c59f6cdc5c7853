"""A program's topic list, editable in place: rename, mark required, deactivate, reorder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from coordinator.services.programs.setup import TopicEdit
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
NAME, REQUIRED, ACTIVE = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("TopicListModel", "Topic"),
    QT_TRANSLATE_NOOP("TopicListModel", "Required"),
    QT_TRANSLATE_NOOP("TopicListModel", "Active"),
)


class TopicListModel(QAbstractTableModel):
    """Rows are `TopicEdit`s; the dialog hands `topics()` to the service when it saves."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TopicEdit] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        topic, column = self._rows[index.row()], index.column()
        if column == NAME and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return topic.name
        if column == NAME and role == Qt.ItemDataRole.ToolTipRole:
            return (
                topic.name
                if topic.active
                else self.tr("{topic} (inactive: kept for old check-ins)").format(topic=topic.name)
            )
        if column == NAME and role == Qt.ItemDataRole.FontRole and not topic.active:
            font = QFont()
            font.setItalic(True)
            return font
        if column == NAME and role == Qt.ItemDataRole.ForegroundRole and not topic.active:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if column != NAME and role == Qt.ItemDataRole.CheckStateRole:
            on = topic.required if column == REQUIRED else topic.active
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return None

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        topic, column = self._rows[index.row()], index.column()
        if column == NAME and role == Qt.ItemDataRole.EditRole:
            changed = TopicEdit(topic.id, str(value), topic.required, topic.active)
        elif column != NAME and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            if column == REQUIRED:
                changed = TopicEdit(topic.id, topic.name, on, topic.active)
            else:
                changed = TopicEdit(topic.id, topic.name, topic.required, on)
        else:
            return False
        self._rows[index.row()] = changed
        first, last = self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1)
        self.dataChanged.emit(first, last)
        return True

    # --- the dialog's operations ----------------------------------------------------------------

    def set_topics(self, topics: Sequence[TopicEdit]) -> None:
        self.beginResetModel()
        self._rows = list(topics)
        self.endResetModel()

    def topics(self) -> list[TopicEdit]:
        return list(self._rows)

    def add_topic(self, name: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(TopicEdit(None, name))
        self.endInsertRows()
        return row

    def remove_new_topic(self, row: int) -> bool:
        """Only a topic not saved yet can go; saved ones are deactivated (check-ins use them)."""
        if not 0 <= row < len(self._rows) or self._rows[row].id is not None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def move_topic(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or delta == 0:
            return row
        # Qt's destination is the row the moved one lands before, counted before the move.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target
