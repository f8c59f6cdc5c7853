"""The dialogs in Spanish: what a coordinator sees with the Spanish translator installed.

The translator is compiled here from the .ts files (resources/translations/es/*.ts and, while it
lasts, coordinator_es.ts), so the test reads the translations as written, whatever the shipped .qm
holds. Each dialog opens on the small demo district as the accessibility tests open it
(dialog_catalogue.OPENERS): a wrong context name, a string lupdate cannot see or a translation
looked up before its dialog exists would leave English on screen, and these tests say where.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from coordinator import paths
from coordinator.db.opening import open_database
from coordinator.demo import build_demo
from coordinator.services.compliance.pack_admin import RULE_FIELDS

from .dialog_catalogue import OPENERS, Demo, demo_of

TRANSLATIONS = paths.resource("translations")
DIALOGS_TS = TRANSLATIONS / "es" / "dialogs.ts"

pytestmark = pytest.mark.skipif(
    shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease"
)


@pytest.fixture(scope="module")
def spanish_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every Spanish .ts of the window compiled into one .qm, as build.spec does."""
    sources = sorted((TRANSLATIONS / "es").glob("*.ts"))
    if (TRANSLATIONS / "coordinator_es.ts").exists():
        sources.append(TRANSLATIONS / "coordinator_es.ts")
    qm = tmp_path_factory.mktemp("qm") / "coordinator_es.qm"
    subprocess.run(
        ["pyside6-lrelease", *map(str, sources), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


@pytest.fixture
def spanish(qapp: QCoreApplication, spanish_qm: Path) -> Iterator[None]:
    ours, qt_words = QTranslator(), QTranslator()
    assert ours.load(str(spanish_qm))
    installed = [ours]
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(QLocale("es"), "qtbase", "_", folder):
        installed.append(qt_words)
    for translator in installed:
        qapp.installTranslator(translator)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    build_demo(db, scale="small")
    db.dispose()
    return path


@pytest.fixture
def demo(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[Demo]:
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    yield demo_of(qtbot, db, tmp_path)
    db.dispose()


def opened(name: str, demo: Demo) -> dict[str, QDialog]:
    """The dialog in each state its opener shows, as a widget still open afterwards."""
    return dict(OPENERS[name](demo))


def buttons(dialog: QWidget) -> list[str]:
    return [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]


def labels(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_person_dialog(qtbot: QtBot, demo: Demo, spanish: None) -> None:
    views = opened("PersonDialog", demo)
    new, edit = views["new"], views["edit"]
    assert new.windowTitle() == "Nueva persona"
    assert edit.windowTitle() == "Editar persona"
    assert {"&Nombre:", "&Apellido:", "P&lantel:", "Fecha de con&tratación:"} <= set(labels(new))
    assert "Agregar persona" in buttons(new)
    assert "Guardar" in buttons(edit)
    assert new.campus.itemText(0) == "Sin plantel"  # type: ignore[attr-defined]


def test_the_checkin_dialog(qtbot: QtBot, demo: Demo, spanish: None) -> None:
    dialog = opened("CheckinDialog", demo)["new"]
    assert dialog.windowTitle() == "Nueva reunión"
    shown = labels(dialog)
    assert {"&Mentor", "&Fecha", "Mento&rados", "&Notas privadas"} <= set(shown)
    assert any(text.startswith("Año del programa 2025-26") for text in shown)
    assert dialog.notes.placeholderText() == (  # type: ignore[attr-defined]
        "Privado: nunca se imprime en informes ni exportaciones"
    )
    assert "Marcar todos" in buttons(dialog)


def test_the_import_wizard_page_by_page(qtbot: QtBot, demo: Demo, spanish: None) -> None:
    seen: dict[str, tuple[str, list[str]]] = {}
    wizard: QWizard | None = None
    for state, view in OPENERS["ImportWizard"](demo):
        assert isinstance(view, QWizard)
        wizard = view
        page = view.currentPage()
        seen[state] = (page.title(), labels(page) + buttons(page))
    assert wizard is not None
    assert wizard.windowTitle() == "Importar la lista de personal"
    assert seen["file"][0] == "Elija el archivo de la lista de personal"
    assert "&Examinar..." in seen["file"][1]
    assert seen["sheet"][0] == "Hoja y encabezados"
    assert "&Hoja:" in seen["sheet"][1]
    assert seen["mapping"][0] == "Relacione las columnas"
    assert "Pe&rfiles guardados:" in seen["mapping"][1]
    assert seen["plan"][0] == "Lo que hará la importación"
    tabs = wizard.currentPage().findChild(QTabWidget)
    assert tabs is not None
    assert [re.sub(r" \(.*\)$", "", tabs.tabText(i)) for i in range(tabs.count())] == [
        "Nuevos",
        "Cambiados",
        "Sin cambios",
        "No están en el archivo",
        "Duplicados",
        "Problemas",
    ]
    assert re.fullmatch(r"Nuevos \([\d,]+\)", tabs.tabText(0))
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Aplicar"


def test_the_export_dialog(qtbot: QtBot, demo: Demo, spanish: None) -> None:
    dialog = opened("ExportDialog", demo)[""]
    assert dialog.windowTitle() == "Exportar a Excel o CSV"
    assert items(dialog.kind_combo)[:3] == ["Personas", "Asignaciones", "Reuniones"]  # type: ignore[attr-defined]
    assert "&Exportar…" in buttons(dialog)
    assert "Incluir las notas privadas (reuniones)" in buttons(dialog)


def test_the_year_close_dialog(qtbot: QtBot, demo: Demo, spanish: None) -> None:
    dialog = opened("YearCloseDialog", demo)[""]
    assert dialog.windowTitle() == "Cerrar el año"
    assert "Cerrar el año" in buttons(dialog)
    assert dialog.findChild(QGroupBox).title() == "Cambiar el resultado del mentorado seleccionado"
    assert items(dialog.certificate) == [  # type: ignore[attr-defined]
        "Según el resultado (solo quienes completaron)",
        "Imprimir un certificado",
        "Sin certificado",
    ]


def test_the_pay_dialogs(qtbot: QtBot, demo: Demo, spanish: None) -> None:
    preview = opened("NewPreviewDialog", demo)[""]
    assert preview.windowTitle() == "Vista previa de un nuevo lote de pago"
    assert "Semestre de otoño" in items(preview.period_combo)  # type: ignore[attr-defined]
    assert preview.ok_button.text() == "&Vista previa"  # type: ignore[attr-defined]
    reverse = opened("ReverseRunDialog", demo)[""]
    assert reverse.windowTitle().startswith("Revertir el lote ")
    assert reverse.about.text().startswith("El lote ")  # type: ignore[attr-defined]
    assert " personas) se queda como se aprobó." in reverse.about.text()  # type: ignore[attr-defined]
    payroll = opened("PayrollExportDialog", demo)[""]
    assert items(payroll.format_combo) == ["Libro de Excel (.xlsx)", "Archivo CSV (.csv)"]  # type: ignore[attr-defined]
    assert payroll.profile_combo.itemText(0) == "Columnas estándar"  # type: ignore[attr-defined]
    adjust = opened("AdjustLineDialog", demo)[""]
    assert adjust.windowTitle().startswith("Ajustar: ")
    assert adjust.ok_button.text() == "&Ajustar"  # type: ignore[attr-defined]


def test_the_mentee_endings(qtbot: QtBot, demo: Demo, spanish: None) -> None:
    titles = {state: view.windowTitle() for state, view in OPENERS["MenteeEndingDialog"](demo)}
    assert sorted(titles.values()) == [
        "Dar de baja",
        "Marcar como completado",
        "Terminar la asignación",
    ]


# Words a dialog shows that services/ write (the rule packs' field names): not the window's strings.
FROM_SERVICES = {field.label for field in RULE_FIELDS}


def english_sources() -> dict[str, str]:
    """Each English source of the dialogs' .ts whose Spanish differs, with the Spanish."""
    root = ET.parse(DIALOGS_TS).getroot()
    pairs = {
        m.findtext("source") or "": m.findtext("translation") or "" for m in root.iter("message")
    }
    return {
        english: spanish
        for english, spanish in pairs.items()
        if english != spanish and english not in FROM_SERVICES
    }


def texts_shown(dialog: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every title, label, button, box, tab, placeholder and choice shown."""
    shown = [("window title", dialog.windowTitle())]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            shown.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            shown.append((kind, widget.title()))
        elif isinstance(widget, QLineEdit):
            shown.append((f"{kind} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            shown.extend((f"{kind} item", text) for text in items(widget))
        elif isinstance(widget, QTabWidget):
            shown.extend((f"{kind} tab", widget.tabText(i)) for i in range(widget.count()))
        if widget.toolTip():
            shown.append((f"{kind} tooltip", widget.toolTip()))
    return shown


@pytest.mark.parametrize("dialog_name", sorted(set(OPENERS) - {"ImportWizard"}))
def test_no_dialog_shows_english_it_has_spanish_for(
    qtbot: QtBot, demo: Demo, spanish: None, dialog_name: str
) -> None:
    english = english_sources()
    left = [
        f"{state or 'shown'}: {what} {text!r} (Spanish: {english[text]!r})"
        for state, view in OPENERS[dialog_name](demo)
        for what, text in texts_shown(view)
        if text in english
    ]
    assert left == []


def doubled_mnemonics(dialog: QWidget) -> list[str]:
    """The Alt+letters that more than one visible button or labelled field of the dialog uses."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisibleTo(dialog) and label.buddy() is not None
    ]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
    return sorted({letter for letter in letters if letters.count(letter) > 1})


@pytest.mark.parametrize("dialog_name", sorted(OPENERS))
def test_the_spanish_alt_letters_clash_no_more_than_the_english(
    qtbot: QtBot, demo: Demo, spanish_qm: Path, qapp: QCoreApplication, dialog_name: str
) -> None:
    english = {state: doubled_mnemonics(view) for state, view in OPENERS[dialog_name](demo)}
    translator = QTranslator()
    assert translator.load(str(spanish_qm))
    qapp.installTranslator(translator)
    try:
        spanish = {state: doubled_mnemonics(view) for state, view in OPENERS[dialog_name](demo)}
    finally:
        qapp.removeTranslator(translator)
    worse = {
        state: letters
        for state, letters in spanish.items()
        if len(letters) > len(english.get(state, []))
    }
    assert worse == {}, f"English doubles {english}"


def test_the_nudge_dialog_counts_in_spanish(qtbot: QtBot, demo: Demo, spanish: None) -> None:
    dialog = opened("NudgeDialog", demo)[""]
    assert dialog.windowTitle() == "Escribir recordatorios"
    assert dialog.recipients.text().startswith("1 persona: ")  # type: ignore[attr-defined]
    assert items(dialog.audience_combo) == ["Sus mentores", "Los propios mentorados"]  # type: ignore[attr-defined]
