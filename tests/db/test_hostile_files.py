"""Opening, checking or initialising a file that lies: refused in words, and not a byte changed."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from coordinator import paths
from coordinator.cli import main
from coordinator.db.engine import DatabaseTooNewError, NotADatabaseError, make_engine, to_url
from coordinator.db.migrate import alembic_config
from coordinator.db.opening import open_database
from coordinator.db.schema_signature import APPLICATION_ID
from coordinator.services.safety.open_checks import OpenStatus, assess
from hostile_files import (
    add_trigger,
    attendance_and_emails,
    damage,
    foreign_schema_file,
    page_of,
    rollback_mode,
    sha256,
)
from safety.population import populate


def ours(path: Path, people: int = 12, checkins: int = 6) -> Path:
    db = open_database(path)
    populate(db, people, checkins)
    db.dispose()
    return rollback_mode(path)


def refused_everywhere(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Open for writing, open read-only, `init`, `check` and the window's assessment all refuse.

    Returns the message; the caller checks it, and that the file did not change.
    """
    with pytest.raises(NotADatabaseError) as refused:
        open_database(path)
    with pytest.raises(NotADatabaseError):
        open_database(path, read_only=True)
    for cli in ("init", "check"):
        assert main(["--db", str(path), cli]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert str(refused.value) in err
    assessment = assess(path)
    assert assessment.status is OpenStatus.NOT_COORDINATOR
    assert not assessment.can_open
    return str(refused.value)


def test_a_file_with_an_added_trigger_is_refused_and_the_trigger_never_runs(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The trigger would run when opening migrates the file (it updates alembic_version)."""
    engine = make_engine(to_url(str(db_path)))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")  # an older file: opening it would migrate it
    engine.dispose()
    with contextlib.closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(
            "INSERT INTO person (employee_id, first_name, last_name, email, status, created_at, "
            "updated_at, version) VALUES ('004512', 'Ana', 'Lee', 'ana@isd.example', 'active', "
            "'2025-08-01', '2025-08-01', 1)"
        )
    add_trigger(db_path, "wipe_on_upgrade", "AFTER UPDATE ON alembic_version")
    before = sha256(db_path)

    message = refused_everywhere(db_path, capsys)

    assert message == (
        f"{db_path} has an extra trigger named wipe_on_upgrade on the table alembic_version; "
        "it is not a Coordinator database or it was altered. Nothing was changed."
    )
    assert sha256(db_path) == before
    assert attendance_and_emails(db_path) == (0, ["ana@isd.example"])
    assert not list(paths.backup_dir().iterdir())  # no backup before a migration: none ran


def test_another_programs_tables_behind_a_coordinator_stamp_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = foreign_schema_file(tmp_path / "recipes.sqlite")
    before = sha256(path)
    message = refused_everywhere(path, capsys)
    # The count of other differences grows with every table the schema gains.
    assert re.match(
        re.escape(
            f"{path} has an extra table named recipes, no table named allotment_budget, no "
            "table named assignment and "
        )
        + r"\d+ other differences;",
        message,
    )
    assert message.endswith(
        "it is not a Coordinator database or it was altered. Nothing was changed."
    )
    assert sha256(path) == before


def test_a_file_marked_as_another_programs_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA application_id = 1598903374")  # "Fsl" + 0x4e: someone else's
    before = sha256(db_path)
    message = refused_everywhere(db_path, capsys)
    assert "not a Coordinator one (it is marked as another program's file)" in message
    assert sha256(db_path) == before


def test_a_newer_file_is_refused_untouched(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = sha256(db_path)
    for read_only in (False, True):
        with pytest.raises(DatabaseTooNewError, match="newer version of Coordinator"):
            open_database(db_path, read_only=read_only)
    for cli in ("init", "check"):
        assert main(["--db", str(db_path), cli]) == 1
        assert "Install the newer version to open it; nothing was changed." in (
            capsys.readouterr().err
        )
    assert assess(db_path).status is OpenStatus.TOO_NEW
    assert sha256(db_path) == before


@pytest.mark.parametrize("where", ["table page", "index page", "header"])
def test_check_reports_damage_and_init_refuses_leaving_the_bytes(
    db_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """Page damage in a table once stopped `check` with "an unexpected error"."""
    ours(db_path, people=1500, checkins=1500)
    if where == "header":
        damage(db_path, offset=16, length=84)  # past "SQLite format 3": page size and the rest
    else:
        damage(
            db_path, page=page_of(db_path, "checkin" if where == "table page" else "ix_person_name")
        )
    before = sha256(db_path)

    assert main(["--db", str(db_path), "check"]) == 1
    checked = capsys.readouterr()
    assert main(["--db", str(db_path), "init"]) == 1
    initialised = capsys.readouterr()

    assert "damaged" in checked.err
    assert "unexpected" not in checked.err + initialised.err
    assert "Database OK" not in checked.out
    assert "Database ready" not in initialised.out
    assert f"{db_path} is damaged (" in initialised.err
    assert "Nothing was changed; restore a backup (coordinator backup list)" in initialised.err
    assert sha256(db_path) == before


@pytest.mark.parametrize("what", ["a named pipe", "a folder"])
def test_a_pipe_or_a_folder_as_the_database_is_refused_at_once(tmp_path: Path, what: str) -> None:
    target = tmp_path / "coordinator.sqlite"
    if what == "a named pipe":
        os.mkfifo(target)  # no writer: reading it would wait for ever
    else:
        target.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for cli in ("check", "init"):
        done = subprocess.run(
            [sys.executable, "-m", "coordinator", "--db", str(target), cli],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 2
        assert f"{target} is {what}, not a file Coordinator can read." in done.stderr


def test_new_and_upgraded_files_carry_the_application_id(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).dispose()
    older = ours(tmp_path / "from-before.sqlite")
    with contextlib.closing(sqlite3.connect(older)) as conn:
        conn.execute("PRAGMA application_id = 0")  # as every file made before it was set
    open_database(older).dispose()
    for path in (db_path, older):
        with contextlib.closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_check_of_a_damaged_file_leaves_the_changes_still_in_its_log_where_they_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crash leaves changes in the -wal; a reader that folded them in would write the file."""
    live = ours(tmp_path / "live.sqlite", people=1500, checkins=1500)
    crashed = tmp_path / "crashed.sqlite"
    with contextlib.closing(sqlite3.connect(live)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        with conn:
            conn.execute("UPDATE person SET email = 'changed@isd.example'")
        for suffix in ("", "-wal"):  # a copy taken while it was open, as a crash leaves it
            Path(f"{crashed}{suffix}").write_bytes(Path(f"{live}{suffix}").read_bytes())
    damage(crashed, page=page_of(crashed, "checkin"))
    log_file = Path(f"{crashed}-wal")
    before, logged = sha256(crashed), sha256(log_file)

    assert main(["--db", str(crashed), "check"]) == 1
    assert "is damaged" in capsys.readouterr().err

    assert sha256(crashed) == before
    assert sha256(log_file) == logged
