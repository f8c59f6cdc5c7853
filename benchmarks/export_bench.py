"""Check-ins export speed and memory: the large demo's year as xlsx and csv, beside plain writers.

    PYTHONPATH=src python3 benchmarks/export_bench.py [--db FILE] [--scale large] [--repeats 3]

Builds the demo district (`large`: about 222,000 check-ins in its busiest year) into a fresh
temp file, or uses FILE when it already holds one, then times, each in its own process so its
peak memory (ru_maxrss, the whole process) is its own:
  ours xlsx   write_year_export(..., "checkins", FILE.xlsx): the rows read from the database as
              the sheet is written (what the Export dialog and `coordinator export` run)
  ours csv    the same as FILE.csv
beside the baselines, the same rows read by one plain sqlite3 query (the same joins, topics by
group_concat) and written by
  openpyxl    openpyxl's write-only workbook, values appended as they are (no widths, no checks)
  csv module  csv.writer, values as they are
The first run is the cold one; warm is the median of the repeats after it.
Goals (issue 20): xlsx within 1.2x openpyxl write-only, peak under 200 MB; csv within 2x.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_figures import peak_mb, record

BASELINE_SQL = """
SELECT c.id, c.occurred_on, c.kind, c.minutes, mo.employee_id,
       mo.first_name || ' ' || mo.last_name, me.employee_id,
       me.first_name || ' ' || me.last_name,
       CASE WHEN a.present THEN 'Yes' ELSE 'No' END,
       (SELECT group_concat(t.name, '; ') FROM checkin_topic ct JOIN topic t ON t.id = ct.topic_id
        WHERE ct.checkin_id = c.id),
       c.next_steps, c.follow_up_on
