"""The services' sentences in Spanish where the window shows them (ui/service_reasons.py).

Every template a service writes as a Phrase (read from the services' source, so a new one cannot
slip past) must be listed for translation and have its Spanish with the same fields. A Phrase is
still the English the command line, the files and the older tests read. Then the Dashboard (its
at-risk table, the reasons' tooltip, This week), the Milestones dialog, a mentee's timeline, the
Cohorts page's mentor warnings (the small demo) and Match all's reasons, Funds' run
statuses and Close year's outcomes, under the Spanish translator, show those sentences in Spanish.
"""

from __future__ import annotations

import ast
import datetime as dt
import pickle
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cohort_builders import build_district
from coordinator.db.engine import Database
from coordinator.db.models import PayRun, ProgramYear
from coordinator.demo import build_demo
from coordinator.services.compliance.dashboard import build_dashboard
from coordinator.services.matching import suggest
from coordinator.services.pay import runs
from coordinator.services.programs import programs
from coordinator.services.shared.phrase import Count, Day, Hours, MonthDay, joined, phrase
from coordinator.services.week.week_line import WeekKind, WeekLine
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.match_draft_dialog import MatchDraftDialog
from coordinator.ui.dialogs.milestones_dialog import MilestonesDialog
from coordinator.ui.dialogs.year_close_dialog import YearCloseDialog
from coordinator.ui.figures import local_figure, local_hours
from coordinator.ui.models.at_risk_model import MENTOR, NAME, REASONS
from coordinator.ui.models.match_draft_model import WHY as MATCH_WHY
from coordinator.ui.models.mentor_load_model import WARNINGS
from coordinator.ui.models.year_close_model import OUTCOME
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.dashboard_page import DashboardPage
from coordinator.ui.pages.funds_page import FundsPage
from coordinator.ui.service_reasons import (
    CONTEXT,
    LOCALE_NAME,
    MONTH_DAY,
    MONTH_YEAR,
    TEMPLATES,
    UNITS,
    said,
)
from coordinator.ui.translator import install_translator
from coordinator.ui.widgets.mentee_timeline import MenteeTimelineWidget

SERVICES = Path(__file__).parents[2] / "src" / "coordinator" / "services"
RUN_STATUS = 2  # the Funds page's runs table: Run, Period, Status
AS_OF = dt.date(2026, 6, 5)  # late in the small demo's year: "No mentor assigned, 226 days after"
# Templates that read the same in Spanish: only fields and punctuation.
SAME_IN_SPANISH = {
    "{m}",
    " ({how})",
    "{title}: {detail}",
    "{day} {time}: {problem}",
    "{day}: {problem}",
    "{closes}: {short}",
    "{kind} {mark} {day}",
    "{load}",
    "{told}; {none}",
    "{rule} ({details})",
    "{n}",
    "{shared}; {load}",
    "{n} mentor",
    "MMM yyyy",
}


def written_by_services() -> tuple[set[str], set[str], list[str]]:
    """Each `phrase(template, ...)` template and `Count(n, noun)` noun in services/, and where a
    template or noun is not written out (a variable: this test could not see it)."""
    templates: set[str] = set()
    nouns: set[str] = set()
    unseen: list[str] = []
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id == "phrase":
                found, arg = templates, node.args[0]
            elif node.func.id == "Count":
                found, arg = nouns, node.args[1]
            else:
                continue
            choices = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
            for choice in choices:
                if isinstance(choice, ast.Constant) and isinstance(choice.value, str):
                    found.add(choice.value)
                else:
                    unseen.append(f"{path.name}:{node.lineno}")
    return templates, nouns, unseen


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture
def spanish() -> Iterator[None]:
    assert install_translator("es")
    yield
    install_translator("en")


def test_every_template_the_services_write_is_listed_for_translation() -> None:
    templates, nouns, unseen = written_by_services()
    assert unseen == [], "write the template (or noun) out in the call"
    assert templates - TEMPLATES == set(), "add these to ui/service_reasons.py's TEMPLATES"
    assert TEMPLATES - templates == set(), "no service writes these any more"
    assert nouns - set(UNITS) == set(), "add these nouns to ui/service_reasons.py's UNITS"
    assert len(templates) > 60


