"""Create a program year with its two semesters, or copy a year forward after seeing the plan."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.services.programs import next_year, programs, setup
from coordinator.services.programs.next_year import CopyForwardPlan, CopyForwardResult
from coordinator.services.programs.year_choices import year_label_of
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted
from coordinator.ui.widgets.date_field import DateField, format_date, local_dates


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("error")
    label.hide()
    return label


def _typed(field: DateField) -> dt.date:
    day = field.date()
    if day is None:
        raise AssertionError("read only after date_problem() found nothing")
    return day


class ProgramYearDialog(QDialog):
    """A new year for a program; typing a label such as 2026-27 fills in sensible dates.

    After Create, `year_id` holds the new year. Bad dates are explained in `accept()` with the
    field to fix focused, and the dialog stays open.
    """

    def __init__(
        self, context: AppContext, program_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.year_id: int | None = None
        self.setWindowTitle(self.tr("New program year"))
        with context.db.reading() as session:
            self._programs = [(p.id, p.name) for p in programs.list_programs(session)]
        self._build()
        for row, (pid, _name) in enumerate(self._programs):
            if pid == program_id:
                self.program.setCurrentIndex(row)
        self._program_chosen()
        self.program.currentIndexChanged.connect(lambda _i: self._program_chosen())

    def _build(self) -> None:
        self.program = QComboBox()
        for pid, name in self._programs:
            self.program.addItem(name, pid)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. 2026-27"))
        self.label.setMaxLength(40)
        self.label.textEdited.connect(self.fill_dates)
        # What is typed stays: a date that cannot be read, or out of order, is refused on Create.
        self.start, self.end = (
            DateField(label=self.tr("First day of the year")),
            DateField(label=self.tr("Last day of the year")),
        )
        form = QFormLayout()
        form.addRow(self.tr("&Program:"), self.program)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Starts:"), self.start)
        form.addRow(self.tr("&Ends:"), self.end)

        box = QGroupBox(self.tr("Semesters"))
        grid = QGridLayout(box)
        for column, text in enumerate((self.tr("Name"), self.tr("First day"), self.tr("Last day"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.semester_fields: list[tuple[QLineEdit, DateField, DateField]] = []
        for i in range(2):
            name_edit = QLineEdit()
            first = DateField(label=self.tr("First day of semester {number}").format(number=i + 1))
            last = DateField(label=self.tr("Last day of semester {number}").format(number=i + 1))
            name_edit.setMaxLength(60)
            grid.addWidget(name_edit, i + 1, 0)
            grid.addWidget(first, i + 1, 1)
            grid.addWidget(last, i + 1, 2)
            self.semester_fields.append((name_edit, first, last))
        grid.setColumnStretch(0, 1)
        # A date the coordinator typed or picked is theirs: a new label no longer replaces it.
        self._typed_dates: set[DateField] = set()
        for field in self.date_fields():
            field.edited.connect(lambda f=field: self._typed_dates.add(f))

        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create year"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _program_id(self) -> int | None:
        data = self.program.currentData()
        return int(data) if data is not None else None

    def _program_chosen(self) -> None:
        with self._context.db.reading() as session:
            label = setup.suggested_label(session, self._program_id(), dt.date.today())
        self.label.setText(label)
        self.fill_dates(label)
        self.label.setFocus()
        self.label.selectAll()

    def fill_dates(self, label: str) -> None:
        """Dates for the label's school year, except those typed; a label without a year leaves
        the dates alone."""
        with self._context.db.reading() as session:
            dates = setup.suggested_dates(session, self._program_id(), label)
        if dates is None:
            return
        suggested = [(self.start, dates.start), (self.end, dates.end)]
        for (name, first, last), (term, term_start, term_end) in zip(
            self.semester_fields, dates.semesters, strict=False
        ):
            name.setText(term)
            suggested += [(first, term_start), (last, term_end)]
        for field, day in suggested:
            if field not in self._typed_dates:
                field.set_date(day)

    def date_fields(self) -> list[DateField]:
        fields = [self.start, self.end]
        for _name, first, last in self.semester_fields:
            fields += [first, last]
        return fields

    def semesters(self) -> list[tuple[str, dt.date, dt.date]]:
        """The semesters as typed; only once `date_problem` finds nothing to refuse."""
        return [
            (name.text().strip(), _typed(first), _typed(last))
            for name, first, last in self.semester_fields
        ]

    def date_problem(self) -> tuple[str, DateField] | None:
        """Why a typed date cannot be used, and its field: unreadable, out of order, outside."""
        for field in (self.start, self.end):
            problem = field.problem()
            if problem is not None:
                return problem, field
        start, end = _typed(self.start), _typed(self.end)
        if end <= start:
            return (
                self.tr("The year must end after it starts: {end} is not after {start}.").format(
                    end=format_date(end), start=format_date(start)
                ),
                self.end,
            )
        label = self.label.text().strip()
        for _name, first, last in self.semester_fields:
            for field in (first, last):
                field.set_range(
                    start,
                    end,
                    self.tr("the year {label}").format(label=label)
                    if label
                    else self.tr("the year"),
                )
                problem = field.problem()
                if problem is not None:
                    return problem, field
        return None

    def _field(self, key: str) -> QWidget:
        if key.startswith("semester"):
            index, part = int(key[8]), key.split("_")[1]
            name, first, last = self.semester_fields[index]
            return {"name": name, "start": first, "end": last}[part]
        return {"label": self.label, "end": self.end}.get(key, self.start)

    def show_error(self, message: str, focus: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        focus.setFocus()

    def accept(self) -> None:
        program_id = self._program_id()
        if program_id is None:
            self.show_error(self.tr("Create a program first (New program…)."), self.program)
            return
        refused = self.date_problem()
        if refused is not None:
            self.show_error(*refused)
            return
        label, start, end = self.label.text().strip(), _typed(self.start), _typed(self.end)
        problem = setup.year_problem(label, start, end, self.semesters())
        if problem is not None:
            self.show_error(local_dates(problem[1]), self._field(problem[0]))
            return
        try:
            with self._context.db.transaction() as session:
                program = setup.program_by_id(session, program_id)
                new_id = programs.create_year(
                    session, program, label, start, end, self.semesters()
                ).id
        except CoordinatorError as exc:
            fields: dict[str, QWidget] = {"label": self.label, "end": self.end}
            self.show_error(local_dates(str(exc)), fields.get(exc.field or "", self.label))
            return
        self.year_id = new_id
        self._context.notify("programs")
        super().accept()


def plan_text(plan: CopyForwardPlan) -> str:
    """What copying forward will do, in the coordinator's words."""
    mentors = counted(
        plan.mentors,
        QCoreApplication.translate("ProgramYearDialog", "mentor"),
        QCoreApplication.translate("ProgramYearDialog", "mentors"),
    )
    kept_text = counted(
        plan.mentees_carried,
        QCoreApplication.translate("ProgramYearDialog", "mentee keeps"),
        QCoreApplication.translate("ProgramYearDialog", "mentees keep"),
    )
    done = counted(
        plan.mentees_completed,
        QCoreApplication.translate("ProgramYearDialog", "mentee"),
        QCoreApplication.translate("ProgramYearDialog", "mentees"),
    )
    return QCoreApplication.translate(
        "ProgramYearDialog",
        (
            "<p>Creates <b>{label}</b> ({start_date} to {end_date}) from "
            "{from_label}, with the same semesters a year "
            "later.</p><ul><li>{mentors} re-enrolled</li><li>{kept_text} their "
            "mentor for year 2 (the program asks for {carry_years} of "
            "mentoring)</li><li>{done} not carried: completed the program, or "
            "without a mentor at the end of {from_label}</li></ul>"
        ),
    ).format(
        label=escape(plan.label),
        start_date=format_date(plan.start_date),
        end_date=format_date(plan.end_date),
        from_label=escape(plan.from_label),
        mentors=mentors,
        kept_text=kept_text,
        carry_years=counted(
            plan.carry_years,
            QCoreApplication.translate("ProgramYearDialog", "year"),
            QCoreApplication.translate("ProgramYearDialog", "years"),
        ),
        done=done,
    )


