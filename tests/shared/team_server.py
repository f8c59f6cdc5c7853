"""A throwaway server database set up for a team, with logins made through the real commands.

PostgreSQL's roles belong to the whole server, not one database: every login and group a test
makes is dropped after its database is.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from coordinator.cli import main
from coordinator.db.server_roles import group_names, quote
from pg_server import throwaway_database

PASSWORD = "correct-horse-battery"


@dataclass
class TeamServer:
    url: str  # the owner's (the account that ran `server setup`)
    password_file: Path
    logins: list[str] = field(default_factory=list)

    @property
    def database(self) -> str:
        return str(make_url(self.url).database)

    def url_for(self, login: str) -> str:
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)

    def login(self, role: str, *campuses: str, by: str | None = None) -> str:
        """A new login with `role` (added by the owner, or by the login `by`); its name."""
        name = f"{role[:5]}_{uuid.uuid4().hex[:8]}"
        self.logins.append(name)
        code = self.add_user(name, role, *campuses, by=by)
        assert code == 0
        return name

    def add_user(self, name: str, role: str, *campuses: str, by: str | None = None) -> int:
        if name not in self.logins:
            self.logins.append(name)
        argv = ["--db", self.url_for(by) if by else self.url, "server", "add-user", name]
        argv += ["--role", role, "--password-file", str(self.password_file)]
        if campuses:
            argv += ["--campus", *campuses]
        return main(argv)

    def owner_engine(self) -> Engine:
        return create_engine(self.url)


@contextmanager
def team_server(tmp_path: Path) -> Iterator[TeamServer]:
    password_file = tmp_path / "password.txt"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    with throwaway_database("coordinator_roles") as url:
        server = TeamServer(url, password_file)
        try:
            yield server
        finally:
            admin_url = make_url(url).set(database="postgres")
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            # The groups first: their members' memberships go with them.
            for role in [*group_names(server.database).values(), *server.logins]:
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {quote(role)}")
    finally:
        engine.dispose()
