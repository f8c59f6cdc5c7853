"""Who may see which campus on a shared server: a viewer limited to some campuses.

A viewer (a director, a campus principal) with rows here sees only those campuses' people and
what hangs off them; one without rows sees every campus. The server's row-level security
policies read this table (db/server_roles.py); on a laptop file it stays empty.
Import it from coordinator.db.models, which re-exports every model.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base


class CampusAccess(Base):
    """One campus one database account (a PostgreSQL role) may see."""

    __tablename__ = "campus_access"
    __table_args__ = (UniqueConstraint("role_name", "campus_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role_name: Mapped[str] = mapped_column(String(63))
    campus_id: Mapped[int] = mapped_column(ForeignKey("campus.id", ondelete="CASCADE"))
