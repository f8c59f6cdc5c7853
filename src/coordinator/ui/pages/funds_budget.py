"""The Funds page's budget tab: the allotment against spent and committed by category, the
warnings for what the allotment does not allow, and the ledger entries."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator.services.pay.money import money
from coordinator.services.pay.overview import FundsView
from coordinator.ui.models.funds_models import CategoriesModel, LedgerModel
from coordinator.ui.widgets.row_tables import table

NO_ALLOTMENT = (
    "No allotment entered for this year yet: coordinator budget --program P --year Y "
    "--set-per-teacher AMOUNT (or --set-total AMOUNT)."
)


class FundsBudget(QWidget):
    """Shows a FundsView's budget and ledger; the page owns the Add entry… action."""

    def __init__(self, add_button: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allotment = QLabel()
        self.allotment.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.categories_model = CategoriesModel(self)
        self.categories = table(self.categories_model, stretch=0, sort_by=-1)
        self.categories.setSortingEnabled(False)
        self.categories.setAccessibleName("The allotment by category: spent and committed")
        self.ledger_model = LedgerModel(self)
        self.ledger = table(self.ledger_model, sort_by=-1)
        self.ledger.setAccessibleName("Ledger entries: release time, training providers, other")
        self.ledger_title = QLabel("<b>Ledger</b>")
        self.ledger_empty = QLabel()
        self.ledger_empty.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.ledger_title)
        header.addStretch(1)
        header.addWidget(add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.allotment)
        layout.addWidget(self.categories)
        layout.addWidget(self.totals)
        layout.addWidget(self.warnings)
        layout.addLayout(header)
        layout.addWidget(self.ledger_empty)
        layout.addWidget(self.ledger, 3)

    def _fit_categories(self) -> None:
        """As tall as its rows (a few categories): the ledger below gets the room."""
        view = self.categories
        rows = max(view.model().rowCount(), 1)
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        view.setFixedHeight(height + rows * view.verticalHeader().defaultSectionSize() + 2)

    def show_view(self, view: FundsView | None) -> None:
        if view is None:
            self.allotment.setText("Choose a program year to see its allotment and spending.")
            self.categories_model.set_rows([])
            self.ledger_model.set_rows([])
            for label in (self.totals, self.warnings, self.ledger_empty):
                label.setText("")
            return
        shown = view.budget
        if shown.allotment_cents is None:
            self.allotment.setText(f"<b>Allotment:</b> {escape(NO_ALLOTMENT)}")
        else:
            self.allotment.setText(f"<b>Allotment:</b> {escape(shown.allotment_words)}")
        self.categories_model.set_rows(list(shown.lines))
        self.categories.resizeColumnsToContents()
        self._fit_categories()
        remaining = shown.remaining_cents
        left = "" if remaining is None else f" · <b>remaining {escape(money(remaining))}</b>"
        self.totals.setText(
            f"Spent {escape(money(shown.spent_cents))} · committed "
            f"{escape(money(shown.committed_cents))}{left}"
        )
        self.warnings.setText("<br>".join(f"<b>Warning:</b> {escape(w)}" for w in shown.warnings))
        self.warnings.setVisible(bool(shown.warnings))
        self.ledger_model.set_rows(list(view.ledger))
        self.ledger.resizeColumnsToContents()
        self.ledger_empty.setText(
            ""
            if view.ledger
            else f"No ledger entries for {view.year_label} yet: Add entry… records release "
            "time, a training provider's cost or other spending."
        )
        self.ledger_empty.setVisible(not view.ledger)
