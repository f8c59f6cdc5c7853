"""The Audit window: who changed what and when, before and after; filtered by person, kind, day."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from coordinator.ui.widgets.date_field import DateField, format_date
from coordinator.ui.widgets.word_completer import make_searchable

LIMIT = 1000


def _day_filter(label: str) -> DateField:
    """An optional day: empty means no limit on that side."""
    field = DateField(optional=True, label=label)
    field.line_edit.setPlaceholderText(QCoreApplication.translate("AuditDialog", "any day"))
    field.line_edit.setClearButtonEnabled(True)
    return field


class AuditDialog(QDialog):
    """Reads the audit log through `services.audit_view`; changes nothing."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit: every change"))
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
        self.first_day = _day_filter(self.tr("First day"))
        self.last_day = _day_filter(self.tr("Last day"))
        self.last_day.setAccessibleName(self.tr("Last day"))
        dates.addWidget(self.first_day)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.last_day)
        self.clear_dates = QPushButton(self.tr("Any date"))
        self.clear_dates.setAutoDefault(False)  # Enter in a day filters; it never clears the days
        self.clear_dates.clicked.connect(self._clear_dates)
        dates.addWidget(self.clear_dates)
        dates.addStretch(1)
        filters.addRow(self.tr("&Person:"), self.person_filter)
        filters.addRow(self.tr("&Kind:"), self.kind_filter)
        dates_label = QLabel(self.tr("&Dates:"))
        dates_label.setBuddy(self.first_day)
        filters.addRow(dates_label, dates)
        layout.addLayout(filters)
        self.date_error = QLabel(wordWrap=True)
        self.date_error.setObjectName("error")
        self.date_error.hide()
        layout.addWidget(self.date_error)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Changes"))
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
        for field in (self.first_day, self.last_day):
            # A day filters as soon as it reads as one; what cannot is explained when typing ends.
            field.edited.connect(lambda: self._day_edited(finished=False))
            field.line_edit.editingFinished.connect(lambda: self._day_edited(finished=True))
        self.resize(900, 520)

    def _clear_dates(self) -> None:
        for field in (self.first_day, self.last_day):
            field.set_date(None)
        self.refresh()

    def date_problem(self) -> tuple[str, DateField] | None:
        """Why the typed days cannot filter, and the field to fix; None when they can."""
        for field in (self.first_day, self.last_day):
            problem = field.problem()
            if problem is not None:
                return problem, field
        first, last = self.first_day.date(), self.last_day.date()
        if first is not None and last is not None and last < first:
            return (
                self.tr("The last day ({last}) is before the first day ({first}).").format(
                    last=format_date(last), first=format_date(first)
                ),
                self.last_day,
            )
        return None

    def _day_edited(self, *, finished: bool) -> None:
        if finished or self.date_problem() is None:
            self.refresh()

    def reload_choices(self) -> None:
        """Fill the Person and Kind filters from what the log mentions, then show the rows."""
        with self.context.db.reading() as session:
            people = audited_people(session)
            kinds = audited_kinds(session)
        for combo, everyone, items in (
            (self.person_filter, self.tr("Everyone"), people),
            (self.kind_filter, self.tr("Every kind"), [(k, label) for k, label in kinds]),
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
            first_day=self.first_day.date(),
            last_day=self.last_day.date(),
            limit=LIMIT,
        )

    def refresh(self) -> None:
        """Show the rows the filters pick; while a typed day cannot be read, say why instead."""
        refused = self.date_problem()
        if refused is not None:
            self.model.set_rows([])
            self.count.setText(self.tr("No changes shown until the dates can be read."))
            self.date_error.setText(refused[0])
            self.date_error.show()
            return
        self.date_error.hide()
        with self.context.db.reading() as session:
            rows = audit_lines(session, self.current_filter())
        self.model.set_rows(rows)
        more = (
            self.tr(" (the newest {LIMIT}; narrow the filter to see older ones)").format(
                LIMIT=LIMIT
            )
            if len(rows) == LIMIT
            else ""
        )
        noun = "change" if len(rows) == 1 else "changes"
        self.count.setText(f"{len(rows):,} {noun}{more}")
