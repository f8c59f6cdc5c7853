"""When a database cannot be opened: say why, and offer to choose another file or quit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "DatabaseProblemDialog", "Coordinator databases (*.sqlite *.db *.sqlite3);;All files (*)"
)


class DatabaseProblemDialog(QMessageBox):
    """The reason in words (from the CoordinatorError), and two ways forward."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Coordinator: cannot open the database"))
        self.setText(self.tr("Coordinator cannot open this database."))
        self.setInformativeText(message)
        self.choose_button = self.addButton(
            self.tr("&Choose another file…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.choose_button)
        self.setEscapeButton(self.quit_button)

    def wants_another_file(self) -> bool:
        return self.clickedButton() is self.choose_button


def choose_database_file(parent: QWidget | None, title: str, *, new: bool) -> str | None:
    """Ask for a database file: an existing one, or (when `new`) a name that may not exist yet."""
    dialog = QFileDialog(parent, title)
    dialog.setNameFilter(QCoreApplication.translate("DatabaseProblemDialog", DATABASE_FILTER))
    if new:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("sqlite")
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0]