def test_each_template_has_its_spanish_with_the_same_fields(spanish: None) -> None:
    sources = set(TEMPLATES) | {w for pair in UNITS.values() for w in pair}
    sources |= {LOCALE_NAME, MONTH_DAY, MONTH_YEAR}
    spanish_of = {s: QCoreApplication.translate(CONTEXT, s) for s in sources}
    assert {s for s, es in spanish_of.items() if es == s} == SAME_IN_SPANISH
    assert {s for s, es in spanish_of.items() if fields(es) != fields(s)} == set()
    assert spanish_of[LOCALE_NAME] == "es_ES"


def test_a_phrase_is_the_english_it_always_was() -> None:
    gap = phrase(
        "No contact for {days} (warning at {warn})", days=Count(30, "day"), warn=Count(28, "day")
    )
    assert gap == "No contact for 30 days (warning at 28 days)"
    assert isinstance(gap, str)
    assert f"{gap}" == "No contact for 30 days (warning at 28 days)"
    pace = phrase("{done} of {target}", done=Hours(450), target=Count(12, "hour"))
    assert pace == "7.5 of 12 hours"
    assert phrase("due {due}", due=Day(dt.date(2026, 3, 15))) == "due 2026-03-15"
    assert phrase("out since {since}", since=MonthDay(dt.date(2026, 5, 3))) == "out since May 3"
    both = joined("; ", [gap, "a note as typed"])
    assert both == "No contact for 30 days (warning at 28 days); a note as typed"
    assert said(both) == both  # no translator: the window says the services' English
    line = WeekLine(WeekKind.NOT_LOGGED, 1, "A", True, None, "x", 0, dt.date(2026, 6, 2))
    assert line.nudged_words(dt.date(2026, 6, 5)) == "nudged 3 days ago"
    assert said("typed by someone") == "typed by someone"
    again = pickle.loads(pickle.dumps(both))  # a report job in another process gets it whole
    assert again == both
    assert again.parts[0].values == {"days": Count(30, "day"), "warn": Count(28, "day")}


def test_nudged_and_counted_words_in_spanish(spanish: None) -> None:
    line = WeekLine(WeekKind.NOT_LOGGED, 1, "A", True, None, "x", 0, dt.date(2026, 6, 2))
    assert said(line.nudged_words(dt.date(2026, 6, 5))) == "recordado hace 3 días"
    assert said(line.nudged_words(dt.date(2026, 6, 3))) == "recordado ayer"
    one = phrase("no check-in logged for {days}", days=Count(1, "day"))
    assert said(one) == "sin registrar reuniones desde hace 1 día"
    hours = phrase("{done} of {target}", done=Hours(1_234_567), target=Count(20_000, "hour"))
    assert said(hours) == f"{local_hours(1_234_567)} de {local_figure(20_000)} horas"
    short = phrase("{name} has {done} of {need}", name="Ana", done=Count(2, "check-in"), need=4)
    assert short == "Ana has 2 check-ins of 4"
    assert said(short) == "Ana tiene 2 reuniones de 4"


def test_the_demo_reasons_are_still_the_services_english(db: Database) -> None:
    year_id = _demo(db)
    with db.reading() as session:
        rows = build_dashboard(session, year_id, as_of=AS_OF).at_risk
    reasons = {r.reasons for r in rows}
    assert (
        "No mentor assigned, 226 days after hire (limit 30); Fall 2025 ended with 0 of 12 hours; "
        "Spring 2026 ended with 0 of 12 hours; 0 of 5 required topics covered; "
        "missing: all of them"
    ) in reasons
    assert "Mentor assigned on day 45 of employment (limit 30)" in reasons


def _demo(db: Database) -> int:
    build_demo(db, scale="small")
    with db.reading() as session:
        year_id = session.scalars(select(ProgramYear.id).order_by(ProgramYear.id)).first()
    assert year_id is not None
    return year_id


def _context(db: Database) -> AppContext:
    context = AppContext(db)
    context.set_program_year(_demo(db))
    return context


def _open(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)


def _dashboard(qtbot: QtBot, context: AppContext) -> DashboardPage:
    page = DashboardPage(context)
    page.as_of = AS_OF
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        _open(qtbot, page)
    page.wait_until_evaluated()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    qtbot.waitUntil(lambda: bool(page.week_list.buttons), timeout=30_000)
    if page.week_list.more_button.isVisible():  # every line of the week, not the first six
        qtbot.mouseClick(page.week_list.more_button, Qt.MouseButton.LeftButton)
    return page


