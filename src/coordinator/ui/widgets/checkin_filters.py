"""The Check-ins page's filters: mentee, mentor, dates from/to and kind, combined; one Clear.

Typing waits a moment before the list follows (Enter applies at once); a date that cannot be read
is not used, and the bar says why in words under the boxes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.models import CHECKIN_KIND_LABELS, CheckinKind
from coordinator.services.checkins.entry import PersonChoice
from coordinator.services.checkins.listing import CheckinFilter
from coordinator.ui.service_words import shown
from coordinator.ui.widgets.date_field import DateField
from coordinator.ui.widgets.person_filter import PersonFilterBox
from coordinator.ui.widgets.sizes import text_chars

TYPING_PAUSE_MS = 250


class CheckinFilterBar(QWidget):
    """`changed` fires when the filters to apply change; `current_filter()` is what they are."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mentee = PersonFilterBox(self.tr("Any mentee"))
        self.mentee.setAccessibleName(self.tr("Mentee filter"))
        self.mentor = PersonFilterBox(self.tr("Any mentor"))
        self.mentor.setAccessibleName(self.tr("Mentor filter"))
        self.since = DateField(optional=True, label=self.tr("From"))
        self.until = DateField(optional=True, label=self.tr("To"))
        for field in (self.since, self.until):
            field.line_edit.setPlaceholderText(self.tr("any date"))
            field.setMaximumWidth(text_chars(field, 25))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind filter"))
        self.kind.addItem(self.tr("All kinds"), None)
        for kind, label in CHECKIN_KIND_LABELS.items():
            self.kind.addItem(shown(label), kind.value)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setToolTip(self.tr("Show every check-in of the year again"))
        self.clear_button.clicked.connect(self.clear)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Filter problem"))
        self.problem.hide()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._apply)
        self._applied: CheckinFilter | None = None
        for box in (self.mentee, self.mentor):
            box.edited.connect(self._pause.start)
            box.picked.connect(self._apply)
            box.returnPressed.connect(self._apply)
        for field in (self.since, self.until):
            field.edited.connect(self._pause.start)
            field.line_edit.returnPressed.connect(self._apply)
        self.kind.currentIndexChanged.connect(lambda _i: self._apply())

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for caption, widget, stretch in (
            (self.tr("&Mentee"), self.mentee, 3),
            (self.tr("Men&tor"), self.mentor, 3),
            (self.tr("F&rom"), self.since, 0),
            (self.tr("To"), self.until, 0),
            (self.tr("&Kind"), self.kind, 0),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            row.addWidget(caption_label)
            row.addWidget(widget, stretch)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)

    def set_sources(
        self,
        mentees: Callable[[], Sequence[PersonChoice]],
        mentors: Callable[[], Sequence[PersonChoice]],
    ) -> None:
        """Where the boxes read their people from (when first needed)."""
        self.mentee.set_source(mentees)
        self.mentor.set_source(mentors)

    def problems(self) -> list[str]:
        """Why a typed date is not used, one sentence per field."""
        found = [
            self.tr("{field}: {problem} The list is not filtered by it.").format(
                field=field.label, problem=problem
            )
            for field in (self.since, self.until)
            if (problem := field.problem()) is not None
        ]
        since, until = self.since.date(), self.until.date()
        if since is not None and until is not None and since > until:
            found.append(
                self.tr("From is after To, so no check-in could match; the dates are not used.")
            )
        return found

    def current_filter(self) -> CheckinFilter:
        """The filters as they can be used: unreadable dates left out."""
        kind = self.kind.currentData()
        since, until = self.since.date(), self.until.date()
        if since is not None and until is not None and since > until:
            since = until = None
        return CheckinFilter(
            kind=CheckinKind(kind) if kind else None,
            since=since,
            until=until,
            mentor_ids=self.mentor.matched_ids(),
            mentee_ids=self.mentee.matched_ids(),
        )

    def clear(self) -> None:
        for box in (self.mentee, self.mentor):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self.since.set_date(None)
        self.until.set_date(None)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.kind.blockSignals(False)
        self._apply()

    def apply_now(self) -> None:
        """Apply what is typed without waiting for the pause."""
        self._apply()

    def take_filter(self) -> CheckinFilter:
        """The filter to list by now; later edits that come back to it change nothing."""
        self._applied = self.current_filter()
        return self._applied

    def _apply(self) -> None:
        self._pause.stop()
        problems = self.problems()
        self.problem.setText(" ".join(problems))
        self.problem.setVisible(bool(problems))
        if self.current_filter() != self._applied:
            self.changed.emit()
