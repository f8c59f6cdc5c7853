"""Roster import speed: a 100,000-row xlsx imported fresh and re-imported, against openpyxl reading.

Baseline: openpyxl's read-only mode merely iterating every cell of the file, measured in this run
right before each import. Each import runs in its own subprocess so its peak memory (ru_maxrss)
is its own. Wall-clock ratios are the goal; CPU-time ratios are printed too because they do not
move when other programs share the machine.
Goal: both imports at most 0.5x the baseline, peak memory under 400 MB.

    PYTHONPATH=src python3 benchmarks/import_bench.py [--rows 100000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_figures import record

CACHE = Path(tempfile.gettempdir()) / "coordinator-bench"
CAMPUSES = [
    f"{name} {kind}"
    for name in (
        "Lamar",
        "Travis",
        "Bowie",
        "Crockett",
        "Austin",
        "Houston",
        "Fannin",
        "Milam",
        "Zavala",
        "Seguin",
    )
    for kind in ("Elementary", "Middle", "High")
]
FIRST = ["Mai", "Seán", "Zoë", "Min-jun", "José", "Ana", "Chris", "Lee", "Priya", "Omar"]
LAST = ["Nguyễn", "O'Brien", "García", "Smith", "Lee", "Patel", "Johnson", "Şahin", "Kim", "Brown"]
HEADERS = [
    "Emp ID",
    "Last Name",
    "First Name",
    "Email",
    "Campus Name",
    "Position",
    "Subject",
    "Grade",
    "Phone",
    "Hire Date",
]


def roster_file(rows: int) -> Path:
    """The roster xlsx, written once with openpyxl's write-only mode and cached."""
    path = CACHE / f"roster-{rows}.xlsx"
    if path.exists():
        return path
    import openpyxl

    CACHE.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Roster")
    sheet.append(HEADERS)
    start = dt.date(2025, 8, 1)
    for i in range(rows):
        sheet.append(
            [
                100000 + i,
                LAST[i % 10],
                f"{FIRST[(i // 10) % 10]}{i}",
                f"person{i}@district.org",
                CAMPUSES[i % len(CAMPUSES)],
                "Teacher",
                "Reading" if i % 2 else "Math",
                str(i % 12 + 1),
                f"512-555-{i % 10000:04d}",
                start + dt.timedelta(days=i % 60),
            ]
        )
    tmp = path.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.rename(path)
    return path


Timing = dict[str, float]  # wall and CPU seconds


def openpyxl_baseline(path: Path) -> Timing:
    import openpyxl

    wall, cpu = time.perf_counter(), time.process_time()
    book = openpyxl.load_workbook(path, read_only=True)
    cells = 0
    for row in book.active.iter_rows(values_only=True):  # type: ignore[union-attr]
        cells += len(row)
    book.close()
    return {"seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def child(db_path: str, file_path: str) -> None:
    """Run in a subprocess: one import (read, map, check, plan, apply), timed."""
    import resource

    from coordinator.db.opening import open_database
    from coordinator.importing.roster.pipeline import apply_import, prepare_import

    db = open_database(db_path)
    wall, cpu = time.perf_counter(), time.process_time()
    prepared = prepare_import(db, file_path)
    plan, result = apply_import(db, prepared)
    seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu_seconds,
                "counts": plan.counts(),
                "batch": result.batch_id,
                "peak_mb": peak,
            }
        )
    )


def run_import(db_path: Path, file_path: Path) -> dict[str, Any]:
    env = {**os.environ, "COORDINATOR_HOME": str(db_path.parent / "home")}
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(db_path), str(file_path)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    path = roster_file(args.rows)
    print(f"{args.rows:,}-row roster: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    # Each import is measured right after its own baseline, so a busy machine slows both alike.
    pairs: dict[str, list[tuple[Timing, dict[str, Any]]]] = {"fresh": [], "again": []}
    for attempt in range(1, args.repeats + 1):
        with tempfile.TemporaryDirectory() as tmp:
            db_path = Path(tmp) / "bench.sqlite"
            for kind, wanted in (("fresh", "new"), ("again", "unchanged")):
                base = openpyxl_baseline(path)
                done = run_import(db_path, path)
                assert done["counts"][wanted] == args.rows, done
                pairs[kind].append((base, done))
                print(
                    f"run {attempt} {kind:<5}: baseline {base['seconds']:6.2f}s "
                    f"({base['cpu']:.2f}s CPU)  import {done['seconds']:6.2f}s "
                    f"({done['cpu']:.2f}s CPU)  {done['seconds'] / base['seconds']:.2f}x  "
                    f"peak {done['peak_mb']:.0f} MB"
                )
    print(f"median of {args.repeats} runs (goal: import <= 0.50x the baseline, peak < 400 MB):")
    for kind, label in (("fresh", "full import into empty SQLite"), ("again", "re-import")):
        runs = pairs[kind]
        base = statistics.median(b["seconds"] for b, _ in runs)
        took = statistics.median(d["seconds"] for _, d in runs)
        ratio = statistics.median(d["seconds"] / b["seconds"] for b, d in runs)
        cpu_ratio = statistics.median(d["cpu"] / b["cpu"] for b, d in runs)
        peak = statistics.median(d["peak_mb"] for _, d in runs)
        print(
            f"  {label:<30} baseline {base:6.2f}s  import {took:6.2f}s  ratio {ratio:.2f}x "
            f"(CPU time {cpu_ratio:.2f}x)  peak {peak:.0f} MB"
        )
        record(
            f"{label}, {args.rows:,} rows",
            took,
            base,
            baseline_label="openpyxl read-only, every cell",
            peak=peak,
            goal="<= 0.5x, < 400 MB",
        )


if __name__ == "__main__":
    main()
