"""People, roles and an honest audit on a real PostgreSQL server.

Each person logs in as their own database role; the server itself refuses what the role may not
do (a viewer's write, a coordinator adding accounts), shows a limited viewer only their campus,
and stamps every audit entry with the account that connected and the server's own clock.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import ProgrammingError
from tests.shared.team_server import PASSWORD, TeamServer, team_server

from coordinator.cli import main
from coordinator.db.migrate import head_revision
from coordinator.db.models import AuditEntry, Campus, Checkin, Enrollment, Person, Program
from coordinator.db.opening import open_database
from coordinator.db.server import NotPermittedError
from coordinator.db.server_roles import PRIVATE_NOTES_REFUSAL, VIEWER_REFUSAL
from coordinator.errors import RefusedError
from coordinator.services.people import list_people
from coordinator.services.programs.programs import create_program
from coordinator.services.reporting.exports import export_checkins

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[TeamServer]:
    with team_server(tmp_path) as team:
        assert main(["server", "setup", team.url]) == 0
        assert main(["--db", team.url, "demo", "--scale", "small"]) == 0
        capsys.readouterr()
        yield team


def _grants_and_policies(team: TeamServer) -> list[tuple[str, ...]]:
    engine = team.owner_engine()
    try:
        with engine.connect() as conn:
            grants = conn.execute(
                text(
                    "SELECT grantee, table_name, privilege_type FROM "
                    "information_schema.role_table_grants WHERE grantee LIKE :db ORDER BY 1, 2, 3"
                ),
                {"db": f"{team.database}_%"},
            ).all()
            policies = conn.execute(
                text(
                    "SELECT tablename, policyname, array_to_string(roles, ','), cmd, qual "
                    "FROM pg_policies ORDER BY 1, 2"
                )
            ).all()
    finally:
        engine.dispose()
    return [tuple(str(v) for v in row) for row in [*grants, *policies]]


def test_setup_is_idempotent_and_says_what_it_made(
    server: TeamServer, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _grants_and_policies(server)
    assert main(["server", "setup", server.url]) == 0
    out = capsys.readouterr().out
    db = server.database
    assert out.startswith(
        f"Set up {db}: schema at revision {head_revision()}; "
        f"roles {db}_coordinator, {db}_viewer, {db}_admin."
    )
    assert _grants_and_policies(server) == before
    assert ("campus", "coordinator_viewers") in {row[:2] for row in before}
    assert (f"{db}_viewer", "person", "SELECT") in before
    assert (f"{db}_viewer", "person", "INSERT") not in before
    assert (f"{db}_coordinator", "audit_log", "DELETE") not in before  # the audit only grows


def _cli(url: str, *argv: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    """The command line as a coordinator runs it: its own process (its pool closes with it)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    if user is not None:
        env.update(USER=user, LOGNAME=user, USERNAME=user)
    return subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", url, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_viewers_write_is_refused_by_the_server_and_said_in_one_sentence(
    server: TeamServer,
) -> None:
    viewer = server.login("viewer")
    raw = create_engine(server.url_for(viewer))
    try:
        with raw.connect() as conn, pytest.raises(ProgrammingError) as refused:
            conn.execute(text("UPDATE person SET first_name = 'X'"))
        assert getattr(refused.value.orig, "sqlstate", None) == "42501"  # the server said no
    finally:
        raw.dispose()
    viewing = open_database(server.url_for(viewer))
    try:
        assert (viewing.access.role, viewing.access.can_write) == ("viewer", False)
        with pytest.raises(NotPermittedError) as said, viewing.transaction() as session:
            create_program(session, "Early Career Librarians")
        assert str(said.value) == VIEWER_REFUSAL
    finally:
        viewing.dispose()

    done = _cli(server.url_for(viewer), "program", "create", "Early Career Librarians")

    assert (done.returncode, done.stderr) == (1, f"coordinator: {VIEWER_REFUSAL}\n")
    db = open_database(server.url)
    try:
        with db.reading() as session:
            assert "Early Career Librarians" not in session.scalars(select(Program.name)).all()
    finally:
        db.dispose()


