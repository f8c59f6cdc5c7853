"""The window paints before anything heavy is imported: no spreadsheet, PDF, matching, migration.

A database already at the app's schema revision is opened without Alembic; the spreadsheet
(openpyxl), PDF (reportlab) and matching (scipy) libraries wait for the page or command using them.
"""

from __future__ import annotations

import subprocess
import sys

from coordinator.db.engine import Database
from district import build_district

NOT_BEFORE_THE_FIRST_PAINT = (
    "openpyxl",
    "reportlab",
    "scipy",
    "numpy",
    "pandas",
    "alembic",
    "mako",
)

SHOW_WINDOW = """
import sys
from coordinator.app import build_window, make_application, open_or_ask
app = make_application()
opened = open_or_ask(sys.argv[1])
assert opened is not None
window = build_window(opened[0])
window.resize(1366, 768)
window.show()
app.processEvents()
print("title:", window.windowTitle())
print("people:", window.people_count_label.text())
print("heavy:" + ",".join(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))))
window.close()
app.processEvents()
"""


def test_window_on_a_current_database_paints_without_heavy_imports(db: Database) -> None:
    build_district(db)
    target = str(db.path)
    db.dispose()
    result = subprocess.run(
        [sys.executable, "-c", SHOW_WINDOW, target, *NOT_BEFORE_THE_FIRST_PAINT],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-800:]
    shown = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert shown["people"] == "7 people"  # the window did open on the district's database
    assert result.stdout.splitlines()[-1] == "heavy:"


OPEN_CHECKINS = """
import sys
from coordinator.app import build_window, make_application, open_or_ask
app = make_application()
opened = open_or_ask(sys.argv[1])
assert opened is not None
window = build_window(opened[0])
window.show()
page = window.show_page("Check-ins")
app.processEvents()
print("page:", type(page).__name__, page.isVisible())
print("heavy:" + ",".join(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))))
window.close()
app.processEvents()
"""


def test_opening_the_checkins_page_waits_with_the_spreadsheet_readers(db: Database) -> None:
    """openpyxl and the calamine reader load when a workbook is written or imported."""
    build_district(db)
    target = str(db.path)
    db.dispose()
    result = subprocess.run(
        [sys.executable, "-c", OPEN_CHECKINS, target, "openpyxl", "python_calamine"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-800:]
    assert "page: CheckinsPage True" in result.stdout  # the page was built and shown
    assert result.stdout.splitlines()[-1] == "heavy:"
