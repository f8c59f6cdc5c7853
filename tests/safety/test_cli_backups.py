"""`coordinator backup`, `backup list` and `restore` work, with the documented exit codes."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db.opening import open_database
from coordinator.services.safety import backups
from coordinator.services.safety.instance_lock import InstanceLock
from safety.population import populate, read_counts


def _people(db_path: Path, n: int, tag: str = "p") -> None:
    db = open_database(db_path)
    populate(db, n, 2, tag=tag)
    db.dispose()


def test_backup_then_list_then_restore(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _people(db_path, 8)
    assert main(["--db", str(db_path), "backup"]) == 0
    out = capsys.readouterr().out
    assert "Backed up 8 people and 2 check-ins to" in out
    assert "lost with this computer" in out
    (saved,) = backups.list_backups(db_path)

    _people(db_path, 5, tag="later")
    assert main(["--db", str(db_path), "backup", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split()[:5] == ["made", "reason", "size", "people", "check-ins"]
    assert " manual " in listing[1]
    assert str(saved.path) in listing[1]
    assert " 8 " in listing[1]

    assert main(["--db", str(db_path), "restore", str(saved.path)]) == 0
    out = capsys.readouterr().out
    assert "8 people, 2 check-ins" in out
    assert "before-restore" in out
    db = open_database(db_path)
    assert read_counts(db).people == 8
    db.dispose()


def test_backup_to_a_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _people(db_path, 3)
    target = tmp_path / "stick" / "coordinator-copy.sqlite"
    assert main(["--db", str(db_path), "backup", "-o", str(target)]) == 0
    assert backups.read_backup_info(target).people == 3
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    capsys.readouterr()
    assert main(["--db", str(db_path), "backup", "-o", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_list_with_no_backups(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _people(db_path, 1)
    assert main(["--db", str(db_path), "backup", "list"]) == 0
    assert "No backups of coordinator.sqlite yet" in capsys.readouterr().out


def test_restore_refusals_and_exit_codes(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _people(db_path, 4)
    roster = tmp_path / "roster.csv"
    roster.write_text("name\nAna\n")
    assert main(["--db", str(db_path), "restore", str(roster)]) == 2
    assert "is not a Coordinator backup" in capsys.readouterr().err
    assert main(["--db", str(db_path), "restore", str(tmp_path / "missing.sqlite")]) == 2
    assert "Cannot read" in capsys.readouterr().err
    db = open_database(db_path)
    saved = backups.make_backup(db, "manual")
    db.dispose()
    with InstanceLock(db_path):  # the window is open on this database
        assert main(["--db", str(db_path), "restore", str(saved.path)]) == 1
    assert "already open in another Coordinator" in capsys.readouterr().err
    assert main(["--db", "postgresql+psycopg://u@localhost/x", "backup", "list"]) == 0
    assert "No backups of the server's database x on this computer yet" in (capsys.readouterr().out)
