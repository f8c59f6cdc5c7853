"""Dashboard speed on the `large` demo: rule evaluation beside a plain SQL aggregate of the minutes.

    python3 benchmarks/dashboard_bench.py [--db FILE] [--repeats 3]

Builds the large demo district into FILE when it is empty (about 10,000 mentees and 220,000
check-ins), then times, as the median of the repeats:
  baseline   one plain SQL GROUP BY of present attendees' minutes per mentee per semester
             (and the same query kept off the year index, the fastest plain form)
  rules      evaluate_program_year (every mentee's state, reasons and numbers)
  mentors    evaluate_mentors
  dashboard  build_dashboard (figures, at-risk list, the three chart series)
  page       the Dashboard page shown offscreen until its figure tiles are painted, and until
             the at-risk table and the charts are painted too (the goal: under a second)
and prints each beside the baseline as a ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select, text

from bench_figures import record
from coordinator.db.engine import Database
from coordinator.db.models import Checkin, Program, ProgramYear
from coordinator.db.opening import open_database
from coordinator.services.compliance.dashboard import build_dashboard
from coordinator.services.compliance.evaluate import evaluate_mentors, evaluate_program_year

BASELINE_SQL = """
SELECT a.mentee_id, s.name, SUM(c.minutes)
FROM checkin_attendee a
JOIN checkin c ON c.id = a.checkin_id
JOIN semester s ON s.program_year_id = c.program_year_id
     AND c.occurred_on BETWEEN s.start_date AND s.end_date
WHERE c.program_year_id = :year AND a.present
GROUP BY a.mentee_id, s.name
"""
# The same query kept off the year index (as the rules' queries are): the fastest plain SQL.
SCAN_SQL = BASELINE_SQL.replace(
    "WHERE c.program_year_id = :year", "WHERE c.program_year_id + 0 = :year"
)


def median_seconds(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def largest_year(db: Database) -> tuple[int, str]:
    with db.reading() as s:
        year_id, count = s.execute(
            select(Checkin.program_year_id, func.count())
            .group_by(Checkin.program_year_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        year = s.get(ProgramYear, year_id)
        program = s.get(Program, year.program_id) if year else None
        label = f"{program.name if program else '?'} {year.label if year else '?'}"
        return int(year_id), f"{label} ({count:,} check-ins)"


def ensure_demo(db: Database) -> None:
    with db.reading() as s:
        if s.scalar(select(func.count()).select_from(Checkin)):
            return
    from coordinator.demo import build_demo

    print("building the large demo district (once)...", flush=True)
    build_demo(db, scale="large")


def page_timer(db: Database, year_id: int) -> Callable[[], tuple[float, float]]:
    """Opens the Dashboard page offscreen; returns seconds until the figure tiles are painted
    and until the at-risk table and charts are painted too."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from coordinator.ui.context import AppContext
    from coordinator.ui.pages.dashboard_page import DashboardPage

    app = QApplication.instance() or QApplication([])
    context = AppContext(db)
    context.set_program_year(year_id)

    def open_page() -> tuple[float, float]:
        start = time.perf_counter()
        page = DashboardPage(context)
        page.resize(1400, 900)
        waiting = QEventLoop()  # sleeps until the signal: no busy loop taking the worker's GIL
        page.figures_shown.connect(waiting.quit)
        page.show()  # starts the evaluation in a worker thread
        waiting.exec()
        page.grab()  # paints the tiles
        figures = time.perf_counter() - start
        page.wait_until_evaluated()
        page.grab()
        everything = time.perf_counter() - start
        page.close()
        page.deleteLater()
        app.processEvents()
        return figures, everything

    return open_page


def median_page_open(
    open_page: Callable[[], tuple[float, float]], repeats: int
) -> tuple[float, float]:
    open_page()  # Qt's first show loads fonts and styles once per process
    runs = [open_page() for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database file (default: a temp file)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / "coordinator-bench-large.sqlite"
    db = open_database(path)
    ensure_demo(db)
    year_id, label = largest_year(db)
    print(f"{path}: {label}; median of {args.repeats}")

    def baseline() -> object:
        with db.reading() as s:
            return s.execute(text(BASELINE_SQL), {"year": year_id}).all()

    def reading(fn: Callable[..., object]) -> Callable[[], object]:
        def run() -> object:
            with db.reading() as s:
                return fn(s, year_id)

        return run

    def scan() -> object:
        with db.reading() as s:
            return s.execute(text(SCAN_SQL), {"year": year_id}).all()

    base = median_seconds(baseline, args.repeats)
    print(f"{'baseline (plain SQL minutes)':<32}{base * 1000:9.0f} ms   1.00x")
    scanned = median_seconds(scan, args.repeats)
    print(f"{'  the same, off the year index':<32}{scanned * 1000:9.0f} ms {scanned / base:6.2f}x")
    for name, work in (
        ("evaluate_program_year", reading(evaluate_program_year)),
        ("evaluate_mentors", reading(evaluate_mentors)),
        ("build_dashboard", reading(build_dashboard)),
    ):
        seconds = median_seconds(work, args.repeats)
        print(f"{name:<32}{seconds * 1000:9.0f} ms {seconds / base:6.2f}x")
        record(name, seconds, base, baseline_label="plain SQL minutes")
    figures, everything = median_page_open(page_timer(db, year_id), args.repeats)
    for name, seconds in (
        ("page open: figures painted", figures),
        ("page open: table, charts too", everything),
    ):
        print(f"{name:<32}{seconds * 1000:9.0f} ms {seconds / base:6.2f}x")
        record(f"dashboard {name}", seconds, base, baseline_label="plain SQL minutes")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
