"""Qt models for the duplicate review: the waiting pairs, and one pair's fields side by side."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from coordinator.services.duplicates.queue import COMPARED, DuplicatePair
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP


def _no_id() -> str:
    return QCoreApplication.translate("DuplicatePairsModel", "no ID")


def _b_side(pair: DuplicatePair) -> str:
    shown = f"{pair.other.name} ({pair.other.key or _no_id()})"
    return (
        shown
        if pair.other.in_database
        else QCoreApplication.translate(
            "DuplicatePairsModel", "{person} (only in the file)"
        ).format(person=shown)
    )


class DuplicatePairsModel(RowsModel[DuplicatePair]):
    COLUMNS = (
        Column[DuplicatePair](
            QT_TRANSLATE_NOOP("DuplicatePairsModel", "File and row"),
            lambda p: QCoreApplication.translate("DuplicatePairsModel", "{file}, row {row}").format(
                file=p.file_name, row=p.row
            ),
        ),
        Column[DuplicatePair](QT_TRANSLATE_NOOP("DuplicatePairsModel", "Why"), lambda p: p.reason),
        Column[DuplicatePair](
            QT_TRANSLATE_NOOP("DuplicatePairsModel", "A: in the database"),
            lambda p: f"{p.kept.name} ({p.kept.key or _no_id()})",
        ),
        Column[DuplicatePair](QT_TRANSLATE_NOOP("DuplicatePairsModel", "B: the other"), _b_side),
        Column[DuplicatePair](
            QT_TRANSLATE_NOOP("DuplicatePairsModel", "Same"),
            lambda p: (
                ", ".join(p.matches) or QCoreApplication.translate("DuplicatePairsModel", "nothing")
            ),
        ),
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
        Column[ComparedField](QT_TRANSLATE_NOOP("ComparedFieldsModel", "Field"), lambda f: f.label),
        Column[ComparedField](QT_TRANSLATE_NOOP("ComparedFieldsModel", "A"), lambda f: f.a),
        Column[ComparedField](QT_TRANSLATE_NOOP("ComparedFieldsModel", "B"), lambda f: f.b),
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
