"""The Funds page's budget tab: the allotment against spent and committed by category, the
warnings for what the allotment does not allow, and the ledger entries."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator.services.pay.money import money
from coordinator.services.pay.overview import FundsView
from coordinator.ui.models.funds_models import CategoriesModel, LedgerModel
from coordinator.ui.widgets.row_tables import table

NO_ALLOTMENT = str(
    QT_TRANSLATE_NOOP(
        "FundsBudget",
        "No allotment entered for this year yet: coordinator budget --program P --year Y "
        "--set-per-teacher AMOUNT (or --set-total AMOUNT).",
    )
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
        self.categories.setAccessibleName(self.tr("The allotment by category: spent and committed"))
        self.ledger_model = LedgerModel(self)
        self.ledger = table(self.ledger_model, sort_by=-1)
        self.ledger.setAccessibleName(
            self.tr("Ledger entries: release time, training providers, other")
        )
        self.ledger_title = QLabel(self.tr("<b>Ledger</b>"))
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
            self.allotment.setText(
                self.tr("Choose a program year to see its allotment and spending.")
            )
            self.categories_model.set_rows([])
            self.ledger_model.set_rows([])
            for label in (self.totals, self.warnings, self.ledger_empty):
                label.setText("")
            return
        shown = view.budget
        if shown.allotment_cents is None:
            self.allotment.setText(
                self.tr("<b>Allotment:</b> {words}").format(words=escape(self.tr(NO_ALLOTMENT)))
            )
        else:
            self.allotment.setText(
                self.tr("<b>Allotment:</b> {words}").format(words=escape(shown.allotment_words))
            )
        self.categories_model.set_rows(list(shown.lines))
        self.categories.resizeColumnsToContents()
        self._fit_categories()
        remaining = shown.remaining_cents
        left = (
            ""
            if remaining is None
            else self.tr(" · <b>remaining {money}</b>").format(money=escape(money(remaining)))
        )
        self.totals.setText(
            self.tr("Spent {spent} · committed {committed}").format(
                spent=escape(money(shown.spent_cents)),
                committed=escape(money(shown.committed_cents)),
            )
            + left
        )
        warning = self.tr("<b>Warning:</b> {warning}")
        self.warnings.setText(
            "<br>".join(warning.format(warning=escape(w)) for w in shown.warnings)
        )
        self.warnings.setVisible(bool(shown.warnings))
        self.ledger_model.set_rows(list(view.ledger))
        self.ledger.resizeColumnsToContents()
        self.ledger_empty.setText(
            ""
            if view.ledger
            else self.tr(
                "No ledger entries for {year} yet: Add entry… records release "
                "time, a training provider's cost or other spending."
            ).format(year=view.year_label)
        )
        self.ledger_empty.setVisible(not view.ledger)
