"""Qt models for the duplicate review: the waiting pairs, and one pair's fields side by side."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from coordinator.services.duplicates.queue import COMPARED, DuplicatePair
from coordinator.ui.models.rows_model import Column, RowsModel


def _b_side(pair: DuplicatePair) -> str:
    where = "" if pair.other.in_database else " (only in the file)"
    return f"{pair.other.name} ({pair.other.key or 'no ID'}){where}"


class DuplicatePairsModel(RowsModel[DuplicatePair]):
    COLUMNS = (
        Column[DuplicatePair]("File and row", lambda p: f"{p.file_name}, row {p.row}"),
        Column[DuplicatePair]("Why", lambda p: p.reason),
        Column[DuplicatePair](
            "A: in the database", lambda p: f"{p.kept.name} ({p.kept.key or 'no ID'})"
        ),
        Column[DuplicatePair]("B: the other", _b_side),
        Column[DuplicatePair]("Same", lambda p: ", ".join(p.matches) or "nothing"),
    )

    def row_id(self, row: DuplicatePair) -> int:
        return row.held_row_id


@dataclass(frozen=True)
class ComparedField:
    label: str
    a: str
    b: str

    @property
    def same(self) -> bool:
        return self.a.casefold() == self.b.casefold()


def compared_fields(pair: DuplicatePair) -> list[ComparedField]:
    return [ComparedField(label, pair.kept.shown(n), pair.other.shown(n)) for n, label in COMPARED]


class ComparedFieldsModel(RowsModel[ComparedField]):
    COLUMNS = (
        Column[ComparedField]("Field", lambda f: f.label),
        Column[ComparedField]("A", lambda f: f.a),
        Column[ComparedField]("B", lambda f: f.b),
        Column[ComparedField]("", lambda f: "same" if f.same else "differs"),
    )

    def row_id(self, row: ComparedField) -> int:
        return hash(row.label)

    def extra_data(self, row: ComparedField, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and not row.same:
            font = QFont()
            font.setBold(True)  # what differs stands out without a colour
            return font
        return None
