"""A network that fails: a server that never answers, one that is gone, one killed mid-save.

Each failure is one sentence (the command line prints it and exits 1; the window shows it) and
the next action reconnects by itself.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url
from tests.shared.flaky_server import FlakyServer

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Campus
from coordinator.db.opening import open_database
from coordinator.db.server import CONNECT_TIMEOUT_S, ServerUnreachableError
from coordinator.tools.os_words import failure_words

pytestmark = pytest.mark.postgres

SILENT = "the database server did not answer"
GONE = "the database server is unreachable"


@pytest.fixture
def silent_server() -> Iterator[FlakyServer]:
    server = FlakyServer()  # accepts, then says nothing
    yield server
    server.close()


def _through(server: FlakyServer, url: str) -> str:
    parsed = make_url(url)
    return parsed.set(host="127.0.0.1", port=server.port).render_as_string(hide_password=False)


def test_a_server_that_never_answers_is_named_within_seconds(silent_server: FlakyServer) -> None:
    url = f"postgresql+psycopg://coordinator@{silent_server.host_port}/district"
    started = time.monotonic()
    with pytest.raises(ServerUnreachableError) as caught:
        open_database(url)
    assert time.monotonic() - started < CONNECT_TIMEOUT_S + 3
    assert str(caught.value) == (
        f"Cannot finish: {SILENT}. Check the network (or VPN) connection and try again; "
        "a change you were making was not saved."
    )


def test_the_command_line_says_so_in_one_line(
    silent_server: FlakyServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql+psycopg://coordinator@{silent_server.host_port}/district"
    assert main(["--db", url, "status", "--program", "Teacher Induction", "--year", "2025-26"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"coordinator: Cannot finish: {SILENT}.")
    assert "Traceback" not in err


def test_a_server_that_is_gone_is_named(pg_url: str) -> None:
    upstream = make_url(pg_url)
    server = FlakyServer((str(upstream.host), int(upstream.port or 5432)))
    try:
        db = open_database(_through(server, pg_url))
        server.go_down()
        with pytest.raises(ServerUnreachableError, match=GONE), db.reading() as session:
            session.scalar(select(func.count()).select_from(Campus))
        server.restore()
        with db.reading() as session:  # the next action reconnects
            assert session.scalar(select(func.count()).select_from(Campus)) == 0
        db.dispose()
    finally:
        server.close()


def _save_two_campuses_killed_between(db: Database, admin: Engine) -> None:
    with db.transaction() as session:
        session.add(Campus(name="Bluebonnet Elementary"))
        session.flush()
        backend = session.scalar(text("SELECT pg_backend_pid()"))
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        session.add(Campus(name="Cedar Middle"))
        session.flush()


def test_a_server_killed_mid_save_loses_nothing_and_reconnects(pg_url: str) -> None:
    db = open_database(pg_url)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(ServerUnreachableError, match=GONE):
            _save_two_campuses_killed_between(db, admin)
        with db.transaction() as session:  # the next action reconnects, nothing half-saved
            assert session.scalar(select(func.count()).select_from(Campus)) == 0
            session.add(Campus(name="Bluebonnet Elementary"))
        with db.reading() as session:
            assert session.scalars(select(Campus.name)).all() == ["Bluebonnet Elementary"]
    finally:
        admin.dispose()
        db.dispose()


def test_a_statement_that_runs_away_is_stopped(pg_url: str) -> None:
    db = open_database(pg_url + "?options=-c%20statement_timeout%3D300")
    try:
        started = time.monotonic()
        with pytest.raises(ServerUnreachableError, match=SILENT), db.reading() as session:
            session.execute(text("SELECT pg_sleep(10)"))
        assert time.monotonic() - started < 5
    finally:
        db.dispose()


def test_connections_carry_timeouts_and_keepalives(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "1min"
            raw = conn.connection.dbapi_connection
            assert raw is not None
            dsn = raw.info.dsn  # type: ignore[attr-defined]
        for setting in ("connect_timeout=5", "keepalives=1", "keepalives_idle=30"):
            assert setting in dsn
    finally:
        db.dispose()


def test_os_words_name_a_driver_failure_wherever_it_surfaces() -> None:
    import psycopg

    assert failure_words(psycopg.OperationalError("connection timeout expired")) == (
        f"Cannot finish: {SILENT}. Check the network (or VPN) connection and try again; "
        "a change you were making was not saved."
    )
    refused = psycopg.OperationalError("connection failed: Connection refused")
    assert failure_words(refused) is not None
    assert GONE in str(failure_words(refused))
    assert failure_words(psycopg.errors.UniqueViolation("duplicate")) is None
