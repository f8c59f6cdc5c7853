"""Who may do what on a shared PostgreSQL server: group roles, grants and row-level security.

Each database on a server gets three group roles named after it (`<database>_coordinator`,
`<database>_viewer`, `<database>_admin`), so one server can hold several districts and an
account of one never reads another. Every person logs in as their own role, a member of one
group. PostgreSQL itself enforces what each may do:

- viewer: reads everything, changes nothing; with rows in campus_access, sees only those
  campuses' people and what hangs off them (enrollments, assignments, check-ins, mentor
  profiles, import rows, audit entries), by row-level security policies;
- coordinator: reads and writes the program's records; the audit log only grows (no UPDATE
  or DELETE), and who may see which campus is not theirs to change;
- admin: what a coordinator may, and adds accounts and sets viewers' campuses (CREATEROLE on
  the login, the groups WITH ADMIN OPTION).

`apply(conn)` makes all of it, idempotently, as the tables' owner; `learn(conn)` tells an
opened database which of these the connected account is, for the window to hide what it
cannot do and for a refused write to say why in one sentence.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from sqlalchemy import Connection, text

ROLE_WORDS: Final = ("coordinator", "viewer", "admin")
VIEWER_REFUSAL: Final = "Your account can read this database but not change it (viewer)."
COORDINATOR_REFUSAL: Final = (
    "Your account cannot make this change (coordinator): ask an admin of this database."
)
PRIVATE_NOTES_REFUSAL: Final = (
    "Private notes are kept from your account (viewer): they belong to the mentor and the mentee."
)
UNKNOWN_READ_REFUSAL: Final = (
    "Your database account may not read this: ask whoever manages this server's accounts."
)
READ_ONLY_REFUSAL: Final = "This database is open read-only; reopen it normally to make changes."
UNKNOWN_REFUSAL: Final = (
    "Your database account may not make this change: ask whoever manages this server's accounts."
)

# The tables whose rows a limited viewer sees only for their campuses, and how each hangs off a
# person (whose own policy holds the campus test). A subquery on person is itself filtered by
# person's policy, so "hangs off a visible person" needs no campus test of its own.
_PERSON_VISIBLE = "EXISTS (SELECT 1 FROM person p WHERE p.id = {column})"
CAMPUS_POLICIES: Final = {
    "campus": "coordinator_campus_visible(id)",
    "person": "coordinator_campus_visible(campus_id)",
    "mentor_profile": _PERSON_VISIBLE.format(column="person_id"),
    "mentor_training": (
        "EXISTS (SELECT 1 FROM mentor_profile m WHERE m.id = profile_id)"  # via its profile
    ),
    "enrollment": _PERSON_VISIBLE.format(column="person_id"),
    "assignment": _PERSON_VISIBLE.format(column="mentee_id"),
    "checkin_attendee": _PERSON_VISIBLE.format(column="mentee_id"),
    "checkin": (
        _PERSON_VISIBLE.format(column="mentor_id")
        + " OR EXISTS (SELECT 1 FROM checkin_attendee a WHERE a.checkin_id = checkin.id)"
    ),
    "checkin_topic": "EXISTS (SELECT 1 FROM checkin c WHERE c.id = checkin_id)",
    "import_row": _PERSON_VISIBLE.format(column="person_id"),
    "audit_log": _PERSON_VISIBLE.format(column="person_id"),
    "campus_access": "role_name = session_user",
    "milestone_receipt": (
        _PERSON_VISIBLE.format(column="person_id") + " OR coordinator_campus_visible(campus_id)"
    ),
    "survey_response": _PERSON_VISIBLE.format(column="person_id"),
    "survey_answer": "EXISTS (SELECT 1 FROM survey_response r WHERE r.id = response_id)",
    "roster_entry": _PERSON_VISIBLE.format(column="person_id"),
    "meeting_time": "coordinator_campus_visible(campus_id)",
    "pay_line": _PERSON_VISIBLE.format(column="person_id"),
    # A ledger entry for no one (a training provider's invoice) is the program's, seen by all.
    "ledger_entry": "person_id IS NULL OR " + _PERSON_VISIBLE.format(column="person_id"),
    "campus_coordinator": "coordinator_campus_visible(campus_id)",
    "setting": "key <> 'checkin_workbook_secret'",  # the key that signs check-in workbooks
}
# A check-in's private notes belong to the mentor and the mentee: a viewer (who may be a mentee's
# principal) reads every other column of a check-in, never those.
PRIVATE_COLUMNS: Final = {"checkin": ("private_notes",)}
# Only the audit grows; who sees which campus is the admin's; the schema's version is the owner's.
NOT_COORDINATORS: Final = ("alembic_version", "audit_log", "campus_access")
ADMINS_ONLY: Final = ("campus_access",)

_FUNCTIONS: Final = """
CREATE OR REPLACE FUNCTION coordinator_sees_all() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM campus_access WHERE role_name = session_user)
$$;
CREATE OR REPLACE FUNCTION coordinator_campus_visible(campus integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coordinator_sees_all() OR EXISTS (
        SELECT 1 FROM campus_access WHERE role_name = session_user AND campus_id = campus)
$$;
"""

NAME_PATTERN: Final = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def local_account() -> str:
    """The operating-system account running the app (a coordinator's login, not their name)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def group_names(database: str) -> dict[str, str]:
    """The three group roles of one database, by role word."""
    return {word: f"{database}_{word}" for word in ROLE_WORDS}


def existing_roles(conn: Connection, names: Iterable[str]) -> set[str]:
    """Which of `names` are roles on the server."""
    found = conn.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": list(names)}
    )
    return {str(name) for name in found.scalars()}


def quote(name: str) -> str:
    """A role, table or database name as PostgreSQL reads an identifier."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Access:
    """What the account that opened a database may do there, in the coordinator's words.

    `role` is "coordinator", "viewer" or "admin" for an account made by `server add-user`,
    "owner" for the account that owns the tables (it set the server up), and "local" for a file.
    """

    account: str
    role: str
    can_write: bool
    campuses: tuple[str, ...] = ()

    @property
    def can_manage_accounts(self) -> bool:
        return self.role in ("admin", "owner")

    @property
    def refusal(self) -> str:
        """Why a change is refused: the sentence for a tooltip and for a refused write."""
        if self.role == "viewer":
            return VIEWER_REFUSAL
        if self.role == "coordinator":
            return COORDINATOR_REFUSAL
        if self.role == "local":
            return READ_ONLY_REFUSAL
        return UNKNOWN_REFUSAL

    @property
    def can_read_private_notes(self) -> bool:
        return self.role != "viewer"

    @property
    def read_refusal(self) -> str:
        """Why a read is refused: for a viewer, only private notes ever are."""
        return PRIVATE_NOTES_REFUSAL if self.role == "viewer" else UNKNOWN_READ_REFUSAL

    @property
    def description(self) -> str:
        """For the status bar: "dana (viewer: campuses ELM, OAK)"."""
        if self.role == "local":
            return self.account
        limit = f": campuses {', '.join(self.campuses)}" if self.campuses else ""
        return f"{self.account} ({self.role}{limit})"


def learn(conn: Connection) -> Access:
    """Which role the connected account plays in this database (PostgreSQL)."""
    row = conn.execute(
        text(
            "SELECT session_user, current_database(), "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user), "
            "to_regclass('checkin') IS NOT NULL"
        )
    ).one()
    account, database, superuser, migrated = str(row[0]), str(row[1]), bool(row[2]), bool(row[3])
    if not migrated:
        return Access(account, "owner" if superuser else "coordinator", can_write=True)
    facts = conn.execute(
        text(
            "SELECT has_table_privilege('checkin', 'INSERT'), "
            "pg_has_role(session_user, (SELECT relowner FROM pg_class "
            "WHERE oid = 'checkin'::regclass), 'MEMBER')"
        )
    ).one()
    can_write, owner = bool(facts[0]), bool(facts[1]) or superuser
    groups = group_names(database)
    existing = existing_roles(conn, groups.values())

    def member(word: str) -> bool:
        name = groups[word]
        return name in existing and bool(
            conn.execute(
                text("SELECT pg_has_role(session_user, :g, 'MEMBER')"), {"g": name}
            ).scalar()
        )

    if owner:
        role = "owner"
    elif member("admin"):
        role = "admin"
    elif can_write:
        role = "coordinator"
    else:
        role = "viewer"
    campuses = tuple(
        str(code)
        for code in conn.execute(
            text(
                "SELECT coalesce(c.code, c.name) FROM campus_access a "
                "JOIN campus c ON c.id = a.campus_id WHERE a.role_name = session_user "
                "ORDER BY 1"
            )
        ).scalars()
    )
    return Access(account, role, can_write=can_write, campuses=campuses)


def apply(conn: Connection) -> dict[str, str]:
    """Create (or bring up to date) the groups, grants and policies; return the groups by word.

    Runs as the tables' owner inside the caller's transaction; running it again changes nothing.
    """
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    groups = group_names(database)
    if any(len(name) > 63 for name in groups.values()):
        raise ValueError("database name too long for its group roles")
    g = {word: quote(name) for word, name in groups.items()}
    existing = existing_roles(conn, groups.values())
    for word, name in groups.items():
        if name not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {g[word]} NOLOGIN")
    if not conn.execute(
        text("SELECT pg_has_role(:admin, :coordinator, 'MEMBER')"),
        {"admin": groups["admin"], "coordinator": groups["coordinator"]},
    ).scalar():
        conn.exec_driver_sql(f"GRANT {g['coordinator']} TO {g['admin']}")
    everyone = ", ".join(g.values())
    tables = [
        str(t)
        for t in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
    ]
    db = quote(database)
    statements = [
        f"REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {db} TO {everyone}",
        f"GRANT TEMPORARY ON DATABASE {db} TO {g['coordinator']}",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {g['coordinator']}",
        f"GRANT INSERT ON audit_log TO {g['coordinator']}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {everyone}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT INSERT, UPDATE, DELETE ON TABLES TO {g['coordinator']}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {g['coordinator']}",
    ]
    for table in tables:
        if table in NOT_COORDINATORS:
            statements.append(
                f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {quote(table)} FROM {g['coordinator']}"
            )
        else:
            statements.append(
                f"GRANT INSERT, UPDATE, DELETE ON {quote(table)} TO {g['coordinator']}"
            )
    statements.append(f"GRANT INSERT ON audit_log TO {g['coordinator']}")
    for table in ADMINS_ONLY:
        statements.append(f"GRANT INSERT, UPDATE, DELETE ON {quote(table)} TO {g['admin']}")
    for table, private in PRIVATE_COLUMNS.items():
        statements += _viewers_without(conn, g["viewer"], table, private)
    for statement in statements:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(_FUNCTIONS)
    _policies(conn, g, [t for t in CAMPUS_POLICIES if t in tables])
    return groups


def _viewers_without(
    conn: Connection, viewer: str, table: str, private: tuple[str, ...]
) -> list[str]:
    """Statements that let viewers read every column of `table` except the `private` ones."""
    columns = [
        str(c)
        for c in conn.execute(
            text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = :t ORDER BY ordinal_position"
            ),
            {"t": table},
        ).scalars()
        if c not in private
    ]
    if not columns:
        return []
    readable = ", ".join(quote(c) for c in columns)
    return [
        f"REVOKE SELECT ON {quote(table)} FROM {viewer}",
        f"GRANT SELECT ({readable}) ON {quote(table)} TO {viewer}",
    ]


def _policies(conn: Connection, g: dict[str, str], tables: list[str]) -> None:
    """Row-level security: writers see every row; a viewer sees what their campuses allow."""
    for table in tables:
        name = quote(table)
        conn.exec_driver_sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS coordinator_writers ON {name}")
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS coordinator_viewers ON {name}")
        conn.exec_driver_sql(
            f"CREATE POLICY coordinator_writers ON {name} FOR ALL "
            f"TO {g['coordinator']}, {g['admin']} USING (true) WITH CHECK (true)"
        )
        rule = CAMPUS_POLICIES[table]
        if table not in ("campus_access", "setting"):
            rule = f"coordinator_sees_all() OR {rule}"
        conn.exec_driver_sql(
            f"CREATE POLICY coordinator_viewers ON {name} FOR SELECT TO {g['viewer']} "
            f"USING ({rule})"
        )
