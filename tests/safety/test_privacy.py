"""Nothing leaked: the files the app writes are owner-only; logs hold no names, e-mails or notes."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator import paths
from coordinator.cli import main
from coordinator.db.opening import open_database
from coordinator.demo import build_demo
from coordinator.log import PrivateRotatingFileHandler, setup_logging
from coordinator.services.safety import backups, restore
from coordinator.services.safety.instance_lock import InstanceLock
from safety.population import read_counts

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")


@pytest.fixture
def own_log_file() -> Iterator[None]:
    """Log into this test's home folder, not into a handler an earlier test left behind."""
    root = logging.getLogger()
    earlier = [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]
    level = root.level
    for handler in earlier:
        root.removeHandler(handler)
    yield
    for handler in [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        handler.close()
        root.removeHandler(handler)
    for handler in earlier:
        root.addHandler(handler)
    root.setLevel(level)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """A umask of 0: any file that comes out private was made private by the app itself."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def _modes(folder: Path) -> dict[str, int]:
    return {
        str(p.relative_to(folder)): stat.S_IMODE(p.stat().st_mode)
        for p in folder.rglob("*")
        if p.is_file()
    }


@pytest.mark.usefixtures("own_log_file", "permissive_umask")
def test_every_file_the_app_creates_is_readable_by_its_owner_only(
    tmp_path: Path, coordinator_home: Path
) -> None:
    db_path = tmp_path / "work" / "coordinator.sqlite"
    setup_logging()
    lock = InstanceLock(db_path).acquire()
    db = open_database(db_path)
    build_demo(db, seed=3, scale="small")
    saved = backups.make_backup(db, "manual")
    backups.backup_to_file(db, tmp_path / "work" / "copy.sqlite")
    stick = tmp_path / "stick"
    stick.mkdir(mode=0o755)
    restore.copy_backup_to(saved.path, stick)
    with db.transaction() as session:  # keeps -wal and -shm on disk while the database is open
        session.execute(backups.Setting.__table__.insert().values(key="x", value=1))
    while_open = _modes(tmp_path / "work")
    db.dispose()
    restore.restore(db_path, saved.path)
    logging.getLogger("coordinator.test").info("a line so the log file exists")
    lock_modes = _modes(tmp_path / "work")
    lock.release()

    assert {"coordinator.sqlite-wal", "coordinator.sqlite-shm", "coordinator.sqlite.lock"} <= set(
        while_open
    )
    created = {**while_open, **lock_modes, **_modes(coordinator_home), **_modes(stick)}
    assert any(name.endswith(".log") for name in created)
    assert any("before-restore" in name for name in created)
    assert {name: mode for name, mode in created.items() if mode != 0o600} == {}
    private_dirs = [paths.data_dir(), paths.backup_dir(), paths.log_dir()]
    assert {str(d): stat.S_IMODE(d.stat().st_mode) for d in private_dirs} == {
        str(d): 0o700 for d in private_dirs
    }


def _personal_data(db_path: Path) -> dict[str, str]:
    """Every name, e-mail and note in the database, as the patterns a log must not contain."""
    found: dict[str, str] = {}
    with sqlite3.connect(db_path) as conn:
        for first, last, preferred, email in conn.execute(
            "SELECT first_name, last_name, preferred_name, email FROM person"
        ):
            for name in (first, last, preferred):
                if name and len(name) >= 3:
                    found[name] = rf"\b{re.escape(name)}\b"
            if email:
                found[email] = re.escape(email)
        for notes, steps in conn.execute("SELECT private_notes, next_steps FROM checkin"):
            for text in (notes, steps):
                if text and len(text) >= 12:
                    found[text] = re.escape(text)
    conn.close()
    return found


NEW_HIRES = """Emp ID,Last Name,First Name,Email,Position
880001,Quillfeather,Zelda,zelda.quillfeather@district.example,Librarian
880002,Marchbanks,Ottoline,not-an-email,Teacher
"""

# A check-in row already in the way of the demo's first one (planted with foreign keys off; a
# planted trigger would do, but Coordinator refuses a file whose schema was altered).
FAIL_ON_CHECKINS = (
    "INSERT INTO checkin (id, program_year_id, mentor_id, occurred_on, kind, minutes, "
    "private_notes, next_steps, source, created_at, updated_at, version) VALUES "
    "(1, 999, 999, '2025-09-01', 'phone', 5, '', '', 'manual', '2025-09-01', '2025-09-01', 1)"
)


@pytest.mark.usefixtures("own_log_file")
def test_a_session_leaves_no_name_email_or_note_in_the_logs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = str(tmp_path / "coordinator.sqlite")
    year = ["--program", "Teacher Induction", "--year", "2025-26"]
    run = [
        ["--db", db_path, "demo", "--scale", "small", "--seed", "5"],
        ["--db", db_path, "match", *year, "--apply"],
        ["--db", db_path, "cohort", *year],
        ["--db", db_path, "assign", *year, "no-such-mentee", "no-such-mentor"],  # refused
        ["--db", db_path, "check"],
        ["--db", db_path, "backup"],
        ["--db", db_path, "backup", "list"],
        ["--db", db_path, "backup", "-o", str(tmp_path / "a-file" / "x.sqlite")],  # refused
        ["--db", db_path, "restore", str(tmp_path / "missing.sqlite")],  # refused
    ]
    (tmp_path / "a-file").write_text("not a folder")
    codes = [main(argv) for argv in run]
    assert codes == [0, 0, 0, 1, 0, 0, 0, 1, 2]
    saved = backups.list_backups(Path(db_path))[0]
    assert main(["--db", db_path, "restore", str(saved.path)]) == 0

    # A roster import with a bad row: refused, then imported without it, its problems exported.
    roster = tmp_path / "new hires.csv"
    roster.write_text(NEW_HIRES, encoding="utf-8")
    problems = tmp_path / "problems.xlsx"
    importing = ["--db", db_path, "import", "roster", str(roster)]
    assert main(importing) == 1
    assert main([*importing, "--skip-invalid", "--problems", str(problems)]) == 0
    assert stat.S_IMODE(problems.stat().st_mode) == 0o600

    # Check-ins and reports: a 1:1 logged with next steps, then the year's status, a mentee log,
    # the year-end report, an export and a mentor's workbook.
    with sqlite3.connect(db_path) as conn:
        mentor_id, mentee_id = conn.execute(
            "SELECT mentor.employee_id, mentee.employee_id FROM assignment a "
            "JOIN person mentor ON mentor.id = a.mentor_id "
            "JOIN person mentee ON mentee.id = a.mentee_id "
            "JOIN program_year y ON y.id = a.program_year_id "
            "JOIN program p ON p.id = y.program_id "
            "WHERE p.name = 'Teacher Induction' AND a.end_date IS NULL ORDER BY a.id LIMIT 1"
        ).fetchone()
    conn.close()
    checkin = ["--db", db_path, "checkin", "add", *year, "--mentor", mentor_id]
    checkin += ["--mentee", mentee_id, "--date", "2026-03-03", "--kind", "one_to_one"]
    checkin += ["--minutes", "45", "--next-steps", "Talk through the Hollowmere parent letter"]
    out = tmp_path / "out"
    out.mkdir()
    reporting = [
        checkin,
        ["--db", db_path, "status", *year],
        [
            "--db",
            db_path,
            "report",
            "mentee-log",
            *year,
            "--mentee",
            mentee_id,
            "-o",
            str(out / "log.pdf"),
        ],
        ["--db", db_path, "report", "year-end", *year, "-o", str(out / "year.pdf")],
        ["--db", db_path, "export", "checkins", *year, "-o", str(out / "checkins.xlsx")],
        [
            "--db",
            db_path,
            "checkin",
            "template",
            "--mentor",
            mentor_id,
            *year,
            "-o",
            str(out / "log.xlsx"),
        ],
    ]
    assert [main(argv) for argv in reporting] == [0] * len(reporting)
    for written in out.iterdir():
        assert stat.S_IMODE(written.stat().st_mode) == 0o600

    # A forced failure in the middle of the demo's transaction, after the people were written:
    # the names, e-mails and notes were the statement's parameters when it failed.
    failing = tmp_path / "failing.sqlite"
    open_database(failing).dispose()
    with sqlite3.connect(failing) as conn:
        conn.execute(FAIL_ON_CHECKINS)
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(failing), "demo", "--scale", "small", "--seed", "5"]) == 1
    shown = capsys.readouterr().err
    assert "an unexpected error stopped the command; nothing was half-written" in shown
    reopened = open_database(failing)
    assert read_counts(reopened).people == 0  # rolled back as one transaction
    reopened.dispose()

    logs = "\n".join(p.read_text(encoding="utf-8") for p in paths.log_dir().glob("*.log*"))
    assert "Traceback" in logs
    assert "IntegrityError" in logs  # the failure reached the log, as its type and place...
    assert "UNIQUE constraint" not in logs  # ...without its message, which may hold data
    personal = _personal_data(Path(db_path))
    assert {"Quillfeather", "zelda.quillfeather@district.example"} <= set(personal)
    assert "Talk through the Hollowmere parent letter" in personal  # the check-in's next steps
    for rejected in ("Marchbanks", "Ottoline"):  # the bad row never reached the database
        personal[rejected] = rf"\b{rejected}\b"
    assert len(personal) > 100
    leaked = sorted(text for text, pattern in personal.items() if re.search(pattern, logs))
    assert leaked == []  # ...and nothing personal came with it
    leaked_on_screen = sorted(t for t, pattern in personal.items() if re.search(pattern, shown))
    assert leaked_on_screen == []
