"""The first-start welcome: explore a demo district, or start with an empty database."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    """Accepted means "fill the new database with the demo district"."""

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Coordinator"))
        text = QLabel(
            self.tr(
                "<h3>Welcome to Coordinator</h3><p>Your database was created "
                "at<br><code>{database_name}</code></p><p>You can explore a <b>demo "
                "district</b> first: about 1,500 staff on 120 campuses, a Teacher "
                "Induction program with mentor/mentee pairs, a New Librarians "
                "cohort, and a year of check-ins. Everyone in it is made "
                "up.</p><p>Or start with an empty database and import your "
                "district's roster.</p>"
            ).format(database_name=_escape(database_name))
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.demo_button = QPushButton(self.tr("&Explore a demo district"))
        self.empty_button = QPushButton(self.tr("&Start with an empty database"))
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.demo_button.setDefault(True)
        self.demo_button.setAutoDefault(True)
        self.empty_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
