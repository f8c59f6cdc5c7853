"""A shared server's people: set the server up, add an account, list who may do what.

Each person gets their own PostgreSQL login, a member of one of the database's groups
(db/server_roles.py): the server itself then refuses what their role may not do, and the audit
names them. A password goes to the server only as a SCRAM verifier computed here (what psql's
\\password sends), so it is never in a statement, a log line or the server's log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from coordinator.db import server_roles
from coordinator.db.engine import Database
from coordinator.db.migrate import head_revision
from coordinator.db.server import NotPermittedError
from coordinator.db.server_roles import (
    NAME_PATTERN,
    ROLE_WORDS,
    existing_roles,
    group_names,
    quote,
)
from coordinator.errors import CoordinatorError, NotFoundError, RefusedError

MIN_PASSWORD = 8


class AccountNameError(CoordinatorError):
    """A name PostgreSQL would not read as a plain account name (exit 2: fix and retry)."""

    exit_code = 2


@dataclass(frozen=True)
class SetupDone:
    database: str
    groups: dict[str, str]
    revision: str


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    campuses: tuple[str, ...]


@dataclass(frozen=True)
class AddedAccount:
    account: Account
    existing_login: bool  # the login was already on the server (another district's): kept as is


def _server_only(db: Database) -> None:
    if db.is_sqlite:
        raise RefusedError(
            f"{db.display_name} is a file on this computer: accounts and roles are for a "
            "shared PostgreSQL server (give its postgresql+psycopg:// URL)."
        )


def setup_server(db: Database) -> SetupDone:
    """Groups, grants and campus policies for `db` (already migrated by opening it as owner)."""
    _server_only(db)
    try:
        with db.engine.begin() as conn:
            groups = server_roles.apply(conn)
            database = str(conn.execute(text("SELECT current_database()")).scalar())
    except NotPermittedError:
        raise RefusedError(
            "Only the account that owns this database and may create roles (the server's "
            "administrator, or an owner with CREATEROLE) can set it up; nothing was changed."
        ) from None
    except ValueError:
        raise RefusedError(
            "The database's name is too long for its group roles (at most 51 characters); "
            "nothing was changed."
        ) from None
    return SetupDone(database, groups, head_revision())


def check_name(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name):
        raise AccountNameError(
            f"{name!r} cannot be an account name: use lowercase letters, digits and _ "
            "(starting with a letter), at most 63 characters, e.g. dana_lopez."
        )
    return name


def login_exists(db: Database, name: str) -> bool:
    _server_only(db)
    with db.engine.connect() as conn:
        return _login_exists(conn, name)


def _login_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def add_account(
    db: Database,
    name: str,
    role: str,
    *,
    password: str | None,
    campuses: Sequence[str] = (),
) -> AddedAccount:
    """Create `name`'s login (unless the server has it) as a member of `role`'s group.

    `campuses` (codes) limit a viewer to those campuses. All of it happens in one transaction:
    a refusal (a coordinator may not add people, an unknown campus) leaves nothing behind.
    """
    _server_only(db)
    check_name(name)
    if role not in ROLE_WORDS:
        raise AccountNameError(f"{role!r} is not a role: use coordinator, viewer or admin.")
    if campuses and role != "viewer":
        raise AccountNameError("Only a viewer is limited to campuses; leave out --campus.")
    try:
        with db.engine.begin() as conn:
            return _add(conn, name, role, password, campuses)
    except NotPermittedError as exc:
        raise RefusedError(f"{exc} Nothing was changed.") from None


def _add(
    conn: Connection, name: str, role: str, password: str | None, campuses: Sequence[str]
) -> AddedAccount:
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    groups = group_names(database)
    _refuse_unless_set_up(conn, database, groups)
    campus_ids = _campus_ids(conn, campuses)
    existing = _login_exists(conn, name)
    if existing:
        held = _accounts(conn, groups, only=name)
        if held:
            raise RefusedError(
                f"{name} already has an account on {database} ({held[0].role}); "
                "nothing was changed."
            )
    else:
        if password is None or len(password) < MIN_PASSWORD:
            raise RefusedError(
                f"A password needs at least {MIN_PASSWORD} characters; nothing was changed."
            )
        verifier = _verifier(conn, name, password)
        extra = " CREATEROLE" if role == "admin" else ""
        conn.exec_driver_sql(f"CREATE ROLE {quote(name)} LOGIN{extra} PASSWORD '{verifier}'")
    if role == "admin":  # may add people: every group, with the right to hand it on
        if existing:
            conn.exec_driver_sql(f"ALTER ROLE {quote(name)} CREATEROLE")
        for word in ("admin", "coordinator", "viewer"):
            conn.exec_driver_sql(f"GRANT {quote(groups[word])} TO {quote(name)} WITH ADMIN OPTION")
    else:
        conn.exec_driver_sql(f"GRANT {quote(groups[role])} TO {quote(name)}")
    for campus_id in campus_ids:
        conn.execute(
            text("INSERT INTO campus_access (role_name, campus_id) VALUES (:n, :c)"),
            {"n": name, "c": campus_id},
        )
    return AddedAccount(Account(name, role, tuple(sorted(campuses))), existing_login=existing)


def _refuse_unless_set_up(conn: Connection, database: str, groups: dict[str, str]) -> None:
    if existing_roles(conn, groups.values()) != set(groups.values()):
        raise RefusedError(
            f"{database} is not set up for accounts yet: its owner runs "
            "`coordinator server setup URL` first."
        )


def _verifier(conn: Connection, name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier libpq computes for `password` (the password never leaves)."""
    pgconn = conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    return bytes(verifier).decode("ascii")


