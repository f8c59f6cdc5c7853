"""the database holds the invariants: one open assignment per mentee, one person per e-mail

Two coordinators working at once on a shared server could give a mentee two open mentors (two
Match all applies, two assigns) and an import twice the same people. These unique indexes make
the database itself refuse the second one, whatever the interleaving:
- at most one open assignment (end_date IS NULL) per mentee per program year;
- without an employee ID, at most one person per normalised e-mail (lower(trim(email))).

Existing duplicates are handled before the indexes are made:
- duplicate open assignments are closed deterministically, the way a reassignment would have:
  the one that started last (then the newest row) stays open, each other one ends on the day
  the kept one started, with a reason in its history and an audit entry. Which mentor is real
  is already answered by the later assignment, and refusing would lock the coordinator out of
  a database they can only fix in the app;
- duplicate people are refused with their count, and nothing is changed: merging two people
  (their enrollments, check-ins, history) is a decision a person must make, never an upgrade.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 14:40:00
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coordinator.errors import RefusedError

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLOSED_REASON = "closed on upgrade: a later assignment was open at the same time"

assignment = sa.table(
    "assignment",
    sa.column("id", sa.Integer),
    sa.column("program_year_id", sa.Integer),
    sa.column("mentee_id", sa.Integer),
    sa.column("start_date", sa.Date),
    sa.column("end_date", sa.Date),
    sa.column("end_reason", sa.String),
    sa.column("version", sa.Integer),
)
audit_log = sa.table(
    "audit_log",
    sa.column("at", sa.DateTime),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("before", sa.JSON),
    sa.column("after", sa.JSON),
)
person = sa.table(
    "person",
    sa.column("employee_id", sa.String),
    sa.column("email", sa.String),
)
NORMALISED_EMAIL = sa.func.lower(sa.func.trim(person.c.email))


def _refuse_duplicate_people(conn: sa.Connection) -> None:
    groups = (
        sa.select(NORMALISED_EMAIL, sa.func.count().label("n"))
        .where(person.c.employee_id.is_(None), person.c.email.is_not(None))
        .group_by(NORMALISED_EMAIL)
        .having(sa.func.count() > 1)
        .subquery()
    )
    found = conn.execute(sa.select(sa.func.count(), sa.func.sum(groups.c.n))).one()
    if found[0]:
        raise RefusedError(
            f"This database has {found[1]} people without an employee ID who share "
            f"{found[0]} e-mail addresses, so this version cannot make e-mail a person's key. "
            "Nothing was changed. Open it with the previous version of Coordinator and give "
            "each of them an employee ID or their own e-mail address, then open it here again."
        )


def _close_duplicate_open_assignments(conn: sa.Connection) -> int:
    rows = conn.execute(
        sa.select(
            assignment.c.id,
            assignment.c.program_year_id,
            assignment.c.mentee_id,
            assignment.c.start_date,
        )
        .where(assignment.c.end_date.is_(None))
        .order_by(
            assignment.c.program_year_id,
            assignment.c.mentee_id,
            assignment.c.start_date.desc(),
            assignment.c.id.desc(),
        )
    ).all()
    kept: dict[tuple[int, int], dt.date] = {}
    closed = 0
    stamp = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for row_id, year_id, mentee_id, start in rows:
        key = (year_id, mentee_id)
        if key not in kept:
            kept[key] = start
            continue
        ends = kept[key]
        conn.execute(
            sa.update(assignment)
            .where(assignment.c.id == row_id)
            .values(end_date=ends, end_reason=CLOSED_REASON, version=assignment.c.version + 1)
        )
        conn.execute(
            sa.insert(audit_log).values(
                at=stamp,
                actor="upgrade",
                action="end",
                entity="assignment",
                entity_id=row_id,
                person_id=mentee_id,
                before={"end_date": None, "end_reason": None},
                after={"end_date": ends.isoformat(), "end_reason": CLOSED_REASON},
            )
        )
        closed += 1
    return closed


def upgrade() -> None:
    conn = op.get_bind()
    _refuse_duplicate_people(conn)
    _close_duplicate_open_assignments(conn)
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(
            "uq_assignment_one_open",
            ["program_year_id", "mentee_id"],
            unique=True,
            sqlite_where=sa.text("end_date IS NULL"),
            postgresql_where=sa.text("end_date IS NULL"),
        )
    where = sa.text("employee_id IS NULL AND email IS NOT NULL")
    op.create_index(
        "uq_person_email_without_id",
        "person",
        [sa.text("lower(trim(email))")],
        unique=True,
        sqlite_where=where,
        postgresql_where=where,
    )


def downgrade() -> None:
    op.drop_index("uq_person_email_without_id", table_name="person")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index("uq_assignment_one_open")
