"""File › Copy to server…: put this database on the team's PostgreSQL server, verified.

The coordinator types the server's address (and a password, kept out of the address shown);
the copy runs in a worker with progress (services/safety/copying.py), and a server that cannot
be reached, a login or permission it refuses, or a database there that already holds data is
said in the dialog, with what was typed kept for another try.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from coordinator.progress import Progress
from coordinator.services.safety.copying import CopyResult, Place, copy_database
from coordinator.ui.context import AppContext
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.tab_order import buttons_as_shown
from coordinator.ui.workers import run_with_progress

EXAMPLE = "postgresql+psycopg://you@server.district.org:5432/mentoring"
INTRO = QT_TRANSLATE_NOOP(
    "CopyToServerDialog",
    "Copy this whole database to a PostgreSQL server, so the coordinators of your team work on "
    "one shared database. The copy is checked table by table; if anything fails, nothing is "
    "written there. This database stays as it is.",
)


def server_address(typed: str, password: str = "") -> URL:
    """The address as typed (postgresql:// or postgres:// is taken for psycopg), with the
    password put in; a refusal in words when it is not a server's address."""
    text = typed.strip()
    for plain in ("postgresql://", "postgres://"):
        if text.startswith(plain):
            text = "postgresql+psycopg://" + text[len(plain) :]
    try:
        url = make_url(text)
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql" or not url.host or not url.database:
        raise ValueError(f"Type the server's address with its database name, like {EXAMPLE}")
    return url.set(password=password) if password else url


class CopyToServerDialog(QDialog):
    """Address, password, Replace; Copy runs the verified copy with progress."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result_copy: CopyResult | None = None
        self.setWindowTitle(self.tr("Copy to server"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.source_label = QLabel(
            self.tr("This database: {display_name}").format(display_name=context.db.display_name)
        )
        self.source_label.setWordWrap(True)
        layout.addWidget(self.source_label)

        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText(EXAMPLE)
        self.address.setAccessibleName(self.tr("Server address"))
        form.addRow(self.tr("Server &address:"), self.address)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.replace = QCheckBox(
            self.tr(
                "&Replace what the server's database holds (it is backed up on this computer first)"
            )
        )
        self.replace.setAccessibleName(self.tr("Replace what the server's database holds"))
        layout.addWidget(self.replace)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.setAccessibleName(self.tr("Copy to the server"))
        self.copy_button.setDefault(True)
        buttons.accepted.connect(self.start_copy)
        buttons.rejected.connect(self.reject)
        buttons_as_shown(buttons)
        layout.addWidget(buttons)

    def start_copy(self) -> None:
        try:
            target = server_address(self.address.text(), self.password.text())
        except ValueError as exc:
            self._show_problem(str(exc))
            self.address.setFocus()
            return
        source = Place(self.context.db.url)
        replace = self.replace.isChecked()
        self.copy_button.setEnabled(False)
        self.message.setText(self.tr("Copying…"))

        def work(progress: Progress) -> CopyResult:
            return copy_database(source, Place(target), replace=replace, progress=progress)

        self.worker = run_with_progress(
            self,
            self.tr("Copying to the server…"),
            work,
            self._copied,
            self._failed,
            self._cancelled,
        )

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)

    def _failed(self, text: str) -> None:
        self.copy_button.setEnabled(True)
        self._show_problem(text)

    def _cancelled(self) -> None:
        self.copy_button.setEnabled(True)
        self._show_problem(self.tr("Cancelled; nothing was written to the server."))

    def _copied(self, result: Any) -> None:
        assert isinstance(result, CopyResult)
        self.result_copy = result
        self.copy_button.setEnabled(True)
        lines = [
            self.tr("Copied to {target}: {summary}.").format(
                target=result.target, summary=result.summary()
            )
        ]
        if result.replaced_backup is not None:
            lines.append(
                self.tr("What the server held before was backed up to {replaced_backup}.").format(
                    replaced_backup=result.replaced_backup
                )
            )
        self.message.setText(" ".join(lines))
        self.accept()


def copy_to_server(context: AppContext, parent: QWidget) -> CopyResult | None:
    """Show the dialog; after a copy, say what was copied and where."""
    dialog = CopyToServerDialog(context, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_copy is None:
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("CopyToServerDialog", "Coordinator: copied to the server"),
        dialog.message.text(),
    )
    return dialog.result_copy
