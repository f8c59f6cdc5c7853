"""The services' fixed words in Spanish where the window shows them (ui/service_words.py).

The sets the services write (compliance states, milestone states, This week's actions, roles,
statuses, check-in kinds, training kinds) must be exactly the words listed for translation: a
label added to one of them without being listed (or listed and no longer written) fails here.
Then the Dashboard and Cohorts pages on the small demo are opened under the Spanish translator
and show the Spanish status word, week action text and ending buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db import enums, models_year_close as year_close
from coordinator.db.engine import Database
from coordinator.db.models import ProgramYear
from coordinator.demo import build_demo
from coordinator.services import people
from coordinator.services.compliance.checks import ComplianceState
from coordinator.services.milestones.definitions import MilestoneFor
from coordinator.services.milestones.progress import MilestoneState
from coordinator.services.outcomes import retention
from coordinator.services.pay import ledger
from coordinator.services.pay.rules import CATEGORY_LABELS
from coordinator.services.week.nudge_templates import NudgeReason
from coordinator.services.week.week_line import WeekAction
from coordinator.ui.context import AppContext
from coordinator.ui.models import checkin_table_model, people_model
from coordinator.ui.models.at_risk_model import STATE
from coordinator.ui.pages.checkins_page import CheckinsPage
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.dashboard_page import DashboardPage
from coordinator.ui.pages.people_page import PeoplePage
from coordinator.ui.pages.reports_page import ReportsPage
from coordinator.ui.service_words import WORDS, shown
from coordinator.ui.translator import install_translator

AS_OF = dt.date(2026, 6, 5)  # late in the small demo's year: "Not met" rows and This week's lines


def services_words() -> set[str]:
    words = {s.label for s in ComplianceState}
    words |= {s.word(year_over=True) for s in ComplianceState}
    words |= {s.label for s in MilestoneState}
    words |= {a.label for a in WeekAction}
    words |= {m.label for m in MilestoneFor}
    words |= {t.label for t in enums.SurveyTiming} | {q.label for q in enums.QuestionScale}
    words |= set(year_close.OUTCOME_LABELS.values()) | set(retention.OUTCOME_LABELS.values())
    words |= {r.label for r in NudgeReason} | set(CATEGORY_LABELS.values())
    for labels in (
        enums.ROLE_LABELS,
        enums.PERSON_STATUS_LABELS,
        enums.ENROLLMENT_STATUS_LABELS,
        enums.CHECKIN_KIND_LABELS,
        enums.TRAINING_KIND_LABELS,
    ):
        words |= set(labels.values())
    words |= {s.capitalize() for s in (ledger.SPENT, ledger.COMMITTED)}
    words |= {"Approved, locked", "Preview (not approved)"}  # pay/overview.py's fixed run statuses
    words |= {people.role_label(m, e) for m in (False, True) for e in (False, True)} - {""}
    return words


def test_every_fixed_word_of_the_services_is_listed_for_translation() -> None:
    assert services_words() - WORDS == set(), "add these to ui/service_words.py"
    assert WORDS - services_words() == set(), "no service writes these any more"


@pytest.fixture
def spanish() -> Iterator[None]:
    assert install_translator("es")
    yield
    install_translator("en")


def test_each_listed_word_has_its_spanish(spanish: None) -> None:
    same = {w for w in WORDS if shown(w) == w} - {"Mentor"}  # "Mentor" is Spanish too
    assert same == set()
    assert shown("Not met") == "No cumplido"
    assert shown("Approved, locked") == "Aprobado, cerrado"
    assert shown("No mentor assigned, 226 days after hire") == (
        "No mentor assigned, 226 days after hire"  # free text stays as the service wrote it
    )


def test_english_words_stay_as_the_services_write_them() -> None:
    assert {shown(w) for w in WORDS} == WORDS


def demo(db: Database) -> AppContext:
    build_demo(db, scale="small")
    with db.reading() as session:
        year_id = session.scalars(select(ProgramYear.id).order_by(ProgramYear.id)).first()
    assert year_id is not None
    context = AppContext(db)
    context.set_program_year(year_id)
    return context


def open_page(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)


def test_dashboard_and_cohorts_show_the_services_words_in_spanish(
    qtbot: QtBot, db: Database, spanish: None
) -> None:
    context = demo(db)
    dashboard = DashboardPage(context)
    dashboard.as_of = AS_OF
    with qtbot.waitSignal(dashboard.loaded, timeout=60_000):
        open_page(qtbot, dashboard)
    dashboard.wait_until_evaluated()
    qtbot.waitUntil(lambda: bool(dashboard.week_list.buttons), timeout=30_000)

    def shown_states() -> set[str]:
        return {
            dashboard.model.index(row, STATE).data() for row in range(dashboard.model.rowCount())
        }

    qtbot.waitUntil(lambda: "No cumplido" in shown_states(), timeout=30_000)  # the list is in
    states = shown_states()
    assert "No cumplido" in states
    assert "Not met" not in states

    def shown_actions() -> set[str]:
        return {b.text() for b in dashboard.week_list.buttons if b.isVisible()}

    qtbot.waitUntil(lambda: {"Recordar", "Asignar"} <= shown_actions(), timeout=30_000)
    actions = shown_actions()
    assert not actions & {a.label for a in WeekAction}
    assert any(
        b.accessibleName().startswith(("Recordar: ", "Asignar: "))
        for b in dashboard.week_list.buttons
    )

    cohorts = CohortsPage(context)
    open_page(qtbot, cohorts)
    qtbot.waitUntil(lambda: not cohorts.is_loading())
    assert [b.text() for b in cohorts.endings.buttons.values()] == [
        "Terminar la asignación…",
        "Dar de baja…",
        "Marcar como completado…",
    ]


def test_people_checkins_and_reports_show_the_services_words_in_spanish(
    qtbot: QtBot, db: Database, spanish: None
) -> None:
    context = demo(db)
    people = PeoplePage(context)
    open_page(qtbot, people)
    qtbot.waitUntil(lambda: people.model.rowCount() > 0, timeout=30_000)
    column = {
        c: {people.model.index(r, c).data() for r in range(people.model.rowCount())}
        for c in (people_model.ROLE, people_model.STATUS)
    }
    assert {"Mentor", "Mentorado"} <= column[people_model.ROLE]
    assert "Activo" in column[people_model.STATUS]
    assert not column[people_model.STATUS] & {"Active", "Left the district"}

    checkins = CheckinsPage(context)
    open_page(qtbot, checkins)
    qtbot.waitUntil(lambda: checkins.model.rowCount() > 0, timeout=30_000)
    kinds = {
        checkins.model.index(r, checkin_table_model.KIND).data()
        for r in range(checkins.model.rowCount())
    }
    assert "Individual" in kinds
    assert not kinds & set(enums.CHECKIN_KIND_LABELS.values())

    reports = ReportsPage(context)
    open_page(qtbot, reports)
    titles = [reports.export_combo.itemText(i) for i in range(reports.export_combo.count())]
    assert titles[:4] == ["Personas", "Asignaciones", "Reuniones", "Estado de cumplimiento"]


def test_the_people_filter_finds_the_spanish_words_the_table_shows(
    qtbot: QtBot, db: Database, spanish: None
) -> None:
    context = demo(db)
    page = PeoplePage(context)
    open_page(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    total = page.model.rowCount()

    def rows_for(text: str) -> list[tuple[str, str]]:
        page.model.set_filter(text)
        return [
            (
                page.model.index(r, people_model.ROLE).data(),
                page.model.index(r, people_model.STATUS).data(),
            )
            for r in range(page.model.rowCount())
        ]

    mentees = rows_for("Mentorado")
    assert mentees
    assert all("Mentorado" in role for role, _ in mentees)
    assert len(rows_for("mentorado activo")) <= len(mentees)
    active = rows_for("Activo")
    assert active
    assert all(status == "Activo" for _, status in active)
    assert len(rows_for("Mentee")) == len(mentees)  # the English words still find them
    assert len(rows_for("")) == total
