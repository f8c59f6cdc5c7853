"""Check-ins page on the large demo: opening it and scrolling to the last row, beside the old list.

    python3 benchmarks/checkins_bench.py [--db FILE] [--repeats 3]

Builds the large demo district (about 222,000 check-ins in its busiest year) into a fresh temp
file, or uses FILE when it already holds one, then times, offscreen at 1366x768:
  open      the Check-ins page's table: the filters' mentors and mentees, one COUNT, the first
            page of 500, painted
  scroll    from there, the scroll bar dragged to the bottom until the last (oldest) check-in of
            the year is painted: every row fetched, 500 at a time (each page read in a
            worker; "longest step" is the longest a heartbeat timer on the window's thread
            waited meanwhile)
  oldest    a click on Date: oldest first, the first page painted
  mentee    a mentee's name typed into the filter: count, first page, their hours bars, painted
beside the baseline, the old fixed list: the page's old data path (the year's mentors, then the
newest 2,000 check-ins and their count) into the old Python-sorted table model, painted, and
scrolled to its last row, the 2,000th (nothing older was reachable).

Each figure is given cold (the first run in a fresh process, with its peak memory) and warm (the
median of the repeats in this process after one warm-up); "longest step" is the longest single
page fetch while scrolling, the longest the window's thread is held.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget
from sqlalchemy import func, select

from bench_figures import record
from coordinator.app import make_application
from coordinator.db.engine import Database
from coordinator.db.models import CHECKIN_KIND_LABELS, Checkin
from coordinator.db.opening import open_database
from coordinator.services.checkins.entry import checkin_form
from coordinator.services.checkins.listing import CheckinRow, list_checkins
from coordinator.ui.context import AppContext
from coordinator.ui.models.rows_model import Column, RowsModel

# Imported before any timing, as the window does at start (its workbook and calendar imports
# bring openpyxl and icalendar: a second and more, paid once per process, not per open).
from coordinator.ui.pages.checkins_page import CheckinsPage
from heartbeat import Heartbeat

FIGURES = ("open", "scroll", "oldest", "mentee", "old-open", "old-scroll")


class OldCheckinModel(RowsModel[CheckinRow]):
    """The table model the page had before: every row in a list, sorted in Python."""

    COLUMNS = (
        Column("Date", lambda r: r.occurred_on.isoformat(), lambda r: (r.occurred_on, r.id)),
        Column("Mentor", lambda r: r.mentor),
        Column("Kind", lambda r: CHECKIN_KIND_LABELS[r.kind]),
        Column("Minutes", lambda r: str(r.minutes), lambda r: r.minutes, align_right=True),
        Column("Mentees", lambda r: r.attendees, lambda r: (r.invited, r.attendees.lower())),
        Column("Topics", lambda r: r.topics, tooltip=lambda r: r.topics),
        Column("Follow-up", lambda r: r.follow_up_on.isoformat() if r.follow_up_on else ""),
        Column("Source", lambda r: r.source),
    )

    def row_id(self, row: CheckinRow) -> int:
        return row.id


def busiest_year(db: Database) -> tuple[int, int]:
    with db.reading() as s:
        year_id, count = s.execute(
            select(Checkin.program_year_id, func.count())
            .group_by(Checkin.program_year_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    return int(year_id), int(count)


def a_mentee_name(db: Database, year_id: int) -> str:
    from coordinator.services.checkins.entry import mentees_for_year

    with db.reading() as s:
        mentees = mentees_for_year(s, year_id)
    names = [m.name for m in mentees]
    unique = [n for n in names if names.count(n) == 1] if len(names) < 50 else []
    middle = len(names) // 2
    for name in unique or names[middle:] + names[:middle]:
        if names.count(name) == 1:
            return name  # one person of that name: the filter names them, their bars show
    raise SystemExit("every mentee shares a name")


class Bench:
    """The window, the page and the old table, opened against one database."""

    def __init__(self, db: Database, year_id: int) -> None:
        self.app = make_application()  # as the window does (its thread switch interval too)
        self.db = db
        self.year_id = year_id
        self.context = AppContext(db)
        self.context.set_program_year(year_id)
        self.mentee_name = a_mentee_name(db, year_id)
        self.page: Any = None
        self.old: QTableView | None = None
        self.longest_step = 0.0

    def _show(self, widget: QWidget) -> None:
        widget.resize(1366, 768)
        widget.show()
        self.app.processEvents()
        widget.grab()  # painted

    def _close(self, widget: QWidget | None) -> None:
        if widget is not None:
            widget.close()
            widget.deleteLater()
            self.app.processEvents()

    def open(self) -> None:
        self._close(self.page)
        self.page = CheckinsPage(self.context)
        self._show(self.page)

    def scroll(self) -> None:
        """Drag to the bottom until nothing is left to fetch; the last row painted.

        The page reads each further page in a worker, so the drag is repeated whenever a page
        has landed; a heartbeat timer (every 5 ms) measures the longest the window's thread was
        held meanwhile (`longest_step`): a read, an insert, a paint.
        """
        self.open()
        table, model = self.page.table, self.page.model
        bar = table.verticalScrollBar()
        heart = Heartbeat(5)
        while model.canFetchMore() or model.fetching:
            if not model.fetching:
                if bar.value() == bar.maximum():  # the rows landed, not yet laid out
                    self.app.processEvents()
                bar.setValue(bar.maximum())
            self.app.processEvents()
            time.sleep(0.001)  # the worker reads meanwhile
        self.longest_step = heart.stop()
        bar.setValue(bar.maximum())
        table.grab()
        last = model.row_at(model.rowCount() - 1)
        assert last is not None
        assert model.rowCount() == model.matching

    def oldest(self) -> None:
        self.open()
        self.page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.page.table.grab()

    def mentee(self) -> None:
        self.open()
        self.page.mentee_filter.setText(self.mentee_name)
        self.page.filters.apply_now()
        self.page.grab()
        assert self.page.hours.isVisible()

    def old_open(self) -> None:
        self._close(self.old)
        with self.db.reading() as s:
            checkin_form(s, self.year_id)  # the old page's filter choices: the year's mentors
            rows, _total = list_checkins(s, self.year_id, limit=2000)
        model = OldCheckinModel()
        model.sort(0, Qt.SortOrder.DescendingOrder)
        model.set_rows(rows)
        self.old = QTableView()
        self.old.setModel(model)
        self.old.setSortingEnabled(True)
        self._show(self.old)

    def old_scroll(self) -> None:
        self.old_open()
        assert self.old is not None
        self.old.scrollToBottom()
        self.app.processEvents()
        self.old.grab()

    def run(self, figure: str) -> float:
        work: Callable[[], None] = getattr(self, figure.replace("-", "_"))
        start = time.perf_counter()
        work()
        return time.perf_counter() - start


def cold(db_path: Path, figure: str) -> dict[str, float]:
    """One run of `figure` in a fresh process: seconds, peak MB and its longest step."""
    out = subprocess.run(
        [sys.executable, __file__, "--db", str(db_path), "--one", figure],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def peak_memory_mb() -> float:
    """This process's peak resident memory. Not ru_maxrss: Linux carries that over from the
    parent that started the process, so every figure would show the demo builder's peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for text in status.read_text().splitlines():
            if text.startswith("VmHWM:"):
                return int(text.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(db_path: Path, figure: str) -> None:
    db = open_database(db_path)
    year_id, _count = busiest_year(db)
    bench = Bench(db, year_id)
    seconds = bench.run(figure)
    peak_mb = peak_memory_mb()
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "step": bench.longest_step}))


