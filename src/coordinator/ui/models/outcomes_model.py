"""The Dashboard's Outcomes figures as a table: one row per group, small groups hidden."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from coordinator.services.outcomes.retention import Outcome
from coordinator.services.outcomes.summary import Group
from coordinator.ui.figures import local_figure
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

HIDDEN_SORTS_LAST = -1


def _count(outcome: Outcome | None) -> Any:
    def text(row: OutcomeRow) -> str:
        if not row.group.shown:
            return row.hidden
        tally = row.group.tally
        return local_figure(tally.total if outcome is None else tally.count(outcome))

    return text


def _kept(row: OutcomeRow) -> str:
    if not row.group.shown:
        return row.hidden
    percent = row.group.tally.kept_percent
    return "—" if percent is None else f"{percent}%"


class OutcomeRow:
    """A group and the words a hidden figure shows ("fewer than 5")."""

    __slots__ = ("group", "hidden", "index", "section")

    def __init__(self, index: int, section: str, group: Group, hidden: str) -> None:
        self.index, self.section, self.group, self.hidden = index, section, group, hidden


def _size_key(row: OutcomeRow) -> int:
    return row.group.size if row.group.shown else HIDDEN_SORTS_LAST


class OutcomesTableModel(RowsModel[OutcomeRow]):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("OutcomesTableModel", "Group"),
            lambda r: f"{r.section}: {r.group.label}",
            lambda r: r.index,
        ),
        Column(
            QT_TRANSLATE_NOOP("OutcomesTableModel", "People"),
            _count(None),
            _size_key,
            align_right=True,
        ),
        *(Column(o.label, _count(o), align_right=True) for o in Outcome),
        Column(
            QT_TRANSLATE_NOOP("OutcomesTableModel", "Still in the district"),
            _kept,
            align_right=True,
        ),
    )

    def row_id(self, row: OutcomeRow) -> int:
        return row.index

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The outcome columns are headed by the services' words, in the window's language."""
        header = super().headerData(section, orientation, role)
        return shown(header) if isinstance(header, str) else header
