"""Import wizard pages four and five: the plan in tabs with Apply (in a worker), and the summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coordinator.db.models import Role
from coordinator.errors import CoordinatorError
from coordinator.importing.problems import save_problems
from coordinator.importing.roster.enroll import EnrollTarget
from coordinator.importing.roster.pipeline import apply_import
from coordinator.progress import Progress
from coordinator.services.programs.year_choices import program_year_choices
from coordinator.tools.private_files import refuse_overwriting
from coordinator.ui.dialogs.import_wizard_state import WizardState
from coordinator.ui.figures import counted, local_figure
from coordinator.ui.models.import_models import (
    ChangedPeopleModel,
    HeldRowsModel,
    MissingPeopleModel,
    NewPeopleModel,
    ProblemsModel,
    UnchangedPeopleModel,
)
from coordinator.ui.models.rows_model import RowsModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.filter_box import filter_box

TAB_TITLES = (  # keys of the tabs too: shown through self.tr
    QT_TRANSLATE_NOOP("PlanPage", "New"),
    QT_TRANSLATE_NOOP("PlanPage", "Changed"),
    QT_TRANSLATE_NOOP("PlanPage", "Unchanged"),
    QT_TRANSLATE_NOOP("PlanPage", "Not in file"),
    QT_TRANSLATE_NOOP("PlanPage", "Duplicates"),
    QT_TRANSLATE_NOOP("PlanPage", "Problems"),
)
PROBLEMS_TAB = len(TAB_TITLES) - 1  # the last tab: Problems


def _table(model: RowsModel[Any]) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # file order (by row) to start with
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _sentence_first(view: QTableView) -> None:
    """The sentence takes the room (wrapped); the code stays a narrow column at the end."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(ProblemsModel.SENTENCE_COLUMN, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(ProblemsModel.CODE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
    view.setWordWrap(True)


WRAPPED_ROWS_LIMIT = 1_000  # measuring every row's height is slow past this; they elide instead


