"""Exporting a table of the year to Excel or CSV: for the Reports, People and Check-ins pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.progress import Progress
from coordinator.tools.private_files import refuse_overwriting
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.tab_order import buttons_as_shown
from coordinator.ui.workers import Worker, run_with_progress
from coordinator.ui.writer_guard import private_notes, writer_guard

EXPORT_TITLES = {
    "people": QT_TRANSLATE_NOOP("ExportDialog", "People"),
    "assignments": QT_TRANSLATE_NOOP("ExportDialog", "Assignments"),
    "checkins": QT_TRANSLATE_NOOP("ExportDialog", "Check-ins"),
    "compliance": QT_TRANSLATE_NOOP("ExportDialog", "Compliance status"),
    "funds": QT_TRANSLATE_NOOP("ExportDialog", "Funds (allotment, stipends paid, release time)"),
    "evidence-of-impact": QT_TRANSLATE_NOOP(
        "ExportDialog", "Evidence of Impact workbook (outcomes)"
    ),
}
XLSX_ONLY = {"evidence-of-impact"}  # a workbook of several sheets has no csv form


def export_file_name(kind: str, chosen: str, name_filter: str) -> Path:
    """The chosen name, with .xlsx or .csv added from the file-type filter if it has neither."""
    path = Path(chosen)
    if path.suffix.lower() in (".xlsx", ".csv"):
        return path
    return path.with_name(path.name + (".csv" if "csv" in name_filter.lower() else ".xlsx"))


def ask_export_path(parent: QWidget, kind: str) -> Path | None:
    name, name_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Export {what}").format(
            what=QCoreApplication.translate("ExportDialog", EXPORT_TITLES[kind]).lower()
        ),
        str(Path.home() / f"{kind}.xlsx"),
        QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)")
        if kind in XLSX_ONLY
        else QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx);;CSV (*.csv)"),
    )
    return export_file_name(kind, name, name_filter) if name else None


class ExportDialog(QDialog):
    """Choose what to export and whether to leave contacts out, then where to save it."""

    exported = Signal(str)  # the file written

    def __init__(
        self, context: AppContext, kind: str = "people", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Excel or CSV"))
        self._context = context
        self.worker: Worker | None = None
        self.kind_combo = QComboBox()
        for key, title in EXPORT_TITLES.items():
            self.kind_combo.addItem(self.tr(title), key)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.redact_contacts = QCheckBox(self.tr("Leave out e-mail addresses and phone numbers"))
        self.private_notes = QCheckBox(self.tr("Include private notes (check-ins)"))
        writer_guard(context).hold(self.private_notes, reason=private_notes)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._choose_path)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("E&xport"), self.kind_combo)
        form.addRow(self.redact_contacts)
        form.addRow(self.private_notes)
        form.addRow(self.message)
        buttons_as_shown(buttons)
        form.addRow(buttons)
        self.kind_combo.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.private_notes.setEnabled(self.kind_combo.currentData() == "checkins")
        self.export_button.setEnabled(self._context.program_year_id is not None)
        if self._context.program_year_id is None:
            self.message.setText(self.tr("Choose a program year first."))

    def _choose_path(self) -> None:
        path = ask_export_path(self, str(self.kind_combo.currentData()))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the export in a worker; the dialog closes when the file is written."""
        self.worker = start_export(
            self,
            self._context,
            str(self.kind_combo.currentData()),
            path,
            redact_contacts=self.redact_contacts.isChecked(),
            include_private_notes=self.private_notes.isEnabled() and self.private_notes.isChecked(),
            on_done=self._done,
            on_message=self.message.setText,
        )
        if self.worker is not None:
            self.worker.finished.connect(self._worker_finished)
            self.export_button.setEnabled(False)

    def _worker_finished(self) -> None:
        self.worker = None
        self._update()

    def _done(self, written: Path) -> None:
        self.exported.emit(str(written))
        self.accept()


def start_export(
    parent: QWidget,
    context: AppContext,
    kind: str,
    path: Path,
    *,
    redact_contacts: bool,
    include_private_notes: bool,
    on_done: Callable[[Path], None],
    on_message: Callable[[str], None],
) -> Worker | None:
    """Run `write_year_export` in a worker with progress and Cancel; report through callbacks."""
    # Import what the worker needs here, on the GUI thread: importing modules (openpyxl pulls in
    # numpy) in a worker thread while PySide's import hook runs on the GUI thread can crash.
    import coordinator.reports.evidence_of_impact
    import coordinator.reports.excel
    import coordinator.services.reporting.exports  # noqa: F401
    from coordinator.reports.jobs import write_year_export

    year_id = context.program_year_id
    if year_id is None:
        on_message(QCoreApplication.translate("ExportDialog", "Choose a program year first."))
        return None
    try:
        refuse_overwriting(path, context.db.path)
    except CoordinatorError as exc:
        on_message(str(exc))
        return None
    db = context.db

    def work(progress: Progress) -> tuple[Path, int]:
        return write_year_export(
            db,
            year_id,
            kind,
            path,
            redact_contacts=redact_contacts,
            include_private_notes=include_private_notes,
            progress=progress,
        )

    def succeeded(result: tuple[Path, int]) -> None:
        written, rows = result
        what = QCoreApplication.translate("ExportDialog", EXPORT_TITLES[kind]).lower()
        on_message(
            QCoreApplication.translate(
                "ExportDialog", "Exported {rows} of {what} to {name}."
            ).format(
                rows=counted(
                    rows,
                    QCoreApplication.translate("ExportDialog", "row"),
                    QCoreApplication.translate("ExportDialog", "rows"),
                ),
                what=what,
                name=written.name,
            )
        )
        on_done(written)

    return run_with_progress(
        parent,
        QCoreApplication.translate("ExportDialog", "Exporting {what}…").format(
            what=QCoreApplication.translate("ExportDialog", EXPORT_TITLES[kind]).lower()
        ),
        work,
        succeeded,
        on_message,
        lambda: on_message(
            QCoreApplication.translate("ExportDialog", "Cancelled; nothing was written.")
        ),
    )
