"""A program's designated meeting times per campus, and each campus's planning period.

Import them from coordinator.db.models, which re-exports them with the rest of the model.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Time
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base, Versioned


class MeetingTime(Versioned, Base):
    """One window of a campus's school day in a program: a designated meeting time, or (with
    `planning`) the planning period no meeting may use. `weekday` 0-6 (Monday 0), or every day."""

    __tablename__ = "meeting_time"
    __table_args__ = (Index("ix_meeting_time_program_campus", "program_id", "campus_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    campus_id: Mapped[int] = mapped_column(ForeignKey("campus.id"))
    weekday: Mapped[int | None] = mapped_column(Integer)
    starts_at: Mapped[dt.time] = mapped_column(Time)
    ends_at: Mapped[dt.time] = mapped_column(Time)
    planning: Mapped[bool] = mapped_column(Boolean, default=False)
