"""a year that closes: when it was closed, and each mentee's completion outcome

After the last semester a coordinator closes the year: `year_close` records the day and who did
it, `mentee_outcome` each mentee's outcome (completed, not completed with the rules not met,
withdrawn, left the district with the date), the reason of any edit and whether a certificate
is printed against the outcome. New tables only: nothing existing changes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 18:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "year_close",
        sa.Column("program_year_id", sa.Integer(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_year_id"],
            ["program_year.id"],
            name=op.f("fk_year_close_program_year_id_program_year"),
        ),
        sa.PrimaryKeyConstraint("program_year_id", name=op.f("pk_year_close")),
    )
    op.create_table(
        "mentee_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_year_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "completed",
                "not_completed",
                "withdrawn",
                "left_district",
                name="mentee_outcome_kind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("rules_not_met", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("certificate", sa.Boolean(), nullable=True),
        sa.Column("certificate_reason", sa.String(length=500), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_mentee_outcome_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["program_year_id"],
            ["program_year.id"],
            name=op.f("fk_mentee_outcome_program_year_id_program_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentee_outcome")),
        sa.UniqueConstraint(
            "program_year_id",
            "person_id",
            name=op.f("uq_mentee_outcome_program_year_id_person_id"),
        ),
    )
    with op.batch_alter_table("mentee_outcome", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentee_outcome_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mentee_outcome_program_year_id"), ["program_year_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("mentee_outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentee_outcome_program_year_id"))
        batch_op.drop_index(batch_op.f("ix_mentee_outcome_person_id"))
    op.drop_table("mentee_outcome")
    op.drop_table("year_close")
