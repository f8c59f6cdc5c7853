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


class Role(enum.StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class EnrollmentStatus(enum.StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    LEFT_DISTRICT = "left_district"


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
