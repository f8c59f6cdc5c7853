"""The Cohorts page's program setup row: new and edit program, new year, copy forward, profile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QToolBar, QWidget

from coordinator.services.programs import programs
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.meeting_times_dialog import MeetingTimesDialog
from coordinator.ui.dialogs.mentor_profile_dialog import MentorProfileDialog
from coordinator.ui.dialogs.program_dialog import ProgramDialog
from coordinator.ui.dialogs.program_year_dialog import CopyForwardDialog, ProgramYearDialog
from coordinator.ui.figures import counted
from coordinator.ui.widgets.availability import offer

SHORTCUTS = {
    "new_program": "Ctrl+Shift+P",
    "edit_program": "Ctrl+Shift+E",
    "new_year": "Ctrl+Shift+Y",
    "copy_forward": "Ctrl+Shift+F",
    "mentor_profile": "Ctrl+Shift+M",
    "meeting_times": "Ctrl+Shift+G",
}


NO_YEAR = str(
    QT_TRANSLATE_NOOP(
        "ProgramToolbar",
        "Choose a program year in the toolbar first (or create one with New year…).",
    )
)


class ProgramToolbar(QToolBar):
    """Opens the program setup dialogs; `message` carries what happened for the page's status.

    Its actions are also added to the page (`actions_for_page`). Their shortcuts have the window
    context, which Qt matches only while the page is visible: they work as soon as it is shown.
    Each opener returns the dialog it opened (tests drive it).
    """

    message = Signal(str)

    def __init__(
        self,
        context: AppContext,
        selected_mentor: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("ProgramToolbar", "Program setup"), parent)
        self._context = context
        self._selected_mentor = selected_mentor
        self._tips: dict[QAction, str] = {}
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_program_action = self._action(
            self.tr("New program…"), "new_program", self.new_program
        )
        self.edit_program_action = self._action(
            self.tr("Edit program…"), "edit_program", self.edit_program
        )
        self.meeting_times_action = self._action(
            self.tr("Meeting times…"), "meeting_times", self.meeting_times
        )
        self.addSeparator()
        self.new_year_action = self._action(self.tr("New year…"), "new_year", self.new_year)
        self.copy_forward_action = self._action(
            self.tr("Copy forward…"), "copy_forward", self.copy_forward
        )
        self.addSeparator()
        self.mentor_profile_action = self._action(
            self.tr("Mentor profile…"), "mentor_profile", self.mentor_profile
        )
        self.update_actions()

    def _action(self, text: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # a tool button would drop the "…" that says a dialog opens
        keys = QKeySequence(SHORTCUTS[key])
        action.setShortcut(keys)  # window-wide: Qt only matches it while the page is visible
        tip = f"{text.rstrip('…')} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        self._tips[action] = tip
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def actions_for_page(self) -> list[QAction]:
        return [
            self.new_program_action,
            self.edit_program_action,
            self.meeting_times_action,
            self.new_year_action,
            self.copy_forward_action,
            self.mentor_profile_action,
        ]

    def update_actions(self) -> None:
        """What needs a year or a mentor is enabled only when there is one."""
        no_year = None if self._context.program_year_id is not None else self.tr(NO_YEAR)
        for action in (
            self.edit_program_action,
            self.meeting_times_action,
            self.copy_forward_action,
        ):
            offer(action, self._tips[action], no_year)
        no_mentor = (
            None if self._selected_mentor() is not None else self.tr("Select a mentor first.")
        )
        action = self.mentor_profile_action
        offer(action, self._tips[action], no_year or no_mentor)

    def _current_program_id(self) -> int | None:
        year_id = self._context.program_year_id
        if year_id is None:
            return None
        with self._context.db.reading() as session:
            return programs.year_by_id(session, year_id).program_id

    def _open(self, dialog: QDialog, done: Callable[[], None]) -> QDialog:
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # --- openers --------------------------------------------------------------------------------

    def new_program(self) -> ProgramDialog:
        dialog = ProgramDialog(self._context, None, self.window())
        self._open(
            dialog,
            lambda: self.message.emit(
                self.tr("Created program {name}; add its first year with New year…").format(
                    name=dialog.name.text().strip()
                )
            ),
        )
        return dialog

    def edit_program(self) -> ProgramDialog | None:
        program_id = self._current_program_id()
        if program_id is None:
            return None
        dialog = ProgramDialog(self._context, program_id, self.window())
        self._open(dialog, lambda: self.message.emit(self.tr("Program saved.")))
        return dialog

    def meeting_times(self) -> MeetingTimesDialog | None:
        program_id = self._current_program_id()
        if program_id is None:
            return None
        dialog = MeetingTimesDialog(self._context, program_id, self.window())
        self._open(dialog, lambda: None)
        return dialog

    def new_year(self) -> ProgramYearDialog:
        dialog = ProgramYearDialog(self._context, self._current_program_id(), self.window())

        def created() -> None:
            self._context.set_program_year(dialog.year_id)
            self.message.emit(self.tr("Created {year}.").format(year=dialog.label.text().strip()))

        self._open(dialog, created)
        return dialog

    def copy_forward(self) -> CopyForwardDialog | None:
        year_id = self._context.program_year_id
        if year_id is None:
            return None
        dialog = CopyForwardDialog(self._context, year_id, self.window())

        def copied() -> None:
            result = dialog.result_counts
            if result is None:
                return
            self._context.set_program_year(result.year_id)
            self.message.emit(
                self.tr(
                    "Created {year}: {mentors} re-enrolled, {mentees} kept their mentor."
                ).format(
                    year=result.label,
                    mentors=counted(result.mentors, self.tr("mentor"), self.tr("mentors")),
                    mentees=counted(result.mentees_carried, self.tr("mentee"), self.tr("mentees")),
                )
            )

        self._open(dialog, copied)
        return dialog

    def mentor_profile(self) -> MentorProfileDialog | None:
        mentor_id = self._selected_mentor()
        if mentor_id is None:
            self.message.emit(self.tr("Select a mentor first."))
            return None
        dialog = MentorProfileDialog(
            self._context, mentor_id, self._context.program_year_id, self.window()
        )
        self._open(dialog, lambda: self.message.emit(self.tr("Mentor profile saved.")))
        return dialog
