"""Every dialog of the app, and how to open it on the small demo district.

`dialog_classes()` finds each `QDialog` subclass defined under `coordinator.ui`, so a new dialog is
caught by the accessibility tests until it has an opener in `OPENERS`. An opener shows the dialog
and yields it once for each state worth checking (each page of the import wizard, each ending).
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import coordinator.ui
from coordinator.db.engine import Database
from coordinator.db.models import Enrollment, Person, Role
from coordinator.services.cohorts import caseloads
from coordinator.services.matching import suggest
from coordinator.services.outcomes.summary import build_outcomes
from coordinator.services.programs import programs
from coordinator.services.safety import backups
from coordinator.services.safety.open_checks import OpenAssessment, OpenStatus
from coordinator.services.surveys.instruments import instruments_of
from coordinator.ui.context import AppContext

TODAY = dt.date(2026, 3, 2)  # a Monday inside the demo's 2025-26 year
TEXAS = "Teacher Induction"


@dataclass
class Demo:
    """The small demo district, with the ids the openers need."""

    qtbot: QtBot
    db: Database
    context: AppContext
    folder: Path
    year_id: int
    program_id: int
    mentor_id: int
    mentee_ids: list[int]


Views = Iterator[tuple[str, QDialog]]  # (which state, the dialog shown in it)
Opener = Callable[[Demo], Views]


def dialog_classes() -> dict[str, str]:
    """Class name -> module of every QDialog subclass defined in coordinator.ui."""
    found: dict[str, str] = {}
    for info in pkgutil.walk_packages(coordinator.ui.__path__, "coordinator.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, QDialog)
                and value.__module__ == module.__name__
            ):
                found[value.__name__] = module.__name__
    return found


def demo_of(qtbot: QtBot, db: Database, folder: Path) -> Demo:
    with db.reading() as s:
        year = next(y for y in programs.list_years(s) if y.program == TEXAS)
        program = next(p for p in programs.list_programs(s) if p.name == TEXAS)
        ids = s.execute(
            select(Enrollment.person_id, Enrollment.role).where(
                Enrollment.program_year_id == year.id
            )
        ).all()
    mentors = sorted(pid for pid, role in ids if role == Role.MENTOR)
    mentees = sorted(pid for pid, role in ids if role == Role.MENTEE)
    context = AppContext(db)
    context.set_program_year(year.id)
    return Demo(qtbot, db, context, folder, year.id, program.id, mentors[0], mentees)


def shown(
    demo: Demo, dialog: QDialog, state: str = "", ready: Callable[[], bool] | None = None
) -> Views:
    """Show the dialog active (keys reach the active window only), once `ready` if given."""
    demo.qtbot.addWidget(dialog)
    with demo.qtbot.waitActive(dialog):
        dialog.open()  # as the app opens them (a survey import starts its preview here)
        dialog.activateWindow()
    if ready is not None:
        demo.qtbot.waitUntil(ready, timeout=30_000)
    yield state, dialog


def _audit(d: Demo) -> Views:
    from coordinator.ui.dialogs.audit_dialog import AuditDialog

    return shown(d, AuditDialog(d.context))


def _backups(d: Demo) -> Views:
    from coordinator.ui.dialogs.backups_dialog import BackupsDialog

    backups.make_backup(d.db, "before the test")
    return shown(d, BackupsDialog(d.context))


def _checkin(d: Demo) -> Views:
    from coordinator.ui.dialogs.checkin_dialog import CheckinDialog

    yield from shown(d, CheckinDialog(d.context, d.year_id, today=TODAY), "new")
    yield from shown(
        d, CheckinDialog(d.context, d.year_id, mentor_id=d.mentor_id, today=TODAY), "for a mentor"
    )


def _copy_to_server(d: Demo) -> Views:
    from coordinator.ui.dialogs.copy_to_server_dialog import CopyToServerDialog

    return shown(d, CopyToServerDialog(d.context))


def _crash(d: Demo) -> Views:
    from coordinator.ui.dialogs.crash_dialog import CrashDialog

    return shown(d, CrashDialog("Traceback: version 1.0", str(d.folder / "coordinator.log")))


def _damaged(d: Demo) -> Views:
    from coordinator.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog

    backup = backups.make_backup(d.db, "before the damage")
    assessment = OpenAssessment(
        d.folder / "coordinator.sqlite",
        OpenStatus.DAMAGED,
        "The database is damaged: 65 people, 492 check-ins could be read.",
        problems=["Page 12: btreeInitPage() returns error code 11"],
        newest_good_backup=backup,
    )
    return shown(d, DamagedDatabaseDialog(assessment))


def _database_problem(d: Demo) -> Views:
    from coordinator.ui.dialogs.database_problem_dialog import DatabaseProblemDialog

    return shown(d, DatabaseProblemDialog("The file is not a Coordinator database."))


def _enroll(d: Demo) -> Views:
    from coordinator.ui.dialogs.enroll_dialog import EnrollDialog

    with d.db.reading() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.id).limit(3)))
    return shown(d, EnrollDialog(d.context, people, role=Role.MENTEE, year_id=d.year_id))


def _export(d: Demo) -> Views:
    from coordinator.ui.dialogs.export_dialog import ExportDialog

    return shown(d, ExportDialog(d.context))


def _import_wizard(d: Demo) -> Views:
    from tests.importing.corpus import HEADERS_MONTH_1, MONTH_1, write_xlsx

    from coordinator.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(d.context)
    yield from shown(d, wizard, "file")
    roster = write_xlsx(d.folder / "august.xlsx", HEADERS_MONTH_1, MONTH_1)
    wizard.file_page.path_edit.setText(str(roster))
    for state in ("sheet", "mapping", "plan"):
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        d.qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # the focus is on Next
        d.qtbot.waitUntil(lambda: wizard.worker is None, timeout=90_000)
        assert wizard.currentPage().title(), state
        yield state, wizard


def _match_draft(d: Demo) -> Views:
    from coordinator.ui.dialogs.match_draft_dialog import MatchDraftDialog

    with d.db.reading() as s:
        draft = suggest.draft_match(s, programs.year_by_id(s, d.year_id))
    return shown(d, MatchDraftDialog(d.context, d.year_id, draft, today=TODAY))


def _meeting_times(d: Demo) -> Views:
    from coordinator.ui.dialogs.meeting_times_dialog import MeetingTimesDialog

    return shown(d, MeetingTimesDialog(d.context, d.program_id))


def _mentee_ending(d: Demo) -> Views:
    from coordinator.ui.dialogs.mentee_ending_dialog import Ending, MenteeEndingDialog

    with d.db.reading() as s:
        mentees = caseloads.cohort(s, programs.year_by_id(s, d.year_id), d.mentor_id)
    chosen = [(m.person_id, m.name) for m in mentees[:1]]
    for ending in Ending:
        dialog = MenteeEndingDialog(d.context, d.year_id, chosen, ending, today=TODAY)
        yield from shown(d, dialog, ending.value)
        dialog.close()


def _mentee_timeline(d: Demo) -> Views:
    from coordinator.ui.dialogs.mentee_timeline_dialog import MenteeTimelineDialog

    return shown(d, MenteeTimelineDialog(d.context, d.year_id, d.mentee_ids[0]))


def _mentor_profile(d: Demo) -> Views:
    from coordinator.ui.dialogs.mentor_profile_dialog import MentorProfileDialog

    return shown(d, MentorProfileDialog(d.context, d.mentor_id, d.year_id))


def _mentor_workbooks(d: Demo) -> Views:
    from coordinator.ui.dialogs.mentor_workbooks_dialog import MentorWorkbooksDialog

    return shown(d, MentorWorkbooksDialog(d.context, d.year_id))


def _milestones(d: Demo) -> Views:
    from coordinator.ui.dialogs.milestones_dialog import MilestonesDialog

    dialog = MilestonesDialog(d.context, d.year_id, TODAY)
    return shown(d, dialog, ready=lambda: dialog.board is not None)


def _nudge(d: Demo) -> Views:
    from coordinator.ui.dialogs.nudge_dialog import NudgeDialog

    return shown(d, NudgeDialog(d.context, d.year_id, [d.mentor_id], TODAY))


def _outcomes(d: Demo) -> Views:
    from coordinator.ui.dialogs.outcomes_dialog import OutcomesDialog

    with d.db.reading() as s:
        summary = build_outcomes(s, d.year_id)
    return shown(d, OutcomesDialog(summary))


def _person(d: Demo) -> Views:
    from coordinator.ui.dialogs.person_dialog import PersonDialog

    yield from shown(d, PersonDialog(d.context, today=TODAY), "new")
    yield from shown(d, PersonDialog(d.context, d.mentee_ids[0], today=TODAY), "edit")


def _program(d: Demo) -> Views:
    from coordinator.ui.dialogs.program_dialog import ProgramDialog

    yield from shown(d, ProgramDialog(d.context), "new")
    yield from shown(d, ProgramDialog(d.context, d.program_id), "edit")


def _program_year(d: Demo) -> Views:
    from coordinator.ui.dialogs.program_year_dialog import ProgramYearDialog

    return shown(d, ProgramYearDialog(d.context, d.program_id))


def _copy_forward(d: Demo) -> Views:
    from coordinator.ui.dialogs.program_year_dialog import CopyForwardDialog

    return shown(d, CopyForwardDialog(d.context, d.year_id))


def _reassign(d: Demo) -> Views:
    from coordinator.ui.dialogs.reassign_dialog import ReassignDialog

    with d.db.reading() as s:
        year = programs.year_by_id(s, d.year_id)
        mentees = caseloads.cohort(s, year, d.mentor_id)
    return shown(
        d, ReassignDialog(d.context, d.year_id, mentees[:1], current_mentor_id=d.mentor_id)
    )


def _rule_packs(d: Demo) -> Views:
    from coordinator.ui.dialogs.rule_packs_dialog import RulePacksDialog

    return shown(d, RulePacksDialog(d.context))


def _shortcuts(d: Demo) -> Views:
    from PySide6.QtGui import QKeySequence

    from coordinator.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from coordinator.ui.shortcut_map import EVERYWHERE, ShortcutEntry

    entries = [ShortcutEntry(QKeySequence("Ctrl+O"), EVERYWHERE, "Open database…")]
    return shown(d, ShortcutsDialog(entries))


def _survey_import(d: Demo) -> Views:
    from coordinator.ui.dialogs.survey_import_dialog import SurveyImportDialog
    from survey_exports import google_csv

    with d.db.reading() as s:
        instrument = instruments_of(s, d.program_id)[0]
        questions = [q.text for q in instrument.questions]
        name, instrument_id = instrument.name, instrument.id
    answers = google_csv(
        d.folder / "answers.csv",
        questions,
        [(dt.datetime(2025, 8, 20, 9), "nobody@isd.example", *(["4"] * len(questions)))],
    )
    dialog = SurveyImportDialog(
        d.context,
        answers,
        program_year_id=d.year_id,
        instrument_id=instrument_id,
        instrument=name,
    )
    return shown(d, dialog, ready=lambda: dialog.result_shown is not None)


def _user_guide(d: Demo) -> Views:
    from coordinator.ui.dialogs.user_guide_dialog import UserGuideDialog

    return shown(d, UserGuideDialog())


def _welcome(d: Demo) -> Views:
    from coordinator.ui.dialogs.welcome_dialog import WelcomeDialog

    return shown(d, WelcomeDialog(str(d.folder / "coordinator.sqlite")))


def _year_close(d: Demo) -> Views:
    from coordinator.ui.dialogs.year_close_dialog import YearCloseDialog

    return shown(d, YearCloseDialog(d.context, d.year_id, today=TODAY))


OPENERS: dict[str, Opener] = {
    "AuditDialog": _audit,
    "BackupsDialog": _backups,
    "CheckinDialog": _checkin,
    "CopyForwardDialog": _copy_forward,
    "CopyToServerDialog": _copy_to_server,
    "CrashDialog": _crash,
    "DamagedDatabaseDialog": _damaged,
    "DatabaseProblemDialog": _database_problem,
    "EnrollDialog": _enroll,
    "ExportDialog": _export,
    "ImportWizard": _import_wizard,
    "MatchDraftDialog": _match_draft,
    "MeetingTimesDialog": _meeting_times,
    "MenteeEndingDialog": _mentee_ending,
    "MenteeTimelineDialog": _mentee_timeline,
    "MentorProfileDialog": _mentor_profile,
    "MentorWorkbooksDialog": _mentor_workbooks,
    "MilestonesDialog": _milestones,
    "NudgeDialog": _nudge,
    "OutcomesDialog": _outcomes,
    "PersonDialog": _person,
    "ProgramDialog": _program,
    "ProgramYearDialog": _program_year,
    "ReassignDialog": _reassign,
    "RulePacksDialog": _rule_packs,
    "ShortcutsDialog": _shortcuts,
    "SurveyImportDialog": _survey_import,
    "UserGuideDialog": _user_guide,
    "WelcomeDialog": _welcome,
    "YearCloseDialog": _year_close,
}


def describe(widget: QWidget, root: QWidget) -> str:
    """Enough to find the control in the code: its class, attribute name and what it shows."""
    owner = widget.parentWidget()
    attribute = next(
        (
            name
            for holder in (owner, root)
            if holder is not None
            for name, value in vars(holder).items()
            if value is widget
        ),
        "",
    )
    hints = [
        f"{label}={text!r}"
        for label, getter in (("placeholder", "placeholderText"), ("tooltip", "toolTip"))
        if hasattr(widget, getter) and (text := getattr(widget, getter)())
    ]
    where = f"{type(widget).__name__}"
    if attribute:
        where += f" .{attribute}"
    elif widget.objectName():
        where += f" #{widget.objectName()}"
    where += f" in {type(owner).__name__}" if owner is not None else ""
    return " ".join([where, *hints])
