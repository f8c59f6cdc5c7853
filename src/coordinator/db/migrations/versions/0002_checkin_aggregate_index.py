"""covering indexes for the dashboard's check-in totals by day and by mentor

The dashboard sums the year's check-in minutes per day (check-ins per month) and per mentor
(hours by mentor). Read from the table, each sum walked all 222,000 wide check-in rows of the
large demo (90 to 120 ms); these narrow indexes hold every column the sums read, so SQLite answers
them from the index alone, already in group order (23 and 29 ms).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 01:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.create_index(
            "ix_checkin_year_day_minutes", ["program_year_id", "occurred_on", "minutes"]
        )
        batch_op.create_index(
            "ix_checkin_year_mentor_minutes",
            ["program_year_id", "mentor_id", "occurred_on", "minutes"],
        )


def downgrade() -> None:
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.drop_index("ix_checkin_year_mentor_minutes")
        batch_op.drop_index("ix_checkin_year_day_minutes")
