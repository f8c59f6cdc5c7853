"""Developers' smoke test of a built app, not a user feature: COORDINATOR_SMOKE_QUIT_MS=N.

Set by CI's check of the frozen app (.ci/frozen) and benchmarks/startup_bench.py. "smoke: window
painted" is printed when the window first paints (still opening the database), "smoke: Dashboard
figures shown" when the Dashboard's figures are on screen. N milliseconds after that (after the
window opened its database, when it has no program year), every sidebar page is shown and painted
in turn, one line per page goes to standard output, then the window closes. Beside the first
two, "smoke-cpu: ..." says the interpreter's processor time by then (the benchmark's figure that a
busy machine does not inflate). The exit code is 0
when every page of the registry opened, 3 when a page is missing from the build (its module was
left out) or could not be built.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from coordinator.ui.main_window import MainWindow
from coordinator.ui.page_registry import PAGES

SMOKE_ENV = "COORDINATOR_SMOKE_QUIT_MS"
MISSING_PAGE_EXIT = 3
FIGURES_WAIT_MS = 120_000  # a Dashboard whose figures never come is still smoke-tested
PAINTED = "smoke: window painted"  # untranslated: CI greps it
FIGURES_SHOWN = "smoke: Dashboard figures shown"  # untranslated: CI greps it


class FirstPaint(QObject):
    """Prints PAINTED at the first paint of a main window, then stops watching."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), MainWindow)
        ):
            print(PAINTED, flush=True)
            say_cpu(PAINTED)
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        return False


_watching: list[FirstPaint] = []  # kept alive while the application runs


def say_cpu(moment: str) -> None:
    """The process's processor time so far, in ms: "smoke-cpu: window painted 243"."""
    label = moment.removeprefix("smoke: ")
    print(f"smoke-cpu: {label} {time.process_time() * 1000:.0f}", flush=True)


def smoke_delay_ms() -> int | None:
    """The delay asked for in COORDINATOR_SMOKE_QUIT_MS, or None when it is not set."""
    value = os.environ.get(SMOKE_ENV, "").strip()
    return max(0, int(value)) if value.isdigit() else None


def run_smoke(window: MainWindow) -> int:
    """Show and paint each page, print one line per page; 0 when all opened, 3 when not."""
    shown = window.page_titles()
    failed = 0
    for spec in PAGES:
        if spec.title not in shown:
            line = f"smoke: page {spec.title}: missing from this build"  # untranslated: CI greps it
            print(line, flush=True)
            failed += 1
            continue
        try:
            page = window.show_page(spec.title)
        except Exception as exc:  # the smoke test reports any failure as a line, then goes on
            why = f"{type(exc).__name__}: {exc}"
            line = f"smoke: page {spec.title}: failed ({why})"  # untranslated: CI greps it
            print(line, flush=True)
            failed += 1
            continue
        page.repaint()
        QCoreApplication.processEvents()
        line = f"smoke: page {spec.title}: shown"  # untranslated: CI greps it
        print(line, flush=True)
    total = f"smoke: {len(PAGES) - failed} of {len(PAGES)} pages shown"  # untranslated: CI greps it
    print(total, flush=True)
    return MISSING_PAGE_EXIT if failed else 0


def watch_first_paint() -> None:
    """When COORDINATOR_SMOKE_QUIT_MS is set, say when a main window first paints."""
    app = QApplication.instance()
    if smoke_delay_ms() is None or app is None:
        return
    watcher = FirstPaint(app)
    _watching.append(watcher)
    app.installEventFilter(watcher)


def schedule_smoke(window: MainWindow) -> None:
    """When COORDINATOR_SMOKE_QUIT_MS is set, run the smoke test after the delay, then quit.

    The delay starts when the Dashboard's figures are shown, when it is evaluating a year.
    """
    delay = smoke_delay_ms()
    if delay is None:
        return

    def finish() -> None:
        code = run_smoke(window)
        window.close()
        sys.stdout.flush()
        QCoreApplication.exit(code)

    figures_shown = getattr(window.current_page(), "figures_shown", None)
    if figures_shown is None or window.context.program_year_id is None:
        QTimer.singleShot(delay, finish)
        return
    started: list[bool] = []

    def start(shown: bool) -> None:
        if started:
            return
        started.append(True)
        if shown:
            print(FIGURES_SHOWN, flush=True)
            say_cpu(FIGURES_SHOWN)
        QTimer.singleShot(delay, finish)

    figures_shown.connect(lambda: start(True))
    QTimer.singleShot(FIGURES_WAIT_MS, lambda: start(False))
