"""End assignment…, Withdraw…, Mark completed…: the buttons for ending a mentee's year.

The Cohorts page shows them for the mentees selected in a cohort, the People page's detail pane
for the person shown. Each opens `MenteeEndingDialog`; `message` says what was done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.mentee_ending_dialog import ENDINGS, Ending, MenteeEndingDialog
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.availability import offer

TIPS = {
    Ending.END_ASSIGNMENT: QT_TRANSLATE_NOOP(
        "MenteeEndingButtons", "End the mentor assignment; the mentee waits for a new mentor"
    ),
    Ending.WITHDRAW: QT_TRANSLATE_NOOP(
        "MenteeEndingButtons", "The mentee leaves the program, with the day and the reason"
    ),
    Ending.COMPLETE: QT_TRANSLATE_NOOP(
        "MenteeEndingButtons", "Record that the mentee completed the program"
    ),
}
SHORTCUTS = {  # on the Cohorts page (the page adds them as its actions)
    Ending.END_ASSIGNMENT: "Ctrl+Shift+D",  # untranslated: a key sequence
    Ending.WITHDRAW: "Ctrl+Shift+W",  # untranslated: a key sequence
    Ending.COMPLETE: "Ctrl+Shift+C",  # untranslated: a key sequence
}


def _title(ending: Ending) -> str:
    """The ending's button text in the window's language: "End assignment…"."""
    return QCoreApplication.translate("MenteeEndingDialog", ENDINGS[ending].title) + "…"


class NamedMentee(Protocol):
    """A cohort row (`MenteeRow`) or a `Mentee`: whom to act on."""

    @property
    def person_id(self) -> int: ...

    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class Mentee:
    person_id: int
    name: str


Chosen = Callable[[], Sequence[NamedMentee]]


class MenteeEndingButtons(QWidget):
    """`chosen` returns the mentees to act on, in the context's program year.

    With `keys` the tooltips name the Cohorts page's shortcuts and the buttons sit in a row;
    without, they stack, to fit the narrow detail pane.
    """

    message = Signal(str)

    def __init__(
        self, context: AppContext, chosen: Chosen, *, keys: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._chosen = chosen
        self._keys = keys
        self.dialog: MenteeEndingDialog | None = None
        self.today: dt.date | None = None  # None: the real today (tests pin it)
        self.buttons: dict[Ending, QPushButton] = {}
        layout: QBoxLayout = QHBoxLayout(self) if keys else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for ending in Ending:
            button = QPushButton(_title(ending))
            button.clicked.connect(lambda _c=False, e=ending: self.open(e))
            button.setToolTip(self.tip(ending))
            layout.addWidget(button)
            self.buttons[ending] = button
        if keys:
            layout.addStretch(1)

    def page_actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        """(text, keys, slot) for each button, for a page's window-wide shortcuts."""
        return [(_title(e), SHORTCUTS[e], self._opener(e)) for e in Ending]

    def _opener(self, ending: Ending) -> Callable[[], object]:
        return lambda: self.open(ending)  # takes no argument: `triggered` passes none to it

    def tip(self, ending: Ending) -> str:
        tip = QCoreApplication.translate("MenteeEndingButtons", TIPS[ending])
        return f"{tip} ({SHORTCUTS[ending]})" if self._keys else tip

    def update_offer(self, why_not: str | None) -> None:
        """Enable the buttons, or disable them saying why (nothing selected, no year…)."""
        for ending, button in self.buttons.items():
            offer(button, self.tip(ending), why_not)

    def open(self, ending: Ending) -> MenteeEndingDialog | None:
        year_id = self._context.program_year_id
        mentees = [(m.person_id, m.name) for m in self._chosen()]
        if year_id is None or not mentees:
            return None
        dialog = MenteeEndingDialog(
            self._context, year_id, mentees, ending, today=self.today, parent=self.window()
        )
        dialog.accepted.connect(lambda: self.message.emit(dialog.done_text))
        self.dialog = dialog
        dialog.open()
        return dialog
