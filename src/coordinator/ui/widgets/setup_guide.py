"""The pane shown where a page has nothing yet: says the next setup step and offers its button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator.services.programs.first_steps import FirstStep, StepKind
from coordinator.ui.context import AppContext
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

BUTTONS = {
    StepKind.NEW_PROGRAM: QT_TRANSLATE_NOOP("SetupGuide", "New program…"),
    StepKind.NEW_YEAR: QT_TRANSLATE_NOOP("SetupGuide", "New year…"),
}


class SetupGuide(QWidget):
    """The page gives it the step (from the service); the button opens that step's dialog."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.step: FirstStep | None = None
        self.dialog: QDialog | None = None
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a program's name shows as typed
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton()
        self.button.clicked.connect(self.take_step)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_step(self, step: FirstStep) -> None:
        self.step = step
        self.text.setText(step.text)
        self.button.setText(self.tr(BUTTONS[step.kind]) if step.kind in BUTTONS else "")
        self.button.setVisible(step.kind in BUTTONS)

    def take_step(self) -> QDialog | None:
        step = self.step
        if step is None or step.kind not in BUTTONS:
            return None
        # The dialogs' modules are imported when a step is taken, not with the Dashboard.
        from coordinator.ui.dialogs.program_dialog import ProgramDialog
        from coordinator.ui.dialogs.program_year_dialog import ProgramYearDialog

        if step.kind is StepKind.NEW_PROGRAM:
            dialog: QDialog = ProgramDialog(self._context, None, self.window())
        else:
            year_dialog = ProgramYearDialog(self._context, step.program_id, self.window())
            year_dialog.accepted.connect(
                lambda: self._context.set_program_year(year_dialog.year_id)
            )
            dialog = year_dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog
