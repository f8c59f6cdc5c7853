"""Add a ledger entry: release time for a mentor, a training provider's cost, other spending."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.services.pay import ledger
from coordinator.services.pay.money import parse_amount
from coordinator.services.pay.overview import FundsView, year_mentors
from coordinator.services.pay.rules import CATEGORY_LABELS, LEDGER_CATEGORIES
from coordinator.ui import service_words
from coordinator.ui.context import AppContext
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import DateField
from coordinator.ui.widgets.word_completer import make_searchable

STATUSES = (
    (QT_TRANSLATE_NOOP("LedgerEntryDialog", "Spent"), ledger.SPENT),
    (QT_TRANSLATE_NOOP("LedgerEntryDialog", "Committed (not yet spent)"), ledger.COMMITTED),
)


class LedgerEntryDialog(QDialog):
    """Checks every field in accept(), records the entry (audited), and stays open on a refusal."""

    def __init__(
        self, context: AppContext, view: FundsView, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a ledger entry"))
        self._context = context
        self._view = view
        self.entry_id: int | None = None
        with context.db.reading() as session:
            mentors = year_mentors(session, view.program_year_id)
        about = QLabel(
            self.tr(
                "Release time (substitute days so a mentor can observe), an approved training "
                "provider's cost, or other spending charged to the allotment. Stipends come from "
                "pay runs, not from here."
            )
        )
        about.setWordWrap(True)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        for category in LEDGER_CATEGORIES:
            allowed = view.budget_allows(category)
            words = service_words.shown(CATEGORY_LABELS[category]) + (
                "" if allowed else self.tr(" (the allotment does not allow it)")
            )
            self.category_combo.addItem(words, category)
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 120 or 1,250.50"))
        start = min(max(today, view.year_start), view.year_end)
        self.date_field = DateField(start, label=self.tr("Date"))
        self.date_field.set_range(
            view.year_start,
            view.year_end,
            self.tr("the program year {year_label}").format(year_label=view.year_label),
        )
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Spent or committed"))
        for words, status in STATUSES:
            self.status_combo.addItem(self.tr(words), status)
        self.mentor_combo = QComboBox()
        self.mentor_combo.setAccessibleName(self.tr("Mentor released (optional)"))
        self.mentor_combo.addItem(self.tr("No one in particular"), None)
        for mentor in mentors:
            shown = f"{mentor.name} ({mentor.employee_id})" if mentor.employee_id else mentor.name
            self.mentor_combo.addItem(shown, mentor.person_id)
        self.mentor_combo.setEditable(True)
        self.mentor_search = make_searchable(self.mentor_combo)
        self.half_days = QSpinBox()
        self.half_days.setRange(0, 400)
        self.half_days.setAccessibleName(self.tr("Substitute half days"))
        editor = self.half_days.findChild(QLineEdit)  # the box's own text field is read out too
        if editor is not None:
            editor.setAccessibleName(self.tr("Substitute half days"))
        self.description_edit = QLineEdit()
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setPlaceholderText(
            self.tr("e.g. Substitute cover to observe the mentee")
        )
        form = QFormLayout()
        for text, field in (
            (self.tr("&Category:"), self.category_combo),
            (self.tr("A&mount:"), self.amount_edit),
            (self.tr("&Date:"), self.date_field),
            (self.tr("&Status:"), self.status_combo),
            (self.tr("Men&tor:"), self.mentor_combo),
            (self.tr("Substitute &half days:"), self.half_days),
            (self.tr("D&escription:"), self.description_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add entry"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _refuse(self, words: str, field: QWidget) -> None:
        self.problem.setText(words)
        field.setFocus()

    def accept(self) -> None:
        try:
            cents = parse_amount(self.amount_edit.text())
        except CoordinatorError as exc:
            self._refuse(str(exc), self.amount_edit)
            return
        problem = self.date_field.problem()
        day = self.date_field.date()
        if problem is not None or day is None:
            self._refuse(problem or self.tr("Enter the day of the spending."), self.date_field)
            return
        person = self.mentor_combo.currentData()
        try:
            with self._context.db.transaction() as session:
                self.entry_id = ledger.add_entry(
                    session,
                    self._view.program_year_id,
                    category=str(self.category_combo.currentData()),
                    amount_cents=cents,
                    occurred_on=day,
                    description=self.description_edit.text(),
                    person_id=None if person is None else int(person),
                    status=str(self.status_combo.currentData()),
                    substitute_half_days=self.half_days.value(),
                )
        except CoordinatorError as exc:
            self._refuse(str(exc), self.amount_edit)
            return
        super().accept()