FROM checkin c
JOIN checkin_attendee a ON a.checkin_id = c.id
JOIN person me ON me.id = a.mentee_id
JOIN person mo ON mo.id = c.mentor_id
WHERE c.program_year_id = ?
ORDER BY c.occurred_on, c.id, me.last_name
"""
HEADERS = [
    "Check-in",
    "Date",
    "Kind",
    "Minutes",
    "Mentor employee ID",
    "Mentor",
    "Mentee employee ID",
    "Mentee",
    "Present",
    "Topics",
    "Next steps",
    "Follow up on",
]
FIGURES = ("ours xlsx", "openpyxl", "ours csv", "csv module")


def busiest_year(db_path: Path) -> tuple[int, int]:
    """The program year with the most check-in rows, and that count."""
    with sqlite3.connect(db_path) as conn:
        year, count = conn.execute(
            "SELECT c.program_year_id, COUNT(*) FROM checkin c JOIN checkin_attendee a "
            "ON a.checkin_id = c.id GROUP BY c.program_year_id ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
    return int(year), int(count)


def plain_rows(db_path: str, year_id: int, dates: bool) -> Any:
    conn = sqlite3.connect(db_path)
    for row in conn.execute(BASELINE_SQL, (year_id,)):
        if dates:  # openpyxl is handed dates, as ours writes them
            on, follow = row[1], row[11]
            yield (
                *row[:1],
                dt.date.fromisoformat(on),
                *row[2:11],
                dt.date.fromisoformat(follow) if follow else None,
            )
        else:
            yield row
    conn.close()


def child(figure: str, db_path: str, year_id: int, out: str) -> None:
    """Run in a subprocess: one export, timed; prints its seconds, rows and peak memory."""
    started = time.perf_counter()
    rows = 0
    if figure.startswith("ours"):
        from coordinator.db.opening import open_database
        from coordinator.reports.jobs import write_year_export

        db = open_database(db_path)
        started = time.perf_counter()
        _, rows = write_year_export(db, year_id, "checkins", Path(out))
        db.dispose()
    elif figure == "openpyxl":
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Check-ins")
        sheet.append(HEADERS)
        for row in plain_rows(db_path, year_id, dates=True):
            sheet.append(row)
            rows += 1
        book.save(out)
    else:
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADERS)
            for row in plain_rows(db_path, year_id, dates=False):
                writer.writerow(row)
                rows += 1
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "rows": rows, "peak_mb": peak_mb()}))


def run_child(figure: str, db_path: Path, year_id: int, folder: Path) -> dict[str, Any]:
    suffix = ".csv" if "csv" in figure else ".xlsx"
    out = folder / f"{figure.replace(' ', '-')}{suffix}"
    env = {**os.environ, "COORDINATOR_HOME": str(folder / "home")}
    done = subprocess.run(
        [sys.executable, __file__, "--child", figure, str(db_path), str(year_id), str(out)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    out.unlink()
    return result


def build_database(path: Path, scale: str, folder: Path) -> Path:
    env = {**os.environ, "COORDINATOR_HOME": str(folder / "home")}
    subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", str(path), "demo", "--scale", scale],
        check=True,
        capture_output=True,
        env=env,
    )
    return path


def bench(db_path: Path, repeats: int, folder: Path) -> None:
    year_id, count = busiest_year(db_path)
    print(f"{count:,} check-in rows; load average {os.getloadavg()[0]:.1f}")
    runs: dict[str, list[dict[str, Any]]] = {figure: [] for figure in FIGURES}
    for _ in range(repeats + 1):  # the first round is the cold one; round-robin for fairness
        for figure in FIGURES:
            runs[figure].append(run_child(figure, db_path, year_id, folder))
    for figure in FIGURES:
        assert all(r["rows"] == count for r in runs[figure]), (figure, runs[figure])

    def cold(figure: str) -> float:
        return float(runs[figure][0]["seconds"])

    def warm(figure: str) -> float:
        return statistics.median(r["seconds"] for r in runs[figure][1:])

    def peak(figure: str) -> float:
        return max(r["peak_mb"] for r in runs[figure])

    print(f"{'export':<12}{'cold s':>8}{'ratio':>7}{'warm s':>9}{'ratio':>7}{'peak MB':>9}")
    for figure, base in (
        ("ours xlsx", "openpyxl"),
        ("openpyxl", "openpyxl"),
        ("ours csv", "csv module"),
        ("csv module", "csv module"),
    ):
        print(
            f"{figure:<12}{cold(figure):>8.2f}{cold(figure) / cold(base):>6.2f}x"
            f"{warm(figure):>9.2f}{warm(figure) / warm(base):>6.2f}x{peak(figure):>9.0f}"
        )
    print(
        f"load average {os.getloadavg()[0]:.1f}; {repeats} warm runs; goals: xlsx <= 1.20x "
        "openpyxl write-only, peak < 200 MB; csv <= 2.00x the csv module"
    )
    for figure, base, goal in (
        ("ours xlsx", "openpyxl", "<= 1.2x, < 200 MB"),
        ("ours csv", "csv module", "<= 2x"),
    ):
        label = f"{base} (sqlite3 rows)"
        name = f"export {count:,} check-ins {figure.split()[1]}"
        record(
            f"{name}, cold",
            cold(figure),
            cold(base),
            baseline_label=label,
            goal=goal,
            peak=peak(figure),
        )
        record(
            f"{name}, warm",
            warm(figure),
            warm(base),
            baseline_label=label,
            goal=goal,
            peak=peak(figure),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (default: built fresh)")
    parser.add_argument("--scale", default="large", choices=("small", "district", "large"))
    parser.add_argument("--repeats", type=int, default=3, help="warm runs (default 3)")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figure, db_path, year_id, out = args.child
        child(figure, db_path, int(year_id), out)
        return
    with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
        folder = Path(tmp)
        db_path = args.db or folder / f"demo-{args.scale}.sqlite"
        if not db_path.exists():
            started = time.perf_counter()
            build_database(db_path, args.scale, folder)
            print(f"demo {args.scale} built in {time.perf_counter() - started:.0f} s")
        bench(db_path, args.repeats, folder)


if __name__ == "__main__":
    main()
