"""Saves the README's screenshots: the demo district's main pages at 1366×768, into docs/.

The main pages are also shot on a dark and on a high-contrast palette (`*-dark.png`,
`*-contrast.png`): the window sets no colours of its own, so they show what a coordinator on a
dark or high-contrast system theme sees.

Run from a source checkout (no display needed):

    PYTHONPATH=src QT_QPA_PLATFORM=offscreen python3 docs/screenshots.py [--scale small]

It builds the demo into a temporary database, so nothing of yours is shown or touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QPoint, QThread
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from coordinator.db.models import Campus, Person
from coordinator.db.opening import open_database
from coordinator.demo import build_demo
from coordinator.ui import app_settings
from coordinator.ui.context import AppContext
from coordinator.ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parent
SIZE = (1366, 768)
PAGES = {"Dashboard": "dashboard", "People": "people", "Cohorts": "cohorts"}
THEMED_PAGES = {"Dashboard": "dashboard", "Cohorts": "cohorts", "Check-ins": "checkins"}
Role = QPalette.ColorRole
# What a dark and a high-contrast system theme hand the window (Breeze Dark's and Windows'
# High Contrast Black's main colours); the offscreen platform has no theme of its own.
DARK = {
    Role.Window: "#202326", Role.WindowText: "#fcfcfc", Role.Base: "#141618",
    Role.AlternateBase: "#1d1f22", Role.Text: "#fcfcfc", Role.Button: "#292c30",
    Role.ButtonText: "#fcfcfc", Role.Highlight: "#3daee9", Role.HighlightedText: "#fcfcfc",
    Role.ToolTipBase: "#292c30", Role.ToolTipText: "#fcfcfc", Role.PlaceholderText: "#a1a9b1",
    Role.Link: "#1d99f3", Role.Mid: "#44484d", Role.Light: "#3b3f44", Role.Dark: "#0f1012",
}  # fmt: skip
CONTRAST = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
    Role.AlternateBase: "#000000", Role.Text: "#ffffff", Role.Button: "#000000",
    Role.ButtonText: "#ffffff", Role.Highlight: "#1aebff", Role.HighlightedText: "#000000",
    Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff", Role.PlaceholderText: "#c0c0c0",
    Role.Link: "#ffff00", Role.Mid: "#ffffff", Role.Light: "#ffffff", Role.Dark: "#ffffff",
}  # fmt: skip


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let posted events, layouts and paints run for a moment."""
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not deadline.hasExpired():
        app.processEvents()
        QThread.msleep(10)


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 120) -> None:
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not done():
        if deadline.hasExpired():
            raise TimeoutError("the window did not finish in time")
        app.processEvents()
        QThread.msleep(20)


def save(pixmap: QPixmap | QImage, name: str) -> Path:
    """A PNG in docs/, converted to 8-bit colour when that keeps the file small."""
    image = pixmap.toImage() if isinstance(pixmap, QPixmap) else pixmap
    target = DOCS / f"{name}.png"
    image.save(str(target), "PNG", 0)
    print(f"{target.relative_to(DOCS.parent)}: {target.stat().st_size // 1024} KB")
    return target


def roster_file(db_context: AppContext, folder: Path) -> Path:
    """An HR roster the way a district sends it: mostly known people, a few moves, new hires."""
    with db_context.db.reading() as session:
        people = session.scalars(select(Person).order_by(Person.id).limit(60)).all()
        campuses = session.scalars(select(Campus.name).order_by(Campus.name)).all()
        rows = [
            [p.employee_id, p.last_name, p.first_name, p.email, p.campus.name if p.campus else "",
             p.position, p.hire_date]
            for p in people
        ]  # fmt: skip
    for n, row in enumerate(rows[:5]):
        row[4] = campuses[(n * 7) % len(campuses)]  # changed campus
    new_hires = [
        ("Alvarez", "Daniela", "Teacher"), ("Chen", "Wei", "Teacher"),
        ("Okafor", "Chidi", "Librarian"), ("Nguyễn", "Thị Hoa", "Teacher"),
    ]  # fmt: skip
    for n, (last, first, position) in enumerate(new_hires):
        rows.append([f"2{n:05d}", last, first, None, campuses[n], position, dt.date(2025, 10, 6)])
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "New hires"
    sheet.append(["Emp ID", "Last Name", "First Name", "Email", "Campus Name", "Position",
                  "Hire Date"])  # fmt: skip
    for row in rows:
        sheet.append(row)
    path = folder / "hr-roster-october.xlsx"
    book.save(path)
    return path


def over_window(window: QWidget, dialog: QWidget) -> QImage:
    """The window with a dialog drawn centred on it, the way a person sees the two."""
    image = window.grab().toImage()
    shot = dialog.grab()
    painter = QPainter(image)
    painter.drawPixmap(
        QPoint((image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2), shot
    )
    painter.end()
    return image


def import_preview(app: QApplication, window: MainWindow, roster: Path) -> QImage:
    page = window.show_page("Imports")
    page.open_wizard()  # type: ignore[attr-defined]
    wizard = page.wizard  # type: ignore[attr-defined]
    wizard.resize(1100, 640)
    wizard.file_page.path_edit.setText(str(roster))
    for _ in range(3):  # file -> sheet -> mapping -> plan
        wizard.next()
        wait_for(app, lambda: wizard.worker is None)
    wizard.plan_page.tabs.setCurrentIndex(1)  # Changed: each field's before and after
    settle(app)
    image = over_window(window, wizard)
    wizard.reject()
    return image


def report_preview(app: QApplication, window: MainWindow) -> QPixmap:
    page = window.show_page("Reports")
    made: list[str] = []
    page.report_ready.connect(made.append)  # type: ignore[attr-defined]
    page.generate()  # type: ignore[attr-defined]  # the end-of-year report is the first kind
    wait_for(app, lambda: bool(made))
    settle(app, 1.0)
    return window.grab()


def palette_of(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(colours[Role.PlaceholderText])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def themed_pages(app: QApplication, context: AppContext, suffix: str, palette: QPalette) -> None:
    """The main pages again, in a new window on `palette`, saved as `<page>-<suffix>.png`."""
    light = app.palette()
    app.setPalette(palette)
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    for title, name in THEMED_PAGES.items():
        page = window.show_page(title)
        settle(app)
        wait_idle = getattr(page, "wait_until_evaluated", None)
        if wait_idle is not None:
            wait_idle()
        settle(app, 0.5)
        save(window.grab(), f"{name}-{suffix}")
    window.close()
    app.setPalette(light)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="district", help="the demo's size (small, district)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="coordinator-shots-") as folder:
        work = Path(folder)
        app_settings.use_settings_folder(work / "config")  # the default layout, not yours
        db = open_database(str(work / "demo.sqlite"), create=True)
        build_demo(db, scale=args.scale)
        context = AppContext(db)
        window = MainWindow(context)
        window.resize(*SIZE)
        window.show()
        for title, name in PAGES.items():
            page = window.show_page(title)
            wait_idle = getattr(page, "wait_until_evaluated", None)
            settle(app)
            if wait_idle is not None:
                wait_idle()
            settle(app, 0.5)
            save(window.grab(), name)
        window.show_page("Check-ins")
        settle(app, 0.5)
        save(window.grab(), "checkins")
        save(import_preview(app, window, roster_file(context, work)), "import-preview")
        save(report_preview(app, window), "report-preview")
        window.close()
        themed_pages(app, context, "dark", palette_of(DARK))
        themed_pages(app, context, "contrast", palette_of(CONTRAST))
        QCoreApplication.processEvents()
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
