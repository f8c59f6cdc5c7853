"""The fixed vocabularies of the domain, stored as their text values."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Enum


class CampusLevel(enum.StrEnum):
    ELEMENTARY = "elementary"
    MIDDLE = "middle"
    HIGH = "high"
    OTHER = "other"


class PersonStatus(enum.StrEnum):
    ACTIVE = "active"
    LEFT = "left"  # left the district
    ARCHIVED = "archived"  # created by an undone import but still referenced

    @property
    def label(self) -> str:
        return PERSON_STATUS_LABELS[self]


class TrainingKind(enum.StrEnum):
    """The three parts of mentor training under TEC §21.458: (b)(1) "a research-based mentor and
    induction training program approved by the commissioner", (b)(2) "a mentor training program
    provided by the district", and (b-1) the "supplemental training ... during the school year"."""

    APPROVED = "approved"
    DISTRICT = "district"
    SUPPLEMENTAL = "supplemental"

    @property
    def label(self) -> str:
        return TRAINING_KIND_LABELS[self]


TRAINING_KIND_LABELS = {
    TrainingKind.APPROVED: "Commissioner-approved mentor training",
    TrainingKind.DISTRICT: "District mentor training",
    TrainingKind.SUPPLEMENTAL: "Supplemental training",
}


class Role(enum.StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


class EnrollmentStatus(enum.StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    LEFT_DISTRICT = "left_district"

    @property
    def label(self) -> str:
        return ENROLLMENT_STATUS_LABELS[self]


# Every page, report and export writes roles and statuses with these words (capitalised once).
PERSON_STATUS_LABELS = {
    PersonStatus.ACTIVE: "Active",
    PersonStatus.LEFT: "Left the district",
    PersonStatus.ARCHIVED: "Archived",
}
ROLE_LABELS = {Role.MENTOR: "Mentor", Role.MENTEE: "Mentee"}
ENROLLMENT_STATUS_LABELS = {
    EnrollmentStatus.ACTIVE: "Active",
    EnrollmentStatus.COMPLETED: "Completed",
    EnrollmentStatus.WITHDRAWN: "Withdrawn",
    EnrollmentStatus.LEFT_DISTRICT: "Left the district",
}


class CheckinKind(enum.StrEnum):
    ONE_TO_ONE = "one_to_one"
    GROUP = "group"
    OBSERVATION = "observation"
    CAMPUS_VISIT = "campus_visit"
    PHONE = "phone"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return CHECKIN_KIND_LABELS[self]


CHECKIN_KIND_LABELS = {
    CheckinKind.ONE_TO_ONE: "One-to-one",
    CheckinKind.GROUP: "Group or cohort meeting",
    CheckinKind.OBSERVATION: "Observation",
    CheckinKind.CAMPUS_VISIT: "Campus visit",
    CheckinKind.PHONE: "Phone",
    CheckinKind.EMAIL: "E-mail",
}


class ImportKind(enum.StrEnum):
    ROSTER = "roster"
    CHECKINS = "checkins"
    SURVEY = "survey"


class SurveyTiming(enum.StrEnum):
    START = "start"
    MID = "mid"
    END = "end"

    @property
    def label(self) -> str:
        return {"start": "Start of year", "mid": "Middle of year", "end": "End of year"}[self]


class QuestionScale(enum.StrEnum):
    AGREEMENT = "agree5"  # 1 strongly disagree .. 5 strongly agree
    YES_NO = "yes_no"
    FREE_TEXT = "free_text"

    @property
    def label(self) -> str:
        return {
            "agree5": "Agreement, 1 to 5",
            "yes_no": "Yes or no",
            "free_text": "Free text",
        }[self]


class ImportStatus(enum.StrEnum):
    APPLIED = "applied"
    UNDONE = "undone"


class RowAction(enum.StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    INVALID = "invalid"
    DUPLICATE = "duplicate"


def text_enum(e: type[enum.Enum], name: str) -> Enum:
    from sqlalchemy import (
        Enum,  # here, so the vocabulary alone (the command line's choices) is light
    )

    return Enum(
        e,
        name=name,
        native_enum=False,
        validate_strings=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
    )
