"""Saves the user guide's pictures: small PNGs of the demo district into resources/guide/images.

Run from a source checkout (no display needed):

    PYTHONPATH=src QT_QPA_PLATFORM=offscreen python3 docs/guide_images.py [--scale small]

Like docs/screenshots.py (whose helpers it uses), it builds the demo into a temporary database,
so nothing of yours is shown. The pictures are scaled down, so the
guide adds a few hundred KB to the installed app (256 colours would halve that, at the cost of
speckled text).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshots  # the README's screenshot helpers, beside this script

from coordinator.db.opening import open_database
from coordinator.ui import app_settings
from coordinator.ui.context import AppContext
from coordinator.ui.main_window import MainWindow

IMAGES = Path(__file__).resolve().parents[1] / "resources" / "guide" / "images"
WIDTH = 640  # the width the guide shows them at, so QTextBrowser draws them unscaled


def save_small(picture: QPixmap | QImage, name: str, width: int = WIDTH) -> Path:
    image = picture.toImage() if isinstance(picture, QPixmap) else picture
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)  # no alpha: smaller, same look
    IMAGES.mkdir(parents=True, exist_ok=True)
    target = IMAGES / f"{name}.png"
    image.save(str(target), "PNG", 0)
    print(f"{target.name}: {target.stat().st_size // 1024} KB")
    return target


def workbooks_dialog(app: QApplication, window: MainWindow) -> QPixmap:
    page = window.show_page("Check-ins")
    screenshots.settle(app, 0.5)
    mentors = page.mentor_filter  # type: ignore[attr-defined]
    mentors.choose(mentors.choices()[0].person_id)
    page.workbook_button.click()  # type: ignore[attr-defined]
    dialog = page.workbooks_dialog  # type: ignore[attr-defined]
    dialog.everyone_choice.setChecked(True)
    dialog.folder_edit.setText(str(Path.home() / "Documents" / "Check-in workbooks"))
    screenshots.settle(app)
    picture = dialog.grab()
    dialog.reject()
    return picture


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="district", help="the demo's size (small, district)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # A fixed folder, so the status bar's database path is the same in every run's pictures.
    work = Path(tempfile.gettempdir()) / "coordinator-guide"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        app_settings.use_settings_folder(work / "config")
        db = open_database(str(work / "demo.sqlite"), create=True)
        screenshots.build_demo(db, scale=args.scale)
        context = AppContext(db)
        window = MainWindow(context)
        window.resize(*screenshots.SIZE)
        window.show()
        for title, name in (("Dashboard", "dashboard"), ("Cohorts", "cohorts")):
            page = window.show_page(title)
            screenshots.settle(app)
            wait_idle = getattr(page, "wait_until_evaluated", None)
            if wait_idle is not None:
                wait_idle()
            screenshots.settle(app, 0.5)
            save_small(window.grab(), name)
        roster = screenshots.roster_file(context, work)
        save_small(screenshots.import_preview(app, window, roster), "import-preview")
        save_small(workbooks_dialog(app, window), "workbooks", width=640)
        window.close()
        QCoreApplication.processEvents()
        db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
