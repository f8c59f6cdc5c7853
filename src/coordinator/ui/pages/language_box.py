"""Settings › Language: the window's language, and the default for certificates, logs and nudges."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from coordinator.ui.app_settings import choose_language, chosen_language


class LanguageBox(QGroupBox):
    """English, Español or the system's language; kept in the window's settings on this computer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Language"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("The system's language"), "")
        self.language_combo.addItem("English", "en")  # untranslated: each language in its own words
        self.language_combo.addItem("Español", "es")  # untranslated: each language in its own words
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen_language()), 0))
        self.note = QLabel(
            self.tr(
                "Certificates, mentee logs and e-mail nudges use it at once as their default; "
                "the window shows it from the next start."
            )
        )
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.note)
        self.language_combo.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        choose_language(str(self.language_combo.currentData()))
