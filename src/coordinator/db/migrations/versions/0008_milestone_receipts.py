"""milestones: the documents a coordinator ticks received, and the shipped packs' timelines

Milestones are rule-pack data (`rules.milestones`); they tick themselves from the records that
meet them, except a document, whose day of receipt is the one thing stored (milestone_receipt).
The shipped packs gain their milestones where a database made before them lacks the key: a pack
the coordinator has already given milestones (or emptied them) is left as it is.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-02 19:05:00
"""

import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHIPPED = {
    "Texas Mentor Program Allotment": "TEXAS_MILESTONES",
    "Local program": "LOCAL_MILESTONES",
}


def upgrade() -> None:
    op.create_table(
        "milestone_receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_year_id", sa.Integer(), nullable=False),
        sa.Column("milestone_key", sa.String(length=100), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("campus_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("ticked_at", sa.DateTime(), nullable=False),
        sa.Column("ticked_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["campus_id"], ["campus.id"], name=op.f("fk_milestone_receipt_campus_id_campus")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_milestone_receipt_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["program_year_id"],
            ["program_year.id"],
            name=op.f("fk_milestone_receipt_program_year_id_program_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone_receipt")),
    )
    op.create_index(
        op.f("ix_milestone_receipt_program_year_id"), "milestone_receipt", ["program_year_id"]
    )
    op.create_index(
        "uq_milestone_receipt",
        "milestone_receipt",
        [
            "program_year_id",
            "milestone_key",
            sa.text("coalesce(person_id, 0)"),
            sa.text("coalesce(campus_id, 0)"),
        ],
        unique=True,
    )
    _add_shipped_milestones()
    # The database's own calendar id: the .ics exports' UIDs stay the same from one to the next.
    settings = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.JSON))
    op.get_bind().execute(
        sa.insert(settings).values(key="calendar_uid_domain", value=uuid.uuid4().hex)
    )


def _add_shipped_milestones() -> None:
    from coordinator.services.milestones import shipped

    conn = op.get_bind()
    packs = sa.table(
        "rule_pack",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("rules", sa.JSON),
        sa.column("builtin", sa.Boolean),
    )
    for pack_id, name, rules in conn.execute(
        sa.select(packs.c.id, packs.c.name, packs.c.rules).where(packs.c.builtin.is_(True))
    ):
        if name not in SHIPPED:
            continue
        rules = json.loads(rules) if isinstance(rules, str) else dict(rules or {})
        if "milestones" in rules:
            continue
        rules["milestones"] = getattr(shipped, SHIPPED[name])
        conn.execute(sa.update(packs).where(packs.c.id == pack_id).values(rules=rules))


def downgrade() -> None:
    op.execute("DELETE FROM setting WHERE key = 'calendar_uid_domain'")
    op.drop_index("uq_milestone_receipt", table_name="milestone_receipt")
    op.drop_index(op.f("ix_milestone_receipt_program_year_id"), table_name="milestone_receipt")
    op.drop_table("milestone_receipt")
