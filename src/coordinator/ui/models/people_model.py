"""The People table: every person, sorted and filtered in Python so 100,000 rows stay instant."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
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
from coordinator.tools.word_search import SearchQuery, search_key
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

NAME, EMPLOYEE_ID, POSITION, CAMPUS, ROLE, STATUS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("PeopleModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleModel", "Employee ID"),
    QT_TRANSLATE_NOOP("PeopleModel", "Position"),
    QT_TRANSLATE_NOOP("PeopleModel", "Campus"),
    QT_TRANSLATE_NOOP("PeopleModel", "Role"),
    QT_TRANSLATE_NOOP("PeopleModel", "Status"),
)
_FIELDS = ("name", "employee_id", "position", "campus", "role", "status")

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
_PIECE = 5_000  # rows sorted in one C call by `_stable_sorted`

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class PreparedPeople:
    """The rows with their search keys and each column's sort order, worked out once per load.

    `prepare_people` builds it off the GUI thread (in the page's worker): showing it, and every
    header click after, only picks a ready order.
    """

    rows: list[PersonRow]
    search_keys: list[str]
    # (column, descending) -> the row order shown: ties by name, blanks last either way
    orders: dict[tuple[int, bool], list[int]] = field(default_factory=dict)


def _column_keys(rows: list[PersonRow], column: int) -> list[str]:
    """Case- and accent-free keys for one column.

    Names sort by last name, then first (`tools.names.name_sort_key`), though shown first name
    first.
    """
    if column == NAME:
        return [row.sort_key for row in rows]
    value = attrgetter(_FIELDS[column])
    folded: dict[str, str] = {}  # campuses, positions, roles repeat: fold each once
    keys = []
    for row in rows:
        text = value(row)
        key = folded.get(text)
        if key is None:
            key = folded[text] = fold(text)
        keys.append(key)
    return keys


def _stable_sorted(indexes: list[int], key: Callable[[int], str]) -> list[int]:
    """`sorted(indexes, key=key)`, in pieces: one C-level sort of 100,000 strings holds the GIL
    (and so the GUI thread) for a tenth of a second; pieces of 5,000 merged in Python let it run.
    """
    pieces = [sorted(indexes[n : n + _PIECE], key=key) for n in range(0, len(indexes), _PIECE)]
    if len(pieces) <= 1:
        return pieces[0] if pieces else []
    return list(heapq.merge(*pieces, key=key))  # stable: ties keep the pieces' order


def _search_keys(rows: list[PersonRow]) -> list[str]:
    """Each row's search text, with the role and status words as the window shows them.

    The services build `search_text` from the English words; under a translator the shown
    words ("Mentorado", "Activo") are added, so typing what the table shows finds the row.
    In English nothing is added.
    """
    extra: dict[tuple[str, str], str] = {}  # roles and statuses repeat: work each pair out once
    keys = []
    for row in rows:
        pair = (row.role, row.status)
        added = extra.get(pair)
        if added is None:
            words = [shown(w) for w in pair if shown(w) != w]
            added = extra[pair] = search_key(*words) if words else ""
        keys.append(row.search_text + added if added else row.search_text)
    return keys


def prepare_people(rows: list[PersonRow]) -> PreparedPeople:
    """Search keys and every column's ascending order (ties by name); safe in any thread."""
    prepared = PreparedPeople(rows, _search_keys(rows))
    names = _column_keys(rows, NAME)
    by_name = _stable_sorted(list(range(len(rows))), names.__getitem__)
    for column in range(len(HEADERS)):
        keys = names if column == NAME else _column_keys(rows, column)
        order = by_name if column == NAME else _stable_sorted(by_name, keys.__getitem__)
        blank = [i for i in order if not keys[i]]
        filled = [i for i in order if keys[i]] if blank else order
        prepared.orders[column, False] = filled + blank
        prepared.orders[column, True] = filled[::-1] + blank[::-1]
    return prepared


class PeopleModel(QAbstractTableModel):
    """Rows are `PersonRow`s; `visible` holds the indexes of the rows that pass the filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._order: list[int] = []  # all rows, in the current sort order
        self._visible: list[int] = []  # the sorted rows that pass the filter
        self._query = SearchQuery(())
        self._prepared = PreparedPeople([], [])
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
            text = getattr(row, _FIELDS[index.column()])
            return shown(text) if index.column() in (ROLE, STATUS) else text
        if role == PERSON_ID_ROLE:
            return row.id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row by one column, keeping the selection on the same people."""
        if not 0 <= column < len(HEADERS) or (column, order) == self._sorted_by():
            return  # the header and sortByColumn both ask: sort once
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self._visible[index.row()] for index in persistent]  # indexes into the rows
        self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        positions = self._positions_of(set(kept))
        new_indexes = [
            self.index(positions[i], old.column()) if i in positions else QModelIndex()
            for i, old in zip(kept, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    # --- the coordinator's operations -----------------------------------------------------------

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.set_prepared(prepare_people(rows))

    def set_prepared(self, prepared: PreparedPeople) -> None:
        """Show rows prepared by `prepare_people` (in a worker): no sorting left to do here."""
        self.beginResetModel()
        self._prepared = prepared
        self._rows = prepared.rows
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

    def _sorted_by(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and direction the rows shown are in (None before any rows are shown)."""
        if self._order is self._prepared.orders.get(
            (self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder)
        ):
            return self._sort_column, self._sort_order
        return None

    def _sorted_order(self) -> list[int]:
        """Rows by the sort column, ties by name, blanks last whichever the direction."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return self._prepared.orders.get((self._sort_column, descending), [])

    def _positions_of(self, wanted: set[int]) -> dict[int, int]:
        """Where some rows are among those shown; a few (a selection) are found at C speed."""
        if len(wanted) > 64:
            return {i: n for n, i in enumerate(self._visible) if i in wanted}
        visible_set = set(self._visible) if len(self._visible) < len(self._rows) else None
        return {
            i: self._visible.index(i) for i in wanted if visible_set is None or i in visible_set
        }

    def _filtered(self, source: list[int]) -> list[int]:
        return self._query.filter(self._prepared.search_keys, source)