class CopyForwardDialog(QDialog):
    """Shows what `copy_forward` will do for this year, then applies it; `result` after."""

    def __init__(self, context: AppContext, year_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._year_id = year_id
        self.result_counts: CopyForwardResult | None = None
        with context.db.reading() as session:
            year = programs.year_by_id(session, year_id)
            title = year_label_of(year)
            label = next_year.next_label(year.label)
        self.setWindowTitle(self.tr("Copy forward — {title}").format(title=title))
        self.label = QLineEdit(label)
        self.label.setMaxLength(40)
        self.label.textChanged.connect(lambda _t: self.show_plan())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copy forward"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("New year's &label:"), self.label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.show_plan()
        self.label.setFocus()

    def show_plan(self) -> None:
        with self._context.db.reading() as session:
            year = programs.year_by_id(session, self._year_id)
            plan = next_year.plan_copy_forward(session, year, label=self.label.text())
        self.summary.setText(plan_text(plan))
        if plan.label_taken:
            self.error.setText(
                self.tr("The program already has a year {label}; choose another label.").format(
                    label=plan.label
                )
            )
            self.error.show()
        else:
            self.error.hide()

    def accept(self) -> None:
        label = self.label.text().strip()
        if not label:
            self.error.setText(self.tr("Give the new year a label such as 2026-27."))
            self.error.show()
            self.label.setFocus()
            return
        try:
            with self._context.db.transaction() as session:
                year = programs.year_by_id(session, self._year_id)
                result = next_year.copy_forward(session, year, label=label)
        except CoordinatorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.label.setFocus()
            return
        self.result_counts = result
        self._context.notify("programs")
        self._context.notify("assignments")
        super().accept()
