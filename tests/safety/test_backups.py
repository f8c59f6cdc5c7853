"""Backups are verified private copies, rotated by age, listed with what they hold, restorable."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import stat
import textwrap
from pathlib import Path

import pytest

from coordinator import paths
from coordinator.db.backup import BackupFailedError, integrity_errors
from coordinator.db.engine import Database
from coordinator.db.opening import open_database
from coordinator.errors import RefusedError, UnreadableInputError
from coordinator.services.safety import backups, restore
from coordinator.services.safety.backup_schedule import BackupScheduler
from coordinator.services.safety.backups import Retention, backups_to_keep
from safety.population import populate, read_counts
from small_disk import run_script


def test_backup_is_a_verified_private_copy_with_counts(db: Database) -> None:
    populate(db, 12, 5)
    info = backups.make_backup(db, "Back up now")
    assert info.path.parent == paths.backup_dir()
    assert info.reason == "back-up-now"
    assert (info.people, info.checkins) == (12, 5)
    assert info.size == info.path.stat().st_size > 0
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert integrity_errors(info.path) == []
    assert not list(paths.backup_dir().glob("*.partial*"))


def test_list_shows_newest_first_and_only_this_database(db: Database, tmp_path: Path) -> None:
    populate(db, 3, 1)
    first = backups.make_backup(db, "before import")
    populate(db, 2, 0, tag="q")
    second = backups.make_backup(db, "periodic")
    other = open_database(tmp_path / "other.sqlite")
    backups.make_backup(other, "manual")
    other.dispose()
    assert db.path is not None
    listed = backups.list_backups(db.path)
    assert [b.path for b in listed] == [second.path, first.path]
    assert [(b.people, b.reason) for b in listed] == [(5, "periodic"), (3, "before-import")]


def test_half_written_copies_of_killed_backups_are_cleared_later(db: Database) -> None:
    folder = paths.backup_dir()
    old = folder / "coordinator--20250101-120000-000000--periodic.sqlite.partial"
    old.write_bytes(b"SQLite format 3\x00half")
    os.utime(old, (1_700_000_000, 1_700_000_000))
    recent = folder / "coordinator--20990101-120000-000000--periodic.sqlite.partial"
    recent.write_bytes(b"maybe another backup still writing")
    assert db.path is not None
    assert backups.list_backups(db.path) == []  # never listed as a backup
    backups.make_backup(db, "manual")
    assert not old.exists()
    assert recent.exists()


def test_list_marks_a_file_that_is_not_a_backup(db: Database) -> None:
    junk = paths.backup_dir() / "coordinator--20250101-120000-000000--manual.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert db.path is not None
    (info,) = backups.list_backups(db.path)
    assert info.people is None
    assert info.problem == "not a readable Coordinator backup"


def _times(*days_back: float) -> list[dt.datetime]:
    now = dt.datetime(2026, 3, 15, 12, 0)
    return [now - dt.timedelta(days=d) for d in days_back]


def test_rotation_keeps_recent_then_one_per_day_week_month() -> None:
    # Sunday 15 March 2026: three backups today, two yesterday, one a day for 20 days, then older.
    days_back = [0, 0.01, 0.02, 1, 1.01, *range(2, 22), 40, 70, 100, 400]
    made = _times(*days_back)
    keep = backups_to_keep(made, Retention(recent=2, daily=3, weekly=2, monthly=3))
    kept = sorted(days_back[i] for i in keep)
    # recent: 0, 0.01; daily: 15, 14, 13 March (0, 1, 2); weekly: this ISO week (0) and the
    # week before, whose newest is Sunday 8 March (7); monthly: March (0), February's newest,
    # 28 February (15), and January's newest, 4 January (70).
    assert kept == [0, 0.01, 1, 2, 7, 15, 70]


def test_rotation_deletes_files_beyond_the_counts(db: Database) -> None:
    with db.transaction() as session:
        backups.set_retention(session, Retention(recent=3, daily=0, weekly=0, monthly=0))
    for _ in range(5):
        backups.make_backup(db, "periodic")
    assert db.path is not None
    assert len(backups.list_backups(db.path)) == 3


def test_retention_is_stored_in_settings_with_defaults(db: Database) -> None:
    with db.reading() as session:
        assert backups.retention(session) == Retention(10, 7, 4, 12)
    with db.transaction() as session:
        backups.set_retention(session, Retention(5, 6, 7, 8))
    with db.reading() as session:
        assert backups.retention(session) == Retention(5, 6, 7, 8)
    with pytest.raises(RefusedError), db.transaction() as session:
        backups.set_retention(session, Retention(-1, 6, 7, 8))


def test_restore_brings_back_the_old_state_and_backs_up_the_current_one(db: Database) -> None:
    assert db.path is not None
    populate(db, 10, 4)
    before = read_counts(db)
    saved = backups.make_backup(db, "manual")
    populate(db, 7, 3, tag="later")
    after = read_counts(db)
    result = restore.restore(db.path, saved.path, db=db)
    assert not Path(f"{db.path}-wal").exists()
    assert not Path(f"{db.path}-shm").exists()
    reopened = open_database(db.path)
    # the old state, plus the audit entry that records the restore itself
    assert read_counts(reopened) == dataclasses.replace(before, audit=before.audit + 1)
    reopened.dispose()
    assert result.previous_state is not None
    previous = backups.read_backup_info(result.previous_state)
    assert (previous.reason, previous.people) == ("before-restore", after.people)
    assert stat.S_IMODE(db.path.stat().st_mode) == 0o600


def test_a_restore_is_written_in_the_restored_audit_log(db: Database) -> None:
    from coordinator.services.audit import recent_entries

    assert db.path is not None
    populate(db, 3, 1)
    saved = backups.make_backup(db, "manual")
    result = restore.restore(db.path, saved.path, db=db)
    reopened = open_database(db.path)
    with reopened.reading() as session:
        entries = [e for e in recent_entries(session) if e.action == "restore"]
    reopened.dispose()
    assert len(entries) == 1
    assert entries[0].after == {
        "backup": saved.path.name,
        "previous_state": result.previous_state.name if result.previous_state else None,
    }


def test_restore_leaves_no_stale_write_ahead_log(db: Database) -> None:
    """Rows still only in the -wal file must not reappear on top of the restored file."""
    assert db.path is not None
    populate(db, 5, 0)
    saved = backups.make_backup(db, "manual")
    holder = sqlite3.connect(db.path)  # keeps the -wal alive with uncheckpointed frames
    holder.execute("PRAGMA wal_autocheckpoint=0")
    populate(db, 50, 20, tag="wal")
    assert Path(f"{db.path}-wal").stat().st_size > 0
    holder.close()
    restore.restore(db.path, saved.path, db=db)
    reopened = open_database(db.path)
    assert read_counts(reopened).people == 5
    reopened.dispose()
    assert integrity_errors(db.path) == []


def test_restore_refuses_a_file_that_is_not_a_backup(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    populate(db, 4, 0)
    roster = tmp_path / "roster.csv"
    roster.write_text("first,last\nAna,Lopez\n")
    with pytest.raises(UnreadableInputError, match="not a Coordinator backup"):
        restore.restore(db.path, roster)
    assert read_counts(db).people == 4


def test_restore_refuses_a_damaged_backup(db: Database) -> None:
    assert db.path is not None
    populate(db, 300, 200)
    saved = backups.make_backup(db, "manual")
    damage_middle_page(saved.path)
    with pytest.raises(UnreadableInputError, match="damaged"):
        restore.restore(db.path, saved.path)
    assert read_counts(db).people == 300


def test_restore_refuses_a_backup_from_a_newer_coordinator(db: Database) -> None:
    assert db.path is not None
    populate(db, 4, 0)
    saved = backups.make_backup(db, "manual")
    with sqlite3.connect(saved.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    conn.close()
    with pytest.raises(RefusedError, match="newer version of Coordinator"):
        restore.restore(db.path, saved.path)
    with sqlite3.connect(saved.path) as conn:
        conn.execute("DROP TABLE alembic_version")
    conn.close()
    with pytest.raises(UnreadableInputError, match="not a Coordinator backup"):
        restore.restore(db.path, saved.path)
    assert backups.list_backups(db.path) == [backups.read_backup_info(saved.path)]


def damage_middle_page(path: Path) -> None:
    """Overwrite the cell pointers and cells of the people table's first pages (a page in the
    middle of the file may be a table that holds nothing, whatever tables the schema gains)."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'person'"
        ).fetchone()
    conn.close()
    with path.open("r+b") as fh:
        for page in (root, root + 1):  # page numbers count from 1
            fh.seek((page - 1) * page_size + 8)
            fh.write(b"\xa5" * (page_size // 2))


def test_copy_to_another_folder_is_verified(db: Database, tmp_path: Path) -> None:
    populate(db, 6, 2)
    info = backups.make_backup(db, "manual")
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    copied = restore.copy_backup_to(info.path, stick)
    assert copied == stick / info.path.name
    assert backups.read_backup_info(copied).people == 6
    with pytest.raises(RefusedError, match="already exists"):
        restore.copy_backup_to(info.path, stick)


def test_unwritable_destination_is_a_clear_error_and_nothing_is_left(
    db: Database, tmp_path: Path
) -> None:
    """Running as root defeats chmod, so the folder is made impossible: its parent is a file."""
    populate(db, 3, 0)
    info = backups.make_backup(db, "manual")
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    with pytest.raises(BackupFailedError, match=r"Cannot write a backup to .*a-file"):
        restore.copy_backup_to(info.path, not_a_folder / "backups")
    with pytest.raises(BackupFailedError, match="Free some disk space or choose another folder"):
        backups.make_backup(db, "manual", folder=not_a_folder / "backups")
    assert not_a_folder.read_text() == "x"


FULL_DISK_SCRIPT = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from coordinator.db.opening import open_database
    from coordinator.errors import CoordinatorError
    from coordinator.services.safety.backups import make_backup

    db = open_database(Path(sys.argv[1]))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
    try:
        make_backup(db, "manual", folder=Path(sys.argv[2]))
    except CoordinatorError as exc:
        print(exc)
        sys.exit(1)
    sys.exit(0)
    """
)


def test_a_full_disk_is_a_clear_error_and_leaves_no_partial_file(
    db: Database, tmp_path: Path
) -> None:
    """A file-size limit (RLIMIT_FSIZE) makes the backup's writes fail the way a full disk does."""
    assert db.path is not None
    populate(db, 400, 300)
    db.dispose()  # the last connection folds the write-ahead log into the file
    assert db.path.stat().st_size > 20_000
    folder = tmp_path / "small-disk"
    done = run_script(FULL_DISK_SCRIPT, str(db.path), str(folder))
    assert done.returncode == 1, done.stderr
    assert "Free some disk space or choose another folder" in done.stdout
    assert list(folder.iterdir()) == []
    assert integrity_errors(db.path) == []


def test_postgres_databases_are_not_backed_up_here(db: Database) -> None:
    from sqlalchemy.engine import make_url

    fake = Database(url=make_url("postgresql+psycopg://u@h/d"), engine=db.engine, path=None)
    with pytest.raises(RefusedError, match="backed up by its server"):
        backups.make_backup(fake, "manual")


def test_backup_before_an_operation(db: Database) -> None:
    populate(db, 2, 0)
    info = backups.backup_before(db, "bulk delete")
    assert info is not None
    assert info.reason == "before-bulk-delete"
    from sqlalchemy.engine import make_url

    shared = Database(url=make_url("postgresql+psycopg://u@h/d"), engine=db.engine, path=None)
    assert backups.backup_before(shared, "import") is None


def test_scheduler_backs_up_periodically_only_after_changes_and_on_close(db: Database) -> None:
    now = [0.0]
    scheduler = BackupScheduler(db, interval_seconds=900, clock=lambda: now[0])
    now[0] = 1000
    assert scheduler.maybe_backup() is None  # nothing changed
    scheduler.note_change()
    now[0] = 1100
    first = scheduler.maybe_backup()
    assert first is not None
    assert first.reason == "periodic"
    scheduler.note_change()
    now[0] = 1500
    assert scheduler.maybe_backup() is None  # less than 15 minutes since the last one
    now[0] = 2001
    assert scheduler.maybe_backup() is not None
    assert scheduler.backup_on_close_if_changed() is None
    scheduler.note_change()
    closing = scheduler.backup_on_close_if_changed()
    assert closing is not None
    assert closing.reason == "on-close"
    assert db.path is not None
    assert len(backups.list_backups(db.path)) == 3


def test_backing_up_a_damaged_database_keeps_nothing_and_says_why(db_path: Path) -> None:
    db = open_database(db_path)
    populate(db, 1500, 1500)
    db.dispose()
    damage_middle_page(db_path)
    damaged = open_database(db_path, read_only=True)
    with pytest.raises(BackupFailedError, match=r"did not verify \((?!\*)") as failure:
        backups.make_backup(damaged, "on close")
    damaged.dispose()
    assert "\n" not in str(failure.value)
    assert "coordinator check" in str(failure.value)
    assert list(paths.backup_dir().iterdir()) == []


def test_databases_with_the_same_file_name_keep_their_own_backups(tmp_path: Path) -> None:
    first = open_database(tmp_path / "district" / "coordinator.sqlite")
    second = open_database(tmp_path / "library" / "coordinator.sqlite")
    populate(first, 3, 0)
    populate(second, 5, 0)
    with second.transaction() as session:
        backups.set_retention(session, Retention(recent=1, daily=0, weekly=0, monthly=0))
    backups.make_backup(first, "manual")
    backups.make_backup(second, "manual")
    backups.make_backup(second, "manual")  # rotation keeps one of the second's, none of the first's
    assert first.path is not None
    assert second.path is not None
    assert [b.people for b in backups.list_backups(first.path)] == [3]
    assert [b.people for b in backups.list_backups(second.path)] == [5]
    first.dispose()
    second.dispose()


def test_a_moved_and_renamed_database_still_finds_its_backups(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    populate(db, 4, 0)
    backups.make_backup(db, "manual")
    db.dispose()
    moved = tmp_path / "elsewhere" / "program-2025.sqlite"
    moved.parent.mkdir()
    db.path.rename(moved)
    assert [b.people for b in backups.list_backups(moved)] == [4]


def test_restoring_over_a_file_that_is_not_a_database_keeps_its_bytes(db: Database) -> None:
    assert db.path is not None
    populate(db, 6, 1)
    saved = backups.make_backup(db, "manual")
    db.dispose()
    db.path.write_bytes(b"overwritten by something else " * 500)
    result = restore.restore(db.path, saved.path)
    assert result.previous_state is not None
    assert result.previous_state.read_bytes() == b"overwritten by something else " * 500
    assert stat.S_IMODE(result.previous_state.stat().st_mode) == 0o600
    reopened = open_database(db.path)
    assert read_counts(reopened).people == 6
    reopened.dispose()
