"""Settings › Language: the choice is kept, and the Settings page shows Spanish when it is es."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coordinator import paths
from coordinator.db.engine import Database
from coordinator.ui.app_settings import chosen_language, output_language
from coordinator.ui.context import AppContext
from coordinator.ui.pages.settings_page import SettingsPage
from coordinator.ui.translator import install_translator

AREAS = sorted(paths.resource("translations", "es").glob("*.ts"))  # one .ts per area of ui/
QM = paths.resource("translations", "coordinator_es.qm")
UI = Path(__file__).resolve().parents[2] / "src" / "coordinator" / "ui"
# The modules each area file translates (resources/translations/README.md).
AREA_MODULES = {
    "pages.ts": lambda: sorted(UI.glob("pages/*.py")),
    "dialogs.ts": lambda: sorted(UI.glob("dialogs/*.py")),
    "parts.ts": lambda: sorted(
        [*UI.glob("models/*.py"), *UI.glob("widgets/*.py"), *UI.glob("*.py")]
    ),
}


def messages(ts: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }


@pytest.fixture
def spanish() -> Iterator[None]:
    assert install_translator("es")
    yield
    install_translator("en")


def test_the_settings_page_in_spanish(qtbot: QtBot, db: Database, spanish: None) -> None:
    page = SettingsPage(AppContext(db))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    assert page.check_button.text() == "&Comprobar la base de datos"
    assert page.rule_packs_button.text() == "&Paquetes de reglas…"
    assert page.safety_box.title() == "Copias de seguridad y auditoría"
    assert page.revision_label.text().endswith("(al día)")
    assert page.language_box.title() == "Idioma"
    assert page.language_box.language_combo.itemText(0) == "El idioma del sistema"
    assert page.district_box.title().startswith("Distrito (se imprime")
    assert page.district_box.logo_preview.text() == (
        "Sin logotipo: las portadas solo muestran el nombre del distrito."
    )
    page.grab().save("/tmp/settings-es.png")


def test_english_when_no_translator(qtbot: QtBot, db: Database) -> None:
    page = SettingsPage(AppContext(db))
    qtbot.addWidget(page)
    assert page.check_button.text() == "&Check database"
    assert page.language_box.title() == "Language"


def test_choosing_espanol_is_kept(qtbot: QtBot, db: Database) -> None:
    page = SettingsPage(AppContext(db))
    qtbot.addWidget(page)
    combo = page.language_box.language_combo
    assert combo.currentData() == ""  # the system's language until one is chosen
    assert output_language() == "en"  # the tests' system speaks English
    combo.setCurrentIndex(combo.findData("es"))
    assert chosen_language() == "es"
    assert output_language() == "es"
    again = SettingsPage(AppContext(db))
    qtbot.addWidget(again)
    assert again.language_box.language_combo.currentText() == "Español"


def test_the_pages_area_file_is_there() -> None:
    assert "pages.ts" in [ts.name for ts in AREAS]
    assert not paths.resource("translations", "coordinator_es.ts").exists()  # moved into es/


@pytest.mark.parametrize("ts", AREAS, ids=lambda ts: ts.name)
def test_every_string_of_each_ts_is_translated(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    assert root.get("language") == "es"
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if not (m.findtext("translation") or "") or m.find("translation").get("type")  # type: ignore[union-attr]
    ]
    assert unfinished == []


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease")
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    """coordinator_es.qm is `pyside6-lrelease resources/translations/es/*.ts`, byte for byte."""
    fresh = tmp_path / "coordinator_es.qm"
    subprocess.run(
        ["pyside6-lrelease", *map(str, AREAS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM.read_bytes()


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
@pytest.mark.parametrize(
    "ts", [ts for ts in AREAS if ts.name in AREA_MODULES], ids=lambda t: t.name
)
def test_each_ts_holds_exactly_the_strings_its_modules_wrap(ts: Path, tmp_path: Path) -> None:
    """A string wrapped since the last lupdate (or one no longer in the code) fails here: it
    would show in English in the Spanish window (or linger in the .ts)."""
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    modules = [str(m) for m in AREA_MODULES[ts.name]()]
    subprocess.run(
        ["pyside6-lupdate", *modules, "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    assert sorted(messages(fresh) - messages(ts)) == []  # wrapped, not yet in the .ts
    assert sorted(messages(ts) - messages(fresh)) == []  # in the .ts, no longer wrapped


def test_qt_own_buttons_follow(qtbot: QtBot, spanish: None) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text().replace("&", "") == "Cancelar"


def test_the_default_is_the_system_language(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing chosen in Settings: a Spanish-speaking system gets the window in Spanish."""
    monkeypatch.setenv("LANGUAGE", "es_MX.UTF-8")
    page = SettingsPage(AppContext(db))
    qtbot.addWidget(page)
    assert page.language_box.language_combo.currentData() == ""  # "The system's language"
    assert chosen_language() == ""
    assert output_language() == "es"  # what app.py installs the translator for at start
    monkeypatch.setenv("LANGUAGE", "en_US.UTF-8")
    assert output_language() == "en"