def test_the_dashboard_says_the_reasons_in_spanish(
    qtbot: QtBot, db: Database, spanish: None
) -> None:
    page = _dashboard(qtbot, _context(db))
    model = page.model
    cells = {
        model.index(r, NAME).data(): model.index(r, REASONS).data() for r in range(model.rowCount())
    }
    assert "Sin mentor asignado, 226 días después de la contratación (límite 30); " in "".join(
        cells.values()
    )
    assert "Mentor asignado el día 45 de empleo (límite 30)" in cells.values()
    assert any(
        c.endswith("0 de 5 temas obligatorios tratados; faltan: todos") for c in cells.values()
    )
    assert any("4 años de experiencia: no es maestro principiante" in c for c in cells.values())
    assert not [c for c in cells.values() if "No mentor" in c or " of 12 hours" in c]
    mentors = {str(model.index(r, MENTOR).data()) for r in range(model.rowCount())}
    assert "(sin mentor)" in mentors
    assert "(no mentor)" not in mentors
    # The chart of check-ins per month and its table: the months in Spanish.
    months = page.per_month.labels()
    assert months[:5] == ["ago", "sept", "oct", "nov", "dic"], months

    unassigned = next(r for r in range(model.rowCount()) if "226 días" in cells[
        model.index(r, NAME).data()])  # fmt: skip
    tooltip = model.index(unassigned, REASONS).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines()[0] == (
        "Sin mentor asignado, 226 días después de la contratación (límite 30)"
    )
    assert "Fall 2025 terminó con 0 de 12 horas" in tooltip.splitlines()

    lines = page.week_list.line_texts()
    assert "William Park: sin registrar reuniones desde hace 15 días" in lines
    assert "Brandon Okafor: Sin mentor asignado, 226 días después de la contratación" in lines
    assert "Chloé 陈: Mentee satisfaction with their mentor: sin responder" in lines  # its name
    assert not [ln for ln in lines if "assigned" in ln or "logged" in ln or "answered" in ln]
    tips = [box.toolTip() for box, _ in page.week_list.checks]
    assert (
        "Brandon Okafor: Sin mentor asignado, 226 días después de la contratación (límite 30)"
    ) in tips
    assert any(
        t.endswith("(han respondido 9 de 10 mentorados, enviada el 13 de may)") for t in tips
    )


def test_the_dashboard_stays_in_english_without_the_translator(qtbot: QtBot, db: Database) -> None:
    page = _dashboard(qtbot, _context(db))
    reasons = [page.model.index(r, REASONS).data() for r in range(page.model.rowCount())]
    assert "Mentor assigned on day 45 of employment (limit 30)" in reasons
    lines = page.week_list.line_texts()
    assert "Brandon Okafor: No mentor assigned, 226 days after hire" in lines
    assert "William Park: no check-in logged for 15 days" in lines


def test_the_milestones_table_and_a_mentee_timeline_in_spanish(
    qtbot: QtBot, db: Database, spanish: None
) -> None:
    context = _context(db)
    assert context.program_year_id is not None
    dialog = MilestonesDialog(context, context.program_year_id, AS_OF)
    _open(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.board is not None, timeout=30_000)
    standing: set[str] = set()
    for i in range(dialog.milestone.count()):
        dialog.milestone.setCurrentIndex(i)
        standing |= {
            str(dialog.model.index(r, c).data())
            for r in range(dialog.model.rowCount())
            for c in range(dialog.model.columnCount())
        }
    assert any(s.startswith("cumplido el ") for s in standing)
    assert not [s for s in standing if s.startswith(("met on", "due ")) or " overdue" in s]

    with db.reading() as session:
        board_mentee = next(
            item.person_id
            for item in build_dashboard(session, context.program_year_id, as_of=AS_OF).at_risk
            if "Mentor assigned on day 45" in item.reasons
        )
    timeline = MenteeTimelineWidget(context)
    timeline.as_of = AS_OF
    _open(qtbot, timeline)
    timeline.show_mentee(context.program_year_id, board_mentee)
    lines = [timeline.milestones.item(i).text() for i in range(timeline.milestones.count())]
    assert any(", cumplido el " in ln for ln in lines)
    assert not [ln for ln in lines if ", met on " in ln or ", due " in ln]


