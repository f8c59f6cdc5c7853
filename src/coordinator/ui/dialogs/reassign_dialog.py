"""Reassign (or assign) mentees: pick a mentor by typing, a first day, and the reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.services.cohorts import assignments as cohorts, caseloads
from coordinator.services.cohorts.caseloads import MenteeRow, MentorLoad
from coordinator.services.programs import programs
from coordinator.tools.word_search import RowFinder
from coordinator.ui.context import AppContext
from coordinator.ui.models.mentor_load_model import mentor_words
from coordinator.ui.service_reasons import said
from coordinator.ui.widgets.date_field import DateField, local_dates

MENTOR_ID_ROLE = Qt.ItemDataRole.UserRole


def mentor_item_text(mentor: MentorLoad) -> str:
    parts = [
        mentor.name,
        mentor.campus or QCoreApplication.translate("ReassignDialog", "no campus"),
        mentor.load_text,
    ]
    text = " — ".join(parts)
    reasons = local_dates("; ".join(said(r) for r in mentor.reasons))
    return (
        QCoreApplication.translate("ReassignDialog", "{text}  (not eligible: {reasons})").format(
            text=text, reasons=reasons
        )
        if mentor.reasons
        else text
    )


class ReassignDialog(QDialog):
    """Moves the mentees to the chosen mentor from a date; mentees with no mentor are assigned.

    Validation happens in `accept()`: a missing choice or reason, or a refusal from the rules,
    is explained in the dialog, the field to fix gets the focus, and the dialog stays open.
    """

    def __init__(
        self,
        context: AppContext,
        year_id: int,
        mentees: Sequence[MenteeRow],
        *,
        current_mentor_id: int | None = None,
        target_mentor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._year_id = year_id
        self._mentees = list(mentees)
        self.reassigning = current_mentor_id is not None
        self.setWindowTitle(
            self.tr("Reassign mentee") if self.reassigning else self.tr("Assign a mentor")
        )
        with context.db.reading() as session:
            year = programs.year_by_id(session, year_id)
            self._mentors = RowFinder(
                [
                    m
                    for m in caseloads.mentor_loads(session, year)
                    if m.person_id != current_mentor_id
                ],
                mentor_words,
            )
            start = programs.reference_day(year)
            self._first_day, self._last_day = year.start_date, year.end_date
            self._year_label = year.label
        self._build(start)
        self.filter_mentors("")
        if target_mentor_id is not None:
            self.select_mentor(target_mentor_id)

    def _build(self, start: dt.date) -> None:
        names = ", ".join(m.name for m in self._mentees[:3])
        more = (
            self.tr(" and {count} more").format(count=len(self._mentees) - 3)
            if len(self._mentees) > 3
            else ""
        )
        verb = self.tr("Move") if self.reassigning else self.tr("Assign")
        self.heading = QLabel(f"{verb} {names}{more}")
        self.heading.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name, campus or employee ID"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter_mentors)
        self.search.installEventFilter(self)
        self.mentor_list = QListWidget()
        self.mentor_list.setMinimumWidth(460)
        # What is typed stays: a day outside the program year is refused, never moved into it.
        self.start = DateField(start, label=self.tr("First day"))
        self.start.set_range(
            self._first_day,
            self._last_day,
            self.tr("the program year {year_label}").format(year_label=self._year_label),
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. moved to another campus"))
        self.override = QLineEdit()
        self.override.setPlaceholderText(
            self.tr("Only when the mentor is not eligible: why assign anyway")
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reassign") if self.reassigning else self.tr("Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Find mentor:"), self.search)
        form.addRow(self.tr("&Mentor:"), self.mentor_list)
        form.addRow(self.tr("&From:"), self.start)
        if self.reassigning:
            form.addRow(self.tr("&Reason:"), self.reason)
        else:
            self.reason.hide()
        form.addRow(self.tr("&Override reason:"), self.override)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for first_widget, second_widget in (
            (self.search, self.mentor_list),
            (self.mentor_list, self.start),
            (self.start, self.reason if self.reassigning else self.override),
            (self.reason, self.override),
            (self.override, self.buttons),
        ):
            if first_widget.isVisibleTo(self) or first_widget is self.search:
                self.setTabOrder(first_widget, second_widget)
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the search field moves into the mentor list, as in a search box."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.mentor_list.count():
                self.mentor_list.setFocus()
                return True
        return super().eventFilter(watched, event)

    def filter_mentors(self, text: str) -> None:
        """The mentors with a word starting with each word typed (name, campus, ID, position)."""
        self.mentor_list.clear()
        for mentor in self._mentors.shown(text):
            item = QListWidgetItem(mentor_item_text(mentor))
            item.setData(MENTOR_ID_ROLE, mentor.person_id)
            self.mentor_list.addItem(item)
        if self.mentor_list.count():
            self.mentor_list.setCurrentRow(0)

    def select_mentor(self, mentor_id: int) -> None:
        for row in range(self.mentor_list.count()):
            if self.mentor_list.item(row).data(MENTOR_ID_ROLE) == mentor_id:
                self.mentor_list.setCurrentRow(row)
                return

    def chosen_mentor_id(self) -> int | None:
        item = self.mentor_list.currentItem()
        return int(item.data(MENTOR_ID_ROLE)) if item is not None else None

    def show_error(self, message: str, focus: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        focus.setFocus()

    def accept(self) -> None:
        mentor_id = self.chosen_mentor_id()
        if mentor_id is None:
            self.show_error(self.tr("Choose the mentor from the list."), self.search)
            return
        day = self.start.date()
        if day is None:
            self.show_error(self.start.problem() or self.tr("Type the first day."), self.start)
            return
        reason = self.reason.text().strip()
        if self.reassigning and not reason:
            self.show_error(
                self.tr("Give a reason; it is kept in the mentee's history."), self.reason
            )
            return
        override = self.override.text().strip() or None
        try:
            with self._context.db.transaction() as session:
                year = programs.year_by_id(session, self._year_id)
                for mentee in self._mentees:
                    if self.reassigning:
                        cohorts.reassign(
                            session, year, mentee.person_id, mentor_id,
                            on=day, reason=reason, override_reason=override,
                        )  # fmt: skip
                    else:
                        cohorts.assign(
                            session, year, mentee.person_id, mentor_id,
                            start=day, override_reason=override,
                        )  # fmt: skip
        except CoordinatorError as exc:
            fields: dict[str, QWidget] = {
                "override_reason": self.override,
                "reason": self.reason,
                "start": self.start,
                "on": self.start,
            }
            self.show_error(local_dates(str(exc)), fields.get(exc.field or "", self.mentor_list))
            return
        self._context.notify("assignments")
        super().accept()


def open_reassign(
    context: AppContext,
    parent: QWidget,
    year_id: int,
    mentees: list[MenteeRow],
    current: int | None,
    target: int | None,
) -> ReassignDialog:
    """Open the Reassign dialog (window-modal, deleted when closed) and return it."""
    dialog = ReassignDialog(
        context, year_id, mentees, current_mentor_id=current, target_mentor_id=target, parent=parent
    )
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog
