"""The record-keeping tables: import batches and their rows, mapping profiles, audit, settings.

Import them from coordinator.db.models, which holds (and re-exports) the whole model.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordinator.db.base import Base, utcnow
from coordinator.db.enums import ImportKind, ImportStatus, RowAction, text_enum

# --- imports ------------------------------------------------------------------------------------


class ImportBatch(Base):
    """One file imported at one time; it can be undone."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ImportKind] = mapped_column(text_enum(ImportKind, "import_kind"))
    file_name: Mapped[str] = mapped_column(String(500))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    sheet: Mapped[str | None] = mapped_column(String(200))
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[ImportStatus] = mapped_column(
        text_enum(ImportStatus, "import_status"), default=ImportStatus.APPLIED
    )
    actor: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    rows: Mapped[list[ImportRow]] = relationship(
        back_populates="batch", order_by="ImportRow.row_number"
    )


class ImportRow(Base):
    """Per-row provenance: what one spreadsheet row did to one person."""

    __tablename__ = "import_row"
    __table_args__ = (Index("ix_import_row_batch", "batch_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"))
    row_number: Mapped[int] = mapped_column(Integer)
    action: Mapped[RowAction] = mapped_column(text_enum(RowAction, "row_action"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkin.id", ondelete="SET NULL"))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    batch: Mapped[ImportBatch] = relationship(back_populates="rows")


class MappingProfile(Base):
    """A confirmed column mapping, applied again when the same headers come back."""

    __tablename__ = "mapping_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[ImportKind] = mapped_column(
        text_enum(ImportKind, "import_kind"), default=ImportKind.ROSTER
    )
    header_signature: Mapped[str] = mapped_column(String(64), index=True)
    headers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # how dates like 03/04/2025 are read with this mapping ("mdy", "dmy"), or None: not said
    date_order: Mapped[str | None] = mapped_column(String(3))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# --- audit and settings -------------------------------------------------------------------------


class AuditEntry(Base):
    """Append-only: who changed what, when, with the values before and after."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(Integer, index=True)
    batch_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
