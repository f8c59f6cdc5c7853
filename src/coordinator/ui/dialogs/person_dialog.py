"""New person / Edit person: the fields a coordinator knows, checked on Save, nothing typed lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
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

from coordinator.db.models import PersonStatus
from coordinator.errors import ConcurrentEditError, CoordinatorError
from coordinator.services.people import PERSON_STATUS_LABELS
from coordinator.services.person_edit import (
    PersonForm,
    add_person,
    campus_choices,
    edit_person,
    person_form,
)
from coordinator.ui import service_words
from coordinator.ui.context import AppContext
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import DateField, local_dates
from coordinator.ui.widgets.stale_edit_bar import StaleEditBar

NO_CAMPUS = QT_TRANSLATE_NOOP("PersonDialog", "No campus")


class PersonDialog(QDialog):
    """Adds a person (`person_id` None) or edits one; `saved_id` is set once Save succeeds.

    Save checks in `accept()`: a problem is said in words under the form, the field at fault
    gets the focus, and the dialog stays open with everything as typed.
    """

    def __init__(
        self,
        context: AppContext,
        person_id: int | None = None,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person_id = person_id
        self._today = today or dt.date.today()
        self.saved_id: int | None = None
        with context.db.reading() as session:
            campuses = campus_choices(session)
            self._form = person_form(session, person_id) if person_id is not None else PersonForm()
        self.setWindowTitle(self.tr("New person") if person_id is None else self.tr("Edit person"))
        self.first_name = QLineEdit(self._form.first_name)
        self.last_name = QLineEdit(self._form.last_name)
        self.preferred_name = QLineEdit(self._form.preferred_name)
        self.preferred_name.setPlaceholderText(self.tr("Only when they go by another first name"))
        self.employee_id = QLineEdit(self._form.employee_id)
        self.email = QLineEdit(self._form.email)
        self.email.setPlaceholderText("name@district.org")
        self.campus = QComboBox()
        self.campus.addItem(self.tr(NO_CAMPUS), None)
        for campus in campuses:
            self.campus.addItem(campus.name, campus.id)
        self.campus.setCurrentIndex(max(0, self.campus.findData(self._form.campus_id)))
        self.position = QLineEdit(self._form.position)
        self.position.setPlaceholderText(self.tr("e.g. Teacher, Librarian, Counselor"))
        self.subject = QLineEdit(self._form.subject)
        self.grade = QLineEdit(self._form.grade)
        self.grade.setPlaceholderText(self.tr("e.g. 7, K-2, 9-12"))
        self.hire_date = DateField(self._form.hire_date, optional=True, label=self.tr("Hire date"))
        self.status = QComboBox()
        shown = [PersonStatus.ACTIVE, PersonStatus.LEFT]
        if self._form.status == PersonStatus.ARCHIVED:
            shown.append(PersonStatus.ARCHIVED)
        for status in shown:
            self.status.addItem(service_words.shown(PERSON_STATUS_LABELS[status]), status.value)
        self.status.setCurrentIndex(self.status.findData(self._form.status.value))
        self.left_on = DateField(
            self._form.left_on, optional=True, label=self.tr("Left the district on")
        )
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("error")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.stale = StaleEditBar()
        self.stale.reload_chosen.connect(self.reload)
        self.stale.overwrite_chosen.connect(lambda: self.accept(overwrite=True))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Add person") if person_id is None else self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._status_changed()
        self.first_name.setFocus()

    def _lay_out(self) -> None:
        form = QFormLayout()
        for text, widget in (
            (self.tr("&First name:"), self.first_name),
            (self.tr("&Last name:"), self.last_name),
            (self.tr("&Preferred name:"), self.preferred_name),
            (self.tr("Employee &ID:"), self.employee_id),
            (self.tr("&E-mail:"), self.email),
            (self.tr("&Campus:"), self.campus),
            (self.tr("P&osition:"), self.position),
            (self.tr("&Subject:"), self.subject),
            (self.tr("&Grade level:"), self.grade),
            (self.tr("&Hire date:"), self.hire_date),
        ):
            form.addRow(text, widget)
        if self._person_id is not None:  # a new person is always active
            form.addRow(self.tr("S&tatus:"), self.status)
            form.addRow(self.tr("Left o&n:"), self.left_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.stale)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _status_changed(self) -> None:
        self.left_on.setEnabled(self.chosen_status() == PersonStatus.LEFT)

    def chosen_status(self) -> PersonStatus:
        return PersonStatus(self.status.currentData())

    def field_widgets(self) -> dict[str, QWidget]:
        """The widget for each `PersonForm` field, as the service names them in a problem."""
        return {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "preferred_name": self.preferred_name,
            "employee_id": self.employee_id,
            "email": self.email,
            "campus_id": self.campus,
            "position": self.position,
            "subject": self.subject,
            "grade": self.grade,
            "hire_date": self.hire_date,
            "status": self.status,
            "left_on": self.left_on,
        }

    def show_problem(self, text: str, field: str | None) -> None:
        self.message.setText(text)
        self.message.show()
        widget = self.field_widgets().get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def typed_form(self) -> PersonForm | None:
        """What the form holds; None (and the problem shown) when a date cannot be read."""
        leaving = self._person_id is not None and self.chosen_status() == PersonStatus.LEFT
        dates = [("hire_date", self.hire_date)] + ([("left_on", self.left_on)] if leaving else [])
        for name, field in dates:
            problem = field.problem()
            if problem is not None:
                self.show_problem(problem, name)
                return None
        status = self.chosen_status() if self._person_id is not None else PersonStatus.ACTIVE
        return PersonForm(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            preferred_name=self.preferred_name.text(),
            employee_id=self.employee_id.text(),
            email=self.email.text(),
            campus_id=self.campus.currentData(),
            position=self.position.text(),
            subject=self.subject.text(),
            grade=self.grade.text(),
            hire_date=self.hire_date.date(),
            status=status,
            left_on=self.left_on.date() if leaving else None,
            version=self._form.version,
        )

    def reload(self) -> None:
        """Discard what was typed and show the person as saved now."""
        assert self._person_id is not None  # only an edit can be stale
        with self._context.db.reading() as session:
            self._form = form = person_form(session, self._person_id)
        for edit, text in (
            (self.first_name, form.first_name),
            (self.last_name, form.last_name),
            (self.preferred_name, form.preferred_name),
            (self.employee_id, form.employee_id),
            (self.email, form.email),
            (self.position, form.position),
            (self.subject, form.subject),
            (self.grade, form.grade),
        ):
            edit.setText(text)
        self.campus.setCurrentIndex(max(0, self.campus.findData(form.campus_id)))
        self.hire_date.set_date(form.hire_date)
        if self.status.findData(form.status.value) < 0:
            self.status.addItem(
                service_words.shown(PERSON_STATUS_LABELS[form.status]), form.status.value
            )
        self.status.setCurrentIndex(self.status.findData(form.status.value))
        self.left_on.set_date(form.left_on)
        self.stale.hide()
        self.message.hide()
        self.first_name.setFocus()

    def accept(self, overwrite: bool = False) -> None:
        form = self.typed_form()
        if form is None:
            return
        try:
            with self._context.db.transaction() as session:
                if self._person_id is None:
                    self.saved_id = add_person(session, form, today=self._today)
                else:
                    edit_person(
                        session,
                        self._person_id,
                        form,
                        today=self._today,
                        opened=self._form,
                        overwrite=overwrite,
                    )
                    self.saved_id = self._person_id
        except ConcurrentEditError as exc:
            self.message.hide()
            self.stale.offer(str(exc))
            return
        except CoordinatorError as exc:
            self.show_problem(local_dates(str(exc)), exc.field)
            return
        self._context.notify("people")
        super().accept()
