"""The People table: every person, sorted and filtered in Python so 100,000 rows stay instant."""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coordinator.services.people import PersonRow
from coordinator.tools.text import fold
from coordinator.tools.word_search import SearchQuery

NAME, EMPLOYEE_ID, POSITION, CAMPUS, ROLE, STATUS = range(6)
HEADERS = ("Name", "Employee ID", "Position", "Campus", "Role", "Status")
_FIELDS = ("name", "employee_id", "position", "campus", "role", "status")

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole

AnyIndex = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """Rows are `PersonRow`s; `visible` holds the indexes of the rows that pass the filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._order: list[int] = []  # all rows, in the current sort order
        self._visible: list[int] = []  # the sorted rows that pass the filter
        self._query = SearchQuery(())
        self._search_keys: list[str] = []
        self._keys: dict[int, list[str]] = {}
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return getattr(row, _FIELDS[index.column()])
        if role == PERSON_ID_ROLE:
            return row.id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row by one column, keeping the selection on the same people."""
        if not 0 <= column < len(HEADERS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._id_at(index.row()) for index in persistent]
        self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        positions = {self._rows[i].id: n for n, i in enumerate(self._visible)}
        new_indexes = [
            self.index(positions[pid], old.column()) if pid in positions else QModelIndex()
            for pid, old in zip(ids, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    # --- the coordinator's operations -----------------------------------------------------------

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._search_keys = [row.search_text for row in rows]
        self._keys = {}
        self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show the rows with a word starting with each word typed (any order, case, accents)."""
        query = SearchQuery.parse(text)
        if query == self._query:
            return
        self.beginResetModel()
        # Typing on (each old word the start of a new one): only the rows shown can still match.
        source = self._visible if query.narrows(self._query) else self._order
        self._query = query
        self._visible = self._filtered(source)
        self.endResetModel()

    @property
    def total_count(self) -> int:
        return len(self._rows)

    @property
    def visible_count(self) -> int:
        return len(self._visible)

    def person_id(self, row: int) -> int | None:
        return self._id_at(row) if 0 <= row < len(self._visible) else None

    def row_of(self, person_id: int) -> int | None:
        for n, i in enumerate(self._visible):
            if self._rows[i].id == person_id:
                return n
        return None

    def row_data(self, row: int) -> PersonRow:
        return self._rows[self._visible[row]]

    # --- helpers --------------------------------------------------------------------------------

    def _id_at(self, row: int) -> int:
        return self._rows[self._visible[row]].id

    def _sort_keys(self, column: int) -> list[str]:
        """Case- and accent-free keys for one column, worked out once per `set_rows`.

        Names sort by last name, then first (`tools.names.name_sort_key`), though shown first name
        first.
        """
        keys = self._keys.get(column)
        if keys is None:
            if column == NAME:
                keys = [row.sort_key for row in self._rows]
            else:
                field = attrgetter(_FIELDS[column])
                keys = [fold(field(row)) for row in self._rows]
            self._keys[column] = keys
        return keys

    def _sorted_order(self) -> list[int]:
        """Rows by the sort column, ties by name, blanks last whichever the direction."""
        names = self._sort_keys(NAME)
        order = sorted(range(len(self._rows)), key=names.__getitem__)
        keys = names
        if self._sort_column != NAME:
            keys = self._sort_keys(self._sort_column)
            order.sort(key=keys.__getitem__)  # stable: equal keys stay in name order
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if descending:
            order.reverse()
        return [i for i in order if keys[i]] + [i for i in order if not keys[i]]

    def _filtered(self, source: list[int]) -> list[int]:
        return self._query.filter(self._search_keys, source)
