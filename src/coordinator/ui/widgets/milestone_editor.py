"""The Rule packs dialog's milestone list: one row each, due date and test written as phrases.

A coordinator writes "within 30 days of hire" and "a check-in with the topic Stay conversation";
the pack stores the data those phrases mean (services.milestones.definitions reads them back and
refuses a phrase it cannot read, in words, when the pack is saved).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import RefusedError
from coordinator.services.milestones.definitions import MilestoneFor, read_milestone
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.tab_order import chain

NAME, FOR, DUE, MET_BY = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("MilestoneEditor", "Milestone"),
    QT_TRANSLATE_NOOP("MilestoneEditor", "For"),
    QT_TRANSLATE_NOOP("MilestoneEditor", "Due"),
    QT_TRANSLATE_NOOP("MilestoneEditor", "Met by"),
)
EXAMPLE = {
    "name": QT_TRANSLATE_NOOP("MilestoneEditor", "New milestone"),
    "for": MilestoneFor.PAIR.value,
    "due": "within 30 days of assignment",  # untranslated: the rule pack's words, read in English
    "met_by": "a check-in",  # untranslated: the rule pack's words, read in English
}


class MilestoneEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(self.tr("Milestones"))
        self.table.setAccessibleDescription(
            self.tr(
                "One milestone a row: its name, who it is for, when it is due and what meets it. "
                "Write the due date as Feb 15, within 30 days of hire, end of each semester; and "
                "what meets it as a mentor assigned, 12 hours, every required topic, a check-in, "
                "an observation, a check-in with the topic NAME, a training, a document."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((NAME, 170), (FOR, 170), (DUE, 190)):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(220)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add milestone"))
        self.add_button.setAccessibleName(self.tr("Add a milestone"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove milestone"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected milestone"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_milestones(self, data: list[Any] | None) -> None:
        self.table.setRowCount(0)
        for item in data or []:
            try:
                m = read_milestone(item)
            except RefusedError:  # a pack saved by hand outside the app: shown as it is
                self._append(dict(item) if isinstance(item, dict) else {})
                continue
            self._append(
                {
                    "key": m.key,
                    "name": m.name,
                    "for": m.audience.value,
                    "due": m.due.phrase,
                    "met_by": m.met_by.phrase,
                }
            )

    def add_row(self) -> None:
        self._append({**EXAMPLE, "name": self.tr(EXAMPLE["name"])})
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._tab_through_rows()
        if rows:
            self.changed.emit()

    def _append(self, data: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(str(data.get("name", "")))
        name.setData(Qt.ItemDataRole.UserRole, data.get("key"))
        self.table.setItem(row, NAME, name)
        audience = QComboBox()
        audience.setAccessibleName(self.tr("Who the milestone is for"))
        for choice in MilestoneFor:
            audience.addItem(choice.label, choice.value)
        audience.setCurrentIndex(max(audience.findData(str(data.get("for", "mentee"))), 0))
        audience.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, FOR, audience)
        self.table.setItem(row, DUE, QTableWidgetItem(str(data.get("due", ""))))
        self.table.setItem(row, MET_BY, QTableWidgetItem(str(data.get("met_by", ""))))
        self._tab_through_rows()

    def _tab_through_rows(self) -> None:
        """Tab goes from the table to each row's choice, in row order, then to the buttons."""
        choices = [self.table.cellWidget(row, FOR) for row in range(self.table.rowCount())]
        chain(self.table, *(c for c in choices if c is not None), self.add_button)

    def milestones(self) -> list[dict[str, Any]]:
        """The rows as the pack's service reads them (phrases for the due date and the test)."""
        found = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, NAME)
            audience = self.table.cellWidget(row, FOR)
            entry: dict[str, Any] = {
                "name": name.text() if name else "",
                "for": audience.currentData() if isinstance(audience, QComboBox) else "mentee",
                "due": self._text(row, DUE),
                "met_by": self._text(row, MET_BY),
            }
            key = name.data(Qt.ItemDataRole.UserRole) if name else None
            if key:
                entry["key"] = key
            found.append(entry)
        return found

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""
