"""roster snapshots: who each roster import listed, on which campus, in which position

Retention (who stayed on the same campus, moved campus, changed role or left the district) is read
from a later year's roster. An import batch records only the rows it changed, so the people a file
listed unchanged were not kept anywhere; these two tables keep each import's picture of the
district and the date it describes. Imports made before this revision have no snapshot: their
years show "unknown" until a roster is imported again.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 18:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "roster_snapshot",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("rows_not_imported", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_roster_snapshot_batch_id_import_batch"),
        ),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_roster_snapshot")),
    )
    with op.batch_alter_table("roster_snapshot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_snapshot_as_of"), ["as_of"], unique=False)
    op.create_table(
        "roster_entry",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("campus_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["roster_snapshot.batch_id"],
            name=op.f("fk_roster_entry_batch_id_roster_snapshot"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["campus_id"], ["campus.id"], name=op.f("fk_roster_entry_campus_id_campus")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_roster_entry_person_id_person")
        ),
        sa.PrimaryKeyConstraint("batch_id", "person_id", name=op.f("pk_roster_entry")),
    )
    with op.batch_alter_table("roster_entry", schema=None) as batch_op:
        batch_op.create_index("ix_roster_entry_person", ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("roster_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_roster_entry_person")
    op.drop_table("roster_entry")
    with op.batch_alter_table("roster_snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_snapshot_as_of"))
    op.drop_table("roster_snapshot")
