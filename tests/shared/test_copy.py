"""`coordinator copy` between a SQLite file and a real PostgreSQL server, and server backups.

The demo district goes SQLite -> PostgreSQL -> SQLite and comes back with every table identical
(read raw from the file, not through the copy's own checksums); a copy onto a database holding
data is refused and writes nothing; a copy whose rows arrive altered is detected and rolled back.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coordinator.cli import main
from coordinator.db.migrate import head_revision
from coordinator.db.models import Campus
from coordinator.db.opening import open_database
from coordinator.errors import UnreadableInputError
from coordinator.services.safety.copying import (
    Place,
    compare,
    copy_database,
    table_checks,
)

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo district, written once for the module (tests copy it, never change it)."""
    path = tmp_path_factory.mktemp("demo") / "district.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture(scope="module")
def small_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo district, for the tests that copy it several times."""
    path = tmp_path_factory.mktemp("small") / "small.sqlite"
    assert main(["--db", str(path), "demo", "--scale", "small"]) == 0
    return path


def raw_tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table of a SQLite file exactly as stored, rows in key order."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            n: sorted((_decoded(r) for r in conn.execute(f'SELECT * FROM "{n}"')), key=repr)
            for n in names
        }


def _decoded(row: tuple[object, ...]) -> tuple[object, ...]:
    """A row with its JSON text read as JSON: the importer writes "Saldaña" as it is, SQLAlchemy
    writes it escaped; the same value either way."""
    found: list[object] = []
    for value in row:
        if isinstance(value, str) and value[:1] in "{[":
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        found.append(value)
    return tuple(found)


def server_checks(url: str) -> list[object]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(table_checks(conn))
    finally:
        engine.dispose()


def test_round_trip_gives_identical_tables(
    demo_file: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    back = tmp_path / "back.sqlite"
    assert main(["copy", "--from", str(demo_file), "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert re.search(r"1,529 people, 13,493 check-ins and \d+ tables verified", out)
    assert main(["copy", "--from", pg_url, "--to", str(back)]) == 0
    capsys.readouterr()

    original, returned = raw_tables(demo_file), raw_tables(back)
    assert original.keys() == returned.keys()
    for name in original:
        assert returned[name] == original[name], name
    assert sum(len(rows) for rows in original.values()) > 50_000
    assert back.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob(".*"))  # no temporary file or journal left beside it

    # The server is a working Coordinator database: its revision is the app's, and new rows
    # take ids after the copied ones (its sequences were moved on).
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
        highest = conn.scalar(text("SELECT max(id) FROM campus"))
    engine.dispose()
    db = open_database(pg_url)
    with db.transaction() as session:
        campus = Campus(name="Copied Later Elementary")
        session.add(campus)
        session.flush()
        assert campus.id == highest + 1
    db.dispose()


def test_copy_onto_data_is_refused_and_writes_nothing(
    small_file: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["copy", "--from", str(small_file), "--to", pg_url]) == 0
    capsys.readouterr()
    before = server_checks(pg_url)
    other = tmp_path / "other.sqlite"
    db = open_database(other)
    with db.transaction() as session:
        session.add(Campus(name="Only Campus"))
    db.dispose()
    other_bytes = other.read_bytes()

    assert main(["copy", "--from", str(other), "--to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "already holds a Coordinator database with data; nothing was written" in err
    assert "--replace" in err
    assert server_checks(pg_url) == before

    assert main(["copy", "--from", pg_url, "--to", str(other)]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert other.read_bytes() == other_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "other.sqlite"]

    # With --replace it is replaced, and what it held is backed up first.
    assert main(["copy", "--from", str(other), "--to", pg_url, "--replace"]) == 0
    out = capsys.readouterr().out
    assert "What " in out
    assert "held before was backed up to" in out
    saved = Path(out.rsplit(" to ", 1)[1].strip().rstrip("."))
    assert raw_tables(saved)["campus"] == raw_tables(small_file)["campus"]
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM campus")).scalars().all() == ["Only Campus"]
        assert conn.scalar(text("SELECT count(*) FROM person")) == 0
    engine.dispose()


def test_rows_altered_on_the_way_are_detected_and_rolled_back(
    demo_file: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A server that changes what it is given (here a trigger) fails the copy's check."""
    open_database(pg_url).dispose()  # the schema, empty
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE FUNCTION shout() RETURNS trigger AS $$ BEGIN "
            "NEW.first_name := upper(NEW.first_name); RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER shout BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION shout()"
        )
    assert main(["copy", "--from", str(demo_file), "--to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "did not verify (person: same number of rows, different contents)" in err
    assert "nothing was written there" in err
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM person")) == 0
        assert conn.scalar(text("SELECT count(*) FROM campus")) == 0
    engine.dispose()


def test_a_changed_row_in_a_copy_fails_the_comparison(small_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    result = copy_database(str(small_file), str(copy))
    with contextlib.closing(sqlite3.connect(copy)) as conn, conn:
        conn.execute("UPDATE checkin SET minutes = minutes + 1 WHERE id = 7")
    engine = create_engine(f"sqlite:///{copy}")
    with engine.connect() as conn:
        found = table_checks(conn)
    engine.dispose()
    assert compare(result.tables, found) == ["checkin: same number of rows, different contents"]
    with contextlib.closing(sqlite3.connect(copy)) as conn, conn:
        conn.execute("DELETE FROM checkin_topic WHERE checkin_id = 7")
    engine = create_engine(f"sqlite:///{copy}")
    with engine.connect() as conn:
        found = table_checks(conn)
    engine.dispose()
    problems = compare(result.tables, found)
    assert problems[1].startswith("checkin_topic: ")
    assert "in the copy" in problems[1]


def test_server_backup_and_restore(
    small_file: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_database(str(small_file), pg_url)
    saved = tmp_path / "server-backup.sqlite"
    assert main(["--db", pg_url, "backup", "-o", str(saved)]) == 0
    assert re.search(r"people, [\d,]+ check-ins and \d+ tables verified", capsys.readouterr().out)
    assert raw_tables(saved) == raw_tables(small_file)
    before = server_checks(pg_url)

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM checkin_attendee"))
    engine.dispose()
    assert server_checks(pg_url) != before

    assert main(["--db", pg_url, "restore", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "Restored " in out
    assert "The state before the restore was saved to" in out
    assert "--before-restore.sqlite" in out
    assert server_checks(pg_url) == before


def test_unreachable_server_and_missing_rights_are_said_in_words(
    small_file: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = make_url(pg_url).set(host="127.0.0.1", port=1).render_as_string(False)
    assert main(["copy", "--from", str(small_file), "--to", nowhere]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("coordinator: Cannot copy: the database server is unreachable")
    assert err.endswith("nothing was written.")
    assert "\n" not in err

    missing = make_url(pg_url).set(database="no_such_program").render_as_string(False)
    assert main(["copy", "--from", str(small_file), "--to", missing]) == 1
    assert "There is no database no_such_program on the server" in capsys.readouterr().err

    with _role_without_rights(pg_url) as limited:
        assert main(["copy", "--from", str(small_file), "--to", limited]) == 1
        err = capsys.readouterr().err
        assert "Your database account may not make this change" in err
    assert Place.named(pg_url).display.startswith("postgresql+psycopg://")


@contextlib.contextmanager
def _role_without_rights(pg_url: str) -> Iterator[str]:
    role = f"reader_{uuid.uuid4().hex[:8]}"
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        yield make_url(pg_url).set(username=role).render_as_string(False)
    finally:
        with engine.connect() as conn:
            database = make_url(pg_url).database
            conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE usename = '{role}' AND datname = '{database}'"
            )
            conn.exec_driver_sql(f"DROP ROLE {role}")
        engine.dispose()


def test_refuses_the_same_database_and_what_is_not_a_database(
    small_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["copy", "--from", str(small_file), "--to", str(small_file)]) == 1
    assert "the same database" in capsys.readouterr().err
    with pytest.raises(UnreadableInputError, match="There is no database at"):
        copy_database(str(tmp_path / "missing.sqlite"), str(tmp_path / "to.sqlite"))
    assert not (tmp_path / "to.sqlite").exists()
