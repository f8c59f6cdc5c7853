"""training in three parts, and who is a beginning teacher

TEC §21.458(b)(1)-(2) asks for two trainings before the year (the commissioner-approved one and
the district's own) and (b-1) supplemental training during it: each `mentor_training` row gets
its kind (existing rows were the approved training the pack asked for), provider and minutes.
19 TAC §153.1011(a)(1) defines a beginning teacher by years of experience: `person` gets
`years_experience`, and `enrollment` the reason a mentee who is not one is kept anyway.
The shipped Texas pack gains the keys that hold these rules, where it lacks them. It follows
0012 (designated meeting times).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 10:55:00
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXAS_MPA = "Texas Mentor Program Allotment"
NEW_TEXAS_RULES: dict[str, Any] = {
    "mentor_district_training_before_year": True,
    "supplemental_training_hours": 6,
    "staff_training_before_year": True,
    "beginning_teacher_years_below": 2,
}


def upgrade() -> None:
    with op.batch_alter_table("mentor_training", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind",
                sa.Enum(
                    "approved",
                    "district",
                    "supplemental",
                    name="training_kind",
                    native_enum=False,
                    length=24,
                ),
                nullable=False,
                server_default="approved",
            )
        )
        batch_op.add_column(sa.Column("provider", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("minutes", sa.Integer(), nullable=True))
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("years_experience", sa.Integer(), nullable=True))
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("eligibility_override", sa.Text(), nullable=True))
    _add_texas_rules()


def _add_texas_rules() -> None:
    packs = sa.table(
        "rule_pack",
        sa.column("id", sa.Integer()),
        sa.column("name", sa.String()),
        sa.column("rules", sa.JSON()),
        sa.column("builtin", sa.Boolean()),
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(packs.c.id, packs.c.rules).where(
            packs.c.name == TEXAS_MPA, packs.c.builtin.is_(True)
        )
    ).all()
    for pack_id, rules in rows:
        current = json.loads(rules) if isinstance(rules, str) else dict(rules or {})
        missing = {k: v for k, v in NEW_TEXAS_RULES.items() if k not in current}
        if missing:
            conn.execute(
                packs.update().where(packs.c.id == pack_id).values(rules={**current, **missing})
            )


def downgrade() -> None:
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_column("eligibility_override")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("years_experience")
    with op.batch_alter_table("mentor_training", schema=None) as batch_op:
        batch_op.drop_column("minutes")
        batch_op.drop_column("provider")
        batch_op.drop_column("kind")
