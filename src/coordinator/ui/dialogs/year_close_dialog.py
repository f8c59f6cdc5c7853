"""Close year…: each mentee's proposed outcome, closing the year, then changes with a reason."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.models import Outcome
from coordinator.errors import CoordinatorError
from coordinator.services.compliance.year_close import (
    OutcomeLine,
    YearOutcomes,
    close_year,
    edit_outcome,
    year_outcomes,
)
from coordinator.ui.context import AppContext
from coordinator.ui.models.year_close_model import NAME, OUTCOME, YearCloseTableModel
from coordinator.ui.service_reasons import said
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import DateField, format_date, local_dates
from coordinator.ui.widgets.row_tables import compact_rows

CERTIFICATE_CHOICES = (
    (QT_TRANSLATE_NOOP("YearCloseDialog", "As the outcome says (completers only)"), None),
    (QT_TRANSLATE_NOOP("YearCloseDialog", "Print a certificate"), True),
    (QT_TRANSLATE_NOOP("YearCloseDialog", "No certificate"), False),
)
DATED = (Outcome.WITHDRAWN, Outcome.LEFT_DISTRICT)


class YearCloseDialog(QDialog):
    """Lists every mentee's outcome. Before the year is closed they are proposals and
    "Close the year" records them; afterwards a selected mentee's outcome or certificate can be
    changed, with a reason (kept in the audit log)."""

    def __init__(
        self,
        context: AppContext,
        year_id: int,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._year_id = year_id
        self._today = today or dt.date.today()
        self.outcomes: YearOutcomes | None = None
        self.done_text = ""
        self.setWindowTitle(self.tr("Close year"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.explains = QLabel(wordWrap=True)
        self.summary = QLabel(wordWrap=True)
        self.model = YearCloseTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Mentees' outcomes"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self._build_editor()
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("error")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_year_button = QPushButton(self.tr("Close the year"))
        self.close_year_button.setAccessibleName(self.tr("Close the year"))
        self.buttons.addButton(self.close_year_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_year_button.clicked.connect(self.close_the_year)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.explains, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)
        self.reload()

    def _build_editor(self) -> None:
        self.editor = QGroupBox(self.tr("Change the selected mentee's outcome"))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for outcome in Outcome:
            self.outcome.addItem(shown(outcome.label), outcome.value)
        self.outcome.currentIndexChanged.connect(self._outcome_chosen)
        self.ended_on = DateField(None, optional=True, label=self.tr("Date"))
        self.ended_on.setAccessibleName(self.tr("Date they withdrew or left"))
        self.certificate = QComboBox()
        self.certificate.setAccessibleName(self.tr("Certificate"))
        for text, _ in CERTIFICATE_CHOICES:
            self.certificate.addItem(self.tr(text))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the change"))
        self.reason.setPlaceholderText(
            self.tr("e.g. the principal confirmed the spring hours on paper")
        )
        self.save_button = QPushButton(self.tr("Save the change"))
        self.save_button.setAccessibleName(self.tr("Save the change"))
        self.save_button.clicked.connect(self.save_change)
        form = QFormLayout(self.editor)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Withdrew or left on:"), self.ended_on)
        form.addRow(self.tr("Certificate:"), self.certificate)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow("", self.save_button)

    # --- showing --------------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        with self._context.db.reading() as session:
            outcomes = year_outcomes(session, self._year_id, today=self._today)
        self.outcomes = outcomes
        closed = outcomes.closed_on is not None
        title = escape(outcomes.title)
        if closed:
            assert outcomes.closed_on is not None
            self.heading.setText(
                self.tr("<b>Year outcomes: {title}</b> (closed on {closed_on})").format(
                    title=title, closed_on=format_date(outcomes.closed_on)
                )
            )
            self.explains.setText(
                self.tr(
                    "Select a mentee to change their outcome or whether they get a certificate. "
                    "Every change needs a reason; the audit log keeps it with the values before."
                )
            )
        else:
            self.heading.setText(self.tr("<b>Close year: {title}</b>").format(title=title))
            ends = format_date(outcomes.teaching_ends)
            if self._today < outcomes.teaching_ends:
                self.explains.setText(
                    self.tr(
                        "The last semester ends on {ends}; the year can be closed after "
                        "that. These are the outcomes the rules give today."
                    ).format(ends=ends)
                )
            else:
                self.explains.setText(
                    self.tr(
                        "The last semester ended on {ends}. These are the proposed outcomes: "
                        "completed when every rule was met, otherwise not completed with the "
                        "rules missed. Closing records them; afterwards you can change any "
                        "of them, with a reason. Certificates go to completers only unless "
                        "you choose otherwise for a person."
                    ).format(ends=ends)
                )
        summary = said(outcomes.summary)
        self.summary.setText(summary[:1].upper() + summary[1:] + ".")
        self.close_year_button.setVisible(not closed)
        self.close_year_button.setEnabled(self._today >= outcomes.teaching_ends)
        self.model.set_rows(list(outcomes.lines))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(OUTCOME, min(self.table.columnWidth(OUTCOME), 560))
        self.editor.setEnabled(False)
        if keep is not None and (row := self.model.row_of(keep)) is not None:
            self.table.selectRow(row)

    def selected_line(self) -> OutcomeLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        line = self.selected_line()
        closed = self.outcomes is not None and self.outcomes.closed_on is not None
        self.editor.setEnabled(line is not None and closed)
        if line is None:
            return
        self.outcome.setCurrentIndex(self.outcome.findData(line.outcome.value))
        self.ended_on.set_date(line.ended_on if line.outcome in DATED else None)
        choice = [c for _, c in CERTIFICATE_CHOICES].index(line.certificate)
        self.certificate.setCurrentIndex(choice)
        self.reason.clear()
        self._outcome_chosen()

    def _outcome_chosen(self) -> None:
        self.ended_on.setEnabled(Outcome(self.outcome.currentData()) in DATED)

    def _say(self, text: str) -> None:
        self.message.setText(local_dates(text))
        self.message.setVisible(bool(text))

    # --- acting ---------------------------------------------------------------------------------

    def close_the_year(self) -> None:
        try:
            with self._context.db.transaction() as session:
                result = close_year(session, self._year_id, today=self._today)
        except CoordinatorError as problem:
            self._say(str(problem))
            return
        self.done_text = self.tr("Closed {title}: {summary}.").format(
            title=result.title, summary=said(result.summary)
        )
        self._say("")
        self._context.notify("people")
        self.reload()

    def save_change(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        outcome = Outcome(self.outcome.currentData())
        if (problem := self.ended_on.problem()) is not None:
            self._say(problem)
            return
        certificate = CERTIFICATE_CHOICES[self.certificate.currentIndex()][1]
        try:
            with self._context.db.transaction() as session:
                edit_outcome(
                    session,
                    self._year_id,
                    line.person_id,
                    outcome=outcome if outcome is not line.outcome else None,
                    ended_on=self.ended_on.date() if outcome in DATED else None,
                    certificate=certificate if certificate != line.certificate else None,
                    follow_outcome=certificate is None and line.certificate is not None,
                    reason=self.reason.text(),
                    expected_version=line.version,
                )
        except CoordinatorError as problem:
            self._say(str(problem))
            self.reason.setFocus()
            return
        self._say("")
        self.done_text = self.tr("Changed the outcome of {name}.").format(name=line.name)
        self._context.notify("people")
        self.reload(keep=line.person_id)
