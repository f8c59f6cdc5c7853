"""Mentor workbooks: one check-in log per mentor (one, a campus's, or all) written into a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.importing.checkins.workbook_folder import (
    ExistingFiles,
    WorkbookFolderResult,
    WorkbookPlan,
    campuses_with_mentors,
    plan_workbooks,
    write_workbooks,
)
from coordinator.progress import Progress
from coordinator.services.checkins.entry import mentors_for_year
from coordinator.tools.translations import LANGUAGES
from coordinator.ui.app_settings import output_language
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted
from coordinator.ui.widgets.tab_order import buttons_as_shown
from coordinator.ui.workers import Worker, run_with_progress

LISTED = 8  # file names listed when asking about files already in the folder
ONE, CAMPUS, EVERYONE = 0, 1, 2


class MentorWorkbooksDialog(QDialog):
    """Choose whose workbooks and a folder; writes them in a worker and says what it wrote."""

    def __init__(
        self,
        context: AppContext,
        program_year_id: int,
        parent: QWidget | None = None,
        *,
        mentor_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mentor workbooks"))
        self.setMinimumWidth(620)
        self._context = context
        self._year_id = program_year_id
        self.worker: Worker | None = None
        self.written: WorkbookFolderResult | None = None
        self.question: QMessageBox | None = None
        self._filling = True
        self._build()
        self._fill(mentor_id)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Coordinator writes one check-in log workbook per mentor into a folder. Send each "
                "mentor their file; when it comes back, import it on the Check-ins page."
            )
        )
        intro.setWordWrap(True)
        self.one_choice = QRadioButton(self.tr("&This mentor:"))
        self.campus_choice = QRadioButton(self.tr("The mentors on &campus:"))
        self.everyone_choice = QRadioButton(self.tr("&Every mentor of the year"))
        self.scope = QButtonGroup(self)
        for n, button in enumerate((self.one_choice, self.campus_choice, self.everyone_choice)):
            self.scope.addButton(button, n)
        self.mentor_combo = QComboBox()
        self.campus_combo = QComboBox()
        for combo in (self.mentor_combo, self.campus_combo):
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("The folder to write the workbooks into"))
        self.choose_button = QPushButton(self.tr("C&hoose folder…"))
        self.choose_button.clicked.connect(self._choose_folder)
        self.language_combo = QComboBox()
        for code, language in LANGUAGES.items():
            self.language_combo.addItem(language, code)  # each language in its own words
        self.language_combo.setCurrentIndex(self.language_combo.findData(output_language()))
        self.language_combo.setToolTip(
            self.tr("The workbooks' sheets, headers and instructions in English or Spanish")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()

        grid = QGridLayout()
        grid.addWidget(self.one_choice, 0, 0)
        grid.addWidget(self.mentor_combo, 0, 1)
        grid.addWidget(self.campus_choice, 1, 0)
        grid.addWidget(self.campus_combo, 1, 1)
        grid.addWidget(self.everyone_choice, 2, 0, 1, 2)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            self.tr("&Write workbooks"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_folder)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(folder_row)
        layout.addLayout(language_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.outcome)
        buttons_as_shown(self.buttons)
        layout.addWidget(self.buttons)
        self.scope.idToggled.connect(lambda _id, on: self._update() if on else None)
        self.mentor_combo.currentIndexChanged.connect(lambda _i: self._chose(ONE))
        self.campus_combo.currentIndexChanged.connect(lambda _i: self._chose(CAMPUS))
        self.language_combo.currentIndexChanged.connect(lambda _i: self._update())

    def _fill(self, mentor_id: int | None) -> None:
        with self._context.db.reading() as s:
            mentors = mentors_for_year(s, self._year_id)
            campuses = campuses_with_mentors(s, self._year_id)
            everyone = plan_workbooks(s, self._year_id)
        self._filling = True
        for m in mentors:
            self.mentor_combo.addItem(m.name, m.person_id)
        for c in campuses:
            mentors_there = counted(c.mentors, self.tr("mentor"), self.tr("mentors"))
            self.campus_combo.addItem(f"{c.name} ({mentors_there})", c.campus_id)
        self._filling = False
        self.campus_choice.setEnabled(bool(campuses))
        self.campus_combo.setEnabled(bool(campuses))
        if not campuses:
            self.campus_choice.setToolTip(
                self.tr("No mentor of this year has a campus on the roster.")
            )
        self.everyone_choice.setText(
            self.tr("&Every mentor of the year ({count})").format(
                count=counted(len(everyone.workbooks), self.tr("workbook"), self.tr("workbooks"))
            )
        )
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder_edit.setText(
            str(Path(documents or Path.home()) / self.tr("Check-in workbooks"))
        )
        index = self.mentor_combo.findData(mentor_id) if mentor_id is not None else -1
        if index >= 0:
            self.mentor_combo.setCurrentIndex(index)
            self.one_choice.setChecked(True)
        else:
            self.everyone_choice.setChecked(True)
        self._update()

    def _chose(self, scope: int) -> None:
        if not self._filling:
            self.scope.button(scope).setChecked(True)
            self._update()

    # --- what will be written -------------------------------------------------------------------

    def plan(self) -> WorkbookPlan:
        scope = self.scope.checkedId()
        mentor = self.mentor_combo.currentData() if scope == ONE else None
        campus = self.campus_combo.currentData() if scope == CAMPUS else None
        with self._context.db.reading() as s:
            return plan_workbooks(
                s,
                self._year_id,
                mentor_id=mentor,
                campus_id=campus,
                language=str(self.language_combo.currentData()),
            )

    def _update(self) -> None:
        try:
            plan = self.plan()
        except CoordinatorError as exc:
            self.summary.setText(str(exc))
            self.write_button.setEnabled(False)
            return
        lines = []
        if len(plan.workbooks) == 1:
            lines.append(
                self.tr("Writes 1 workbook: “{file_name}”.").format(
                    file_name=plan.workbooks[0].file_name
                )
            )
        elif plan.workbooks:
            lines.append(
                self.tr("Writes {count}, one per mentor, named like “{file_name}”.").format(
                    count=counted(len(plan.workbooks), self.tr("workbook"), self.tr("workbooks")),
                    file_name=plan.workbooks[0].file_name,
                )
            )
        if plan.without_mentees:
            left = len(plan.without_mentees)
            without = (
                self.tr("{left} without mentees this year gets no workbook: assign mentees first.")
                if left == 1
                else self.tr(
                    "{left} without mentees this year get no workbook: assign mentees first."
                )
            )
            lines.append(without.format(left=counted(left, self.tr("mentor"), self.tr("mentors"))))
        self.summary.setText(" ".join(lines) or self.tr("No mentor to write a workbook for."))
        self.write_button.setEnabled(bool(plan.workbooks))
        self.write_button.setToolTip(
            "" if plan.workbooks else self.tr("These mentors have no mentees yet.")
        )

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Write the workbooks into"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    # --- writing --------------------------------------------------------------------------------

    def accept(self) -> None:
        """Check the folder, ask about files already there, then write in a worker."""
        if self.worker is not None:
            return
        folder = self.folder()
        if folder is None or (folder.exists() and not folder.is_dir()):
            self.summary.setText(
                self.tr("Choose a folder to write into.")
                if folder is None
                else self.tr("{folder} is a file.").format(folder=folder)
            )
            self.folder_edit.setFocus()
            return
        plan = self.plan()
        there = plan.already_there(folder)
        if not there:
            self.write(plan, folder, ExistingFiles.SKIP)
            return
        self._ask_about(plan, folder, there)

    def _ask_about(self, plan: WorkbookPlan, folder: Path, there: list[str]) -> None:
        names = "\n".join(f"  {name}" for name in there[:LISTED])
        more = (
            self.tr("\n  … and {count:,} more").format(count=len(there) - LISTED)
            if len(there) > LISTED
            else ""
        )
        count = len(there)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Mentor workbooks"),
            (
                self.tr(
                    "{count} of these is already in {folder}. A mentor may have filled it in "
                    "already."
                )
                if count == 1
                else self.tr(
                    "{count} of these are already in {folder}. A mentor may have filled them "
                    "in already."
                )
            ).format(
                count=counted(count, self.tr("workbook"), self.tr("workbooks")),
                folder=folder,
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(f"{names}{more}")
        keep = box.addButton(
            self.tr("&Keep them, write the others"), QMessageBox.ButtonRole.AcceptRole
        )
        replace = box.addButton(self.tr("&Replace them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is keep:
                self.write(plan, folder, ExistingFiles.SKIP)
            elif clicked is replace:
                self.write(plan, folder, ExistingFiles.REPLACE)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def write(self, plan: WorkbookPlan, folder: Path, existing: ExistingFiles) -> None:
        db = self._context.db

        def work(progress: Progress) -> WorkbookFolderResult:
            return write_workbooks(db, plan, folder, existing=existing, progress=progress)

        self.write_button.setEnabled(False)
        self.worker = run_with_progress(
            self, self.tr("Writing the mentor workbooks…"), work, self._written, self._failed
        )
        self.worker.finished.connect(self._worker_done)

    def _worker_done(self) -> None:
        self.worker = None
        if self.written is None:
            self.write_button.setEnabled(True)

    def _written(self, result: WorkbookFolderResult) -> None:
        self.written = result
        self.outcome.setText(result.line)
        self.outcome.show()
        self.summary.hide()
        for widget in (*self.scope.buttons(), self.mentor_combo, self.campus_combo):
            widget.setEnabled(False)
        self.folder_edit.setReadOnly(True)
        self.choose_button.setEnabled(False)
        self.write_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.folder)))

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()  # stops between two files; the result says how many
            return
        super().reject()
