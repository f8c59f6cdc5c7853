"""One line of the week list: what it is about, the rule's words, and the one action it offers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from coordinator.services.shared.phrase import Count, phrase


class WeekKind(StrEnum):
    """What a line is about, in the order of urgency the list is read in."""

    NO_CONTACT_LONG = "no_contact_long"
    NO_CONTACT = "no_contact"
    NOT_LOGGED = "not_logged"
    MILESTONE_OVERDUE = "milestone_overdue"
    MILESTONE_DUE = "milestone_due"
    UNASSIGNED = "unassigned"
    BEHIND = "behind"
    PAY_CLOSING = "pay_closing"
    SURVEY_UNANSWERED = "survey_unanswered"


URGENCY = {kind: rank for rank, kind in enumerate(WeekKind)}


class WeekAction(StrEnum):
    OPEN = "open"
    NUDGE = "nudge"
    LOG = "log"
    ASSIGN = "assign"

    @property
    def label(self) -> str:
        return {
            "open": "Open",
            "nudge": "Nudge",
            "log": "Log a check-in",
            "assign": "Assign",
        }[self.value]


ACTIONS = {
    WeekKind.NO_CONTACT_LONG: WeekAction.LOG,
    WeekKind.NO_CONTACT: WeekAction.LOG,
    WeekKind.NOT_LOGGED: WeekAction.NUDGE,
    WeekKind.MILESTONE_OVERDUE: WeekAction.NUDGE,
    WeekKind.MILESTONE_DUE: WeekAction.NUDGE,
    WeekKind.UNASSIGNED: WeekAction.ASSIGN,
    WeekKind.BEHIND: WeekAction.NUDGE,
    WeekKind.PAY_CLOSING: WeekAction.NUDGE,
    WeekKind.SURVEY_UNANSWERED: WeekAction.NUDGE,
}


@dataclass(frozen=True)
class WeekLine:
    kind: WeekKind
    person_id: int
    name: str
    is_mentor: bool
    mentor_id: int | None  # a mentee's current mentor, who a nudge about them goes to
    detail: str  # the rule's own words, e.g. "No contact for 30 days (warning at 28 days)"
    weight: int  # within a kind, bigger first (days without contact, days past the deadline)
    nudged_on: dt.date | None = None

    @property
    def action(self) -> WeekAction:
        return ACTIONS[self.kind]

    def nudged_words(self, today: dt.date) -> str:
        """ "nudged today", "nudged 3 days ago", or "" when no nudge went out."""
        if self.nudged_on is None:
            return ""
        days = (today - self.nudged_on).days
        if days <= 0:
            return phrase("nudged today")
        if days == 1:
            return phrase("nudged yesterday")
        return phrase("nudged {days} ago", days=Count(days, "day"))

    @property
    def text(self) -> str:
        return f"{self.name}: {self.detail}"

    @property
    def short_text(self) -> str:
        """The line without the rule's aside in brackets ("(warning at 28 days)")."""
        return f"{self.name}: {self.detail.split(' (')[0]}"
