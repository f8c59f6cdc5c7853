"""Write nudges: pick the template, edit it for the program with a live preview, write the drafts
into a folder (or open one person's in the mail program)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.progress import Progress
from coordinator.services.week.drafts import DraftsResult, mailed, mailto_url, write_drafts
from coordinator.services.week.nudge_templates import (
    MERGE_FIELDS,
    Audience,
    NudgeReason,
    NudgeTemplate,
    fill,
    nudge_template,
    save_nudge_template,
)
from coordinator.services.week.nudges import NudgePlan, plan_nudges
from coordinator.tools.translations import LANGUAGES
from coordinator.ui.app_settings import output_language
from coordinator.ui.context import AppContext
from coordinator.ui.service_words import shown
from coordinator.ui.widgets.sizes import readable_by_keyboard
from coordinator.ui.widgets.tab_order import buttons_as_shown
from coordinator.ui.workers import Worker


class NudgeDialog(QDialog):
    """For the people chosen on the Dashboard, as of `today` (the Dashboard's day)."""

    def __init__(
        self,
        context: AppContext,
        program_year_id: int,
        person_ids: Sequence[int],
        today: dt.date,
        parent: QWidget | None = None,
        *,
        reason: NudgeReason = NudgeReason.BEHIND,
        audience: Audience = Audience.MENTORS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write nudges"))
        self.setMinimumWidth(640)
        self._context = context
        self._year_id = program_year_id
        self._person_ids = list(person_ids)
        self._today = today
        self.plan: NudgePlan | None = None
        self.written: DraftsResult | None = None
        self.worker: Worker | None = None
        self._build()
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(reason))
        self.audience_combo.setCurrentIndex(self.audience_combo.findData(audience))
        self._replan()

    def _build(self) -> None:
        self.reason_combo = QComboBox()
        for reason in NudgeReason:
            self.reason_combo.addItem(shown(reason.label).capitalize(), reason)
        self.audience_combo = QComboBox()
        self.audience_combo.addItem(self.tr("Their mentors"), Audience.MENTORS)
        self.audience_combo.addItem(self.tr("The mentees themselves"), Audience.MENTEES)
        self.language_combo = QComboBox()
        for code, language in LANGUAGES.items():
            self.language_combo.addItem(language, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(output_language()))
        self.language_combo.setToolTip(self.tr("The shipped wording in English or Spanish"))
        self.recipients = QLabel()
        self.recipients.setWordWrap(True)
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        fields = ", ".join("{" + key + "}" for key in MERGE_FIELDS)
        self.body_edit.setToolTip(self.tr("Merge fields: {fields}").format(fields=fields))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        readable_by_keyboard(self.preview)
        self.preview.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("&Save as this program's template"))
        self.save_button.clicked.connect(self.save_template)
        self.attach_check = QCheckBox(self.tr("&Attach each mentor's check-in workbook"))
        self.folder_edit = QLineEdit()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder_edit.setText(str(Path(documents or Path.home()) / self.tr("Nudges")))
        choose = QPushButton(self.tr("C&hoose folder…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Nudge about:"), self.reason_combo)
        form.addRow(self.tr("&To:"), self.audience_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.recipients)
        form.addRow(self.tr("S&ubject:"), self.subject_edit)
        form.addRow(self.tr("&Message:"), self.body_edit)
        merge = QLabel(self.tr("Merge fields: {fields}").format(fields=fields))
        merge.setWordWrap(True)
        form.addRow("", merge)
        form.addRow("", self.save_button)
        form.addRow(self.tr("Pre&view:"), self.preview)
        form.addRow("", self.attach_check)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(
            self.tr("&Write drafts"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mail_button = self.buttons.addButton(
            self.tr("Open in &mail"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.mail_button.clicked.connect(self.open_in_mail)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        buttons_as_shown(self.buttons)
        layout.addWidget(self.buttons)
        self.reason_combo.currentIndexChanged.connect(lambda _i: self._replan())
        self.audience_combo.currentIndexChanged.connect(lambda _i: self._replan())
        self.language_combo.currentIndexChanged.connect(lambda _i: self._replan())
        self.subject_edit.textChanged.connect(self._preview)
        self.body_edit.textChanged.connect(self._preview)

    def reason(self) -> NudgeReason:
        return NudgeReason(self.reason_combo.currentData())

    def audience(self) -> Audience:
        return Audience(self.audience_combo.currentData())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def template(self) -> NudgeTemplate:
        return NudgeTemplate(self.subject_edit.text(), self.body_edit.toPlainText())

    def _replan(self) -> None:
        if self.audience_combo.currentIndex() < 0 or self.reason_combo.currentIndex() < 0:
            return
        with self._context.db.reading() as s:
            self.plan = plan_nudges(
                s,
                self._year_id,
                self.reason(),
                self.audience(),
                self._today,
                person_ids=self._person_ids,
                language=self.language(),
            )
            template = nudge_template(s, self.plan.program_id, self.reason(), self.language())
        self.subject_edit.setText(template.subject)
        self.body_edit.setPlainText(template.body)
        people = self.plan.recipients
        names = ", ".join(r.name for r in people[:6]) + (" …" if len(people) > 6 else "")
        missing = len(self.plan.without_email)
        note = (
            self.tr(" (%n without an e-mail address get no draft)", "", missing) if missing else ""
        )
        self.recipients.setText(
            self.tr("%n people: {names}{note}", "", len(people)).format(names=names, note=note)
            if people
            else self.tr("No one")
        )
        self.attach_check.setEnabled(self.audience() is Audience.MENTORS)
        self.mail_button.setEnabled(len(people) == 1 and bool(people[0].email))
        self.write_button.setEnabled(bool(people) and missing < len(people))
        self._preview()

    def _preview(self) -> None:
        """The first recipient's draft as it will be written."""
        if self.plan is None or not self.plan.recipients:
            self.preview.setPlainText("")
            return
        try:
            filled = fill(self.template(), self.plan.recipients[0].fields)
        except CoordinatorError as exc:
            self.preview.setPlainText(str(exc))
            return
        self.preview.setPlainText(
            self.tr("Subject: {subject}\n\n{body}").format(subject=filled.subject, body=filled.body)
        )

    def save_template(self) -> None:
        if self.plan is None:
            return
        try:
            with self._context.db.transaction() as s:
                save_nudge_template(
                    s, self.plan.program_id, self.reason(), self.template(), self.language()
                )
        except CoordinatorError as exc:
            self.outcome.setText(str(exc))
            return
        self.outcome.setText(
            self.tr("Saved the “{label}” template for this program.").format(
                label=shown(self.reason().label)
            )
        )

    def write(self) -> None:
        folder = self.folder_edit.text().strip()
        if self.plan is None or not folder:
            self.outcome.setText(self.tr("Choose a folder for the drafts."))
            self.folder_edit.setFocus()
            return
        try:
            fill(self.template(), {})
        except CoordinatorError as exc:
            self.outcome.setText(str(exc))
            return
        db, plan, template = self._context.db, self.plan, self.template()
        attach = self.attach_check.isEnabled() and self.attach_check.isChecked()

        def work(_progress: Progress) -> DraftsResult:
            return write_drafts(db, plan, template, Path(folder), attach_workbook=attach)

        # Off the GUI thread: a workbook for each of many mentors takes a few seconds.
        self.write_button.setEnabled(False)
        self.outcome.setText(self.tr("Writing the drafts…"))
        self.worker = Worker(work, self)
        self.worker.succeeded.connect(self._written)
        self.worker.failed.connect(self._write_failed)
        self.worker.start()

    def _write_failed(self, message: str) -> None:
        self.write_button.setEnabled(True)
        self.outcome.setText(message)

    def _written(self, result: DraftsResult) -> None:
        self.written = result
        self.write_button.setEnabled(True)
        n = len(result.written)
        self.outcome.setText(
            (
                self.tr(
                    "Wrote {n} draft to {folder}. Open each in Outlook or Thunderbird, check it, "
                    "and send it."
                )
                if n == 1
                else self.tr(
                    "Wrote {n} drafts to {folder}. Open each in Outlook or Thunderbird, check "
                    "it, and send it."
                )
            ).format(n=n, folder=result.folder)
        )
        self._context.data_changed.emit("nudges")

    def open_in_mail(self) -> None:
        if self.plan is None or len(self.plan.recipients) != 1:
            return
        try:
            url = mailto_url(self.plan.recipients[0], self.template())
        except CoordinatorError as exc:
            self.outcome.setText(str(exc))
            return
        if QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)):
            mailed(self._context.db, self.plan)
            self.outcome.setText(self.tr("Opened the nudge in your mail program."))
            self._context.data_changed.emit("nudges")
        else:
            self.outcome.setText(
                self.tr("No mail program opened; write a draft to a folder instead.")
            )

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the drafts"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def done(self, result: int) -> None:
        if self.worker is not None:
            self.worker.wait()  # the drafts being written are finished, never cut off
        super().done(result)
