"""The program sections of the People detail pane: assignments, eligibility, check-ins."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from coordinator.db.models import EnrollmentStatus, Role
from coordinator.services.people import ENROLLMENT_STATUS_LABELS, ROLE_LABELS
from coordinator.tools.names import display_name
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.mentee_timeline_dialog import MenteeTimelineDialog
from coordinator.ui.widgets.assignment_history import AssignmentHistoryWidget
from coordinator.ui.widgets.mentee_ending_buttons import Mentee, MenteeEndingButtons
from coordinator.ui.widgets.mentor_eligibility import MentorEligibilityWidget
from coordinator.ui.widgets.person_detail_pane import PersonDetailPane

MENTEE = ROLE_LABELS[Role.MENTEE]
MENTOR = ROLE_LABELS[Role.MENTOR]
ACTIVE = ENROLLMENT_STATUS_LABELS[EnrollmentStatus.ACTIVE]


class PersonProgramSections(QObject):
    """Fills the sections for whoever the pane shows; each appears only where it applies."""

    def __init__(self, context: AppContext, pane: PersonDetailPane) -> None:
        super().__init__(pane)
        self._context = context
        self._pane = pane
        self.history = AssignmentHistoryWidget(context)
        self.history.heading.hide()  # the section's title says it already
        self.eligibility = MentorEligibilityWidget(context)
        self.timeline_button = QPushButton(self.tr("Check-in &timeline…"))
        self.timeline_button.setToolTip(
            self.tr("Hours each semester against the target, topics covered and every check-in")
        )
        self.timeline_button.clicked.connect(self.open_timeline)
        self.endings = MenteeEndingButtons(context, self._this_mentee, keys=False)
        self.history_box = pane.add_section(self.tr("Assignment history"), self.history)
        self.endings_box = pane.add_section(self.tr("This program year"), self.endings)
        self.eligibility_box = pane.add_section(self.tr("Mentor eligibility"), self.eligibility)
        self.timeline_box = pane.add_section(self.tr("Check-ins"), self.timeline_button)

        self.dialog: MenteeTimelineDialog | None = None
        pane.person_shown.connect(self._show)
        context.program_year_changed.connect(lambda _year: self._show(pane.person_id))

    def _roles(self) -> set[str]:
        detail = self._pane.detail
        return {line.role for line in detail.enrollments} if detail is not None else set()

    def active_mentee_now(self) -> bool:
        """Whether the person shown is a mentee still active in the chosen program year."""
        detail, year_id = self._pane.detail, self._context.program_year_id
        return detail is not None and any(
            line.program_year_id == year_id and line.role == MENTEE and line.status == ACTIVE
            for line in detail.enrollments
        )

    def _this_mentee(self) -> list[Mentee]:
        detail = self._pane.detail
        if detail is None or not self.active_mentee_now():
            return []
        name = display_name(
            first=detail.first_name, preferred=detail.preferred_name, last=detail.last_name
        )
        return [Mentee(person_id=detail.id, name=name)]

    def _show(self, person_id: object) -> None:
        roles = self._roles()
        shown = person_id if isinstance(person_id, int) else None
        mentee = shown if MENTEE in roles else None
        mentor = shown if MENTOR in roles else None
        self.history_box.setVisible(mentee is not None)
        self.timeline_box.setVisible(
            mentee is not None and self._context.program_year_id is not None
        )
        self.eligibility_box.setVisible(mentor is not None)
        self.endings_box.setVisible(mentee is not None and self.active_mentee_now())
        self.history.set_person(mentee)
        self.eligibility.set_person(mentor)

    def open_timeline(self) -> None:
        year_id, person_id = self._context.program_year_id, self._pane.person_id
        if year_id is None or person_id is None:
            return
        self.dialog = MenteeTimelineDialog(self._context, year_id, person_id, self._pane)
        self.dialog.open()
