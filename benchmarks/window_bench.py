"""The window never blocks: the GUI thread's longest pause while pages open, refresh, sort, filter.

A heartbeat (a 10 ms QTimer on the GUI thread) records the longest gap between its ticks while
each action runs and until the page shows its result (work done in a worker counts only for the
moments it holds the GUI thread). Each action's longest block is printed beside the goal (100 ms)
and beside the figure measured before this work (issue 20). Medians of `--repeats`.

    PYTHONPATH=src QT_QPA_PLATFORM=offscreen python3 benchmarks/window_bench.py --db large.sqlite

The database is the large demo (`coordinator --db F demo --scale large`: about 100,000 people,
5,000 mentors, 220,000 check-ins); build it once and reuse it (a copy is opened: it stays as is).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from sqlalchemy import text

from coordinator.db.opening import open_database
from coordinator.ui.context import AppContext
from coordinator.ui.pages.checkins_page import CheckinsPage
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.people_page import PeoplePage
from coordinator.ui.pages.reports_page import ReportsPage
from heartbeat import Heartbeat

GOAL = 0.100
TICK_MS = 10
Runner = Callable[[str, Callable[[], object], Callable[[], bool]], None]
# The GUI thread's longest block measured before (issue 20), where the issue names one.
BEFORE = {
    "People: open": 1.1,
    "People: refresh after a change": 1.1,
    "People: sort by campus": 0.2,
    "People: sort by name": 0.2,
    "Cohorts: open": 0.43,
    "Cohorts: select an unassigned mentee": 0.27,
    "Check-ins: open": 0.39,
    "Reports: open": 0.44,
}


def spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def busy(widget: QWidget) -> bool:
    loading = getattr(widget, "is_loading", None)
    return bool(loading()) if callable(loading) else False


def measure(beat: Heartbeat, action: Callable[[], object], ready: Callable[[], bool]) -> float:
    """The longest GUI-thread gap from the action's start until `ready()` (plus a tick)."""
    spin(0.05)
    beat.reset()
    action()
    deadline = time.perf_counter() + 60
    while not ready() and time.perf_counter() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    spin(3 * TICK_MS / 1000)  # a tick after the last step has been shown
    return beat.longest


def report(label: str, blocks: list[float]) -> None:
    median = statistics.median(blocks)
    before = BEFORE.get(label)
    old = f"{before * 1000:6.0f} ms" if before else "     n/a"
    verdict = "met" if median <= GOAL else f"{median / GOAL:.1f}x the goal"
    print(
        f"{label:<40} {median * 1000:7.0f} ms   goal {GOAL * 1000:.0f} ms   before {old}   ",
        verdict,
    )


def one_round(context: AppContext, run: Runner) -> None:
    """Open each page, then refresh, sort, filter and select on it."""
    holder: dict[str, QWidget] = {}

    def open_page(kind: Callable[[AppContext], QWidget], name: str) -> None:
        page = kind(context)
        page.resize(1366, 768)
        page.show()
        holder[name] = page

    def ready(name: str) -> Callable[[], bool]:
        return lambda: name in holder and not busy(holder[name])

    run("People: open", lambda: open_page(PeoplePage, "people"), ready("people"))
    people = holder["people"]
    table = people.findChild(QTableView)
    assert table is not None
    table.selectRow(5)
    run("People: refresh after a change", lambda: context.notify("people"), ready("people"))
    run(
        "People: sort by campus",
        lambda: table.sortByColumn(3, Qt.SortOrder.AscendingOrder),
        ready("people"),
    )
    run(
        "People: sort by name",
        lambda: table.sortByColumn(0, Qt.SortOrder.AscendingOrder),
        ready("people"),
    )
    edit = people.filter_edit  # type: ignore[attr-defined]
    run("People: filter, first keystroke", lambda: edit.setText("n"), ready("people"))
    run("People: filter cleared", lambda: edit.setText(""), ready("people"))
    run("People: select a person", lambda: table.selectRow(40), ready("people"))
    run("Cohorts: open", lambda: open_page(CohortsPage, "cohorts"), ready("cohorts"))
    cohorts = holder["cohorts"]
    unassigned = cohorts.unassigned_table  # type: ignore[attr-defined]
    run(
        "Cohorts: select an unassigned mentee",
        lambda: unassigned.selectRow(min(3, unassigned.model().rowCount() - 1)),
        ready("cohorts"),
    )
    run("Check-ins: open", lambda: open_page(CheckinsPage, "checkins"), ready("checkins"))
    run("Reports: open", lambda: open_page(ReportsPage, "reports"), ready("reports"))
    for page in holder.values():
        page.close()
        page.deleteLater()
    # Gone before the next round: a closed page must not refresh on the next round's changes.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    spin(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True, help="the large demo database")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("COORDINATOR_HOME", tempfile.mkdtemp(prefix="window-bench-"))
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="window-bench-")) / "large.sqlite"
    shutil.copyfile(args.db, work)
    db = open_database(work)
    context = AppContext(db)
    with db.reading() as s:  # the busiest program year
        busiest = "SELECT program_year_id FROM enrollment GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        context.set_program_year(s.execute(text(busiest)).scalar())
    beat = Heartbeat(TICK_MS)
    print(f"load average {os.getloadavg()[0]:.2f}; {args.repeats} repeats; {args.db}")
    results: dict[str, list[float]] = {}

    def run(label: str, action: Callable[[], object], ready: Callable[[], bool]) -> None:
        results.setdefault(label, []).append(measure(beat, action, ready))

    for _ in range(args.repeats):
        one_round(context, run)
    for label, blocks in results.items():
        report(label, blocks)
    print(f"load average {os.getloadavg()[0]:.2f}")
    db.dispose()
    app.quit()


if __name__ == "__main__":
    main()
