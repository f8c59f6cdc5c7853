"""What each roster import said about each person: the snapshots retention is read from.

A roster import records only the rows it changed; who was in the file, and on which campus in which
position, is kept here, so a later year's roster can say who stayed, moved, changed role or left.
Import them from coordinator.db.models, which re-exports them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base


class RosterSnapshot(Base):
    """One roster import as a picture of the district on the date the roster describes."""

    __tablename__ = "roster_snapshot"

    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"), primary_key=True)
    as_of: Mapped[dt.date] = mapped_column(Date, index=True)
    people: Mapped[int] = mapped_column(Integer, default=0)
    rows_not_imported: Mapped[int] = mapped_column(Integer, default=0)  # held or invalid rows


class RosterEntry(Base):
    """One person listed in one roster import, with the campus and position it gave them."""

    __tablename__ = "roster_entry"
    __table_args__ = (Index("ix_roster_entry_person", "person_id"),)

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("roster_snapshot.batch_id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    campus_id: Mapped[int | None] = mapped_column(ForeignKey("campus.id"))
    position: Mapped[str | None] = mapped_column(String(200))
