"""Backups, restore and the check on open, each beside a plain baseline measured in the same run.

    python3 benchmarks/backups.py [--scale district|large]

Baselines: a backup and a restore against copying the file and fsyncing it; the quick check on
open against SQLite's full integrity_check; assessing a file against opening it bare.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_figures import record

REPEATS = 3


def median_seconds(action: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def copy_and_fsync(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb") as fh:
        os.fsync(fh.fileno())


def full_integrity_check(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA integrity_check").fetchall()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="district")
    scale = parser.parse_args().scale
    with tempfile.TemporaryDirectory() as folder:
        os.environ["COORDINATOR_HOME"] = folder
        from coordinator.db.opening import open_database
        from coordinator.demo import build_demo
        from coordinator.services.safety import backups, restore
        from coordinator.services.safety.open_checks import assess, quick_check

        db_path = Path(folder) / "coordinator.sqlite"
        db = open_database(db_path)
        build_demo(db, seed=1, scale=scale)
        db.dispose()
        size_mb = db_path.stat().st_size / 1e6
        print(f"demo {scale}: {size_mb:.1f} MB database, median of {REPEATS}")

        db = open_database(db_path)
        copy_target = Path(folder) / "copy.sqlite"
        baseline = median_seconds(lambda: copy_and_fsync(db_path, copy_target))
        backup = median_seconds(lambda: backups.make_backup(db, "benchmark", rotate=False))
        db.dispose()
        saved = backups.list_backups(db_path)[0].path
        restoring = median_seconds(lambda: restore.restore(db_path, saved))
        quick = median_seconds(lambda: quick_check(db_path))
        full = median_seconds(lambda: full_integrity_check(db_path))
        bare_open = median_seconds(lambda: open_database(db_path).dispose())
        assessed = median_seconds(lambda: assess(db_path))
        rows = [
            ("backup (verified, fsync, rename)", backup, "copy + fsync", baseline),
            ("restore (backup first, verify)", restoring, "copy + fsync", baseline),
            ("quick check on open", quick, "full integrity_check", full),
            ("assess on open", assessed, "open_database bare", bare_open),
        ]
        for label, seconds, base_label, base in rows:
            print(
                f"{label:<34} {seconds * 1000:8.1f} ms   {base_label:<22} "
                f"{base * 1000:8.1f} ms   ratio {seconds / base:5.2f}"
            )
            record(f"{label}, {scale} demo", seconds, base, baseline_label=base_label)


if __name__ == "__main__":
    main()
