"""Qt table models for the import wizard and the Imports page: plain rows in, sorted in Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from coordinator.importing.problem import Problem
from coordinator.importing.roster.batches import BatchSummary
from coordinator.importing.roster.plan import HeldRow, MissingPerson, PlannedPerson, describe_value
from coordinator.tools.names import display_name
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_date, format_moment

Index = QModelIndex | QPersistentModelIndex


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_moment(value)
    if isinstance(value, dt.date):
        return format_date(value)
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


def col(header: str, value: Callable[[Any], Any], *, count: bool = False) -> Column[Any]:
    """A column showing `value` as text and sorting by the value itself (numbers as numbers)."""
    return Column(
        header, lambda r: _shown(value(r)), lambda r: _sort_key(value(r)), align_right=count
    )


def _v(name: str) -> Callable[[PlannedPerson | HeldRow], Any]:
    return lambda r: r.values.get(name)


def _name(r: PlannedPerson | HeldRow) -> str:
    """The row's name as the People list will show it."""
    v = r.values
    return display_name(
        first=v.get("first_name") or "",
        preferred=v.get("preferred_name"),
        last=v.get("last_name") or "",
    )


class NewPeopleModel(RowsModel[PlannedPerson]):
    COLUMNS = (
        col(QT_TRANSLATE_NOOP("NewPeopleModel", "Row"), lambda r: r.row),
        col(QT_TRANSLATE_NOOP("NewPeopleModel", "Employee ID"), _v("employee_id")),
        col(QT_TRANSLATE_NOOP("NewPeopleModel", "Last name"), _v("last_name")),
        col(QT_TRANSLATE_NOOP("NewPeopleModel", "First name"), _v("first_name")),
        col(QT_TRANSLATE_NOOP("NewPeopleModel", "E-mail"), _v("email")),
        col(
            QT_TRANSLATE_NOOP("NewPeopleModel", "Campus"),
            lambda r: r.values.get("campus") or r.values.get("campus_code"),
        ),
        col(QT_TRANSLATE_NOOP("NewPeopleModel", "Position"), _v("position")),
        col(QT_TRANSLATE_NOOP("NewPeopleModel", "Hire date"), _v("hire_date")),
    )

    def row_id(self, row: PlannedPerson) -> int:
        return row.row


class ChangedPeopleModel(RowsModel[tuple[PlannedPerson, int]]):
    """One line per changed field, so every before/after pair is visible."""

    _people = 0

    COLUMNS = (
        col(QT_TRANSLATE_NOOP("ChangedPeopleModel", "Row"), lambda r: r[0].row),
        col(
            QT_TRANSLATE_NOOP("ChangedPeopleModel", "Employee ID"),
            lambda r: r[0].values.get("employee_id"),
        ),
        col(QT_TRANSLATE_NOOP("ChangedPeopleModel", "Name"), lambda r: _name(r[0])),
        col(
            QT_TRANSLATE_NOOP("ChangedPeopleModel", "Field"),
            lambda r: r[0].changes[r[1]].field.replace("_", " ").capitalize(),
        ),
        col(
            QT_TRANSLATE_NOOP("ChangedPeopleModel", "Before"),
            lambda r: describe_value(r[0].changes[r[1]].before),
        ),
        col(
            QT_TRANSLATE_NOOP("ChangedPeopleModel", "After"),
            lambda r: describe_value(r[0].changes[r[1]].after),
        ),
    )

    def row_id(self, row: tuple[PlannedPerson, int]) -> int:
        return row[0].row * 1000 + row[1]

    def set_people(self, people: Sequence[PlannedPerson]) -> None:
        self._people = len(people)
        self.set_rows([(p, i) for p in people for i in range(len(p.changes))])

    def people_count(self, lines: Sequence[tuple[PlannedPerson, int]] | None = None) -> int:
        """How many people changed (in `lines`, when given: each is one changed field)."""
        if lines is None:
            return self._people
        return len({person.row for person, _field in lines})


class UnchangedPeopleModel(RowsModel[PlannedPerson]):
    COLUMNS = (
        col(QT_TRANSLATE_NOOP("UnchangedPeopleModel", "Row"), lambda r: r.row),
        col(QT_TRANSLATE_NOOP("UnchangedPeopleModel", "Employee ID"), _v("employee_id")),
        col(QT_TRANSLATE_NOOP("UnchangedPeopleModel", "Name"), _name),
        col(QT_TRANSLATE_NOOP("UnchangedPeopleModel", "Matched on"), lambda r: r.matched_on),
    )

    def row_id(self, row: PlannedPerson) -> int:
        return row.row