def test_the_cohorts_page_says_why_a_mentor_is_not_eligible_in_spanish(
    qtbot: QtBot, db: Database, spanish: None
) -> None:
    page = CohortsPage(_context(db))
    _open(qtbot, page)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    model = page.mentor_model
    warnings = {
        model.index(r, 0).data(): model.index(r, WARNINGS).data() for r in range(model.rowCount())
    }
    assert warnings["William Park"] == "menos de 3 años de experiencia (2)"
    assert warnings["Ayşe Wang"] == "sin formación de mentores del distrito registrada"
    assert warnings["Jennifer Green"].startswith(
        "formación de mentores no completada antes de empezar el año (completada el "
    )


def test_match_all_says_why_each_mentor_in_spanish(
    qtbot: QtBot, db: Database, spanish: None
) -> None:
    district = build_district(db, texas_mentees=16)
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        draft = suggest.draft_match(session, year)
    dialog = MatchDraftDialog(
        AppContext(db), district.texas_year_id, draft, today=dt.date(2025, 10, 14)
    )
    _open(qtbot, dialog)
    model = dialog.model
    why = [str(model.index(r, MATCH_WHY).data()) for r in range(model.rowCount())]
    assert why
    assert all("; carga " in w for w in why)
    assert any(w.startswith("mismo plantel") for w in why)
    assert not [w for w in why if "same " in w or "load " in w]
    summary = dialog.summary.text()
    assert summary.startswith(f"{len(draft.pairs)} mentorados con mentor, ")
    assert "mismo plantel en " in summary
    assert "Las cargas equilibradas también suman a la puntuación." in summary
    assert "matched" not in summary


def test_funds_says_a_reversed_run_in_spanish(qtbot: QtBot, db: Database, spanish: None) -> None:
    build_demo(db, scale="small")
    today = dt.date(2026, 2, 10)
    with db.transaction() as session:
        fall = session.scalars(select(PayRun).order_by(PayRun.id)).first()
        assert fall is not None
        year_id, fall_id = fall.program_year_id, fall.id
        back = runs.reverse(session, fall_id, reason="Paid from the wrong account", today=today)
    context = AppContext(db)
    context.set_program_year(year_id)
    page = FundsPage(context)
    page.today = today
    page.refresh()
    _open(qtbot, page)
    model = page.runs_model
    status = {row.run_id: model.index(r, RUN_STATUS).data() for r, row in enumerate(model.rows())}
    assert status[fall_id] == f"Revertida por la corrida {back}"
    assert status[back] == f"Reversión de la corrida {fall_id}, cerrada"


def test_close_year_says_the_outcomes_in_spanish(qtbot: QtBot, db: Database, spanish: None) -> None:
    context = _context(db)
    assert context.program_year_id is not None
    dialog = YearCloseDialog(context, context.program_year_id, today=dt.date(2026, 6, 30))
    _open(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outcomes is not None, timeout=30_000)
    model = dialog.model
    shown = [str(model.index(r, OUTCOME).data()) for r in range(model.rowCount())]
    missed = [s for s in shown if s.startswith("No completado: ")]
    assert missed
    assert any("Límite de carga" not in s and "horas" in s for s in missed)
    assert not [s for s in shown if "Not completed" in s or " hours" in s or " of " in s]
    summary = dialog.summary.text()
    assert " mentorados — completados: " in summary
    assert ", no completados: " in summary
    assert summary.endswith(" certificados.")


def test_a_sentence_once_made_from_plain_words_is_still_said_in_spanish_when_made_from_a_rule(
    spanish: None,
) -> None:
    """A stored reason (plain text) and a live one (a rule's Phrase) read the same in English;
    the live one must not come back as the stored one (Close year's outcomes were English after
    a report had made the same sentence from plain text in the same run)."""
    rule = phrase("no check-in logged yet this year")
    stored = phrase("{title}: {detail}", title="Contact", detail=str(rule))
    live = phrase("{title}: {detail}", title="Contact", detail=rule)
    assert stored == live == "Contact: no check-in logged yet this year"
    assert said(stored) == "Contact: no check-in logged yet this year"
    assert said(live) == "Contact: aún no ha registrado ninguna reunión este año"
    other = phrase("{title}: {detail}", title="Contact", detail=phrase("nudged today"))
    assert said(other) != said(live)
