"""mapping profiles keep a date order: how dates like 03/04/2025 are read with the mapping

`mapping_profile.date_order` is "mdy", "dmy" or NULL (not said: such dates are problems unless
the file's other rows settle them). Existing profiles have none.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 01:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mapping_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("date_order", sa.String(length=3), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mapping_profile", schema=None) as batch_op:
        batch_op.drop_column("date_order")
