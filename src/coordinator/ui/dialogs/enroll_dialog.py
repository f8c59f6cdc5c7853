"""Enroll chosen people as mentors or mentees in a program year, seeing who is already in it."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.models import Role
from coordinator.errors import CoordinatorError
from coordinator.services.cohorts import mentor_setup
from coordinator.services.cohorts.mentor_setup import EnrollCandidate
from coordinator.services.programs import programs
from coordinator.services.programs.programs import EnrollResult
from coordinator.services.programs.year_choices import program_year_choices
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted, local_figure
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

STATE_TEXT = {
    "new": QT_TRANSLATE_NOOP("EnrollDialog", "will be enrolled"),
    "already": QT_TRANSLATE_NOOP("EnrollDialog", "already enrolled"),
    "returning": QT_TRANSLATE_NOOP("EnrollDialog", "re-enrolled"),
}


def candidate_text(row: EnrollCandidate) -> str:
    who = f"{row.name} ({row.employee_id})" if row.employee_id else row.name
    note = f"; {row.note}" if row.note else ""
    state = QCoreApplication.translate("EnrollDialog", STATE_TEXT[row.state])
    return f"{who} — {state}{note}"


def summary_text(rows: Sequence[EnrollCandidate], role: Role) -> str:
    already = [r for r in rows if r.state == "already"]
    adding = len(rows) - len(already)
    plural = (
        QCoreApplication.translate("EnrollDialog", "mentees")
        if role == Role.MENTEE
        else QCoreApplication.translate("EnrollDialog", "mentors")
    )
    head = QCoreApplication.translate(
        "EnrollDialog", "<b>{adding}</b> of {count} will be enrolled as {plural}."
    ).format(adding=local_figure(adding), count=local_figure(len(rows)), plural=plural)
    if not already:
        return head
    names = ", ".join(escape(r.name) for r in already[:5])
    more = (
        QCoreApplication.translate("EnrollDialog", " and {count} more").format(
            count=local_figure(len(already) - 5)
        )
        if len(already) > 5
        else ""
    )
    return QCoreApplication.translate(
        "EnrollDialog", "{head} Already enrolled as {plural}: {names}{more}."
    ).format(head=head, plural=plural, names=names, more=more)


class EnrollDialog(QDialog):
    """`person_ids` come from the caller (the People page selection); `result` after Enroll."""

    def __init__(
        self,
        context: AppContext,
        person_ids: Sequence[int],
        *,
        role: Role = Role.MENTEE,
        year_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person_ids = list(dict.fromkeys(person_ids))
        self.result_counts: EnrollResult | None = None
        count = len(self._person_ids)
        self.setWindowTitle(
            self.tr("Enroll {count}").format(
                count=counted(count, self.tr("person"), self.tr("people"))
            )
        )
        with context.db.reading() as session:
            years = program_year_choices(session)
        self.year = QComboBox()
        for year in years:
            self.year.addItem(year.label, year.id)
        wanted = year_id if year_id is not None else context.program_year_id
        index = self.year.findData(wanted)
        if index >= 0:
            self.year.setCurrentIndex(index)
        self.as_mentee = QRadioButton(self.tr("Ment&ees"))
        self.as_mentor = QRadioButton(self.tr("Men&tors"))
        (self.as_mentor if role == Role.MENTOR else self.as_mentee).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_mentee)
        group.addButton(self.as_mentor)
        roles = QHBoxLayout()
        roles.addWidget(self.as_mentee)
        roles.addWidget(self.as_mentor)
        roles.addStretch(1)
        self.people = QListWidget()
        self.people.setMinimumWidth(480)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enroll"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Program year:"), self.year)
        form.addRow(self.tr("As:"), roles)
        form.addRow(self.tr("People:"), self.people)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.year.currentIndexChanged.connect(lambda _i: self.show_preview())
        self.as_mentor.toggled.connect(lambda _on: self.show_preview())
        self.show_preview()
        self.year.setFocus()

    def role(self) -> Role:
        return Role.MENTOR if self.as_mentor.isChecked() else Role.MENTEE

    def chosen_year_id(self) -> int | None:
        data = self.year.currentData()
        return int(data) if data is not None else None

    def show_preview(self) -> None:
        self.people.clear()
        year_id = self.chosen_year_id()
        if year_id is None:
            self.summary.setText(
                self.tr("There is no program year yet: create one first (New year…).")
            )
            return
        with self._context.db.reading() as session:
            rows = mentor_setup.enrollment_preview(session, year_id, self._person_ids, self.role())
        self.people.addItems([candidate_text(r) for r in rows])
        self.summary.setText(summary_text(rows, self.role()))

    def accept(self) -> None:
        year_id = self.chosen_year_id()
        if year_id is None:
            self.error.setText(self.tr("Choose a program year; create one first if there is none."))
            self.error.show()
            self.year.setFocus()
            return
        try:
            with self._context.db.transaction() as session:
                year = programs.year_by_id(session, year_id)
                result = programs.enroll(session, year, self._person_ids, self.role())
        except CoordinatorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.result_counts = result
        self._context.notify("assignments")
        super().accept()
