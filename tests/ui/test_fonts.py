"""Names in any script are drawn with a font that has their letters, never as empty boxes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QTextLayout
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.reports.certificates import write_certificates
from coordinator.services.reporting.data import Certificate, ReportHeader
from coordinator.ui.fonts import FALLBACK_FONTS, install_fallback_fonts
from coordinator.ui.main_window import MainWindow
from coordinator.ui.widgets.pdf_preview import PdfPreview
from pdf_boxes import DPI, ink, words
from world_names import WORLD_NAMES

WindowFactory = Callable[[Database], MainWindow]


def _missing_glyphs(text: str, font: QFont) -> list[str]:
    """The characters of `text` that Qt, laying it out in `font`, has no glyph for."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    missing = []
    for ch in text:
        if ch.isspace():
            continue
        if not any(run.rawFont().supportsCharacter(ord(ch)) for run in runs):
            missing.append(ch)
    if any(0 in run.glyphIndexes() for run in runs):  # glyph 0 is the font's empty box
        missing.append("(glyph 0)")
    return missing


def test_a_chinese_given_name_in_the_people_table_has_its_glyphs(
    main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    page = window.show_page("People")
    table = page.table  # type: ignore[attr-defined]
    assert _missing_glyphs("王 Herrera", table.font()) == []
    families = install_fallback_fonts()
    assert install_fallback_fonts() == families  # once per process, same answer
    assert len(families) == len(FALLBACK_FONTS)  # every shipped file loaded


def test_the_people_page_shows_names_in_every_script(
    main_window: WindowFactory, people_db: Database, tmp_path: Path, qtbot: QtBot
) -> None:
    with people_db.transaction() as s:
        for n, (first, last) in enumerate(WORLD_NAMES.values()):
            s.add(
                Person(
                    employee_id=f"W{n:04d}",
                    first_name=first,
                    last_name=last,
                    position="Teacher",
                    hire_date=dt.date(2025, 8, 1),
                )
            )
    window = main_window(people_db)
    window.resize(1366, 768)
    page = window.show_page("People")
    table = page.table  # type: ignore[attr-defined]
    model = table.model()
    shown = [
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    for script, (first, last) in WORLD_NAMES.items():
        cells = [text for text in shown if first in text and last in text]
        assert cells, f"{script}: no cell shows {first} {last}"
        assert _missing_glyphs(cells[0], table.font()) == [], script
    page.filter_edit.setText("W00")  # the names above only, for a person to look at
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "people.png"))


def test_the_report_preview_draws_names_in_every_script(qtbot: QtBot, tmp_path: Path) -> None:
    """The window's preview (QtPdf) draws each certificate's name where the PDF says it is."""
    header = ReportHeader(
        district_name="Río Grande ISD",
        logo_png=None,
        program="Texas MPA",
        year="2025-26",
        generated_on=dt.date(2026, 6, 1),
        semesters=("Fall", "Spring"),
    )
    scripts = ["Korean", "Hindi", "Thai", "Arabic", "Tamil", "Amharic"]
    certificates = [
        Certificate(header, " ".join(WORLD_NAMES[s]), "mentee", 600, "") for s in scripts
    ]
    pdf = write_certificates(certificates, tmp_path / "certificates.pdf")
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert preview.show_file(pdf) == len(scripts)
    found = words(pdf)
    for index, script in enumerate(scripts):
        points = preview.document.pagePointSize(index)
        size = QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
        png = tmp_path / f"preview{index}.png"
        assert preview.document.render(index, size).save(str(png))
        image = Image.open(png).convert("L")
        page = [w for w in found if w.page == index + 1]
        certifies = next(w for w in page if w.text == "certifies")
        below = sorted((w for w in page if w.y0 > certifies.y1), key=lambda w: w.y0)
        name = [w for w in below if abs(w.y1 - below[0].y1) < 6]
        assert name, script
        for word in name:
            assert ink(image, word.x0, word.y0, word.x1, word.y1) > 40, (script, word)
