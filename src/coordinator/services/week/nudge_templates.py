"""The nudge templates: shipped defaults, a program's own edits (kept in the Setting table), and
filling in the merge fields."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from coordinator.db.models import Setting
from coordinator.errors import RefusedError
from coordinator.services.audit import record


class NudgeReason(StrEnum):
    BEHIND = "behind"
    NOT_LOGGED = "not-logged"
    NO_CONTACT = "no-contact"
    MILESTONE = "milestone"
    SURVEY = "survey"
    PAY = "pay"

    @property
    def label(self) -> str:
        return {
            "behind": "behind on hours",
            "not-logged": "not logged",
            "no-contact": "no contact",
            "milestone": "milestones due",
            "survey": "survey unanswered",
            "pay": "stipend not yet earned",
        }[self.value]


class Audience(StrEnum):
    MENTORS = "mentors"
    MENTEES = "mentees"


MERGE_FIELDS = {
    "first_name": "the person's first name (the name they go by)",
    "name": "their whole name",
    "hours_so_far": "hours logged this semester",
    "hours_needed": "hours the rules ask for this semester",
    "weeks_left": "weeks left in the semester",
    "mentees_behind": "a mentor's own mentees who need attention, one a line",
    "milestones": "the person's own milestones overdue or due soon, one a line",
    "surveys": "the surveys the person has not answered yet, one a line",
    "pay": "a mentor's stipend periods closing soon and what is still missing, one a line",
    "program": "the program's name",
    "year": "the program year",
}


@dataclass(frozen=True)
class NudgeTemplate:
    subject: str
    body: str


DEFAULTS: dict[NudgeReason, NudgeTemplate] = {
    NudgeReason.BEHIND: NudgeTemplate(
        "{program}: mentoring hours this semester",
        "Hello {first_name},\n\n"
        "A quick note from the mentoring program: {hours_so_far} of {hours_needed} hours are "
        "logged so far this semester, with {weeks_left} weeks left.\n\n"
        "{mentees_behind}\n\n"
        "Could you plan the next meetings and log them when they happen? Tell me if something "
        "gets in the way.\n\nThank you!\n",
    ),
    NudgeReason.NOT_LOGGED: NudgeTemplate(
        "{program}: please log your check-ins",
        "Hello {first_name},\n\n"
        "I have not seen any check-ins from you lately. Could you log the meetings you have had "
        "with your mentees, even short ones? The check-in workbook is attached if that is "
        "easier.\n\n{mentees_behind}\n\nThank you!\n",
    ),
    NudgeReason.NO_CONTACT: NudgeTemplate(
        "{program}: time for a check-in",
        "Hello {first_name},\n\n"
        "It has been a while since the last mentoring contact. Could you set up a meeting, a "
        "call or a visit in the next few days?\n\n{mentees_behind}\n\nThank you!\n",
    ),
    NudgeReason.MILESTONE: NudgeTemplate(
        "{program}: what is due on the mentoring timeline",
        "Hello {first_name},\n\n"
        "A reminder from the mentoring program about the timeline:\n\n{milestones}\n\n"
        "{mentees_behind}\n\nTell me if something gets in the way. Thank you!\n",
    ),
    NudgeReason.SURVEY: NudgeTemplate(
        "{program}: a short survey is waiting for you",
        "Hello {first_name},\n\n"
        "The mentoring program's survey is still open, and your answers are what shows the "
        "district what the program does:\n\n{surveys}\n\n{mentees_behind}\n\n"
        "It takes a few minutes. Thank you!\n",
    ),
    NudgeReason.PAY: NudgeTemplate(
        "{program}: before the stipend period closes",
        "Hello {first_name},\n\n"
        "The period for your mentor stipend closes soon, and this is what the "
        "program's pay rules still need:\n\n{pay}\n\n"
        "Check-ins logged before the period ends count toward it. Could you log the meetings "
        "you have had, and plan the ones still needed?\n\nThank you!\n",
    ),
}


def setting_key(program_id: int) -> str:
    return f"nudge_templates.{program_id}"


def nudge_template(
    session: Session, program_id: int, reason: NudgeReason, language: str = "en"
) -> NudgeTemplate:
    """The program's own template for `reason` (as the coordinator wrote it, in whatever
    language), or the shipped one in `language` ("en" or "es")."""
    row = session.get(Setting, setting_key(program_id))
    saved = (row.value or {}).get(_saved_key(reason, language)) if row is not None else None
    if isinstance(saved, dict) and "subject" in saved and "body" in saved:
        return NudgeTemplate(str(saved["subject"]), str(saved["body"]))
    return default_template(reason, language)


def default_template(reason: NudgeReason, language: str = "en") -> NudgeTemplate:
    """The shipped template for `reason` in English or Spanish."""
    if language == "es":
        from coordinator.services.week.nudge_templates_es import SPANISH_DEFAULTS

        return SPANISH_DEFAULTS[reason]
    return DEFAULTS[reason]


def _saved_key(reason: NudgeReason, language: str) -> str:
    """English edits keep the key they always had; a Spanish edit is kept beside it."""
    return reason.value if language == "en" else f"{reason.value}.{language}"


def save_nudge_template(
    session: Session,
    program_id: int,
    reason: NudgeReason,
    template: NudgeTemplate,
    language: str = "en",
) -> None:
    """Keep the program's own template in `language` (checked first: a broken one is
    refused)."""
    fill(template, {})
    key = setting_key(program_id)
    row = session.get(Setting, key)
    values: dict[str, Any] = dict(row.value or {}) if row is not None else {}
    values[_saved_key(reason, language)] = {"subject": template.subject, "body": template.body}
    if row is None:
        session.add(Setting(key=key, value=values))
    else:
        row.value = values
    record(session, "update", "setting", None, after={"nudge_template": reason.label})


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # a field this nudge has no value for stays as written


def fill(template: NudgeTemplate, fields: Mapping[str, str]) -> NudgeTemplate:
    """The template with its merge fields filled in."""
    values = _Fields(fields)
    try:
        return NudgeTemplate(
            _one_line(string.Formatter().vformat(template.subject, (), values)),
            string.Formatter().vformat(template.body, (), values),
        )
    except (ValueError, IndexError, KeyError, AttributeError):
        raise RefusedError(
            "A merge field in the template is not written right: write it as {first_name}, "
            "and a brace on its own as {{ or }}."
        ) from None


def _one_line(text: str) -> str:
    return " ".join(text.split())
