"""Settings › District: the name and logo printed on report covers and certificates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.services.programs.district import (
    DistrictIdentity,
    district_identity,
    set_district_identity,
)
from coordinator.ui.context import AppContext
from coordinator.ui.writer_guard import writer_guard

PREVIEW_HEIGHT = 64


class DistrictBox(QGroupBox):
    """Type the district's name and Save; choose a logo image (kept in the database)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("District (printed on report covers and certificates)"))
        self._context = context
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Lone Star ISD"))
        self.name_edit.setAccessibleName(self.tr("District name"))
        self.name_edit.returnPressed.connect(self.save_name)
        self.name_edit.textEdited.connect(self._name_edited)
        self.save_button = QPushButton(self.tr("Save name"))
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(self.tr("Type a new name first"))
        self.save_button.clicked.connect(self.save_name)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(PREVIEW_HEIGHT)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_preview.setAccessibleName(self.tr("District logo"))
        self.choose_logo_button = QPushButton(self.tr("Choose logo…"))
        self.choose_logo_button.setToolTip(
            self.tr("A PNG, JPEG or GIF image; it is kept in the database")
        )
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        writer_guard(context).hold(
            self.name_edit, self.save_button, self.choose_logo_button, self.remove_logo_button
        )
        self.message = QLabel()
        self.message.setVisible(False)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.save_button)
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, name_row)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.message)
        self._saved_name = ""
        self.refresh()

    def refresh(self) -> None:
        with self._context.db.reading() as session:
            identity = district_identity(session)
        self._show(identity)

    def _show(self, identity: DistrictIdentity) -> None:
        self._saved_name = identity.name or ""
        self.name_edit.setText(self._saved_name)
        self._name_edited(self._saved_name)
        pixmap = QPixmap()
        if identity.logo_png is not None and pixmap.loadFromData(identity.logo_png):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
            self.logo_preview.setToolTip(
                self.tr("From {}").format(identity.logo_name or self.tr("an image"))
            )
            self.remove_logo_button.setEnabled(True)
            self.remove_logo_button.setToolTip(self.tr("Print covers without a logo"))
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(
                identity.logo_note or self.tr("No logo: covers print the district name only.")
            )
            self.logo_preview.setToolTip("")
            damaged = identity.logo_note is not None  # a stored logo that cannot be decoded
            self.remove_logo_button.setEnabled(damaged)
            self.remove_logo_button.setToolTip(
                self.tr("Remove the unreadable logo")
                if damaged
                else self.tr("There is no logo to remove")
            )

    def _name_edited(self, text: str) -> None:
        changed = text.strip() != self._saved_name
        self.save_button.setEnabled(changed)
        self.save_button.setToolTip(
            self.tr("Save the district name") if changed else self.tr("Type a new name first")
        )

    def _change(
        self, *, name: str | None = None, logo: Path | None = None, clear_logo: bool = False
    ) -> bool:
        try:
            with self._context.db.transaction() as session:
                identity = set_district_identity(
                    session, name=name, logo=logo, clear_logo=clear_logo
                )
        except CoordinatorError as exc:
            self._say(str(exc))
            return False
        self._say("")
        self._show(identity)
        self._context.notify("settings")
        return True

    def save_name(self) -> None:
        if self.save_button.isEnabled() and not self._change(name=self.name_edit.text()):
            self.name_edit.setFocus()

    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the district logo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif);;All files (*)"),
        )
        if chosen:
            self.use_logo(Path(chosen))

    def use_logo(self, path: Path) -> bool:
        """Read the image, keep it in the database and show it (what Choose logo… does)."""
        if self._change(logo=path):
            self._say(self.tr("The logo from {} is kept in the database.").format(path.name))
            return True
        self.choose_logo_button.setFocus()
        return False

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def remove_logo(self) -> None:
        self._change(clear_logo=True)
