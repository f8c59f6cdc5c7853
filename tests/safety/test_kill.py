"""Killed mid-way (SIGKILL, no clean-up) an operation leaves the database as before or as after.

A real subprocess runs a big transaction (ORM writes, the demo district, a roster import), a
restore or a backup and is killed at a random moment (seeded) while it works. After each kill
the database must pass integrity_check and foreign_key_check, and its counts must equal the
state before or after, never one in between.
"""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from coordinator.db.backup import backup_sqlite, integrity_errors
from coordinator.db.opening import open_database
from coordinator.services.safety import backups
from coordinator.services.safety.integrity import check_database
from coordinator.services.safety.open_checks import OpenStatus, assess
from safety.population import Counts, populate, read_counts

WORKER = Path(__file__).with_name("kill_worker.py")
KILLS_PER_OPERATION = 7
SEED = 20260401


@dataclass
class Outcome:
    finished: bool  # the worker printed "done" before the kill landed
    seconds: float  # from "ready" to "done", or to the end of the killed process


def run_worker(args: list[str], kill_after: float | None) -> Outcome:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    started = time.monotonic()
    if kill_after is None:
        finished = proc.stdout.readline().strip() == "done"
        seconds = time.monotonic() - started
        proc.wait(timeout=120)
        proc.stdout.close()
        assert proc.returncode == 0
        return Outcome(finished, seconds)
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait(timeout=30)
    finished = "done" in rest
    proc.stdout.close()
    return Outcome(finished, time.monotonic() - started)


def state_of(db_path: Path) -> Counts:
    """Open the database the way the app does, check it fully, and count what it holds."""
    db = open_database(db_path)
    try:
        report = check_database(db)
        assert report.ok, report.problems
        return read_counts(db)
    finally:
        db.dispose()


def fresh_copy(template: Path, target: Path) -> Path:
    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    backup_sqlite(template, target)
    open_database(target).dispose()  # back to WAL mode, as the app leaves it
    return target


@pytest.fixture
def before_state(tmp_path: Path) -> tuple[Path, Counts]:
    template = tmp_path / "template.sqlite"
    db = open_database(template)
    counts = populate(db, 300, 400)
    db.dispose()
    return template, counts


def _kill_repeatedly(
    label: str, rng: random.Random, duration: float, attempt: Callable[[float], Outcome]
) -> int:
    interrupted = 0
    for _ in range(KILLS_PER_OPERATION):
        outcome = attempt(rng.uniform(0.02, 0.9) * duration)
        interrupted += not outcome.finished
    print(f"{label} ({duration:.2f} s): {interrupted}/{KILLS_PER_OPERATION} kills mid-operation")
    return interrupted


@pytest.mark.slow
def test_kills_during_big_transactions_a_restore_and_a_backup(
    tmp_path: Path, before_state: tuple[Path, Counts]
) -> None:
    template, before = before_state
    rng = random.Random(SEED)
    db_path = tmp_path / "coordinator.sqlite"
    interrupted = 0

    # A big transaction: 1000 people and 1000 group check-ins, all audited, in one commit.
    job = ["transaction", str(db_path), "1000", "1000"]
    fresh_copy(template, db_path)
    calibration = run_worker(job, kill_after=None)  # measures the time and the after state
    after = state_of(db_path)
    assert after.people == before.people + 1000
    big_backup = tmp_path / "big-backup.sqlite"
    backup_sqlite(db_path, big_backup)

    def kill_transaction(delay: float) -> Outcome:
        fresh_copy(template, db_path)
        outcome = run_worker(job, delay)
        assert assess(db_path).status is OpenStatus.OK  # the check on open, after a crash
        assert state_of(db_path) in (before, after)
        return outcome

    interrupted += _kill_repeatedly("transaction", rng, calibration.seconds, kill_transaction)

    # The demo district (small) written in its one transaction into an empty database.
    empty = tmp_path / "empty.sqlite"
    open_database(empty).dispose()
    nothing = state_of(empty)
    demo_job = ["demo", str(db_path)]
    fresh_copy(empty, db_path)
    calibration = run_worker(demo_job, kill_after=None)
    demo = state_of(db_path)
    assert demo.people > 0

    def kill_demo(delay: float) -> Outcome:
        fresh_copy(empty, db_path)
        outcome = run_worker(demo_job, delay)
        assert state_of(db_path) in (nothing, demo)
        return outcome

    interrupted += _kill_repeatedly("demo", rng, calibration.seconds, kill_demo)

    # A roster import of 3,000 new hires (with its backup first), as `coordinator import` does.
    roster = tmp_path / "new hires.csv"
    lines = ["Emp ID,Last Name,First Name,Email,Position"]
    lines += [f"K{i:06d},Last{i},First{i},k{i}@district.example,Teacher" for i in range(3000)]
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_job = ["import", str(db_path), str(roster)]
    fresh_copy(template, db_path)
    calibration = run_worker(import_job, kill_after=None)
    imported = state_of(db_path)
    assert imported.people == before.people + 3000

    def kill_import(delay: float) -> Outcome:
        fresh_copy(template, db_path)
        outcome = run_worker(import_job, delay)
        assert state_of(db_path) in (before, imported)
        return outcome

    interrupted += _kill_repeatedly("import", rng, calibration.seconds, kill_import)

    # A restore: the small database replaced by a backup of the big one.

    # A restore writes itself into the restored database's audit log: one entry more.
    restored = dataclasses.replace(after, audit=after.audit + 1)

    def kill_restore(delay: float) -> Outcome:
        fresh_copy(template, db_path)
        outcome = run_worker(["restore", str(db_path), str(big_backup)], delay)
        assert state_of(db_path) in (before, restored)
        return outcome

    fresh_copy(template, db_path)
    calibration = run_worker(["restore", str(db_path), str(big_backup)], kill_after=None)
    assert state_of(db_path) == restored
    interrupted += _kill_repeatedly("restore", rng, calibration.seconds, kill_restore)

    # A backup of the big database: never a half-written backup in the list.
    fresh_copy(big_backup, db_path)
    calibration = run_worker(["backup", str(db_path)], kill_after=None)

    def kill_backup(delay: float) -> Outcome:
        outcome = run_worker(["backup", str(db_path)], delay)
        assert state_of(db_path) == after
        for info in backups.list_backups(db_path):
            assert integrity_errors(info.path) == []
            assert (info.people, info.checkins) in {
                (before.people, before.checkins),
                (after.people, after.checkins),
            }
        return outcome

    interrupted += _kill_repeatedly("backup", rng, calibration.seconds, kill_backup)
    assert interrupted >= 20, "fewer than 20 kills landed while an operation was running"
