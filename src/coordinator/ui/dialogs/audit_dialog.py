"""The Audit window: who changed what and when, before and after; filtered by person, kind, day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.audit_view import (
    AuditFilter,
    audit_lines,
    audited_kinds,
    audited_people,
)
from coordinator.ui.context import AppContext
from coordinator.ui.models.audit_model import AFTER, BEFORE, AuditModel
from coordinator.ui.widgets.word_completer import make_searchable

NO_DATE = QDate(2000, 1, 1)  # the date edits show "any" at their minimum
LIMIT = 1000


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("any")
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(NO_DATE)
    return edit


def _day(edit: QDateEdit) -> dt.date | None:
    date = edit.date()
    if date == NO_DATE:
        return None
    return dt.date(date.year(), date.month(), date.day())


class AuditDialog(QDialog):
    """Reads the audit log through `services.audit_view`; changes nothing."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Audit: every change")
        self.context = context
        self.model = AuditModel(self)
        self._build()
        self.reload_choices()
        context.data_changed.connect(lambda _kind: self.refresh())
        context.database_changed.connect(self.reload_choices)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QFormLayout()
        self.person_filter = QComboBox()
        self.person_finder = make_searchable(self.person_filter)  # type any word of a name
        self.kind_filter = QComboBox()
        dates = QHBoxLayout()
        self.first_day = _date_edit()
        self.last_day = _date_edit()
        dates.addWidget(self.first_day)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.last_day)
        self.clear_dates = QPushButton("Any date")
        self.clear_dates.clicked.connect(self._clear_dates)
        dates.addWidget(self.clear_dates)
        dates.addStretch(1)
        filters.addRow("&Person:", self.person_filter)
        filters.addRow("&Kind:", self.kind_filter)
        dates_label = QLabel("&Dates:")
        dates_label.setBuddy(self.first_day)
        filters.addRow(dates_label, dates)
        layout.addLayout(filters)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.count = QLabel()
        layout.addWidget(self.count)
        for combo in (self.person_filter, self.kind_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.resize(900, 520)

    def _clear_dates(self) -> None:
        for edit in (self.first_day, self.last_day):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.refresh()

    def reload_choices(self) -> None:
        """Fill the Person and Kind filters from what the log mentions, then show the rows."""
        with self.context.db.reading() as session:
            people = audited_people(session)
            kinds = audited_kinds(session)
        for combo, everyone, items in (
            (self.person_filter, "Everyone", people),
            (self.kind_filter, "Every kind", [(k, label) for k, label in kinds]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value, label in items:
                combo.addItem(label, value)
            combo.blockSignals(False)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            person_id=self.person_filter.currentData(),
            entity=self.kind_filter.currentData(),
            first_day=_day(self.first_day),
            last_day=_day(self.last_day),
            limit=LIMIT,
        )

    def refresh(self) -> None:
        with self.context.db.reading() as session:
            rows = audit_lines(session, self.current_filter())
        self.model.set_rows(rows)
        more = (
            f" (the newest {LIMIT}; narrow the filter to see older ones)"
            if len(rows) == LIMIT
            else ""
        )
        noun = "change" if len(rows) == 1 else "changes"
        self.count.setText(f"{len(rows):,} {noun}{more}")
