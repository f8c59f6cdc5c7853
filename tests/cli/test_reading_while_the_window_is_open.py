"""Commands that only read work while the window has the file; writers are still refused.

The window is a real second process: it takes the one-writer lock and opens the database the way
the window's start-up does (`assess` with the lock, then `open_assessed`), and keeps it open.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.db.opening import open_database
from district import build_district

WINDOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from coordinator.services.safety.instance_lock import InstanceLock
    from coordinator.services.safety.open_checks import assess, open_assessed
    path = Path(sys.argv[1])
    lock = InstanceLock(path)
    db = open_assessed(assess(path, lock=lock))
    with db.reading() as session:  # the pages read their first rows
        session.connection().exec_driver_sql("SELECT count(*) FROM person").scalar()
    print("open", lock.held, flush=True)
    sys.stdin.read()  # until the test closes the window
    db.dispose()
    lock.release()
    """
)
YEAR = ["--program", "Texas MPA", "--year", "2025-26"]


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


@pytest.fixture
def window(db: Database, db_path: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A district in the database, and a Coordinator window open on it in another process.

    A mentor's check-in workbook is written first, for the check-in import's dry run.
    """
    build_district(db, mentees_per_mentor=(3, 2))
    db.dispose()
    workbook = str(tmp_path / "returned.xlsx")
    assert (
        main(["--db", str(db_path), "checkin", "template", "--mentor", "M001", "-o", workbook]) == 0
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    assert proc.stdout.readline().split() == ["open", "True"]
    yield proc
    proc.stdin.close()
    assert proc.wait(timeout=60) == 0
    proc.stdout.close()


def coordinator(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
        check=False,
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def people(db_path: Path) -> int:
    db = open_database(db_path, read_only=True)
    with db.reading() as session:
        count = session.scalar(select(func.count(Person.id))) or 0
    db.dispose()
    return count


@pytest.mark.slow
def test_reading_commands_work_and_change_nothing_while_the_window_is_open(
    window: subprocess.Popen[str], db_path: Path, tmp_path: Path
) -> None:
    clean = tmp_path / "new-hires.csv"
    clean.write_text("Employee ID,First Name,Last Name,Email\n9001,Ana,Lee,ana@isd.example\n")
    before, count = sha256(db_path), people(db_path)
    reads = [
        ["check"],
        ["status", *YEAR, "--as-of", "2025-11-07"],
        ["cohort", *YEAR],
        ["calendar", "-o", str(tmp_path / "follow-ups.ics"), "--since", "2025-08-01"],
        ["match", *YEAR],
        ["export", "people", *YEAR, "-o", str(tmp_path / "people.xlsx")],
        ["report", "year-end", *YEAR, "-o", str(tmp_path / "year-end.pdf")],
        ["import", "roster", str(clean), "--dry-run"],
        ["checkin", "import", str(tmp_path / "returned.xlsx"), "--dry-run"],
    ]
    for command in reads:
        done = coordinator(db_path, *command)
        assert done.returncode == 0, (command, done.stderr)
        assert "already open" not in done.stderr
    assert "Database OK" in coordinator(db_path, "check").stdout
    assert (tmp_path / "people.xlsx").stat().st_size > 0
    assert (tmp_path / "year-end.pdf").read_bytes().startswith(b"%PDF")
    assert sha256(db_path) == before
    assert people(db_path) == count

    for writer in (["import", "roster", str(clean)], ["match", *YEAR, "--apply"]):
        refused = coordinator(db_path, *writer)
        assert refused.returncode == 1, writer
        assert "is already open in another Coordinator" in refused.stderr
        assert "open this database read-only" in refused.stderr
    assert sha256(db_path) == before
    assert people(db_path) == count


@pytest.mark.slow
def test_a_roster_dry_run_fails_as_the_import_would_and_writes_nothing(
    window: subprocess.Popen[str], db_path: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "new-hires.csv"
    roster.write_text(
        "Employee ID,First Name,Last Name,Email\n9001,Ana,Lee,ana@isd.example\n"
        "9002,Bo,Chen,not an e-mail\n"
    )
    before, count = sha256(db_path), people(db_path)

    dry = coordinator(db_path, "import", "roster", str(roster), "--dry-run")

    assert dry.returncode == 1
    assert "dry run (nothing changed): new=1" in dry.stdout
    assert "invalid=1" in dry.stdout
    assert "row 3, column 'Email'" in dry.stderr
    assert "1 row has problems, so nothing was imported" in dry.stderr
    skipping = coordinator(db_path, "import", "roster", str(roster), "--dry-run", "--skip-invalid")
    assert skipping.returncode == 0, skipping.stderr  # a real import would go ahead too
    assert sha256(db_path) == before
    assert people(db_path) == count
