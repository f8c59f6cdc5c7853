"""Qt table models for the import wizard and the Imports page: plain rows in, sorted in Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coordinator.importing.batches import BatchSummary
from coordinator.importing.plan import HeldRow, MissingPerson, PlannedPerson, describe_value
from coordinator.importing.validate import Problem

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], Any]]


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%m/%d/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%m/%d/%Y")
    return str(value)


def _local_time(utc: dt.datetime) -> dt.datetime:
    """A stored UTC time as the coordinator's clock shows it."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None or value == "":
        return (2, "")
    if isinstance(value, int | float):
        return (0, value)
    if isinstance(value, dt.date):
        return (0, value.toordinal())
    return (1, str(value).casefold())


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of plain rows; each column is a header and a getter."""

    COLUMNS: Sequence[Column] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show these rows, kept in the order the user last sorted by."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._sort_rows(*self._sorted_by)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return _shown(self.COLUMNS[index.column()][1](self._rows[index.row()]))

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.COLUMNS[section][0]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        getter = self.COLUMNS[column][1]
        self._rows.sort(
            key=lambda r: _sort_key(getter(r)), reverse=order == Qt.SortOrder.DescendingOrder
        )


def _v(name: str) -> Callable[[PlannedPerson | HeldRow], Any]:
    return lambda r: r.values.get(name)


def _name(r: PlannedPerson | HeldRow) -> str:
    return f"{r.values.get('last_name', '')}, {r.values.get('first_name', '')}"


class NewPeopleModel(RowsModel[PlannedPerson]):
    COLUMNS = (
        ("Row", lambda r: r.row),
        ("Employee ID", _v("employee_id")),
        ("Last name", _v("last_name")),
        ("First name", _v("first_name")),
        ("E-mail", _v("email")),
        ("Campus", lambda r: r.values.get("campus") or r.values.get("campus_code")),
        ("Position", _v("position")),
        ("Hire date", _v("hire_date")),
    )


class ChangedPeopleModel(RowsModel[tuple[PlannedPerson, int]]):
    """One line per changed field, so every before/after pair is visible."""

    COLUMNS = (
        ("Row", lambda r: r[0].row),
        ("Employee ID", lambda r: r[0].values.get("employee_id")),
        ("Name", lambda r: _name(r[0])),
        ("Field", lambda r: r[0].changes[r[1]].field.replace("_", " ").capitalize()),
        ("Before", lambda r: describe_value(r[0].changes[r[1]].before)),
        ("After", lambda r: describe_value(r[0].changes[r[1]].after)),
    )

    def set_people(self, people: Sequence[PlannedPerson]) -> None:
        self.set_rows([(p, i) for p in people for i in range(len(p.changes))])


class UnchangedPeopleModel(RowsModel[PlannedPerson]):
    COLUMNS = (
        ("Row", lambda r: r.row),
        ("Employee ID", _v("employee_id")),
        ("Name", _name),
        ("Matched on", lambda r: r.matched_on),
    )


class MissingPeopleModel(RowsModel[MissingPerson]):
    COLUMNS = (
        ("Employee ID", lambda r: r.employee_id),
        ("Name", lambda r: r.name),
        ("Campus", lambda r: r.campus),
    )


class HeldRowsModel(RowsModel[HeldRow]):
    COLUMNS = (
        ("Row", lambda r: r.row),
        ("Employee ID", _v("employee_id")),
        ("Name", _name),
        ("Why it is held", lambda r: r.reason),
        ("Existing ID", lambda r: r.other_employee_id),
        ("Existing name", lambda r: r.other_name),
    )


class ProblemsModel(RowsModel[Problem]):
    COLUMNS = (
        ("Row", lambda r: r.row),
        ("Column", lambda r: r.column),
        ("Value", lambda r: r.value),
        ("Problem", lambda r: r.code),
        ("How to fix", lambda r: r.fix),
    )


class PreviewModel(QAbstractTableModel):
    """The first rows of the chosen sheet under its headers, as text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._first_row = 0

    def set_rows(self, headers: list[str], rows: list[list[str]], first_row: int) -> None:
        self.beginResetModel()
        self._headers, self._rows, self._first_row = headers, rows, first_row
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class BatchesModel(RowsModel[BatchSummary]):
    COLUMNS = (
        ("Batch", lambda b: b.id),
        ("When", lambda b: _local_time(b.created_at)),
        ("File", lambda b: b.file_name),
        ("Sheet", lambda b: b.sheet),
        ("New", lambda b: b.counts.get("new", 0)),
        ("Changed", lambda b: b.counts.get("changed", 0)),
        ("Unchanged", lambda b: b.counts.get("unchanged", 0)),
        ("Not in file", lambda b: b.counts.get("missing", 0)),
        ("Duplicates", lambda b: b.counts.get("duplicates", 0)),
        ("Invalid", lambda b: b.counts.get("invalid", 0)),
        ("Status", lambda b: "Undone" if b.status == "undone" else "Applied"),
    )
