"""Milestone documents the coordinator ticks as received (every other milestone ticks itself).

Import them from coordinator.db.models, which re-exports every model.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, func
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base, utcnow


class MilestoneReceipt(Base):
    """A milestone met by a document: for one person (mentee or mentor) or one campus."""

    __tablename__ = "milestone_receipt"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"), index=True)
    milestone_key: Mapped[str] = mapped_column(String(100))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    campus_id: Mapped[int | None] = mapped_column(ForeignKey("campus.id"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    ticked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    ticked_by: Mapped[str] = mapped_column(String(100), default="")


# One receipt per milestone and person or campus (NULLs are never equal, so they count as 0 here).
Index(
    "uq_milestone_receipt",
    MilestoneReceipt.program_year_id,
    MilestoneReceipt.milestone_key,
    func.coalesce(MilestoneReceipt.person_id, 0),
    func.coalesce(MilestoneReceipt.campus_id, 0),
    unique=True,
)
