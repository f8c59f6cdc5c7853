"""The right-hand pane of the People page: one person's details, and room for more sections."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.people import PersonDetail
from coordinator.ui.figures import counted_as
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_date

PERSON_FIELDS = (
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Employee ID"), "employee_id"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Preferred name"), "preferred_name"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "E-mail"), "email"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Phone"), "phone"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Position"), "position"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Subject"), "subject"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Grade"), "grade"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Campus"), "campus"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Campus level"), "campus_level"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Region"), "region"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Hire date"), "hire_date"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Years of experience"), "years_experience"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Supervisor"), "supervisor"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Appraiser"), "appraiser"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Status"), "status"),
    (QT_TRANSLATE_NOOP("PersonDetailPane", "Left on"), "left_on"),
)


def _text(value: object) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    return "" if value is None else str(value)


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PersonDetailPane(QScrollArea):
    """Shows a `PersonDetail`; other features add their own sections with `add_section`."""

    person_shown = Signal(object)  # the person's id, or None when nobody is selected
    edit_requested = Signal()  # "Edit details…" was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.person_id: int | None = None
        self.detail: PersonDetail | None = None
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self.title = _label()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self._name_font = self.title.font()
        self._name_font.setPointSizeF(self._name_font.pointSizeF() * 1.3)
        self._name_font.setBold(True)
        self._hint_font = self.title.font()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(
            self.tr("Change this person's name, IDs, campus, position… (Enter)")
        )
        self.edit_button.clicked.connect(self.edit_requested)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.edit_button)
        self._layout.addLayout(heading)
        self.fields_box = QGroupBox(self.tr("Person"))
        self.fields_form = QFormLayout(self.fields_box)
        self._layout.addWidget(self.fields_box)
        self.programs_box = QGroupBox(self.tr("Programs"))
        self.programs_label = _label()
        QVBoxLayout(self.programs_box).addWidget(self.programs_label)
        self._layout.addWidget(self.programs_box)
        self.mentor_box = QGroupBox(self.tr("Mentor profile"))
        self.mentor_label = _label()
        QVBoxLayout(self.mentor_box).addWidget(self.mentor_label)
        self._layout.addWidget(self.mentor_box)
        self._extra_sections: list[QGroupBox] = []
        self._layout.addStretch(1)
        self.setWidget(body)
        self.show_person(None)

    def add_section(self, title: str, widget: QWidget) -> QGroupBox:
        """Add a titled section below the built-in ones; listen to `person_shown` to fill it."""
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        self._layout.insertWidget(self._layout.count() - 1, box)
        self._extra_sections.append(box)
        box.setVisible(self.person_id is not None)
        return box

    def show_person(self, detail: PersonDetail | None) -> None:
        self.person_id = detail.id if detail is not None else None
        self.detail = detail
        for box in (self.fields_box, self.programs_box, self.edit_button, *self._extra_sections):
            box.setVisible(detail is not None)
        if detail is None:
            self.title.setText(self.tr("Select a person to see their details."))
            self.title.setFont(self._hint_font)
            self.mentor_box.setVisible(False)
            self.person_shown.emit(None)
            return
        self.title.setText(detail.name)
        self.title.setFont(self._name_font)
        self._fill_fields(detail)
        self.programs_label.setText(self._programs_html(detail))
        self.mentor_box.setVisible(detail.mentor_profile is not None)
        if detail.mentor_profile is not None:
            self.mentor_label.setText(self._mentor_html(detail))
        self.person_shown.emit(detail.id)

    def field_text(self, label: str) -> str | None:
        """What the pane shows beside a field label (for tests and copy helpers)."""
        for row in range(self.fields_form.rowCount()):
            name = self.fields_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value = self.fields_form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if name is not None and value is not None:
                name_widget, value_widget = name.widget(), value.widget()
                if (
                    isinstance(name_widget, QLabel)
                    and isinstance(value_widget, QLabel)
                    and name_widget.text() == label
                ):
                    return value_widget.text()
        return None

    def _fill_fields(self, detail: PersonDetail) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        for label, attribute in PERSON_FIELDS:
            value = _text(getattr(detail, attribute))
            if attribute == "status":
                value = shown(value)
            if value:
                field = _label(value)
                field.setTextFormat(Qt.TextFormat.PlainText)
                self.fields_form.addRow(self.tr(label), field)

    @staticmethod
    def _programs_html(detail: PersonDetail) -> str:
        if not detail.enrollments:
            return QCoreApplication.translate(
                "PersonDetailPane", "Not enrolled in any program year."
            )
        lines = [
            QCoreApplication.translate(
                "PersonDetailPane",
                "<b>{year}</b> {program}: {role}, year {n} in the program: {status}",
            ).format(
                year=escape(e.year),
                program=escape(e.program),
                role=escape(shown(e.role)),
                n=e.year_in_program,
                status=escape(shown(e.status)),
            )
            + (
                QCoreApplication.translate("PersonDetailPane", " on {day}").format(
                    day=_text(e.ended_on)
                )
                if e.ended_on
                else ""
            )
            for e in detail.enrollments
        ]
        return "<br>".join(lines)

    @staticmethod
    def _mentor_html(detail: PersonDetail) -> str:
        profile = detail.mentor_profile
        assert profile is not None
        lines = []
        if profile.years_experience is not None:
            lines.append(
                QCoreApplication.translate("PersonDetailPane", "{years} of experience").format(
                    years=counted_as(
                        profile.years_experience,
                        QCoreApplication.translate("PersonDetailPane", "{n} year"),
                        QCoreApplication.translate("PersonDetailPane", "{n} years"),
                    )
                )
            )
        hours = (
            QCoreApplication.translate("PersonDetailPane", "6 or more")
            if profile.teaches_six_hours
            else QCoreApplication.translate("PersonDetailPane", "fewer than 6")
        )
        lines.append(
            QCoreApplication.translate("PersonDetailPane", "Teaches {hours} hours a day").format(
                hours=hours
            )
        )
        if profile.capacity is not None:
            lines.append(
                QCoreApplication.translate("PersonDetailPane", "Capacity: {mentees}").format(
                    mentees=counted_as(
                        profile.capacity,
                        QCoreApplication.translate("PersonDetailPane", "{n} mentee"),
                        QCoreApplication.translate("PersonDetailPane", "{n} mentees"),
                    )
                )
            )
        for name, completed in profile.trainings:
            lines.append(
                QCoreApplication.translate(
                    "PersonDetailPane", "Training: {name}, completed {day}"
                ).format(name=escape(name), day=format_date(completed))
            )
        if not profile.trainings:
            lines.append(
                QCoreApplication.translate("PersonDetailPane", "No mentor training recorded")
            )
        return "<br>".join(lines)
