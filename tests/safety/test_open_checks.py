"""Opening a database: damage found quickly, read-only with a backup offered, other cases named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coordinator.db.opening import open_database
from coordinator.errors import CoordinatorError
from coordinator.services.safety import backups
from coordinator.services.safety.instance_lock import InstanceLock
from coordinator.services.safety.open_checks import (
    OpenStatus,
    assess,
    open_assessed,
    quick_check,
    restore_newest_good_backup,
)
from safety.population import populate, read_counts
from safety.test_backups import damage_middle_page


def _populated(db_path: Path, people: int = 1500, checkins: int = 1500) -> None:
    db = open_database(db_path)
    populate(db, people, checkins)
    db.dispose()  # folds the write-ahead log into the file, as closing the app does


def test_a_sound_database_opens_normally_and_takes_the_lock(db_path: Path) -> None:
    _populated(db_path, 20, 5)
    lock = InstanceLock(db_path)
    assessment = assess(db_path, lock=lock)
    assert assessment.status is OpenStatus.OK
    assert not assessment.read_only
    assert lock.held
    lock.release()


def test_a_missing_file_will_be_created(db_path: Path) -> None:
    assert assess(db_path).status is OpenStatus.NEW


def test_damage_in_the_middle_of_a_page_opens_read_only_and_offers_the_newest_good_backup(
    db_path: Path,
) -> None:
    _populated(db_path)
    db = open_database(db_path)
    good = backups.make_backup(db, "on close")
    bad = backups.make_backup(db, "periodic")  # newer, but it will be damaged
    db.dispose()
    damage_middle_page(bad.path)
    damage_middle_page(db_path)

    assessment = assess(db_path)

    assert assessment.status is OpenStatus.DAMAGED
    assert assessment.problems
    assert assessment.read_only
    assert assessment.newest_good_backup is not None
    assert assessment.newest_good_backup.path == good.path
    assert "is damaged. It opens read-only" in assessment.message
    assert "(1500 people, 1500 check-ins)" in assessment.message
    damaged = open_assessed(assessment)
    with pytest.raises(CoordinatorError, match="read-only"), damaged.transaction():
        pass

    result = restore_newest_good_backup(assessment, damaged)

    assert result.previous_state is not None
    assert result.previous_state.suffix == ".damaged"  # too damaged to back up: kept raw
    assert assess(db_path).status is OpenStatus.OK
    restored = open_database(db_path)
    assert read_counts(restored).people == 1500
    restored.dispose()


def test_damage_with_no_backup_says_so(db_path: Path) -> None:
    _populated(db_path)
    damage_middle_page(db_path)
    assessment = assess(db_path)
    assert assessment.status is OpenStatus.DAMAGED
    assert assessment.newest_good_backup is None
    assert "No good backup was found" in assessment.message


def test_a_file_too_damaged_to_read_cannot_be_opened(db_path: Path) -> None:
    _populated(db_path, 20, 5)
    with db_path.open("r+b") as fh:  # the schema page, just past the 100-byte file header
        fh.seek(100)
        fh.write(b"\xff" * 3900)
    assessment = assess(db_path)
    assert assessment.status is OpenStatus.UNREADABLE
    assert not assessment.can_open
    assert "too damaged to open" in assessment.message


def test_a_spreadsheet_is_not_a_coordinator_database(tmp_path: Path) -> None:
    roster = tmp_path / "roster.xlsx"
    roster.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    assessment = assess(roster)
    assert assessment.status is OpenStatus.NOT_COORDINATOR
    assert "not a Coordinator database" in assessment.message
    with pytest.raises(CoordinatorError, match="not a Coordinator database"):
        open_assessed(assessment)


def test_a_database_from_a_newer_coordinator_is_named(db_path: Path) -> None:
    _populated(db_path, 2, 0)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    conn.close()
    assessment = assess(db_path)
    assert assessment.status is OpenStatus.TOO_NEW
    assert "newer version of Coordinator" in assessment.message


def test_a_database_in_use_opens_read_only(db_path: Path) -> None:
    _populated(db_path, 2, 0)
    with InstanceLock(db_path):
        assessment = assess(db_path, lock=InstanceLock(db_path))
    assert assessment.status is OpenStatus.IN_USE
    assert assessment.read_only
    assert "open this database read-only" in assessment.message
    viewer = open_assessed(assessment)
    assert viewer.read_only
    assert read_counts(viewer).people == 2
    viewer.dispose()


def test_the_quick_check_is_bounded_in_time(db_path: Path) -> None:
    _populated(db_path)
    assert quick_check(db_path).complete
    unfinished = quick_check(db_path, seconds=0)
    assert not unfinished.complete
    assert unfinished.problems == []


def test_a_damaged_database_open_elsewhere_is_never_restored_here(db_path: Path) -> None:
    _populated(db_path)
    db = open_database(db_path)
    backups.make_backup(db, "on close")
    db.dispose()
    damage_middle_page(db_path)
    with InstanceLock(db_path):  # the other Coordinator
        assessment = assess(db_path, lock=InstanceLock(db_path))
    assert assessment.status is OpenStatus.DAMAGED
    assert assessment.newest_good_backup is not None
    assert not assessment.can_restore
    assert "open in another Coordinator" in assessment.message
    with pytest.raises(CoordinatorError, match="close it there to restore"):
        restore_newest_good_backup(assessment)
