"""What the Dashboard's "This week" buttons do: open, log a check-in, assign, write nudges."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from coordinator.services.week.nudge_templates import NudgeReason
from coordinator.services.week.nudges import reason_for
from coordinator.services.week.this_week import WeekAction, WeekLine
from coordinator.ui.context import AppContext
from coordinator.ui.widgets.week_list import WeekList
from coordinator.ui.writer_guard import writer_guard


class WeekActions(QObject):
    """Nudges go to the checked lines' people and the at-risk mentees selected (`selected`)."""

    open_person = Signal(int)

    def __init__(
        self,
        context: AppContext,
        week_list: WeekList,
        selected: Callable[[], list[int]],
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self._context = context
        self._list = week_list
        self._selected = selected
        self._page = page
        self.last_dialog: QDialog | None = None
        week_list.act.connect(self.act)
        week_list.write_nudges.connect(self.write_nudges)
        week_list.checked_changed.connect(self.button_state)
        week_list.open_milestones.connect(self.open_milestones)
        writer_guard(context).hold(week_list.nudge_button)  # nudges are logged in the database

    def button_state(self) -> None:
        chosen = self._list.checked_ids() or self._selected()
        self._list.nudge_button.setEnabled(bool(chosen))

    def act(self, line: WeekLine) -> None:
        week = self._list.week
        if week is None:
            return
        if line.action is WeekAction.NUDGE:
            self._open_nudges([line.person_id], reason_for([line.kind]))
        elif line.action is WeekAction.LOG:
            from coordinator.ui.dialogs.checkin_dialog import CheckinDialog  # when opened

            self._open_dialog(
                CheckinDialog(
                    self._context,
                    week.program_year_id,
                    self._page,
                    mentor_id=line.mentor_id,
                    today=week.today,
                )
            )
        else:  # open the person; assigning starts from their page too
            self.open_person.emit(line.person_id)

    def write_nudges(self) -> None:
        """Nudges for the checked week lines and the selected at-risk mentees."""
        week = self._list.week
        ids = list(dict.fromkeys([*self._list.checked_ids(), *self._selected()]))
        if week is None or not ids:
            return
        kinds = [line.kind for line in week.lines if line.person_id in ids]
        self._open_nudges(ids, reason_for(kinds))

    def open_milestones(self) -> None:
        week = self._list.week
        if week is None:
            return
        from coordinator.ui.dialogs.milestones_dialog import MilestonesDialog  # when opened

        self._open_dialog(
            MilestonesDialog(self._context, week.program_year_id, week.today, self._page)
        )

    def _open_nudges(self, ids: list[int], reason: NudgeReason) -> None:
        week = self._list.week
        if week is None:
            return
        from coordinator.ui.dialogs.nudge_dialog import NudgeDialog  # when opened

        self._open_dialog(
            NudgeDialog(
                self._context, week.program_year_id, ids, week.today, self._page, reason=reason
            )
        )

    def _open_dialog(self, dialog: QDialog) -> None:
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
