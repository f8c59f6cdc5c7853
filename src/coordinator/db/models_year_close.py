"""A closed year: when it was closed, and each mentee's completion outcome.

Import them from coordinator.db.models, which re-exports them with the rest of the model.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base, Versioned, utcnow
from coordinator.db.enums import text_enum


class Outcome(enum.StrEnum):
    COMPLETED = "completed"
    NOT_COMPLETED = "not_completed"
    WITHDRAWN = "withdrawn"
    LEFT_DISTRICT = "left_district"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.COMPLETED: "Completed",
    Outcome.NOT_COMPLETED: "Not completed",
    Outcome.WITHDRAWN: "Withdrawn",
    Outcome.LEFT_DISTRICT: "Left the district",
}


class YearClose(Base):
    """A program year the coordinator closed, on which day and by whom."""

    __tablename__ = "year_close"

    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"), primary_key=True)
    closed_on: Mapped[dt.date] = mapped_column(Date)
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")


class MenteeOutcome(Versioned, Base):
    """How a mentee's year ended; `certificate` None means it follows the outcome."""

    __tablename__ = "mentee_outcome"
    __table_args__ = (UniqueConstraint("program_year_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    outcome: Mapped[Outcome] = mapped_column(text_enum(Outcome, "mentee_outcome_kind"))
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    rules_not_met: Mapped[list[Any]] = mapped_column(JSON, default=list)
    reason: Mapped[str | None] = mapped_column(String(500))
    certificate: Mapped[bool | None] = mapped_column(Boolean)
    certificate_reason: Mapped[str | None] = mapped_column(String(500))
