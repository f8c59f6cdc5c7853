"""Logging a check-in from the keyboard: sensible defaults, the cohort pre-ticked, Enter saves.

Focus starts on Kind (mentor and date default to the last mentor used and today). A group kind
ticks the whole cohort; untick the absent with a click or Space. Enter anywhere but the notes
saves; Ctrl+Enter saves from the notes too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.models import CHECKIN_KIND_LABELS, CheckinKind
from coordinator.errors import ConcurrentEditError, CoordinatorError
from coordinator.services.checkins.entry import (
    CheckinRecord,
    add_checkin,
    checkin_form,
    cohort_for_mentor,
    get_checkin,
    last_used_defaults,
    mentees_for_year,
    people_choices,
    update_checkin,
)
from coordinator.services.checkins.validation import (
    MAX_MINUTES,
    CheckinInput,
    UnassignedAttendeesError,
)
from coordinator.services.programs.meeting_times import parse_time
from coordinator.ui.context import AppContext
from coordinator.ui.service_words import shown
from coordinator.ui.widgets.check_list import CheckList
from coordinator.ui.widgets.date_field import DateField, local_dates
from coordinator.ui.widgets.sizes import text_lines
from coordinator.ui.widgets.stale_edit_bar import StaleEditBar
from coordinator.ui.widgets.word_completer import make_searchable

DEFAULT_MINUTES = 30


class CheckinDialog(QDialog):
    """New or edit: `saved_id` holds the check-in's id once it is saved."""

    def __init__(
        self,
        context: AppContext,
        program_year_id: int,
        parent: QWidget | None = None,
        *,
        checkin_id: int | None = None,
        mentor_id: int | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._year_id = program_year_id
        self._record: CheckinRecord | None = None
        self._confirm_unassigned = False
        self._loading = True
        self.saved_id: int | None = None
        self._last_good_date = dt.date.today() if today is None else today
        with context.db.reading() as s:
            self._form = checkin_form(s, program_year_id, today=today)
            self._all_mentees = mentees_for_year(s, program_year_id)
            if checkin_id is not None:
                self._record = get_checkin(s, checkin_id)
        self.setWindowTitle(self.tr("Edit check-in") if self._record else self.tr("New check-in"))
        self._build()
        self._load(mentor_id)
        self.kind.setFocus()

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        f = self._form
        self.mentor = QComboBox()
        for choice in f.mentors:
            self.mentor.addItem(choice.name, choice.person_id)
        self.mentor_finder = make_searchable(self.mentor)
        # Any mentee of the year, found by typing: one from another cohort is ticked and added.
        self.find_mentee = QComboBox()
        self.find_mentee.setAccessibleName(self.tr("Find a mentee to tick"))
        self.mentee_finder = make_searchable(self.find_mentee)
        self.find_mentee.addItem("", None)
        for choice in self._all_mentees:
            self.find_mentee.addItem(choice.name, choice.person_id)
        self.mentee_finder.line_edit.setPlaceholderText(self.tr("Type a name to tick a mentee…"))
        # What is typed stays: a date outside the year is refused on Save, with the year's bounds.
        self.date = DateField(label=self.tr("Date"))
        self.date.set_range(
            f.start, f.end, self.tr("the program year {year_label}").format(year_label=f.year_label)
        )
        self.starts_at = QLineEdit()
        self.starts_at.setPlaceholderText(self.tr("e.g. 14:30 (optional)"))
        self.kind = QComboBox()
        for kind, label in CHECKIN_KIND_LABELS.items():
            self.kind.addItem(shown(label), kind.value)
        # 0 can be typed so that Save says why it is refused instead of silently undoing it.
        self.minutes = QSpinBox(minimum=0, maximum=MAX_MINUTES, suffix=self.tr(" min"))
        self.mentees = CheckList()
        self.mentees.setAccessibleName(self.tr("Mentees who attended"))
        self.mentees.setMinimumHeight(text_lines(self.mentees, 6))
        self.tick_count = QLabel()
        self.topics = CheckList()
        self.topics.setMaximumHeight(text_lines(self.topics, 10))
        self.topics.set_entries(
            (
                t.topic_id,
                self.tr("{name} (required)").format(name=t.name) if t.required else t.name,
                False,
            )
            for t in f.topics
        )
        self.next_steps = QLineEdit()
        self.follow_up = DateField(optional=True, label=self.tr("Follow-up on"))
        self.follow_up.set_range(
            f.start, f.end + dt.timedelta(days=366), self.tr("the follow-up window")
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Private: never printed in reports or exports"))
        self.notes.setMaximumHeight(text_lines(self.notes, 4.5))
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        form = QFormLayout()
        form.addRow(self.tr("&Mentor"), self.mentor)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("St&art time"), self.starts_at)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("M&inutes"), self.minutes)
        form.addRow(self.tr("M&entees"), self._mentee_box())
        form.addRow(self.tr("&Topics"), self.topics)
        form.addRow(self.tr("&Next steps"), self.next_steps)
        form.addRow(self.tr("&Follow-up on"), self.follow_up)
        form.addRow(self.tr("Private n&otes"), self.notes)
        layout = QVBoxLayout(self)
        # The dialog sizes itself once; a layout resizing a shown window warns on some platforms.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(
            QLabel(self.tr("Program year {year_label}").format(year_label=f.year_label))
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.stale = StaleEditBar()
        self.stale.reload_chosen.connect(self.reload)
        self.stale.overwrite_chosen.connect(lambda: self.accept(overwrite=True))
        layout.addWidget(self.stale)
        layout.addWidget(self.buttons)
        self.setMinimumSize(480, 560)
        room = self.screen().availableGeometry().size()  # more with a larger font, within reach
        self.resize(self.sizeHint().expandedTo(QSize(560, 720)).boundedTo(room))

        self.mentor.currentIndexChanged.connect(self._mentor_changed)
        self.date.edited.connect(self._date_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.mentees.ticks_changed.connect(self._show_tick_count)
        self.find_mentee.currentIndexChanged.connect(self._mentee_found)

    def _mentee_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.mentees)
        column.addWidget(self.find_mentee)  # after the list: Tab from Minutes reaches the ticks
        row = QHBoxLayout()
        row.addWidget(self.tick_count, 1)
        for text, ticked in ((self.tr("Tick all"), True), (self.tr("Untick all"), False)):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, t=ticked: self.mentees.set_all(t))
            row.addWidget(button)
        column.addLayout(row)
        return box

    # --- loading --------------------------------------------------------------------------------

    def _load(self, mentor_id: int | None) -> None:
        self._loading = True
        if self._record is not None:
            data = self._record.data
            self._select(self.mentor, data.mentor_id)
            self.date.set_date(data.occurred_on)
            self.starts_at.setText(data.starts_at.strftime("%H:%M") if data.starts_at else "")
            self._select(self.kind, CheckinKind(data.kind).value)
            self.minutes.setValue(data.minutes)
            self.next_steps.setText(data.next_steps)
            self.notes.setPlainText(data.private_notes)
            self.follow_up.set_date(data.follow_up_on)
            self.topics.set_ticked(data.topic_ids)
        else:
            self._select(self.mentor, mentor_id or self._form.default_mentor_id)
            self.date.set_date(self._form.default_date)
            self.follow_up.set_date(None)
            self._apply_mentor_defaults()
        self._loading = False
        self._reload_cohort(keep=False)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _apply_mentor_defaults(self) -> None:
        mentor = self.mentor.currentData()
        defaults = None
        if mentor is not None:
            with self._context.db.reading() as s:
                defaults = last_used_defaults(s, int(mentor))
        self._select(self.kind, (defaults.kind if defaults else CheckinKind.ONE_TO_ONE).value)
        self.minutes.setValue(defaults.minutes if defaults else DEFAULT_MINUTES)

    def _reload_cohort(self, *, keep: bool) -> None:
        mentor = self.mentor.currentData()
        previous = {i: t for i, _, t in self.mentees.entries()} if keep else {}
        with self._context.db.reading() as s:
            cohort = (
                cohort_for_mentor(s, self._year_id, int(mentor), self.occurred_on())
                if mentor is not None
                else []
            )
            extra: list[int] = []
            if self._record is not None and not keep:
                known = {c.person_id for c in cohort}
                extra = [m for m in self._record.data.mentee_ids if m not in known]
            people = cohort + people_choices(s, extra)
        if self._record is not None and not keep:
            data = self._record.data
            present = set(data.mentee_ids) - set(data.absent_ids)
            ticks = {p.person_id: p.person_id in present for p in people}
        else:
            group = self.current_kind() == CheckinKind.GROUP
            ticks = {p.person_id: previous.get(p.person_id, group) for p in people}
        self.mentees.set_entries((p.person_id, p.name, ticks[p.person_id]) for p in people)

    # --- reacting to edits ----------------------------------------------------------------------

    def _mentor_changed(self) -> None:
        if self._loading:
            return
        self._confirm_unassigned = False
        if self._record is None:
            self._loading = True
            self._apply_mentor_defaults()
            self._loading = False
        self._reload_cohort(keep=False)

    def _date_changed(self) -> None:
        if not self._loading and self.date.date() is not None:
            self._confirm_unassigned = False
            self._reload_cohort(keep=True)

    def _kind_changed(self) -> None:
        if self._loading:
            return
        if self.current_kind() == CheckinKind.GROUP:
            self.mentees.set_all(True)
        elif len(self.mentees.ticked_ids()) == self.mentees.count() > 1:
            self.mentees.set_all(False)

    def _mentee_found(self) -> None:
        """A mentee picked in the finder is ticked; the finder empties for the next one."""
        mentee = self.find_mentee.currentData()
        if mentee is None:
            return
        self.mentees.tick(int(mentee), self.find_mentee.itemText(self.find_mentee.currentIndex()))
        self.find_mentee.setCurrentIndex(0)

    def _show_tick_count(self) -> None:
        ticked = len(self.mentees.ticked_ids())
        self.tick_count.setText(
            self.tr("{ticked} of {total} ticked").format(ticked=ticked, total=self.mentees.count())
        )

    # --- saving ---------------------------------------------------------------------------------

    def current_kind(self) -> CheckinKind:
        return CheckinKind(self.kind.currentData())

    def occurred_on(self) -> dt.date:
        """The date typed; while it cannot be read, the last one that could (for the cohort)."""
        day = self.date.date()
        if day is not None:
            self._last_good_date = day
        return self._last_good_date

    def entered(self) -> CheckinInput:
        """What the form holds, as the service takes it (a group records who was absent)."""
        ticked = self.mentees.ticked_ids()
        group = self.current_kind() == CheckinKind.GROUP
        mentees = self.mentees.all_ids() if group else ticked
        absent = [m for m in mentees if m not in set(ticked)]
        return CheckinInput(
            program_year_id=self._year_id,
            mentor_id=int(self.mentor.currentData()),
            occurred_on=self.occurred_on(),
            kind=self.current_kind(),
            minutes=self.minutes.value(),
            mentee_ids=tuple(mentees),
            absent_ids=tuple(absent),
            topic_ids=tuple(self.topics.ticked_ids()),
            private_notes=self.notes.toPlainText().strip(),
            next_steps=self.next_steps.text().strip(),
            follow_up_on=self.follow_up.date(),
            starts_at=self._start_time(),
        )

    def _start_time(self) -> dt.time | None:
        """The start time typed, or None when empty or not readable (Save refuses the latter)."""
        text = self.starts_at.text().strip()
        if not text:
            return None
        try:
            return parse_time(text, self.tr("start time"))
        except CoordinatorError:
            return None

    def reload(self) -> None:
        """Discard what was typed and show the check-in as saved now."""
        assert self._record is not None  # only an edit can be stale
        with self._context.db.reading() as s:
            self._record = get_checkin(s, self._record.id)
        self.stale.hide()
        self.message.hide()
        self._load(None)
        self.kind.setFocus()

    def accept(self, overwrite: bool = False) -> None:
        if self.mentor.currentData() is None:
            self._refuse(
                self.tr("This program year has no mentors yet; assign mentors first."), self.mentor
            )
            return
        for date_field in (self.date, self.follow_up):
            problem = date_field.problem()
            if problem is not None:
                self._refuse(problem, date_field)
                return
        if self.starts_at.text().strip():
            try:
                parse_time(self.starts_at.text(), self.tr("start time"))
            except CoordinatorError as exc:
                self._refuse(str(exc), self.starts_at)
                return
        data = self.entered()
        confirm = self._confirm_unassigned
        try:
            with self._context.db.transaction() as s:
                if self._record is None:
                    self.saved_id = add_checkin(s, data, confirm_unassigned=confirm)
                else:
                    update_checkin(
                        s,
                        self._record.id,
                        data,
                        expected_version=self._record.version,
                        seen=self._record.data,
                        overwrite=overwrite,
                        confirm_unassigned=confirm,
                    )
                    self.saved_id = self._record.id
        except ConcurrentEditError as exc:
            self.message.hide()
            self.stale.offer(str(exc))
            return
        except UnassignedAttendeesError as exc:
            self._confirm_unassigned = True
            self.save_button.setText(self.tr("Save anyway"))
            self._refuse(
                local_dates(str(exc))
                + self.tr(
                    " Saved anyway, its minutes will not count toward their hours (hours count"
                    " with the mentor assigned on that date, unless the rule pack counts others')."
                ),
                self.mentees,
            )
            return
        except CoordinatorError as exc:
            message = local_dates(str(exc))
            if exc.field == "mentee_ids" and not data.mentee_ids:
                message = self.tr("Tick the mentee (or mentees) this check-in was with.")
            self._refuse(message, self.widget_for(exc.field))
            return
        self._context.notify("checkins")
        super().accept()

    def widget_for(self, field: str | None) -> QWidget:
        """The widget holding a `CheckinInput` field, which a refusal names."""
        widgets: dict[str, QWidget] = {
            "mentor_id": self.mentor,
            "occurred_on": self.date,
            "starts_at": self.starts_at,
            "kind": self.kind,
            "minutes": self.minutes,
            "mentee_ids": self.mentees,
            "absent_ids": self.mentees,
            "topic_ids": self.topics,
            "next_steps": self.next_steps,
            "follow_up_on": self.follow_up,
            "private_notes": self.notes,
        }
        return widgets.get(field or "", self.mentees)

    def _refuse(self, message: str, field: QWidget) -> None:
        self.message.setText(message)
        self.message.show()
        field.setFocus()
