"""The pages in Spanish: under the Spanish translator the demo district's pages speak Spanish.

Each page is opened on the demo as a coordinator would see it; what is asserted is text the user
reads (a button, a heading, a tile, a status line), so a wrong translation context shows here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QGroupBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import PayRun
from coordinator.demo import build_demo
from coordinator.ui.context import AppContext
from coordinator.ui.pages.checkins_page import CheckinsPage
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.dashboard_page import DashboardPage
from coordinator.ui.pages.funds_page import FundsPage
from coordinator.ui.pages.imports_page import ImportsPage
from coordinator.ui.pages.people_page import PeoplePage
from coordinator.ui.pages.reports_page import ReportsPage
from coordinator.ui.pages.surveys_page import SurveysPage
from coordinator.ui.translator import install_translator

TODAY = dt.date(2026, 2, 10)  # in the demo's year, after the fall's pay run


@pytest.fixture
def demo(db: Database) -> AppContext:
    build_demo(db, scale="small")
    with db.reading() as s:
        # The year with the demo's pay runs, so Funds has one to show.
        year_id = s.scalars(select(PayRun.program_year_id).order_by(PayRun.id)).first()
        assert year_id is not None
    context = AppContext(db)
    context.set_program_year(year_id)
    return context


@pytest.fixture
def spanish() -> Iterator[None]:
    assert install_translator("es")
    yield
    install_translator("en")


def shown(qtbot: QtBot, page: QWidget, name: str) -> None:
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.grab().save(f"/tmp/{name}-es.png")


def test_the_pages_speak_spanish(qtbot: QtBot, demo: AppContext, spanish: None) -> None:
    dashboard = DashboardPage(demo)
    dashboard.as_of = TODAY
    with qtbot.waitSignal(dashboard.loaded, timeout=60_000):
        shown(qtbot, dashboard, "dashboard")
    dashboard.wait_until_evaluated()
    dashboard.grab().save("/tmp/dashboard-es.png")
    assert dashboard.tiles["mentees"].caption.text() == "Mentorados"
    assert dashboard.tiles["month"].caption.text() == "Reuniones este mes"
    assert dashboard.tiles["at_risk"].caption.text() == "En riesgo"
    assert ", al " in dashboard.title.text()
    assert dashboard.at_risk_label.text().startswith("Mentorados que necesitan atención: ")
    assert dashboard.at_risk_label.text().endswith("(doble clic para abrir)")
    assert dashboard.topic_survey_tabs.tabText(1) == "Encuestas"

    people = PeoplePage(demo)
    shown(qtbot, people, "people")
    assert people.new_button.text() == "Nueva &persona…"
    assert [b.text() for b in people.enroll_buttons] == [
        "Inscribir como &mentorado…",
        "Inscribir como men&tor…",
    ]
    assert people.filter_edit.placeholderText() == "Filtrar por nombre, número, plantel, puesto…"
    assert people.count_label.text().endswith(" personas")

    cohorts = CohortsPage(demo)
    shown(qtbot, cohorts, "cohorts")
    qtbot.waitUntil(lambda: not cohorts.is_loading())
    assert cohorts.reassign_button.text() == "Reasignar…"
    assert cohorts.match_button.text() == "Emparejar a todos…"
    assert cohorts.assign_button.text() == "&Asignar al mentor sugerido"
    assert cohorts.unassigned_title.text().startswith("<b>Sin asignar</b> (")

    checkins = CheckinsPage(demo)
    shown(qtbot, checkins, "checkins")
    assert checkins.new_button.text() == "&Nueva reunión"
    assert checkins.excel_button.text() == "Exportar a E&xcel..."
    assert checkins.status.text().startswith("Se muestran ")
    assert checkins.status.text().endswith(" reuniones.")

    funds = FundsPage(demo)
    funds.today = TODAY
    funds.refresh()
    shown(qtbot, funds, "funds")
    assert funds.title.text().startswith("<h2>Fondos · ")
    assert funds.tabs.tabText(0) == "Corridas de &pago"
    assert funds.tabs.tabText(1) == "Presupuesto y regis&tro"
    assert funds.approve_action.text() == "Apro&bar y bloquear…"

    reports = ReportsPage(demo)
    shown(qtbot, reports, "reports")
    assert reports.generate_button.text() == "&Generar"
    assert reports.private_notes.text() == "Incluir las notas privadas"
    titles = [box.title() for box in reports.findChildren(QGroupBox)]
    assert "Informe" in titles
    assert "Exportar a Excel o CSV" in titles
    assert reports.mentor_combo.itemText(0) == "Todos los mentores"

    surveys = SurveysPage(demo)
    shown(qtbot, surveys, "surveys")
    assert surveys.title.text().startswith("<h2>Encuestas · ")
    assert surveys.pdf_button.text() == "&Imprimir formulario..."
    assert surveys.about.text().startswith("Para: ")  # who is asked, and how many answered

    imports = ImportsPage(demo)
    shown(qtbot, imports, "imports")
    assert imports.import_button.text() == "&Importar lista del personal..."
    assert imports.undo_button.text() == "&Deshacer importación..."


def test_the_same_pages_stay_english_without_the_translator(qtbot: QtBot, demo: AppContext) -> None:
    people = PeoplePage(demo)
    qtbot.addWidget(people)
    assert people.new_button.text() == "New &person…"
    funds = FundsPage(demo)
    qtbot.addWidget(funds)
    assert funds.tabs.tabText(0) == "&Pay runs"
    checkins = CheckinsPage(demo)
    qtbot.addWidget(checkins)
    assert checkins.status.text().endswith(" check-ins.")
