"""The import preview: a problem's sentence comes first, its code small and grey after it;
figures are grouped the way the machine's locale writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont
from pytestqt.qtbot import QtBot
from tests.importing.corpus import HEADERS_MONTH_1, MONTH_1, write_xlsx

from coordinator.db.engine import Database
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.import_wizard import ImportWizard
from coordinator.ui.figures import counted, local_figure
from coordinator.ui.models.import_models import ProblemsModel

SHOTS = Path("/tmp/shots/words")


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def _next(qtbot: QtBot, wizard: ImportWizard, expected: object) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.worker is None, timeout=90_000)
    assert wizard.currentPage() is expected


def _roster(path: Path, count: int) -> Path:
    rows = [
        [
            f"{500000 + n}",
            f"Last{n}",
            f"First{n}",
            f"p{n}@district.org",
            "Lamar Elementary",
            "Teacher",
            dt.date(2025, 8, 4),
        ]
        for n in range(count)
    ]
    return write_xlsx(path, HEADERS_MONTH_1, rows)


def test_the_preview_shows_the_sentence_first_and_the_code_small_after_it(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    rows = [list(r) for r in MONTH_1]
    rows[1][6] = "next week"
    path = write_xlsx(tmp_path / "roster.xlsx", HEADERS_MONTH_1, rows)
    wizard = ImportWizard(AppContext(db))
    qtbot.addWidget(wizard)
    wizard.resize(1100, 700)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    _next(qtbot, wizard, wizard.sheet_page)
    _next(qtbot, wizard, wizard.mapping_page)
    _next(qtbot, wizard, wizard.plan_page)
    page = wizard.plan_page
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Problems (1)"
    assert "1 row has problems" in page.summary.text()
    view = page.views["Problems"]
    model = view.model()
    assert isinstance(model, ProblemsModel)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Row", "Column", "Value", "Problem and how to fix it", "Code"]
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert shown == [
        "3",
        "Hire Date",
        "next week",
        "This is not a date: enter the date as 08/24/2025 or 2025-08-24.",
        "BAD_DATE",
    ]
    # On screen: the sentence is left of the code, and has more room than the code.
    header = view.horizontalHeader()
    assert header.sectionViewportPosition(3) < header.sectionViewportPosition(4)
    assert header.sectionSize(3) > 3 * header.sectionSize(4)
    assert header.sectionViewportPosition(4) + header.sectionSize(4) <= view.viewport().width()
    # The code is small grey print; the sentence is ordinary text.
    code_font = model.index(0, 4).data(Qt.ItemDataRole.FontRole)
    code_colour = model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(code_font, QFont)
    assert isinstance(code_colour, QColor)
    assert code_font.pointSizeF() < view.font().pointSizeF()
    assert code_colour != view.palette().color(view.foregroundRole())
    assert model.index(0, 3).data(Qt.ItemDataRole.FontRole) is None
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "import-problems.png"))


def test_the_sheet_page_counts_rows_with_a_thousands_separator(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    path = _roster(tmp_path / "big.xlsx", 1_234)
    wizard = ImportWizard(AppContext(db))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    _next(qtbot, wizard, wizard.sheet_page)
    assert wizard.sheet_page.header_label.text() == (
        "Headers found on row 1; 1,234 rows below. "
        "Change the row above if these are not the headers."
    )


@pytest.mark.usefixtures("german")
def test_window_figures_follow_the_locale() -> None:
    assert local_figure(1_234) == "1.234"
    assert counted(1_234, "mentee") == "1.234 mentees"
    assert counted(1, "person") == "1 person"


def test_window_figures_in_the_bare_c_locale_read_as_us_english() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert local_figure(1_234) == "1,234"
        assert counted(2, "person") == "2 people"
    finally:
        QLocale.setDefault(before)


def test_window_hours_are_grouped_too() -> None:
    from coordinator.ui.figures import local_hours

    assert local_hours(476_850) == "7,947.5"
    assert local_hours(720) == "12"
    assert local_hours(45) == "0.8"
