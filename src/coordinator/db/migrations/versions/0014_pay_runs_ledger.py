"""money: pay runs and their lines, the allotment ledger and budget, payroll profiles

Mentor stipends are settled from the logs in pay runs (`pay_run`, `pay_line`; a locked run never
changes, a reversing run undoes one), release time and training-provider costs are ledger entries
(`ledger_entry`), a program year's allotment is `allotment_budget`, and the columns payroll loads
are saved as `payroll_profile`. Amounts are integer cents. New tables only: nothing existing
changes.

Revision ID: 0014
Revises: 0013 (training in three parts, who is a beginning teacher)
Create Date: 2026-12-03 10:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _year_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["program_year_id"],
        ["program_year.id"],
        name=op.f(f"fk_{table}_program_year_id_program_year"),
    )


def upgrade() -> None:
    op.create_table(
        "pay_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_year_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reverses_run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=100), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=True),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _year_fk("pay_run"),
        sa.ForeignKeyConstraint(
            ["reverses_run_id"], ["pay_run.id"], name=op.f("fk_pay_run_reverses_run_id_pay_run")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_run")),
    )
    with op.batch_alter_table("pay_run", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pay_run_program_year_id"), ["program_year_id"], unique=False
        )
    op.create_table(
        "pay_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("for_period", sa.String(length=20), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=2000), nullable=False),
        sa.Column("missing", sa.String(length=1000), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("mentees", sa.Integer(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_pay_line_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["pay_run.id"], name=op.f("fk_pay_line_run_id_pay_run")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_line")),
    )
    with op.batch_alter_table("pay_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pay_line_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pay_line_run_id"), ["run_id"], unique=False)
    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_year_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("substitute_half_days", sa.Integer(), nullable=False),
        sa.Column("release_minutes", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("account_code", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_ledger_entry_person_id_person")
        ),
        _year_fk("ledger_entry"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_entry_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_ledger_entry_program_year_id"), ["program_year_id"], unique=False
        )
    op.create_table(
        "allotment_budget",
        sa.Column("program_year_id", sa.Integer(), nullable=False),
        sa.Column("per_teacher_cents", sa.Integer(), nullable=True),
        sa.Column("teacher_count", sa.Integer(), nullable=True),
        sa.Column("fixed_cents", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _year_fk("allotment_budget"),
        sa.PrimaryKeyConstraint("program_year_id", name=op.f("pk_allotment_budget")),
    )
    op.create_table(
        "payroll_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payroll_profile")),
        sa.UniqueConstraint("name", name=op.f("uq_payroll_profile_name")),
    )


def downgrade() -> None:
    op.drop_table("payroll_profile")
    op.drop_table("allotment_budget")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entry_program_year_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entry_person_id"))
    op.drop_table("ledger_entry")
    with op.batch_alter_table("pay_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pay_line_run_id"))
        batch_op.drop_index(batch_op.f("ix_pay_line_person_id"))
    op.drop_table("pay_line")
    with op.batch_alter_table("pay_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pay_run_program_year_id"))
    op.drop_table("pay_run")
