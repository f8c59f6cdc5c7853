"""A full disk, a read-only folder, a name too long: one plain line (exit 1), never a crash."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.tools.os_words import failure_words, read_only_medium_notice
from mounts import read_only_disk, tiny_disk


def _one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "unexpected" not in err
    assert "Traceback" not in err
    return err


def test_a_calendar_to_a_read_only_disk_says_read_only(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with read_only_disk(tmp_path / "stick") as stick:
        assert main(["--db", str(db_path), "calendar", "-o", str(stick / "follow-ups.ics")]) == 1
        assert list(stick.iterdir()) == []
    err = _one_line(capsys.readouterr().err)
    assert "the folder or disk is read-only" in err
    assert "Choose a folder you may write to" in err


def test_a_name_too_long_is_said_in_those_words(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / ("follow-ups-" * 30 + ".ics")
    assert main(["--db", str(db_path), "calendar", "-o", str(output)]) == 1
    err = _one_line(capsys.readouterr().err)
    assert "the file or folder name is too long" in err
    assert list(tmp_path.glob("*.part")) == []


def test_a_database_whose_disk_fills_up_says_the_disk_is_full(tmp_path: Path) -> None:
    """The demo fills a database on a 512 KB disk: SQLite's 'disk full' becomes a plain line."""
    with tiny_disk(tmp_path / "small", "512k") as small:
        done = subprocess.run(
            [sys.executable, "-m", "coordinator", "--db", str(small / "c.sqlite"), "demo"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            timeout=300,
            check=False,
        )
    assert done.returncode == 1, done.stderr
    err = _one_line(done.stderr)
    assert "the disk is full. Free some disk space or choose another folder." in err


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EDQUOT, "the disk is full"),
        (errno.EROFS, "the folder or disk is read-only"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
        (errno.EBUSY, "the file is in use by another program"),
        (errno.ETXTBSY, "the file is in use by another program"),
        (errno.ENAMETOOLONG, "the file or folder name is too long"),
    ],
)
def test_each_plain_failure_has_its_own_sentence(code: int, words: str) -> None:
    sentence = failure_words(OSError(code, os.strerror(code), "/data/report.pdf"))
    assert sentence is not None
    assert sentence.startswith("/data/report.pdf: " + words + ". ")


def test_a_failure_wrapped_by_another_error_is_still_found() -> None:
    import sqlite3

    wrapped = RuntimeError("while saving")
    wrapped.__cause__ = OSError(errno.ENOSPC, "No space left on device")
    assert failure_words(wrapped) == (
        "Cannot finish: the disk is full. Free some disk space or choose another folder."
    )
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    assert "the disk is full" in (failure_words(full) or "")


def test_a_bug_is_not_given_plain_words() -> None:
    assert failure_words(OSError(errno.EINVAL, "Invalid argument")) is None
    assert failure_words(ValueError("a bug")) is None


def test_the_read_only_notice_says_what_still_works(tmp_path: Path) -> None:
    notice = read_only_medium_notice(tmp_path / "coordinator.sqlite")
    assert "open for reading only" in notice
    assert "damaged" not in notice


def test_leftovers_of_a_killed_write_are_cleared_when_the_app_next_starts(
    db: Database, db_path: Path, coordinator_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coordinator import paths

    beside = db_path.parent / ".coordinator.sqlite.0123456789abcdef.part"
    in_backups = paths.backup_dir() / ".manual.sqlite.fedcba9876543210.part-journal"
    running = db_path.parent / ".export.xlsx.00112233445566ff.part"  # a write still going
    for leftover in (beside, in_backups, running):
        leftover.write_bytes(b"half")
    for old in (beside, in_backups):
        os.utime(old, (1_700_000_000, 1_700_000_000))
    assert main(["--db", str(db_path), "check"]) == 0
    assert not beside.exists()
    assert not in_backups.exists()
    assert running.exists()
