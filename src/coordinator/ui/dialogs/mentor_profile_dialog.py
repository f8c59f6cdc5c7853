"""A mentor's profile: experience, trainings, teaching load, capacity, notes; eligibility live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from html import escape
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.enums import TrainingKind
from coordinator.errors import ConcurrentEditError, CoordinatorError
from coordinator.services.cohorts import mentor_setup, mentors
from coordinator.services.cohorts.mentor_setup import DraftTraining, MentorDraft
from coordinator.services.cohorts.mentors import Eligibility
from coordinator.ui.context import AppContext
from coordinator.ui.service_reasons import said
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import DateField, local_dates
from coordinator.ui.widgets.sizes import text_lines
from coordinator.ui.widgets.stale_edit_bar import StaleEditBar

NOT_RECORDED = QT_TRANSLATE_NOOP("MentorProfileDialog", "not recorded")
NO_LIMIT = QT_TRANSLATE_NOOP("MentorProfileDialog", "no limit")


def eligibility_html(result: Eligibility | None, year_label: str | None) -> str:
    if result is None or year_label is None:
        return QCoreApplication.translate(
            "MentorProfileDialog", "<b>Eligibility:</b> choose a program year to see it."
        )
    cap = (
        QCoreApplication.translate("MentorProfileDialog", "no cap")
        if result.capacity is None
        else str(result.capacity)
    )
    load = QCoreApplication.translate(
        "MentorProfileDialog", "Load {load} (capacity {cap})."
    ).format(load=result.load, cap=cap)
    if result.eligible:
        return QCoreApplication.translate(
            "MentorProfileDialog", "<b>Eligible</b> to mentor in {year_label}. {load}"
        ).format(year_label=escape(year_label), load=load)
    reasons = "".join(f"<li>{escape(local_dates(said(r)))}</li>" for r in result.reasons)
    return QCoreApplication.translate(
        "MentorProfileDialog", "<b>Not eligible</b> in {year_label}:<ul>{reasons}</ul>{load}"
    ).format(year_label=escape(year_label), reasons=reasons, load=load)


KIND_WORDS = {
    TrainingKind.APPROVED: QT_TRANSLATE_NOOP("TrainingRows", "Approved"),
    TrainingKind.DISTRICT: QT_TRANSLATE_NOOP("TrainingRows", "District"),
    TrainingKind.SUPPLEMENTAL: QT_TRANSLATE_NOOP("TrainingRows", "Supplemental"),
}

TrainingEntry = tuple[QLineEdit, QComboBox, QDoubleSpinBox, DateField, QPushButton]


class TrainingRows(QWidget):
    """Mentor trainings as rows of name, kind and completion date, each removable.

    A row opened from a stored training remembers it, so renaming or re-dating the row changes
    that record (its kind, provider and hours kept) instead of making a new approved one."""

    def __init__(self, on_change: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self.rows: list[TrainingEntry] = []
        self._ids: dict[int, int | None] = {}  # id(name edit) -> the stored training's id
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No mentor training recorded."))
        self.grid.addWidget(self.empty, 0, 0, 1, 5)
        self.grid.setColumnStretch(0, 1)

    def _changed(self) -> None:
        self._on_change()

    def add_row(
        self,
        name: str = "",
        day: dt.date | None = None,
        kind: TrainingKind = TrainingKind.APPROVED,
        training_id: int | None = None,
        minutes: int | None = None,
    ) -> QLineEdit:
        number = len(self.rows) + 1
        edit = QLineEdit(name)
        edit.setPlaceholderText(self.tr("e.g. Region 13 mentor training"))
        edit.setMaxLength(200)
        edit.setAccessibleName(self.tr("Training {number} name").format(number=number))
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("x" * 30))
        kinds = QComboBox()
        for value, words in KIND_WORDS.items():
            kinds.addItem(self.tr(words), value.value)
            kinds.setItemData(kinds.count() - 1, shown(value.label), Qt.ItemDataRole.ToolTipRole)
        kinds.setCurrentIndex(kinds.findData(kind.value))
        kinds.setAccessibleName(self.tr("Training {number} kind").format(number=number))
        kinds.setToolTip(
            self.tr(
                "Approved: the commissioner-approved mentor training; District: the district's own "
                "mentor training; Supplemental: training during the year"
            )
        )
        hours = QDoubleSpinBox()
        hours.setRange(0, 500)
        hours.setDecimals(2)
        hours.setSingleStep(0.5)
        hours.setSuffix(self.tr(" h"))
        hours.setSpecialValueText(self.tr("no hours"))
        hours.setValue((minutes or 0) / 60)
        hours.setAccessibleName(self.tr("Training {number} hours").format(number=number))
        hours.setToolTip(self.tr("The hours a supplemental training counts for"))
        completed = DateField(day, label=self.tr("Completion date"))  # what is typed stays as typed
        completed.setAccessibleName(
            self.tr("Training {number} completion date").format(number=number)
        )
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove this training"))
        remove.setAccessibleName(self.tr("Remove training {number}").format(number=number))
        entry = (edit, kinds, hours, completed, remove)
        for column, widget in enumerate(entry):
            self.grid.addWidget(widget, number, column)
        for widget in entry:
            widget.setVisible(True)  # now, not on the next event loop turn, so focus can land
        self.rows.append(entry)
        self._ids[id(edit)] = training_id
        edit.textChanged.connect(lambda _t: self._changed())
        kinds.currentIndexChanged.connect(lambda _i: self._changed())
        hours.valueChanged.connect(lambda _v: self._changed())
        completed.edited.connect(self._changed)
        remove.clicked.connect(lambda: self.remove_row(entry))
        self.empty.setVisible(False)
        self._changed()
        return edit

    def remove_row(self, entry: TrainingEntry) -> None:
        index = self.rows.index(entry)
        self.rows.remove(entry)
        self._ids.pop(id(entry[0]), None)
        for widget in entry:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.empty.setVisible(not self.rows)
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)][0].setFocus()
        self._changed()

    def trainings(self) -> list[DraftTraining]:
        """The trainings whose completion date can be read (see `date_problem`)."""
        return [
            DraftTraining(
                edit.text().strip(),
                day,
                TrainingKind(kinds.currentData()),
                self._ids.get(id(edit)),
                round(hours.value() * 60) or None,
            )
            for edit, kinds, hours, completed, _r in self.rows
            if (day := completed.date()) is not None
        ]

    def names(self) -> list[str]:
        return [edit.text().strip() for edit, *_rest in self.rows]

    def date_problem(self) -> tuple[str, DateField] | None:
        """Why the first unreadable completion date cannot be used, and its field."""
        for *_name_kind_hours, completed, _r in self.rows:
            problem = completed.problem()
            if problem is not None:
                return problem, completed
        return None


class MentorProfileDialog(QDialog):
    """Edits one person's mentor profile; the eligibility line follows every change."""

    def __init__(
        self,
        context: AppContext,
        person_id: int,
        year_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person_id = person_id
        self._year_id = year_id if year_id is not None else context.program_year_id
        with context.db.reading() as session:
            name = mentor_setup.person_name(session, person_id)
            opened = mentor_setup.stored_draft(session, person_id)
            summary = mentors.mentor_summary(session, person_id, self._year_id)
        self._year_label = summary.year_label
        self.setWindowTitle(self.tr("Mentor profile — {name}").format(name=name))
        self._build()
        self._load(opened)
        self.years.setFocus()
        self.years.selectAll()

    def _load(self, opened: MentorDraft) -> None:
        """Fill the form with the profile as read; a later save compares with it."""
        self._opened = opened
        self._loading = True
        self.years.setValue(-1 if opened.years_experience is None else opened.years_experience)
        self.six_hours.setChecked(opened.teaches_six_hours)
        self.capacity.setValue(-1 if opened.capacity is None else opened.capacity)
        self.notes.setPlainText(opened.notes)
        for entry in list(self.training_rows.rows):
            self.training_rows.remove_row(entry)
        for training in mentor_setup.training_rows(opened):
            self.training_rows.add_row(*training)
        self._chain_tabs()
        self._loading = False
        self.update_eligibility()

    def _build(self) -> None:
        self.years = QSpinBox()
        self.years.setRange(-1, 60)
        self.years.setSpecialValueText(self.tr(NOT_RECORDED))  # -1 shows as "not recorded"
        self.years.setSuffix(self.tr(" years"))
        self.six_hours = QCheckBox(self.tr("Teaches an average of &6 or more hours a day"))
        self.capacity = QSpinBox()
        self.capacity.setRange(-1, 500)
        self.capacity.setSpecialValueText(self.tr(NO_LIMIT))
        self.capacity.setSuffix(self.tr(" mentees"))
        self.capacity.setToolTip(
            self.tr("The most mentees this mentor takes; the rule pack may cap it")
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(text_lines(self.notes, 4))
        for signal in (
            self.years.valueChanged,
            self.capacity.valueChanged,
            self.six_hours.toggled,
        ):
            signal.connect(lambda *_: self.update_eligibility())

        form = QFormLayout()
        form.addRow(self.tr("&Experience:"), self.years)
        form.addRow("", self.six_hours)
        form.addRow(self.tr("&Capacity:"), self.capacity)

        box = QGroupBox(self.tr("Mentor &training (name, kind, hours and completion date)"))
        self.training_rows = TrainingRows(self.update_eligibility)
        self.add_training_button = QPushButton(self.tr("&Add training"))
        self.add_training_button.clicked.connect(self.add_training)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_training_button)
        add_row.addStretch(1)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.training_rows)
        box_layout.addLayout(add_row)

        notes_form = QFormLayout()
        notes_form.addRow(self.tr("&Notes:"), self.notes)
        self.eligibility = QLabel()
        self.eligibility.setTextFormat(Qt.TextFormat.RichText)
        self.eligibility.setWordWrap(True)
        self.eligibility.setFrameShape(QLabel.Shape.StyledPanel)
        self.eligibility.setMargin(6)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addLayout(notes_form)
        layout.addWidget(self.eligibility)
        layout.addWidget(self.error)
        self.stale = StaleEditBar()
        self.stale.reload_chosen.connect(self.reload)
        self.stale.overwrite_chosen.connect(lambda: self.accept(overwrite=True))
        layout.addWidget(self.stale)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 110))

    def add_training(self) -> None:
        edit = self.training_rows.add_row()
        self._chain_tabs()
        edit.setFocus()

    def _chain_tabs(self) -> None:
        """Tab walks the form top to bottom, through each training row, before Save."""
        chain: list[QWidget] = [self.years, self.six_hours, self.capacity]
        for row in self.training_rows.rows:
            chain.extend(row)
        chain += [self.add_training_button, self.notes]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def draft(self) -> MentorDraft:
        years, capacity = self.years.value(), self.capacity.value()
        return MentorDraft(
            years_experience=None if years < 0 else years,
            teaches_six_hours=self.six_hours.isChecked(),
            capacity=None if capacity < 0 else capacity,
            notes=self.notes.toPlainText().strip(),
            trainings=self.training_rows.trainings(),
        )

    def update_eligibility(self) -> None:
        """Re-evaluate the rule pack with the values as they stand (nothing is saved)."""
        if self._loading:
            return
        if self.training_rows.date_problem() is not None:
            self.eligibility.setText(
                self.tr("<b>Eligibility:</b> shown again once every completion date can be read.")
            )
            return
        result = None
        if self._year_id is not None:
            with self._context.db.reading() as session:
                result = mentor_setup.eligibility_preview(
                    session, self._person_id, self._year_id, self.draft()
                )
        self.eligibility.setText(eligibility_html(result, self._year_label))

    def show_error(self, message: str, focus: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        focus.setFocus()

    def widget_for(self, field: str | None) -> QWidget:
        """The widget of a profile field as `draft_problem` names it ('training<i>': row i)."""
        if field and field.startswith("training") and field[8:].isdigit():
            rows = self.training_rows.rows
            if int(field[8:]) < len(rows):
                return rows[int(field[8:])][0]
        return self.capacity if field == "capacity" else self.years

    def reload(self) -> None:
        """Discard what was typed and show the profile as saved now."""
        with self._context.db.reading() as session:
            opened = mentor_setup.stored_draft(session, self._person_id)
        self.stale.hide()
        self.error.hide()
        self._load(opened)
        self.years.setFocus()

    def accept(self, overwrite: bool = False) -> None:
        draft = self.draft()
        # Every row's name is checked, also where the date cannot be read yet (any date will do).
        named = replace(draft, trainings=[(n, dt.date.min) for n in self.training_rows.names()])
        problem = mentor_setup.draft_problem(named)
        if problem is not None:
            field, message = problem
            self.show_error(message, self.widget_for(field))
            return
        refused = self.training_rows.date_problem()
        if refused is not None:
            self.show_error(*refused)
            return
        try:
            with self._context.db.transaction() as session:
                mentor_setup.save_mentor_draft(
                    session, self._person_id, draft, opened=self._opened, overwrite=overwrite
                )
        except ConcurrentEditError as exc:
            self.error.hide()
            self.stale.offer(str(exc))
            return
        except CoordinatorError as exc:
            self.show_error(local_dates(str(exc)), self.widget_for(exc.field))
            return
        self._context.notify("mentors")
        super().accept()
