"""Restoring accepts only a real, unaltered Coordinator backup; anything else changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.errors import RefusedError, UnreadableInputError
from coordinator.services.safety import backups, restore
from hostile_files import add_trigger, attendance_and_emails, foreign_schema_file, sha256
from safety.population import populate, read_counts


def test_a_real_backup_with_an_added_trigger_is_refused_and_the_trigger_never_runs(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Restoring writes to the restored audit log: once, that ran the planted trigger."""
    assert db.path is not None
    counts = populate(db, 8, 5)
    saved = backups.make_backup(db, "manual")
    add_trigger(saved.path, "wipe_attendance", "AFTER INSERT ON audit_log")
    planted, live = sha256(saved.path), attendance_and_emails(db.path)
    message = (
        f"The backup {saved.path} has an extra trigger named wipe_attendance on the table "
        "audit_log; it is not a Coordinator backup or it was altered. Nothing was changed."
    )

    with pytest.raises(UnreadableInputError) as refused:
        restore.restore(db.path, saved.path, db=db)
    assert str(refused.value) == message
    assert main(["--db", str(db.path), "restore", str(saved.path)]) == 2
    assert capsys.readouterr().err == f"coordinator: {message}\n"
    with pytest.raises(UnreadableInputError, match="extra trigger named wipe_attendance"):
        restore.copy_backup_to(saved.path, saved.path.parent.parent)

    assert sha256(saved.path) == planted
    assert attendance_and_emails(saved.path)[0] == counts.attendees  # it never ran there
    assert attendance_and_emails(db.path) == live  # nor here
    assert read_counts(db) == counts
    assert [b.path for b in backups.list_backups(db.path)] == [saved.path]  # no state saved
    assert backups.newest_good_backup(db.path) is None  # never offered after damage either


def test_another_programs_file_with_a_coordinator_stamp_is_refused(
    db: Database, tmp_path: Path
) -> None:
    assert db.path is not None
    counts = populate(db, 3, 1)
    foreign = foreign_schema_file(tmp_path / "recipes.sqlite")
    before = sha256(foreign)
    with pytest.raises(UnreadableInputError) as refused:
        restore.restore(db.path, foreign)
    assert str(refused.value).startswith(
        f"The backup {foreign} has an extra table named recipes, no table named allotment_budget"
    )
    assert "it is not a Coordinator backup or it was altered" in str(refused.value)
    assert sha256(foreign) == before
    assert read_counts(db) == counts


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("pipe", "is a named pipe, not a backup"),
        ("folder", "is a folder, not a backup"),
        ("device", "is a device, not a backup"),
    ],
)
def test_a_pipe_a_folder_or_a_device_is_refused_at_once(
    db: Database, tmp_path: Path, source: str, words: str
) -> None:
    """In a child process with a time limit: reading a pipe nobody writes to would never end."""
    assert db.path is not None
    counts = populate(db, 3, 1)
    db.dispose()
    if source == "pipe":
        path = tmp_path / "backup.sqlite"
        os.mkfifo(path)
    elif source == "folder":
        path = tmp_path / "backups"
        path.mkdir()
    else:
        path = Path(os.devnull)
    done = subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", str(db.path), "restore", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert f"{path} {words}; choose a backup file. Nothing was changed." in done.stderr
    assert read_counts(db) == counts


def test_the_database_itself_under_another_name_is_refused(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    counts = populate(db, 3, 1)
    alias = tmp_path / "looks-like-a-backup.sqlite"
    os.link(db.path, alias)
    for source in (db.path, alias):
        with pytest.raises(RefusedError, match="That file is the database itself"):
            restore.restore(db.path, source)
    assert read_counts(db) == counts
    assert backups.list_backups(db.path) == []


def test_a_backup_whose_header_marks_it_read_only_is_refused_in_words(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Byte 18 of an SQLite header is the format needed to write the file: a damaged one (3)
    opens read-only. Restoring it raised a raw 'attempt to write a readonly database'."""
    assert db.path is not None
    counts = populate(db, 8, 5)
    saved = backups.make_backup(db, "manual")
    data = bytearray(saved.path.read_bytes())
    data[18] = 3
    saved.path.write_bytes(bytes(data))
    with pytest.raises(UnreadableInputError) as refused:
        restore.restore(db.path, saved.path, db=db)
    assert str(refused.value) == (
        f"{saved.path} cannot be restored: it reads as a database but cannot be written to "
        "(its file header is damaged). Choose another backup. Nothing was changed."
    )
    assert main(["--db", str(db.path), "restore", str(saved.path)]) == 2
    assert "cannot be written to" in capsys.readouterr().err
    assert read_counts(db) == counts
    assert not list(db.path.parent.glob("*.restoring"))
