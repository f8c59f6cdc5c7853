"""Designated meeting times: each campus's windows in the program and its planning period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.services.programs import meeting_times as mt
from coordinator.ui.context import AppContext
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

INTRO = QT_TRANSLATE_NOOP(
    "MeetingTimesDialog",
    "Mentors and beginning teachers meet at a time the district designates in the school day, "
    "never in the planning period (19 TAC §153.1011). Record each campus's designated times and "
    "its planning period; with the rule pack's “Meetings at the campus's designated time” on, "
    "check-ins outside them are flagged.",
)


class MeetingTimesDialog(QDialog):
    """Lists the program's windows; adds one (refused with the reason if it cannot be) or
    removes the one selected. Each change is saved at once, and audited."""

    def __init__(self, context: AppContext, program_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._program_id = program_id
        self.setWindowTitle(self.tr("Designated meeting times"))
        intro = QLabel(self.tr(INTRO), wordWrap=True)
        self.windows = QListWidget()
        self.windows.setAccessibleName(self.tr("Designated meeting times"))
        self.campus = QComboBox()
        with context.db.reading() as s:
            for campus_id, name in mt.campus_choices(s):
                self.campus.addItem(name, campus_id)
        self.day = QComboBox()
        self.day.addItem(self.tr("Every school day"), None)
        for i, name in enumerate(mt.WEEKDAYS[:5]):
            self.day.addItem(name, i)
        self.starts_at = QLineEdit(placeholderText="14:30")
        self.starts_at.setAccessibleName(self.tr("From"))
        self.ends_at = QLineEdit(placeholderText="15:15")
        self.ends_at.setAccessibleName(self.tr("Until"))
        self.planning = QCheckBox(self.tr("This is the campus's planning period"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Campus"), self.campus)
        form.addRow(self.tr("&Day"), self.day)
        times_box = QWidget()
        times_box.setFocusProxy(self.starts_at)  # Alt+F lands on the start time
        times = QHBoxLayout(times_box)
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.starts_at)
        times.addWidget(QLabel("until"))
        times.addWidget(self.ends_at)
        form.addRow(self.tr("&From"), times_box)
        form.addRow("", self.planning)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.windows, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(620, 520)
        self.refresh()

    def refresh(self) -> None:
        self.windows.clear()
        with self._context.db.reading() as s:
            windows = mt.meeting_windows(s, self._program_id)
        for w in windows:
            what = self.tr("planning period") if w.planning else self.tr("designated meeting time")
            item = QListWidgetItem(f"{w.campus}: {w.words}, {what}")
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            self.windows.addItem(item)
        if not windows:
            self.windows.addItem(
                QListWidgetItem(self.tr("No designated meeting times recorded yet."))
            )
        self.remove_button.setEnabled(bool(windows))

    def add(self) -> None:
        campus_id = self.campus.currentData()
        if campus_id is None:
            self._say(self.tr("There are no campuses yet: import a roster first."))
            return
        try:
            starts = mt.parse_time(self.starts_at.text(), self.tr("start time"))
        except CoordinatorError as exc:
            self._say(str(exc), self.starts_at)
            return
        try:
            ends = mt.parse_time(self.ends_at.text(), self.tr("end time"))
        except CoordinatorError as exc:
            self._say(str(exc), self.ends_at)
            return
        try:
            with self._context.db.transaction() as s:
                mt.add_meeting_time(
                    s,
                    self._program_id,
                    int(campus_id),
                    starts,
                    ends,
                    weekday=self.day.currentData(),
                    planning=self.planning.isChecked(),
                )
        except CoordinatorError as exc:
            self._say(str(exc), self.starts_at)
            return
        self._say(self.tr("Recorded for {campus}.").format(campus=self.campus.currentText()))
        self.starts_at.clear()
        self.ends_at.clear()
        self.refresh()

    def remove(self) -> None:
        item = self.windows.currentItem()
        window_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if window_id is None:
            self._say(self.tr("Select the time to remove first."), self.windows)
            return
        with self._context.db.transaction() as s:
            mt.remove_meeting_time(s, int(window_id))
        self._say("Removed.")
        self.refresh()

    def _say(self, text: str, focus: QWidget | None = None) -> None:
        self.message.setText(text)
        if focus is not None:
            focus.setFocus()
