"""Roster import speed: a 100,000-row xlsx imported fresh and re-imported, against openpyxl reading.

Baseline: openpyxl's read-only mode merely iterating every cell of the file (measured in this run).
Each import runs in its own subprocess so its peak memory (ru_maxrss) is measured on its own.
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


def openpyxl_baseline(path: Path) -> float:
    import openpyxl

    began = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True)
    cells = 0
    for row in book.active.iter_rows(values_only=True):  # type: ignore[union-attr]
        cells += len(row)
    book.close()
    return time.perf_counter() - began


def child(db_path: str, file_path: str) -> None:
    """Run in a subprocess: one import (read, map, check, plan, apply), timed."""
    import resource

    from coordinator.db.engine import open_database
    from coordinator.importing.roster import apply_import, prepare_import

    db = open_database(db_path)
    began = time.perf_counter()
    prepared = prepare_import(db, file_path)
    plan, result = apply_import(db, prepared)
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {"seconds": seconds, "counts": plan.counts(), "batch": result.batch_id, "peak_mb": peak}
        )
    )


def run_import(db_path: Path, file_path: Path) -> dict[str, float]:
    env = {**os.environ, "COORDINATOR_HOME": str(db_path.parent / "home")}
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(db_path), str(file_path)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
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
    baseline, fresh, again, peaks = [], [], [], []
    for attempt in range(1, args.repeats + 1):
        with tempfile.TemporaryDirectory() as tmp:
            db_path = Path(tmp) / "bench.sqlite"
            baseline.append(openpyxl_baseline(path))
            first = run_import(db_path, path)
            second = run_import(db_path, path)
            assert first["counts"]["new"] == args.rows, first  # type: ignore[index]
            assert second["counts"]["unchanged"] == args.rows, second  # type: ignore[index]
            fresh.append(first["seconds"])
            again.append(second["seconds"])
            peaks.append(max(first["peak_mb"], second["peak_mb"]))
        print(
            f"run {attempt}: baseline {baseline[-1]:.2f}s  import {fresh[-1]:.2f}s "
            f"re-import {again[-1]:.2f}s  peak {peaks[-1]:.0f} MB"
        )
    base = statistics.median(baseline)
    print(f"median of {args.repeats} runs:")
    print(f"  openpyxl read-only iteration (baseline) {base:6.2f} s  1.00x")
    for label, values in (("full import into empty SQLite", fresh), ("re-import same file", again)):
        seconds = statistics.median(values)
        print(f"  {label:<39} {seconds:6.2f} s  {seconds / base:.2f}x  (goal <= 0.50x)")
    print(
        f"  peak memory of an import              {statistics.median(peaks):6.0f} MB "
        "(goal < 400 MB)"
    )


if __name__ == "__main__":
    main()
