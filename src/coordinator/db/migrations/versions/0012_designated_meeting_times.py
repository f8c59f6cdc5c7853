"""designated meeting times: each campus's windows in a program, and when a check-in began

`meeting_time` holds, per program and campus, the designated times in the school day when mentor
and beginning teacher meet, and the planning period no meeting may use (19 TAC §153.1011: a
designated time in the school day that is not the planning period). `checkin.starts_at` is the
time a check-in began, when recorded; existing check-ins have none.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 11:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting_time",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("campus_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.Column("planning", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campus_id"], ["campus.id"], name=op.f("fk_meeting_time_campus_id_campus")
        ),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_meeting_time_program_id_program")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_time")),
    )
    with op.batch_alter_table("meeting_time", schema=None) as batch_op:
        batch_op.create_index(
            "ix_meeting_time_program_campus", ["program_id", "campus_id"], unique=False
        )
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.add_column(sa.Column("starts_at", sa.Time(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.drop_column("starts_at")
    with op.batch_alter_table("meeting_time", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_time_program_campus")
    op.drop_table("meeting_time")