class PlanPage(QWizardPage):
    """What applying would do, in tabs; options for invalid rows and enrollment; Apply."""

    def __init__(self, wizard: WizardState) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(self.tr("Nothing has changed yet. Check the tabs, then press Apply."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Apply"))
        self.models: dict[str, RowsModel[Any]] = {
            "New": NewPeopleModel(self),
            "Changed": ChangedPeopleModel(self),
            "Unchanged": UnchangedPeopleModel(self),
            "Not in file": MissingPeopleModel(self),
            "Duplicates": HeldRowsModel(self),
            "Problems": ProblemsModel(self),
        }
        self.views: dict[str, QTableView] = {}
        self.mark_left = QCheckBox(
            self.tr(
                "&Mark the people selected here as having left the district (Undo restores them)"
            )
        )
        self.find_rows = filter_box(
            self.tr("Find in these rows: any words of a name, ID, campus…"), self._find
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("What the import will do"))
        for title in TAB_TITLES:
            self.tabs.addTab(self._tab(title), self.tr(title))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.skip_invalid = QCheckBox(
            self.tr("Import the &valid rows only (rows with problems are skipped)")
        )
        self.skip_invalid.toggled.connect(self.completeChanged)
        self.enroll = QCheckBox(self.tr("&Enroll everyone in"))
        self.year_combo = QComboBox()
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("as mentees"), Role.MENTEE)
        self.role_combo.addItem(self.tr("as mentors"), Role.MENTOR)
        self.enroll.toggled.connect(self.year_combo.setEnabled)
        self.enroll.toggled.connect(self.role_combo.setEnabled)
        enroll_row = QHBoxLayout()
        for widget in (self.enroll, self.year_combo, self.role_combo):
            enroll_row.addWidget(widget)
        enroll_row.addStretch(1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.find_rows)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.skip_invalid)
        layout.addLayout(enroll_row)
        layout.addWidget(self.error)

    def _tab(self, title: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        view = self.views[title] = _table(self.models[title])
        view.setAccessibleName(self.tr("{title}: rows").format(title=self.tr(title)))
        layout.addWidget(view, 1)
        if title == "Not in file":
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            layout.addWidget(self.mark_left)
        if title == "Problems":
            _sentence_first(view)
            save = QPushButton(self.tr("&Save problems..."))
            save.clicked.connect(self._ask_problem_file)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(save)
            layout.addLayout(row)
        return page

    def initializePage(self) -> None:  # noqa: N802
        prepared = self._wizard.prepared
        assert prepared is not None
        plan = self._wizard.plan
        assert plan is not None
        self._wizard.applied = None
        self.error.hide()
        self.find_rows.clear()
        with self._wizard.context.db.reading() as session:
            years = program_year_choices(session)
        self.models["New"].set_rows(plan.new)
        changed = self.models["Changed"]
        assert isinstance(changed, ChangedPeopleModel)
        changed.set_people(plan.changed)
        self.models["Unchanged"].set_rows(plan.unchanged)
        self.models["Not in file"].set_rows(plan.missing)
        self.models["Duplicates"].set_rows(plan.duplicates)
        self.models["Problems"].set_rows(plan.problems)
        self._show_counts()
        for view in self.views.values():
            view.resizeColumnsToContents()
        if len(plan.problems) <= WRAPPED_ROWS_LIMIT:
            self.views["Problems"].resizeRowsToContents()
        self.summary.setText(self._summary_text())
        self.skip_invalid.setChecked(False)
        self.mark_left.setChecked(False)
        self.mark_left.setEnabled(bool(plan.missing))
        self.skip_invalid.setVisible(bool(plan.problems))
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(year.label, year.id)
        self.year_combo.setCurrentIndex(
            max(0, self.year_combo.findData(self._wizard.context.program_year_id))
        )
        self.enroll.setChecked(False)
        self.enroll.setEnabled(bool(years))
        self.year_combo.setEnabled(False)
        self.role_combo.setEnabled(False)
        if plan.problems:
            self.tabs.setCurrentIndex(PROBLEMS_TAB)

    def _find(self, typed: str) -> None:
        for model in self.models.values():
            model.set_filter(typed)
        self._show_counts()

    def _show_counts(self) -> None:
        """Each tab's count ("New (1,200)"), or what the find box leaves ("New (3 of 1,200)")."""
        for index, title in enumerate(TAB_TITLES):
            model = self.models[title]
            shown, total = model.rowCount(), model.total_count
            if isinstance(model, ChangedPeopleModel):  # a line per changed field: count people
                shown, total = model.people_count(model.rows()), model.people_count()
            count = (
                self.tr("{shown} of {total}").format(
                    shown=local_figure(shown), total=local_figure(total)
                )
                if self.find_rows.text().strip()
                else local_figure(total)
            )
            self.tabs.setTabText(index, f"{self.tr(title)} ({count})")

    def _summary_text(self) -> str:
        plan, prepared = self._wizard.plan, self._wizard.prepared
        assert plan is not None
        assert prepared is not None
        new, changed, unchanged, missing, held = (
            local_figure(len(rows))
            for rows in (plan.new, plan.changed, plan.unchanged, plan.missing, plan.duplicates)
        )
        parts = [
            self.tr(
                "{file_name}: {new} new, {changed} changed, {unchanged} unchanged, "
                "{missing} not in this file (left alone), {held} held as possible "
                "duplicates."
            ).format(
                file_name=prepared.file_name,
                new=new,
                changed=changed,
                unchanged=unchanged,
                missing=missing,
                held=held,
            )
        ]
        if plan.new_campuses:
            parts.append(self.tr("New campuses: ") + ", ".join(plan.new_campuses) + ".")
        skipped = prepared.checked.skipped
        if skipped:
            listed = "; ".join(r.describe() for r in skipped[:5])
            more = (
                self.tr("; and {count} more").format(count=local_figure(len(skipped) - 5))
                if len(skipped) > 5
                else ""
            )
            parts.append(
                self.tr("Rows that hold no person were left out: {listed}{more}.").format(
                    listed=listed, more=more
                )
            )
        parts.extend(prepared.source.notes)
        parts.extend(prepared.checked.notes)
        if plan.problems:
            rows = counted(plan.invalid_rows, self.tr("row has"), self.tr("rows have"))
            parts.append(
                self.tr(
                    "{rows} problems: fix them in the file, or import the valid rows only."
                ).format(rows=rows)
            )
        elif not plan.changes_anything:
            parts.append(self.tr("Everyone in the file already matches the database."))
        return " ".join(parts)

    def isComplete(self) -> bool:  # noqa: N802
        plan = self._wizard.plan
        if plan is None or self._wizard.worker is not None:
            return False
        return not plan.problems or self.skip_invalid.isChecked()

    def enroll_target(self) -> EnrollTarget | None:
        if not self.enroll.isChecked() or self.year_combo.currentData() is None:
            return None
        return EnrollTarget(
            int(self.year_combo.currentData()),
            self.role_combo.currentData(),
            self.year_combo.currentText(),
        )

    def people_marked_left(self) -> list[int]:
        """The people selected on the "Not in file" tab, when the coordinator ticked the box."""
        if not self.mark_left.isChecked():
            return []
        model = self.models["Not in file"]
        rows = self.views["Not in file"].selectionModel().selectedRows()
        people = [model.row_at(index.row()) for index in rows]
        return [p.person_id for p in people if p is not None]

    def _ask_problem_file(self) -> None:
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Save problems"), "problems.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if name:
            self.save_problems_to(Path(name))

    def save_problems_to(self, path: Path) -> None:
        plan = self._wizard.plan
        assert plan is not None
        source = self._wizard.source
        try:
            roster = source.roster.path if source is not None else None
            refuse_overwriting(path, roster, self._wizard.context.db.path)
            save_problems(plan.problems, path)
        except CoordinatorError as exc:
            self._show_error(str(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def validatePage(self) -> bool:  # noqa: N802
        """Apply in a worker (progress and Cancel); the summary follows when it is done."""
        if self._wizard.passing():
            return True
        prepared = self._wizard.prepared
        assert prepared is not None
        db = self._wizard.context.db
        skip, enroll = self.skip_invalid.isChecked(), self.enroll_target()
        leaving = self.people_marked_left()
        previewed = self._wizard.plan  # what the coordinator looked at: edits since are kept

        def work(progress: Progress) -> Any:
            return apply_import(
                db,
                prepared,
                skip_invalid=skip,
                enroll=enroll,
                mark_left=leaving,
                progress=progress,
                previewed=previewed,
            )

        self._wizard.work_then_next(
            self.tr("Importing the roster..."), work, self._applied, self._show_error
        )
        return False

    def _applied(self, outcome: Any) -> bool:
        plan, result = outcome
        self._wizard.plan = plan
        self._wizard.applied = result
        if result.batch_id is not None:
            self._wizard.context.notify("people")
            self._wizard.context.notify("imports")
        return True


class SummaryPage(QWizardPage):
    def __init__(self, wizard: WizardState) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import finished"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        result, plan = self._wizard.applied, self._wizard.plan
        assert result is not None
        assert plan is not None
        counts = plan.counts()
        lines = [
            result.message,
            "",
            self.tr("New people: {new}").format(new=local_figure(counts["new"])),
            self.tr("Changed: {changed}").format(changed=local_figure(counts["changed"])),
            self.tr("Unchanged: {unchanged}").format(unchanged=local_figure(counts["unchanged"])),
            self.tr("Not in this file (left alone): {missing}").format(
                missing=local_figure(counts["missing"])
            ),
            self.tr("Held as possible duplicates: {duplicates}").format(
                duplicates=local_figure(counts["duplicates"])
            ),
            self.tr("Rows with problems (skipped): {invalid}").format(
                invalid=local_figure(counts["invalid"])
            ),
        ]
        if result.enrolled:
            lines.append(
                self.tr("Enrolled: {enrolled}").format(enrolled=local_figure(result.enrolled))
            )
        if result.counts.get("marked_left"):
            lines.append(
                self.tr("Marked as having left: {marked_left}").format(
                    marked_left=local_figure(result.counts["marked_left"])
                )
            )
        if result.new_campuses:
            lines.append(self.tr("New campuses: ") + ", ".join(result.new_campuses))
        if result.batch_id is not None:
            lines += ["", self.tr("You can undo this import on the Imports page.")]
        self.text.setText("\n".join(lines))
