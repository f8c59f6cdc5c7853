"""A read-only table model over plain rows, with its columns declared once and sorted in Python."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coordinator.tools.word_search import RowFinder

Row = TypeVar("Row")  # untranslated: a type variable
AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header, the text shown, and the key it sorts by.

    The header is English marked with QT_TRANSLATE_NOOP(<the model class>, ...): the model shows
    it translated in that class's context.
    """

    header: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str] | None = None
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Subclasses set COLUMNS and `row_id`; `set_rows()` replaces everything at once."""

    COLUMNS: Sequence[Column[Any]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []  # the rows shown: those the filter lets through, sorted
        self._all_rows: list[Row] = []
        self._finder: RowFinder[Row] | None = None  # search keys, worked out on first filter
        self._typed = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def row_id(self, row: Row) -> int:
        raise NotImplementedError

    # --- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ID_ROLE:
            return self.row_id(row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        """Other roles a subclass answers (fonts, check states); None by default."""
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.COLUMNS):
                return None
            return QCoreApplication.translate(self._columns_context(), self.COLUMNS[section].header)
        return section + 1

    def _columns_context(self) -> str:
        """The class that declares COLUMNS: its name is the headers' translation context."""
        for klass in type(self).__mro__:
            if "COLUMNS" in vars(klass):
                return klass.__name__
        return type(self).__name__

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.row_id(self._rows[i.row()]) for i in persistent]
        self._apply_sort()
        where = {self.row_id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(where[i], p.column()) for i, p in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    # --- the page's operations ------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._all_rows = list(rows)
        self._finder = None
        self._rows = self._matching()
        self._apply_sort()
        self.endResetModel()

    def set_filter(self, typed: str) -> None:
        """Show the rows with a word starting with each word typed, in any column's text."""
        if typed == self._typed:
            return
        self.beginResetModel()
        self._typed = typed
        self._rows = self._matching()
        self._apply_sort()
        self.endResetModel()

    @property
    def total_count(self) -> int:
        """Every row set, shown or filtered out."""
        return len(self._all_rows)

    def rows(self) -> list[Row]:
        """The rows shown (all of them unless `set_filter` narrows them)."""
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if self.row_id(r) == row_id), None)

    def _matching(self) -> list[Row]:
        if not self._typed.strip():
            return list(self._all_rows)
        if self._finder is None:
            columns = self.COLUMNS
            self._finder = RowFinder(self._all_rows, lambda r: [c.text(r) for c in columns])
        return self._finder.shown(self._typed)

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        spec = self.COLUMNS[column]
        key = spec.sort_key or (lambda r: spec.text(r).lower())
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