def line(
    label: str, ours: float, base_label: str, base: float, extra: str = "", phase: str = ""
) -> None:
    record(f"check-ins page {label}, {phase}", ours, base, baseline_label=base_label)
    ratio = ours / base if base else float("inf")
    print(
        f"  {label:<22} {ours * 1000:9.0f} ms   {base_label:<24} {base * 1000:8.0f} ms"
        f"   {ratio:6.2f}x{extra}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database file (default: a fresh temp file)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--one", choices=FIGURES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.db, args.one)
        return 0
    path = args.db or Path(tempfile.mkdtemp(prefix="checkins-bench-")) / "large.sqlite"
    db = open_database(path)
    with db.reading() as s:
        empty = not s.scalar(select(func.count()).select_from(Checkin))
    if empty:
        from coordinator.demo import build_demo

        print("building the large demo district...", flush=True)
        build_demo(db, scale="large")
    year_id, count = busiest_year(db)
    db.dispose()
    print(f"{path}: busiest year {count:,} check-ins; load average {os.getloadavg()[0]:.1f}")

    colds = {figure: cold(path, figure) for figure in FIGURES}
    print("cold (first run in a fresh process; peak memory of that process):")
    base = colds["old-open"]
    for figure, against in (("open", "old-open"), ("oldest", "old-open"), ("mentee", "old-open")):
        old = colds[against]["seconds"]
        line(figure, colds[figure]["seconds"], "old list, newest 2,000", old, phase="cold")
    line(
        "scroll to the last row",
        colds["scroll"]["seconds"],
        "old list to its 2,000th",
        colds["old-scroll"]["seconds"],
        f"   longest step {colds['scroll']['step'] * 1000:.0f} ms",
        phase="cold",
    )
    print(
        f"  peak memory: open {colds['open']['peak_mb']:.0f} MB, scrolled to the end "
        f"{colds['scroll']['peak_mb']:.0f} MB; old list {base['peak_mb']:.0f} MB"
    )

    db = open_database(path)
    bench = Bench(db, year_id)
    warm: dict[str, float] = {}
    steps: list[float] = []
    for figure in FIGURES:
        bench.run(figure)  # warm-up
        times = []
        for _ in range(args.repeats):
            times.append(bench.run(figure))
            if figure == "scroll":
                steps.append(bench.longest_step)
        warm[figure] = statistics.median(times)
    print(f"warm (median of {args.repeats} after a warm-up):")
    for figure in ("open", "oldest", "mentee"):
        line(figure, warm[figure], "old list, newest 2,000", warm["old-open"], phase="warm")
    line(
        "scroll to the last row",
        warm["scroll"],
        "old list to its 2,000th",
        warm["old-scroll"],
        f"   longest step {max(steps) * 1000:.0f} ms",
        phase="warm",
    )
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