def test_a_viewer_limited_to_one_campus_sees_only_its_people_and_mentees(
    server: TeamServer, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = open_database(server.url)
    try:
        with owner.reading() as session:
            campus_id, code = session.execute(
                select(Campus.id, Campus.code).order_by(Campus.code).limit(1)
            ).one()
            theirs = set(session.scalars(select(Person.id).where(Person.campus_id == campus_id)))
            everyone = set(session.scalars(select(Person.id)))
            year_id = session.scalar(select(Enrollment.program_year_id).limit(1))
    finally:
        owner.dispose()
    assert theirs
    assert everyone - theirs
    principal = server.login("viewer", str(code))
    assert main(["--db", server.url, "server", "users"]) == 0
    listed = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert [principal, "viewer", str(code)] in listed

    db = open_database(server.url_for(principal))
    try:
        assert db.access.campuses == (str(code),)
        with db.reading() as session:
            shown = {row.id for row in list_people(session, year_id)}
            mentees = set(session.scalars(select(Enrollment.person_id)))
            checkins = [
                (c.mentor_id, {a.mentee_id for a in c.attendees})
                for c in session.scalars(select(Checkin))
            ]
            campuses = session.scalars(select(Campus.code)).all()
            audit = session.scalars(select(AuditEntry.person_id)).all()
    finally:
        db.dispose()
    assert shown == theirs
    assert mentees
    assert mentees <= theirs
    assert checkins  # each one a mentor or a mentee of theirs
    assert all(mentor in theirs or attendees & theirs for mentor, attendees in checkins)
    assert campuses == [code]
    assert all(person in theirs for person in audit)


def _last_program_entry(team: TeamServer, name: str) -> tuple[str, dt.datetime]:
    engine = team.owner_engine()
    try:
        with engine.connect() as conn:
            program_id = conn.scalar(select(Program.id).where(Program.name == name))
            actor, at = conn.execute(
                select(AuditEntry.actor, AuditEntry.at).where(
                    AuditEntry.entity == "program", AuditEntry.entity_id == program_id
                )
            ).one()
    finally:
        engine.dispose()
    return str(actor), at


def _server_now(team: TeamServer) -> dt.datetime:
    engine = team.owner_engine()
    try:
        with engine.connect() as conn:
            now = conn.scalar(text("SELECT timezone('UTC', clock_timestamp())"))
    finally:
        engine.dispose()
    assert isinstance(now, dt.datetime)
    return now


def test_the_audit_names_the_database_account_and_the_servers_time_even_with_user_forged(
    server: TeamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator = server.login("coordinator")
    for variable in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(variable, "forged")
    before = _server_now(server)
    db = open_database(server.url_for(coordinator))
    try:
        # The client's clock is 25 years wrong and its USER forged: the audit keeps the server's.
        with (
            time_machine.travel(dt.datetime(2001, 1, 1, 9, 0, tzinfo=dt.UTC), tick=False),
            db.transaction() as session,
        ):
            create_program(session, "Mentor Lab")
            session.add(AuditEntry(actor="forged", action="note", entity="program"))
    finally:
        db.dispose()
    after = _server_now(server)
    actor, at = _last_program_entry(server, "Mentor Lab")
    assert actor == coordinator
    assert before <= at <= after
    engine = server.owner_engine()
    try:
        with engine.connect() as conn:
            typed = conn.execute(select(AuditEntry.actor).where(AuditEntry.action == "note"))
            assert typed.scalars().all() == [coordinator]  # even one written by hand
    finally:
        engine.dispose()

    done = _cli(server.url_for(coordinator), "program", "create", "Mentor Studio", user="forged")
    assert done.returncode == 0, done.stderr
    assert _last_program_entry(server, "Mentor Studio")[0] == coordinator


def test_an_admin_adds_accounts_and_a_coordinator_cannot(
    server: TeamServer, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = server.login("admin")
    coordinator = server.login("coordinator")
    capsys.readouterr()

    assert server.add_user("dana_lopez", "viewer", by=admin) == 0
    assert capsys.readouterr().out == "Added dana_lopez as a viewer.\n"
    assert server.add_user("sam_ortiz", "coordinator", by=coordinator) == 1
    refusal = capsys.readouterr()
    assert refusal.err == (
        "coordinator: Your account cannot make this change (coordinator): "
        "ask an admin of this database. Nothing was changed.\n"
    )
    assert PASSWORD not in refusal.out + refusal.err

    assert main(["--db", server.url_for(coordinator), "server", "users"]) == 0
    listed = {tuple(line.split()[:2]) for line in capsys.readouterr().out.splitlines()[1:]}
    assert listed == {(admin, "admin"), (coordinator, "coordinator"), ("dana_lopez", "viewer")}
    engine = server.owner_engine()
    try:
        with engine.connect() as conn:
            stored = dict(
                conn.execute(
                    text("SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY(:n)"),
                    {"n": ["dana_lopez", "sam_ortiz"]},
                ).all()
            )
    finally:
        engine.dispose()
    assert list(stored) == ["dana_lopez"]  # the refused one was never made
    assert stored["dana_lopez"].startswith("SCRAM-SHA-256$")  # a verifier, not the password


def test_an_account_name_the_server_would_misread_is_a_usage_error(
    server: TeamServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert server.add_user("Dana Lopez", "viewer") == 2
    assert "cannot be an account name" in capsys.readouterr().err
    assert server.add_user("dana_x", "coordinator", "ELM") == 2
    assert capsys.readouterr().err == (
        "coordinator: only a viewer is limited to campuses; leave out --campus.\n"
    )
    assert server.add_user("dana_y", "viewer", "NO-SUCH") == 1
    assert "No campus has the code NO-SUCH; nothing was changed." in capsys.readouterr().err


def test_an_older_server_database_is_brought_up_to_date_only_by_its_owner(
    server: TeamServer, capsys: pytest.CaptureFixture[str]
) -> None:
    coordinator = server.login("coordinator")
    engine = server.owner_engine()
    try:
        from alembic import command

        from coordinator.db.migrate import alembic_config

        config = alembic_config()
        with engine.begin() as conn:  # as a server set up by the version before 0009 left it
            config.attributes["connection"] = conn
            command.downgrade(config, "0008")
    finally:
        engine.dispose()

    with pytest.raises(RefusedError) as refused:
        open_database(server.url_for(coordinator))
    assert "your account may not bring it up to date: whoever set up the server runs" in str(
        refused.value
    )

    assert main(["server", "setup", server.url]) == 0
    assert f"schema at revision {head_revision()}" in capsys.readouterr().out
    db = open_database(server.url_for(coordinator))
    try:
        assert db.access.role == "coordinator"
    finally:
        db.dispose()


def test_a_viewer_reads_check_ins_but_never_their_private_notes(server: TeamServer) -> None:
    viewer = server.login("viewer")
    owner = open_database(server.url)
    try:
        with owner.reading() as session:
            year_id = session.scalar(select(Checkin.program_year_id).limit(1))
            assert year_id is not None
            # the rows stream from the database: read them while the session is open
            full_rows = list(export_checkins(session, year_id, include_private_notes=True).rows)
    finally:
        owner.dispose()
    assert any(row[-1] for row in full_rows)  # the demo's mentors wrote notes

    raw = create_engine(server.url_for(viewer))
    try:
        with raw.connect() as conn, pytest.raises(ProgrammingError) as refused:
            conn.execute(text("SELECT private_notes FROM checkin"))
        assert getattr(refused.value.orig, "sqlstate", None) == "42501"
    finally:
        raw.dispose()
    db = open_database(server.url_for(viewer))
    try:
        assert not db.access.can_read_private_notes
        with db.reading() as session:
            plain = export_checkins(session, year_id)
            assert len(list(plain.rows)) == len(full_rows)  # every check-in, without the notes
            assert "Private notes" not in [c.title for c in plain.columns]
            with pytest.raises(NotPermittedError) as said:
                export_checkins(session, year_id, include_private_notes=True)
        assert str(said.value) == PRIVATE_NOTES_REFUSAL
    finally:
        db.dispose()
