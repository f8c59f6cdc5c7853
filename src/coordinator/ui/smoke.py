"""Developers' smoke test of a built app, not a user feature: COORDINATOR_SMOKE_QUIT_MS=N.

Set by CI's check of the frozen app (.ci/frozen). N milliseconds after the window is shown, every
sidebar page is shown and painted in turn, one line per page goes to standard output, then the
window closes. The exit code is 0 when every page of the registry opened, 3 when a page is
missing from the build (its module was left out) or could not be built.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer

from coordinator.ui.main_window import MainWindow
from coordinator.ui.page_registry import PAGES

SMOKE_ENV = "COORDINATOR_SMOKE_QUIT_MS"
MISSING_PAGE_EXIT = 3


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
            print(f"smoke: page {spec.title}: missing from this build", flush=True)
            failed += 1
            continue
        try:
            page = window.show_page(spec.title)
        except Exception as exc:  # the smoke test reports any failure as a line, then goes on
            print(f"smoke: page {spec.title}: failed ({type(exc).__name__}: {exc})", flush=True)
            failed += 1
            continue
        page.repaint()
        QCoreApplication.processEvents()
        print(f"smoke: page {spec.title}: shown", flush=True)
    print(f"smoke: {len(PAGES) - failed} of {len(PAGES)} pages shown", flush=True)
    return MISSING_PAGE_EXIT if failed else 0


def schedule_smoke(window: MainWindow) -> None:
    """When COORDINATOR_SMOKE_QUIT_MS is set, run the smoke test after the delay, then quit."""
    delay = smoke_delay_ms()
    if delay is None:
        return

    def finish() -> None:
        code = run_smoke(window)
        window.close()
        sys.stdout.flush()
        QCoreApplication.exit(code)

    QTimer.singleShot(delay, finish)
