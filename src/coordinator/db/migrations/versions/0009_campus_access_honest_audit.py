"""campuses a viewer may see; on PostgreSQL the server stamps each audit entry itself

- campus_access: one row per (database account, campus) for a viewer limited to some campuses
  (the server's row-level security reads it; `coordinator server add-user --campus`).
- On PostgreSQL a trigger sets every new audit entry's actor to the database account that
  connected (`session_user`) and its time to the server's clock, whatever the client sent: the
  audit can no longer be forged with USER=x or a wrong clock. Only the tables' owner, copying a
  whole database (`SET LOCAL coordinator.copying = 'on'`), keeps the entries it brings.
  A SQLite file keeps the local time and the operating-system account, as before.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 18:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP_FUNCTION = """
CREATE OR REPLACE FUNCTION coordinator_audit_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('coordinator.copying', true) = 'on'
       AND pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID),
                       'MEMBER') THEN
        RETURN NEW;
    END IF;
    NEW.actor := session_user;
    NEW.at := timezone('UTC', clock_timestamp());
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "campus_access",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("campus_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campus_id"],
            ["campus.id"],
            name=op.f("fk_campus_access_campus_id_campus"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campus_access")),
        sa.UniqueConstraint(
            "role_name", "campus_id", name=op.f("uq_campus_access_role_name_campus_id")
        ),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(STAMP_FUNCTION)
        op.execute(
            "CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION coordinator_audit_stamp()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_stamp ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS coordinator_audit_stamp()")
    op.drop_table("campus_access")
