"""campus coordinators: who coordinates the program on each campus in a program year

Pay rules can pay campus coordinators (a flat amount per campus with mentees); `campus_coordinator`
records one person per campus per program year. A new table only: nothing existing changes.

Revision ID: 0015
Revises: 0014 (money: pay runs, ledger, allotment, payroll profiles)
Create Date: 2026-12-04 01:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campus_coordinator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_year_id", sa.Integer(), nullable=False),
        sa.Column("campus_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campus_id"], ["campus.id"], name=op.f("fk_campus_coordinator_campus_id_campus")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_campus_coordinator_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["program_year_id"],
            ["program_year.id"],
            name=op.f("fk_campus_coordinator_program_year_id_program_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campus_coordinator")),
        sa.UniqueConstraint(
            "program_year_id",
            "campus_id",
            name=op.f("uq_campus_coordinator_program_year_id_campus_id"),
        ),
    )
    with op.batch_alter_table("campus_coordinator", schema=None) as batch_op:
        for column in ("campus_id", "person_id", "program_year_id"):
            batch_op.create_index(
                batch_op.f(f"ix_campus_coordinator_{column}"), [column], unique=False
            )


def downgrade() -> None:
    with op.batch_alter_table("campus_coordinator", schema=None) as batch_op:
        for column in ("campus_id", "person_id", "program_year_id"):
            batch_op.drop_index(batch_op.f(f"ix_campus_coordinator_{column}"))
    op.drop_table("campus_coordinator")
