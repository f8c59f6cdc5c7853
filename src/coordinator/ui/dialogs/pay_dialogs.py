"""The Funds page's pay-run dialogs: a new preview's period, adjusting a line, reversing a run,
and the payroll export's format and profile. Each checks its fields in accept() and stays open,
saying what to fix, when the service refuses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.services.pay import runs
from coordinator.services.pay.money import money, parse_amount, plain
from coordinator.services.pay.overview import RunRow, adjust_to
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

PERIOD_WORDS = {
    "fall": QT_TRANSLATE_NOOP("NewPreviewDialog", "Fall semester"),
    "spring": QT_TRANSLATE_NOOP("NewPreviewDialog", "Spring semester"),
    "year": QT_TRANSLATE_NOOP("NewPreviewDialog", "The whole year"),
}
FORMATS = (
    (QT_TRANSLATE_NOOP("PayrollExportDialog", "Excel workbook (.xlsx)"), ".xlsx"),
    (QT_TRANSLATE_NOOP("PayrollExportDialog", "CSV file (.csv)"), ".csv"),
)
STANDARD_COLUMNS = QT_TRANSLATE_NOOP("PayrollExportDialog", "Standard columns")


class _FormDialog(QDialog):
    """A title, an explanation, a form, a problem line and OK/Cancel."""

    def __init__(self, title: str, about: str, ok: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def refuse(self, words: str, field: QWidget | None = None) -> None:
        self.problem.setText(words)
        if field is not None:
            field.setFocus()


class NewPreviewDialog(_FormDialog):
    """Which period to preview: the pack's periods only."""

    def __init__(self, periods: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New pay run preview"),
            self.tr(
                "Coordinator works out each person's amount for the period from the logs, with the "
                "reason. Nothing is paid until you approve and lock the run."
            ),
            self.tr("&Preview"),
            parent,
        )
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period to preview"))
        for period in periods:
            self.period_combo.addItem(self.tr(PERIOD_WORDS[period]), period)
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.period_combo)
        self.form.addRow(label, self.period_combo)

    @property
    def period(self) -> str:
        return str(self.period_combo.currentData())


class AdjustLineDialog(_FormDialog):
    """One person's new amount in the period's next run, with the reason (kept on the line and
    in the audit log)."""

    def __init__(
        self,
        context: AppContext,
        year_id: int,
        run: RunRow,
        person_id: int,
        name: str,
        current_cents: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Adjust {name}").format(name=name),
            self.tr(
                "{name} is to be paid {amount} in {period_label}. Type the "
                "amount they should be paid instead and say why; the difference is "
                "added as an adjustment line, paid when the run is approved."
            ).format(name=name, amount=money(current_cents), period_label=run.period_label),
            self.tr("&Adjust"),
            parent,
        )
        self._context = context
        self._year_id = year_id
        self._run = run
        self._person_id = person_id
        self.current_cents = current_cents
        self.run_id: int | None = None
        self.new_cents: int | None = None
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(plain(current_cents))
        self.amount_edit.setAccessibleName(self.tr("New amount"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for the adjustment"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. Led the spring mentor meeting"))
        amount_label = QLabel(self.tr("New a&mount:"))
        amount_label.setBuddy(self.amount_edit)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        self.form.addRow(amount_label, self.amount_edit)
        self.form.addRow(reason_label, self.reason_edit)
        if run.locked:  # the page offers no way here; if it happens anyway, say why
            self.refuse(run.why_locked)
            self.ok_button.setEnabled(False)

    def accept(self) -> None:
        try:
            cents = parse_amount(self.amount_edit.text(), what=self.tr("New amount"))
        except CoordinatorError as exc:
            self.refuse(str(exc), self.amount_edit)
            return
        reason = self.reason_edit.text().strip()
        if not reason:
            self.refuse(
                self.tr("Say why the amount changes: the reason is kept with the line."),
                self.reason_edit,
            )
            return
        try:
            with self._context.db.transaction() as session:
                self.run_id = adjust_to(
                    session, self._year_id, self._run.period, self._person_id,
                    cents, reason, run_id=self._run.run_id if self._run.locked else None,
                )  # fmt: skip
        except CoordinatorError as exc:
            self.refuse(str(exc), self.amount_edit)
            return
        self.new_cents = cents
        super().accept()


class ReverseRunDialog(_FormDialog):
    """Why a locked run is taken back: a new locked run with every line negated."""

    def __init__(
        self, context: AppContext, run: RunRow, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Reverse run {run_id}").format(run_id=run.run_id),
            self.tr(
                "Run {run_id} ({period_label}, {total} to {people}) stays as "
                "it was approved. Reversing it makes a new locked run that takes "
                "back every line ({amount}); export that run for payroll too. The "
                "next preview of the period then pays again what the logs earn."
            ).format(
                run_id=run.run_id,
                period_label=run.period_label,
                total=money(run.total_cents),
                people=counted(run.people, self.tr("person"), self.tr("people")),
                amount=money(-run.total_cents),
            ),
            self.tr("&Reverse run"),
            parent,
        )
        self._context = context
        self._run = run
        self._today = today
        self.reversal_id: int | None = None
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for the reversal"))
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason_edit)
        self.form.addRow(label, self.reason_edit)

    def accept(self) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.refuse(
                self.tr("Say why the run is taken back: the reason is kept in the audit log."),
                self.reason_edit,
            )
            return
        run_id = self._run.run_id
        if run_id is None:
            self.refuse(self.tr("Only an approved run can be reversed."))
            return
        try:
            with self._context.db.transaction() as session:
                self.reversal_id = runs.reverse(session, run_id, reason=reason, today=self._today)
        except CoordinatorError as exc:
            self.refuse(str(exc), self.reason_edit)
            return
        super().accept()


class PayrollExportDialog(_FormDialog):
    """The file type and the payroll profile (the columns payroll loads, in its order)."""

    def __init__(
        self, run: RunRow, profiles: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Export run {run_id} for payroll").format(run_id=run.run_id),
            self.tr(
                "One row per person run {run_id} ({period_label}) pays, with the "
                "total under the amount ({total}). The standard columns are "
                "employee ID, name, amount, account code, pay period and "
                "description; save the columns your payroll office asks for as a "
                "profile: coordinator pay profile NAME --column FIELD=HEADER …"
            ).format(
                run_id=run.run_id, period_label=run.period_label, total=money(run.total_cents)
            ),
            self.tr("&Choose file…"),
            parent,
        )
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("File type"))
        for words, suffix in FORMATS:
            self.format_combo.addItem(self.tr(words), suffix)
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(self.tr("Payroll profile"))
        self.profile_combo.addItem(self.tr(STANDARD_COLUMNS), None)
        for name in profiles:
            self.profile_combo.addItem(name, name)
        format_label = QLabel(self.tr("File &type:"))
        format_label.setBuddy(self.format_combo)
        profile_label = QLabel(self.tr("Payroll &profile:"))
        profile_label.setBuddy(self.profile_combo)
        self.form.addRow(format_label, self.format_combo)
        self.form.addRow(profile_label, self.profile_combo)

    @property
    def suffix(self) -> str:
        return str(self.format_combo.currentData())

    @property
    def profile(self) -> str | None:
        data = self.profile_combo.currentData()
        return None if data is None else str(data)
