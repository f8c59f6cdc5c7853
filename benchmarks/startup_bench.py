"""Start-up: from a fresh Python process to the Coordinator window painted on the demo district.

Baseline, measured in the same run: a fresh process that shows a bare QMainWindow.
Also prints whether openpyxl or reportlab were imported before the window showed (they should not
be: the window comes first, heavy modules when a report or an import needs them).

Run: PYTHONPATH=src QT_QPA_PLATFORM=offscreen python3 benchmarks/startup_bench.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPEATS = 3

BARE = """
import time
start = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 760)
window.show()
app.processEvents()
print(time.perf_counter() - start)
"""

COORDINATOR = """
import sys, time
start = time.perf_counter()
from coordinator.app import build_window, make_application, open_or_ask
from coordinator.ui.app_settings import use_settings_folder
app = make_application()
use_settings_folder()
db, _ = open_or_ask(sys.argv[1])
window = build_window(db)
window.show()
app.processEvents()
elapsed = time.perf_counter() - start
heavy = sorted(m for m in ("openpyxl", "reportlab") if m in sys.modules)
window.close()
print(elapsed, ",".join(heavy) or "none")
"""


def run(code: str, *args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return result.stdout.split()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    os.environ["COORDINATOR_HOME"] = str(home)
    target = str(home / "demo.sqlite")
    subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", target, "demo"],
        check=True,
        capture_output=True,
    )
    bare = statistics.median(float(run(BARE)[0]) for _ in range(REPEATS))
    runs = [run(COORDINATOR, target) for _ in range(REPEATS)]
    app = statistics.median(float(r[0]) for r in runs)
    print(f"bare Qt window shown               {bare * 1000:7.0f} ms")
    print(
        f"Coordinator window on demo district {app * 1000:7.0f} ms   ratio {app / bare:4.1f}x"
        f"   heavy modules imported first: {runs[0][1]}"
    )


if __name__ == "__main__":
    main()
