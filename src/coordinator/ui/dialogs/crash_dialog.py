"""The dialog an unexpected error shows: what happened, where the log is, and a copyable report."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.widgets.sizes import readable_by_keyboard
from coordinator.ui.widgets.tab_order import buttons_as_shown


class CrashDialog(QDialog):
    """Says something went wrong, without personal data, and lets the user copy the report."""

    def __init__(self, report: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coordinator: unexpected error"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "<b>Something went wrong inside Coordinator.</b><br>Your data is "
                "safe: a change that was interrupted was not saved. You can keep "
                "working, or save what you are doing and restart "
                "Coordinator.<br><br>To report the problem, copy the report below "
                "and send it to whoever supports Coordinator in your district. It "
                "contains no names, e-mails or notes: only version numbers and the "
                "place in the program where the error happened.<br><br>The same "
                "report is in the log file: {log_path}"
            ).format(log_path=log_path)
        )
        intro.setWordWrap(True)
        self.report_view = QPlainTextEdit(report)
        self.report_view.setAccessibleName(self.tr("Error report"))
        self.report_view.setReadOnly(True)
        readable_by_keyboard(self.report_view)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report_view, 1)
        buttons_as_shown(buttons)
        layout.addWidget(buttons)

    @property
    def report(self) -> str:
        return self.report_view.toPlainText()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))