def _campus_ids(conn: Connection, codes: Sequence[str]) -> list[int]:
    if not codes:
        return []
    rows = conn.execute(
        text("SELECT code, id FROM campus WHERE code = ANY(:codes)"), {"codes": list(codes)}
    ).all()
    found = {str(code): int(campus_id) for code, campus_id in rows}
    missing = [c for c in codes if c not in found]
    if missing:
        raise NotFoundError(
            f"No campus has the code {', '.join(missing)}; nothing was changed. "
            "Campus codes are the ones in the roster (see the People page's campus filter)."
        )
    return [found[c] for c in dict.fromkeys(codes)]


def list_accounts(db: Database) -> list[Account]:
    """Everyone with a login on this database, by name, with their role and campuses."""
    _server_only(db)
    with db.engine.connect() as conn:
        database = str(conn.execute(text("SELECT current_database()")).scalar())
        groups = group_names(database)
        _refuse_unless_set_up(conn, database, groups)
        return _accounts(conn, groups)


def _accounts(
    conn: Connection, groups: dict[str, str], *, only: str | None = None
) -> list[Account]:
    word_of = {name: word for word, name in groups.items()}
    rows = conn.execute(
        text(
            "SELECT r.rolname, g.rolname FROM pg_auth_members m "
            "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE g.rolname = ANY(:groups) AND r.rolcanlogin ORDER BY 1"
        ),
        {"groups": list(groups.values())},
    ).all()
    roles: dict[str, set[str]] = {}
    for member, group in rows:
        if only is None or member == only:
            roles.setdefault(str(member), set()).add(word_of[str(group)])
    campuses: dict[str, list[str]] = {}
    for member, code in conn.execute(
        text(
            "SELECT a.role_name, coalesce(c.code, c.name) FROM campus_access a "
            "JOIN campus c ON c.id = a.campus_id ORDER BY 1, 2"
        )
    ).all():
        campuses.setdefault(str(member), []).append(str(code))
    return [
        Account(name, _strongest(words), tuple(campuses.get(name, ())))
        for name, words in roles.items()
    ]


def _strongest(words: set[str]) -> str:
    return next(word for word in ("admin", "coordinator", "viewer") if word in words)