class MissingPeopleModel(RowsModel[MissingPerson]):
    COLUMNS = (
        col(QT_TRANSLATE_NOOP("MissingPeopleModel", "Employee ID"), lambda r: r.employee_id),
        col(QT_TRANSLATE_NOOP("MissingPeopleModel", "Name"), lambda r: r.name),
        col(QT_TRANSLATE_NOOP("MissingPeopleModel", "Campus"), lambda r: r.campus),
    )

    def row_id(self, row: MissingPerson) -> int:
        return row.person_id


class HeldRowsModel(RowsModel[HeldRow]):
    COLUMNS = (
        col(QT_TRANSLATE_NOOP("HeldRowsModel", "Row"), lambda r: r.row),
        col(QT_TRANSLATE_NOOP("HeldRowsModel", "Employee ID"), _v("employee_id")),
        col(QT_TRANSLATE_NOOP("HeldRowsModel", "Name"), _name),
        col(QT_TRANSLATE_NOOP("HeldRowsModel", "Why it is held"), lambda r: r.reason),
        col(QT_TRANSLATE_NOOP("HeldRowsModel", "Existing ID"), lambda r: r.other_employee_id),
        col(QT_TRANSLATE_NOOP("HeldRowsModel", "Existing name"), lambda r: r.other_name),
    )

    def row_id(self, row: HeldRow) -> int:
        return row.row


class ProblemsModel(RowsModel[Problem]):
    """The sentence first; the code only as small grey text in a narrow last column."""

    COLUMNS = (
        col(QT_TRANSLATE_NOOP("ProblemsModel", "Row"), lambda r: r.row),
        col(QT_TRANSLATE_NOOP("ProblemsModel", "Column"), lambda r: r.column),
        col(QT_TRANSLATE_NOOP("ProblemsModel", "Value"), lambda r: r.value),
        col(QT_TRANSLATE_NOOP("ProblemsModel", "Problem and how to fix it"), lambda r: r.sentence),
        col(QT_TRANSLATE_NOOP("ProblemsModel", "Code"), lambda r: r.code),
    )
    SENTENCE_COLUMN = 3
    CODE_COLUMN = 4

    def row_id(self, row: Problem) -> int:
        return id(row)  # a row can have several problems; each object is one

    def extra_data(self, row: Problem, column: int, role: int) -> Any:
        if column != self.CODE_COLUMN:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole:
            font = QGuiApplication.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            return font
        return None


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
        col(QT_TRANSLATE_NOOP("BatchesModel", "Batch"), lambda b: b.id),
        col(QT_TRANSLATE_NOOP("BatchesModel", "When"), lambda b: _local_time(b.created_at)),
        col(QT_TRANSLATE_NOOP("BatchesModel", "File"), lambda b: b.file_name),
        col(QT_TRANSLATE_NOOP("BatchesModel", "Sheet"), lambda b: b.sheet),
        col(QT_TRANSLATE_NOOP("BatchesModel", "New"), lambda b: b.counts.get("new", 0), count=True),
        col(
            QT_TRANSLATE_NOOP("BatchesModel", "Changed"),
            lambda b: b.counts.get("changed", 0),
            count=True,
        ),
        col(
            QT_TRANSLATE_NOOP("BatchesModel", "Unchanged"),
            lambda b: b.counts.get("unchanged", 0),
            count=True,
        ),
        col(
            QT_TRANSLATE_NOOP("BatchesModel", "Not in file"),
            lambda b: b.counts.get("missing", 0),
            count=True,
        ),
        col(
            QT_TRANSLATE_NOOP("BatchesModel", "Duplicates"),
            lambda b: b.counts.get("duplicates", 0),
            count=True,
        ),
        col(
            QT_TRANSLATE_NOOP("BatchesModel", "Invalid"),
            lambda b: b.counts.get("invalid", 0),
            count=True,
        ),
        col(
            QT_TRANSLATE_NOOP("BatchesModel", "Status"),
            lambda b: (
                QCoreApplication.translate("BatchesModel", "Undone")
                if b.status == "undone"
                else QCoreApplication.translate("BatchesModel", "Applied")
            ),
        ),
    )

    def row_id(self, row: BatchSummary) -> int:
        return row.id
