"""The window's own parts in Spanish: menus, sidebar pages, status bar and table headers.

The Spanish is compiled from resources/translations/es/*.ts as the build does, and installed by
the app's own `install_translator`; the window is then opened on the demo district.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator import paths
from coordinator.db.engine import Database
from coordinator.demo import build_demo
from coordinator.ui import translator
from coordinator.ui.main_window import MainWindow
from coordinator.ui.models.people_model import HEADERS, PeopleModel
from coordinator.ui.page_registry import PAGES
from coordinator.ui.widgets.hours_bar import hours_words
from coordinator.ui.workers import BUG_MESSAGE, Worker

from .conftest import WindowFactory

AREA = paths.resource("translations", "es", "parts.ts")
needs_lrelease = pytest.mark.skipif(
    shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease"
)


@pytest.fixture
def spanish_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every area's Spanish compiled into one .qm, loaded as the app loads the shipped one."""
    folder = paths.resource("translations")
    sources = sorted(str(p) for p in Path(folder, "es").glob("*.ts"))
    sources += [str(p) for p in Path(folder).glob("coordinator_es.ts")]  # until it moves
    compiled = tmp_path / "coordinator_es.qm"
    subprocess.run(
        ["pyside6-lrelease", *sources, "-qm", str(compiled)], check=True, capture_output=True
    )
    monkeypatch.setattr(translator, "translations_file", lambda _language: str(compiled))
    assert translator.install_translator("es")
    yield
    translator.install_translator("en")


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@needs_lrelease
def test_the_window_on_the_demo_in_spanish(
    qtbot: QtBot, db: Database, main_window: WindowFactory, spanish_window: None
) -> None:
    build_demo(db, scale="small")
    window = main_window(db)
    window.resize(1366, 768)
    assert _menu_titles(window) == ["&Archivo", "Ay&uda"]
    file_menu = [a.text() for a in window.file_menu.actions() if a.text()]
    assert file_menu[:2] == ["&Nueva base de datos…", "&Abrir base de datos…"]
    assert file_menu[-1] == "Sa&lir"
    assert window.help_menu.actions()[-1].text() == "Acerca &de Coordinator"
    sidebar = [window.sidebar.item(n).text() for n in range(window.sidebar.count())]
    assert sidebar[:4] == ["Panel", "Personas", "Cohortes", "Reuniones"]
    assert "Configuración" in sidebar
    assert "Informes" in sidebar
    window.refresh_status()
    assert window.database_label.text().startswith("Base de datos: ")
    assert window.year_label.text() == "Año del programa: "
    assert re.fullmatch(r"[\d,]+ personas", window.people_count_label.text())

    people = window.show_page("People")  # the key stays the English title
    table = people.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=20_000)
    model = table.model()
    headers = [model.headerData(n, _horizontal()) for n in range(model.columnCount())]
    assert headers[:4] == ["Nombre", "N.º de empleado", "Puesto", "Plantel"]
    assert window.sidebar.currentItem().text() == "Personas"
    window.grab().save(str(Path("/tmp") / "window-es.png"))


@needs_lrelease
def test_module_level_words_translate_where_shown(qtbot: QtBot, spanish_window: None) -> None:
    model = PeopleModel()
    assert model.headerData(len(HEADERS) - 1, _horizontal()) == "Estado"
    assert HEADERS[0] == "Name"  # the marked constant stays English (tests and keys use it)
    assert hours_words(510, 720) == "8.5 de 12 h: faltan 3.5 h"
    assert [spec.shown_title for spec in PAGES][:2] == ["Panel", "Personas"]
    assert Worker(lambda _p: None).tr(BUG_MESSAGE).startswith("Un error inesperado")


def test_english_without_a_translator(qtbot: QtBot) -> None:
    model = PeopleModel()
    assert model.headerData(0, _horizontal()) == "Name"
    assert [spec.shown_title for spec in PAGES][:4] == [
        "Dashboard",
        "People",
        "Cohorts",
        "Check-ins",
    ]


def test_every_message_of_the_area_is_translated_with_its_placeholders() -> None:
    root = ET.parse(AREA).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 400
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.text, source
        assert translation.get("type") is None, source  # not "unfinished"
        fields = set(re.findall(r"\{\w*\}", source))
        assert set(re.findall(r"\{\w*\}", translation.text)) == fields, source
        assert source.count("&") - source.count("&&") * 2 <= 1
        assert ("&" in source.replace("&&", "")) == ("&" in translation.text.replace("&&", "")), (
            source
        )


def _horizontal() -> Qt.Orientation:
    return Qt.Orientation.Horizontal
