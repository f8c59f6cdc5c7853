"""The Funds page's tables: pay runs, a run's lines, the budget by category, the ledger."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.services.pay.ledger import CategoryLine
from coordinator.services.pay.money import money
from coordinator.services.pay.overview import PERIOD_ORDER, LedgerRow, RunRow
from coordinator.services.pay.rules import CATEGORY_LABELS
from coordinator.services.pay.runs import RunLine
from coordinator.tools.text import fold
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_reasons import said
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_date, format_moment

LINE_KINDS = {
    "computed": QT_TRANSLATE_NOOP("LinesModel", "From the logs"),
    "correction": QT_TRANSLATE_NOOP("LinesModel", "Correction"),
    "adjustment": QT_TRANSLATE_NOOP("LinesModel", "Adjustment"),
    "reversal": QT_TRANSLATE_NOOP("LinesModel", "Reversal"),
}


class RunsModel(RowsModel[RunRow]):
    COLUMNS = (
        Column[RunRow](
            QT_TRANSLATE_NOOP("RunsModel", "Run"),
            lambda r: str(r.run_id) if r.locked else "—",
            sort_key=lambda r: (r.run_id or 10**9) if r.locked else 10**9,
        ),
        Column[RunRow](
            QT_TRANSLATE_NOOP("RunsModel", "Period"),
            lambda r: r.period_label,
            sort_key=lambda r: r.period_label,
        ),
        Column[RunRow](QT_TRANSLATE_NOOP("RunsModel", "Status"), lambda r: said(shown(r.status))),
        Column[RunRow](
            QT_TRANSLATE_NOOP("RunsModel", "People"),
            lambda r: str(r.people),
            sort_key=lambda r: r.people,
            align_right=True,
        ),
        Column[RunRow](
            QT_TRANSLATE_NOOP("RunsModel", "Total"),
            lambda r: money(r.total_cents),
            sort_key=lambda r: r.total_cents,
            align_right=True,
        ),
        Column[RunRow](
            QT_TRANSLATE_NOOP("RunsModel", "Approved"),
            lambda r: format_moment(r.approved_at) if r.approved_at else "",
            sort_key=lambda r: r.approved_at.isoformat() if r.approved_at else "",
        ),
        Column[RunRow](QT_TRANSLATE_NOOP("RunsModel", "Approved by"), lambda r: r.approved_by),
    )

    def row_id(self, row: RunRow) -> int:
        """A stored run's id; a preview is minus its period's place (previews are not stored)."""
        return (
            row.run_id if row.locked and row.run_id is not None else -1 - PERIOD_ORDER[row.period]
        )


class LinesModel(RowsModel[RunLine]):
    COLUMNS = (
        Column[RunLine](
            QT_TRANSLATE_NOOP("LinesModel", "Person"),
            lambda x: x.name,
            sort_key=lambda x: fold(x.name),
        ),
        Column[RunLine](QT_TRANSLATE_NOOP("LinesModel", "Employee ID"), lambda x: x.employee_id),
        Column[RunLine](QT_TRANSLATE_NOOP("LinesModel", "Campus"), lambda x: x.campus),
        Column[RunLine](
            QT_TRANSLATE_NOOP("LinesModel", "Amount"),
            lambda x: money(x.amount_cents),
            sort_key=lambda x: x.amount_cents,
            align_right=True,
        ),
        Column[RunLine](
            QT_TRANSLATE_NOOP("LinesModel", "Line"), lambda x: LINE_KINDS.get(x.kind, x.kind)
        ),
        Column[RunLine](
            QT_TRANSLATE_NOOP("LinesModel", "Reason"),
            lambda x: x.reason,
            tooltip=lambda x: x.reason,
        ),
        Column[RunLine](
            QT_TRANSLATE_NOOP("LinesModel", "Missing to be paid"),
            lambda x: said(x.missing),
            tooltip=lambda x: said(x.missing),
        ),
    )

    def row_id(self, row: RunLine) -> int:
        return row.person_id


class CategoriesModel(RowsModel[CategoryLine]):
    COLUMNS = (
        Column[CategoryLine](
            QT_TRANSLATE_NOOP("CategoriesModel", "Category"), lambda c: shown(c.label)
        ),
        Column[CategoryLine](
            QT_TRANSLATE_NOOP("CategoriesModel", "Allotment allows it"),
            lambda c: (
                QCoreApplication.translate("CategoriesModel", "Yes")
                if c.allowed
                else QCoreApplication.translate("CategoriesModel", "No: pay it from other funds")
            ),
        ),
        Column[CategoryLine](
            QT_TRANSLATE_NOOP("CategoriesModel", "Spent"),
            lambda c: money(c.spent_cents),
            sort_key=lambda c: c.spent_cents,
            align_right=True,
        ),
        Column[CategoryLine](
            QT_TRANSLATE_NOOP("CategoriesModel", "Committed"),
            lambda c: money(c.committed_cents),
            sort_key=lambda c: c.committed_cents,
            align_right=True,
        ),
        Column[CategoryLine](
            QT_TRANSLATE_NOOP("CategoriesModel", "Spent and committed"),
            lambda c: money(c.spent_cents + c.committed_cents),
            sort_key=lambda c: c.spent_cents + c.committed_cents,
            align_right=True,
        ),
    )

    def row_id(self, row: CategoryLine) -> int:
        return list(CATEGORY_LABELS).index(row.category)


class LedgerModel(RowsModel[LedgerRow]):
    COLUMNS = (
        Column[LedgerRow](
            QT_TRANSLATE_NOOP("LedgerModel", "Date"),
            lambda e: format_date(e.occurred_on),
            sort_key=lambda e: e.occurred_on,
        ),
        Column[LedgerRow](QT_TRANSLATE_NOOP("LedgerModel", "Category"), lambda e: e.category_label),
        Column[LedgerRow](
            QT_TRANSLATE_NOOP("LedgerModel", "Mentor"),
            lambda e: e.person,
            sort_key=lambda e: fold(e.person),
        ),
        Column[LedgerRow](
            QT_TRANSLATE_NOOP("LedgerModel", "Amount"),
            lambda e: money(e.amount_cents),
            sort_key=lambda e: e.amount_cents,
            align_right=True,
        ),
        Column[LedgerRow](
            QT_TRANSLATE_NOOP("LedgerModel", "Status"), lambda e: shown(e.status.capitalize())
        ),
        Column[LedgerRow](QT_TRANSLATE_NOOP("LedgerModel", "Release"), lambda e: said(e.release)),
        Column[LedgerRow](
            QT_TRANSLATE_NOOP("LedgerModel", "Description"),
            lambda e: e.description,
            tooltip=lambda e: e.description,
        ),
    )

    def row_id(self, row: LedgerRow) -> int:
        return row.id
