"""End a mentee's assignment, withdraw them, or mark them completed: on which day, and why."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from coordinator.db.models import ProgramYear
from coordinator.errors import CoordinatorError
from coordinator.services.cohorts import assignments
from coordinator.services.programs import programs
from coordinator.services.programs.year_choices import year_label_of
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import DateField, format_date, local_dates


class Ending(enum.StrEnum):
    END_ASSIGNMENT = "end_assignment"
    WITHDRAW = "withdraw"
    COMPLETE = "complete"


Service = Callable[..., object]  # (session, year, mentee_id, *, on, reason)


@dataclass(frozen=True)
class EndingWords:
    title: str  # the dialog's title and its button
    explains: str
    reason: str  # filled in for the coordinator, or "" to ask for one
    placeholder: str
    done: str  # "{who} … {day}"
    service: Service


ENDINGS = {
    Ending.END_ASSIGNMENT: EndingWords(
        QT_TRANSLATE_NOOP("MenteeEndingDialog", "End assignment"),
        QT_TRANSLATE_NOOP(
            "MenteeEndingDialog",
            "The mentor assignment ends on this day. The mentee stays in the program and waits "
            "for a new mentor in the Unassigned list.",
        ),
        "",
        QT_TRANSLATE_NOOP("MenteeEndingDialog", "e.g. the mentor is on leave"),
        QT_TRANSLATE_NOOP("MenteeEndingDialog", "Ended the assignment of {who} on {day}."),
        assignments.end_assignment,
    ),
    Ending.WITHDRAW: EndingWords(
        QT_TRANSLATE_NOOP("MenteeEndingDialog", "Withdraw"),
        QT_TRANSLATE_NOOP(
            "MenteeEndingDialog",
            "The mentee leaves the program on this day: the assignment ends and the year is "
            "recorded as withdrawn. Their history keeps the day and the reason.",
        ),
        "",
        QT_TRANSLATE_NOOP("MenteeEndingDialog", "e.g. moved to another district"),
        QT_TRANSLATE_NOOP("MenteeEndingDialog", "Withdrew {who} on {day}."),
        assignments.withdraw,
    ),
    Ending.COMPLETE: EndingWords(
        QT_TRANSLATE_NOOP("MenteeEndingDialog", "Mark completed"),
        QT_TRANSLATE_NOOP(
            "MenteeEndingDialog",
            "The mentee completed the program on this day: the assignment ends and the year is "
            "recorded as completed.",
        ),
        QT_TRANSLATE_NOOP("MenteeEndingDialog", "completed the program"),
        "",
        QT_TRANSLATE_NOOP("MenteeEndingDialog", "Marked {who} completed on {day}."),
        assignments.mark_completed,
    ),
}


def _in_language(words: EndingWords) -> EndingWords:
    """The words in the window's language (the empty reason stays empty)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("MenteeEndingDialog", text) if text else text

    return dataclasses.replace(
        words,
        title=tr(words.title),
        explains=tr(words.explains),
        reason=tr(words.reason),
        placeholder=tr(words.placeholder),
        done=tr(words.done),
    )


def _who(names: Sequence[str]) -> str:
    if len(names) == 1:
        return names[0]
    return counted(
        len(names),
        QCoreApplication.translate("MenteeEndingDialog", "mentee"),
        QCoreApplication.translate("MenteeEndingDialog", "mentees"),
    )


class MenteeEndingDialog(QDialog):
    """Asks the day (inside the program year; today when today is in it) and a reason.

    `done_text` says what happened once it is saved. Problems are said in the dialog, the field
    at fault gets the focus, and what was typed stays.
    """

    def __init__(
        self,
        context: AppContext,
        year_id: int,
        mentees: Sequence[tuple[int, str]],
        ending: Ending,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._year_id = year_id
        self._mentees = list(mentees)
        self.words = _in_language(ENDINGS[ending])
        self.done_text = ""
        self.failed_name = ""
        with context.db.reading() as session:
            year = programs.year_by_id(session, year_id)
            first, last, label = year.start_date, year.end_date, year_label_of(year)
            start = programs.reference_day(year, today or dt.date.today())
        self.setWindowTitle(self.words.title)
        names = [name for _, name in self._mentees]
        self.heading = QLabel(
            self.tr("<b>{title}: {names}</b> ({label})").format(
                title=self.words.title, names=escape(_who(names)), label=label
            )
        )
        self.heading.setWordWrap(True)
        self.explains = QLabel(self.words.explains)
        self.explains.setWordWrap(True)
        if len(names) > 1:
            self.explains.setToolTip(", ".join(names))
        self.day = DateField(start, label=self.tr("Date"))
        self.day.set_range(first, last, self.tr("the program year {label}").format(label=label))
        self.reason = QLineEdit(self.words.reason)
        self.reason.setPlaceholderText(self.words.placeholder)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("error")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.words.title)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.explains):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.day.setFocus()

    def show_problem(self, text: str, focus: QWidget) -> None:
        self.message.setText(text)
        self.message.show()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        problem = self.day.problem()
        day = self.day.date()
        if problem is not None or day is None:
            self.show_problem(problem or self.tr("Type the date."), self.day)
            return
        reason = self.reason.text()
        try:
            with self._context.db.transaction() as session:
                self._end_all(session, programs.year_by_id(session, self._year_id), day, reason)
        except CoordinatorError as exc:
            said = local_dates(str(exc))
            text = said if len(self._mentees) == 1 else f"{self.failed_name}: {said}"
            self.show_problem(text, self.reason if exc.field == "reason" else self.day)
            return
        names = [name for _, name in self._mentees]
        self.done_text = self.words.done.format(who=_who(names), day=format_date(day))
        self._context.notify("assignments")
        super().accept()

    def _end_all(self, session: Session, year: ProgramYear, day: dt.date, reason: str) -> None:
        for mentee_id, name in self._mentees:
            self.failed_name = name  # which mentee a refusal is about, when there are several
            self.words.service(session, year, mentee_id, on=day, reason=reason)
