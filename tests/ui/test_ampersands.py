"""An "&" in a label shows as "&": never a mnemonic on a space, never a doubled "&&"."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cohort_builders import build_district
from coordinator.db.engine import Database
from coordinator.services.programs import programs
from coordinator.ui.main_window import MainWindow
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.dashboard_page import DashboardPage

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")

WindowFactory = Callable[[Database], MainWindow]


def seen(widget: QWidget) -> tuple[str, list[str]]:
    """The text a person sees on a label or button, and what is wrong with how it renders."""
    problems = []
    if isinstance(widget, QLabel):
        text = widget.text()
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text)
        )
        if rich:
            document = QTextDocument()
            document.setHtml(text)
            text = document.toPlainText()
            if re.search(r"&(amp|lt|gt);", text):
                problems.append("escaped twice")
        elif widget.buddy() is not None:
            text, problems = _mnemonic(text)
    else:
        assert isinstance(widget, QAbstractButton)
        text, problems = _mnemonic(widget.text())
    if "&&" in text:
        problems.append("shows &&")
    return text, problems


def _mnemonic(text: str) -> tuple[str, list[str]]:
    single = text.replace("&&", "\0")
    problems = ["& underlines a space"] if re.search(r"&(\s|$)", single) else []
    return single.replace("&", "").replace("\0", "&"), problems


def test_every_label_and_button_shows_its_ampersands(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    district = build_district(db, texas_mentees=8)
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        year.program.name = "Math & Science <STEM>"
    window = main_window(db)
    window.context.set_program_year(district.texas_year_id)
    dashboard = window.current_page()
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: "as of" in dashboard.title.text(), timeout=10_000)
    assert dashboard.title.text().startswith("Math & Science <STEM> 2025-26")
    assert seen(dashboard.title)[0] == dashboard.title.text()
    pages = window.all_pages()
    cohorts = window.show_page("Cohorts")
    assert isinstance(cohorts, CohortsPage)
    cohorts.match_all()
    qtbot.waitUntil(lambda: cohorts.draft_dialog is not None, timeout=10_000)
    widgets = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    assert cohorts.draft_dialog in [w.window() for w in widgets]
    bad = {}
    for widget in widgets:
        text, problems = seen(widget)
        if problems:
            bad[text] = problems
    assert bad == {}
    assert seen(cohorts.title)[0] == "Math & Science <STEM> 2025-26"
    assert len(pages) == len(window.page_titles())
