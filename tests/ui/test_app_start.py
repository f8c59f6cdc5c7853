"""Starting the app: first start, an unreadable database, the welcome dialog, start-up imports."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from coordinator.app import display_problem, offer_demo, open_or_ask, run_app
from coordinator.db.engine import Database
from coordinator.ui import app_settings
from coordinator.ui.demo_offer import demo_available
from coordinator.ui.dialogs.database_problem_dialog import DatabaseProblemDialog
from coordinator.ui.dialogs.welcome_dialog import WelcomeDialog
from coordinator.ui.main_window import MainWindow, opening_words
from district import build_district

AnswerDialogs = Callable[..., list[str]]


@pytest.fixture
def answer_modal_dialogs() -> Iterator[AnswerDialogs]:
    """Answer the modal dialogs that open next, in order; returns what each one said.

    A dialog nobody expected is answered with Quit, so a failing test fails instead of hanging;
    polling stops when the test ends.
    """
    active = [True]

    def start(*answers: object) -> list[str]:
        seen: list[str] = []
        pending = list(answers)

        def poll() -> None:
            if not active[0]:
                return
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, DatabaseProblemDialog):
                seen.append(dialog.informativeText())
                answer = pending.pop(0) if pending else "quit"
                (dialog.choose_button if answer == "choose" else dialog.quit_button).click()
            elif isinstance(dialog, QFileDialog) and pending:
                chosen = Path(str(pending[0]))
                name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
                assert name_edit is not None
                name_edit.setText(str(chosen))  # what a user types
                dialog.accept()
                if not dialog.isVisible():
                    seen.append("file dialog")
                    pending.pop(0)
            elif isinstance(dialog, QFileDialog):
                dialog.reject()
            QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)
        return seen

    yield start
    active[0] = False


def test_a_file_that_is_not_a_database_offers_quit(
    qtbot: QtBot, tmp_path: Path, answer_modal_dialogs: AnswerDialogs
) -> None:
    bad = tmp_path / "roster.sqlite"
    bad.write_text("Employee ID,Name\n1,Zoë\n", encoding="utf-8")
    said = answer_modal_dialogs("quit")
    assert open_or_ask(str(bad)) is None
    assert len(said) == 1
    assert "is not a Coordinator database" in said[0]
    assert "Traceback" not in said[0]


def test_choosing_another_file_opens_it(
    qtbot: QtBot, tmp_path: Path, answer_modal_dialogs: AnswerDialogs
) -> None:
    bad = tmp_path / "roster.sqlite"
    bad.write_bytes(b"not a database at all")
    good = tmp_path / "fresh.sqlite"
    said = answer_modal_dialogs("choose", good)
    opened = open_or_ask(str(bad))
    assert opened is not None
    db, new = opened
    try:
        assert db.path == good
        assert new
        assert said[1] == "file dialog"
    finally:
        db.dispose()


def test_welcome_dialog_offers_the_demo_first(qtbot: QtBot) -> None:
    dialog = WelcomeDialog("/data/coordinator.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_button.isDefault()
    assert dialog.demo_button.text() == "&Explore a demo district"
    assert dialog.empty_button.text() == "&Start with an empty database"
    with qtbot.waitSignal(dialog.rejected):
        dialog.empty_button.click()
    assert dialog.result() == WelcomeDialog.DialogCode.Rejected


def test_first_start_creates_the_database(
    qtbot: QtBot, coordinator_home: Path, tmp_path: Path
) -> None:
    """The whole start-up, as `coordinator` runs it; the window is closed after it appears."""
    target = tmp_path / "first.sqlite"

    said: dict[str, str] = {}

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        welcome = windows[0].findChild(WelcomeDialog) if windows else None
        if not windows or (demo_available() and welcome is None):
            QTimer.singleShot(20, close_when_shown)
            return
        if welcome is not None:
            said["welcome"] = welcome.empty_button.text()
            welcome.empty_button.click()
        said["people"] = windows[0].people_count_label.text()
        windows[0].close()

    QTimer.singleShot(0, close_when_shown)
    assert run_app(str(target), crash_dialog=False) == 0
    assert said["people"] == "0 people"
    assert said["welcome"] == "&Start with an empty database"
    assert target.exists()
    assert (coordinator_home / "config" / "Coordinator" / "Coordinator.ini").exists()
    assert app_settings.recent_databases() == [str(target)]
    assert sys.excepthook is not None


def test_demo_offer_fills_the_database(qtbot: QtBot, main_window: object, db: Database) -> None:
    pytest.importorskip("coordinator.demo")
    window = main_window(db)  # type: ignore[operator]
    dialog = offer_demo(window)
    assert dialog is not None
    with qtbot.waitSignal(window.context.database_changed, timeout=120_000):
        dialog.demo_button.click()
    assert window.people_count_label.text() != "0 people"
    assert window.year_chooser.currentText() == "Teacher Induction 2025-26"  # most mentees
    assert window.context.program_year_id is not None


def test_window_starts_without_importing_report_libraries() -> None:
    """openpyxl, reportlab and icalendar are imported when a report, an import or a calendar
    needs them, not at start."""
    code = (
        "import sys, os, tempfile\n"
        "os.environ['COORDINATOR_HOME'] = tempfile.mkdtemp()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from coordinator.app import build_window, open_or_ask\n"
        "db, _ = open_or_ask(os.path.join(os.environ['COORDINATOR_HOME'], 'x.sqlite'))\n"
        "window = build_window(db)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in ('openpyxl', 'reportlab', 'icalendar') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_starting_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    """No X11 or Wayland display: one clear line and exit 1, not Qt's abort and a core dump."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["COORDINATOR_HOME"] = str(tmp_path / "home")
    target = tmp_path / "coordinator.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display was found" in lines[0]
    assert "coordinator --help" in lines[0]
    assert not target.exists()  # nothing was created for a window that never opened


def test_missing_display_libraries_are_named_with_their_packages() -> None:
    problem = display_problem(
        {"DISPLAY": ":0"},
        platform="linux",
        missing_libraries=lambda: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"],
    )
    assert problem is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in problem
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in problem


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),  # tests, CI
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),  # Wayland needs no X11 libraries
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_a_usable_display_is_not_questioned(environ: dict[str, str], platform: str) -> None:
    assert display_problem(environ, platform=platform, missing_libraries=lambda: ["x"]) is None


# Starts the window as `coordinator gui` does (run_app), watching every paint event: the first one
# of the main window says whether the database layer was imported by then.
FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject
from coordinator.app import make_application, run_app
from coordinator.ui.main_window import MainWindow, opening_words

app = make_application()
windows = []

class Watch(QObject):
    def eventFilter(self, watched, event):
        if not windows and event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
            windows.append(watched)
            print("sqlalchemy imported:", "sqlalchemy" in sys.modules)
            label = getattr(watched, "opening_label", None)
            print("painted:", label.text() if label is not None else "the opened window")
        return False

def closing():
    dashboard = windows[0].page("Dashboard")
    print("status:", windows[0].database_label.text())
    print("dashboard:", dashboard.title.text().split(",")[0])
    print("mentees:", dashboard.tiles["mentees"].value.text())
    print("windows:", sum(isinstance(w, MainWindow) for w in app.topLevelWidgets()))

watch = Watch()
app.installEventFilter(watch)
app.aboutToQuit.connect(closing)
sys.exit(run_app(sys.argv[1], crash_dialog=False))
"""


def start_on_a_district(
    db: Database, tmp_path: Path, script: str, *args: str
) -> subprocess.CompletedProcess[str]:
    """`script` run as a fresh process on a district's file (its path the first argument), the
    window offscreen and quitting once the Dashboard's figures are shown; it must exit 0."""
    build_district(db)
    target = str(db.path)
    db.dispose()
    env = {
        **os.environ,
        "COORDINATOR_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "COORDINATOR_SMOKE_QUIT_MS": "0",
    }
    result = subprocess.run(
        [sys.executable, "-c", script, target, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-800:]
    return result


def test_the_window_paints_before_the_database_layer_then_shows_the_dashboard(
    db: Database, tmp_path: Path
) -> None:
    """The real window is on screen before SQLAlchemy is imported; the same window then shows
    the opened file's Dashboard."""
    result = start_on_a_district(db, tmp_path, FIRST_PAINT)
    target = str(db.path)
    said = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert said["painted"] == f"Opening {Path(target).name}…"
    assert said["sqlalchemy imported"] == "False"
    assert "smoke: Dashboard figures shown" in result.stdout.splitlines()
    assert said["status"] == f"Database: {target}"
    assert said["dashboard"] == "Texas MPA 2025-26"
    assert said["mentees"] == "5"
    assert said["windows"] == "1"  # the window that painted first, not a second one


def test_a_file_that_cannot_be_opened_is_said_over_the_opening_window(
    qtbot: QtBot, coordinator_home: Path, tmp_path: Path
) -> None:
    """The problem is said in words on the window that was opening it; quitting leaves no window
    and the file as it was."""
    bad = tmp_path / "roster.sqlite"
    bad.write_text("Employee ID,Name\n1,Zoë\n", encoding="utf-8")
    said: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DatabaseProblemDialog):
            QTimer.singleShot(20, answer)
            return
        window = dialog.parentWidget()
        assert isinstance(window, MainWindow)
        said["problem"] = dialog.informativeText()
        said["window"] = window.opening_label.text()
        said["visible"] = str(window.isVisible())
        dialog.quit_button.click()

    QTimer.singleShot(0, answer)
    assert run_app(str(bad), crash_dialog=False) == 1
    assert "is not a Coordinator database" in said["problem"]
    assert said["window"] == "Opening roster.sqlite…"
    assert said["visible"] == "True"
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert bad.read_text(encoding="utf-8") == "Employee ID,Name\n1,Zoë\n"


def test_the_opening_window_names_the_file_or_the_server_never_the_password() -> None:
    assert opening_words("/data/district/coordinator.sqlite") == "Opening coordinator.sqlite…"
    server = opening_words("postgresql+psycopg://alice:s3cret@db.district.org:5432/coordinator")
    assert server == "Opening the database on db.district.org…"


# Starts the window as `coordinator gui` does, and says which of the modules only some action
# needs were loaded when the Dashboard's figures came on screen.
AT_FIGURES = """
import sys
import coordinator.ui.smoke as smoke
from coordinator.app import run_app

LATER = sys.argv[2].split(",")
said = smoke.say_cpu

def say(moment):
    said(moment)
    if moment == smoke.FIGURES_SHOWN:
        print("loaded at the figures:", ",".join(m for m in LATER if m in sys.modules))

smoke.say_cpu = say
smoke.run_smoke = lambda window: 0
sys.exit(run_app(sys.argv[1], crash_dialog=False))
"""

# Opened by a click, or looked at after the figures: none is on the way to them.
NOT_BEFORE_THE_FIGURES = (
    "alembic",
    "sqlalchemy.dialects.postgresql",  # a SQLite file's start does not load the server's dialect
    "openpyxl",
    "reportlab",
    "coordinator.services.outcomes.summary",
    "coordinator.services.reporting.data",
    "coordinator.services.compliance.year_close",
    "coordinator.ui.dialogs.checkin_dialog",
    "coordinator.ui.dialogs.nudge_dialog",
    "coordinator.ui.dialogs.milestones_dialog",
    "coordinator.ui.dialogs.year_close_dialog",
    "coordinator.ui.dialogs.outcomes_dialog",
    "coordinator.ui.dialogs.program_dialog",
    "coordinator.ui.dialogs.audit_dialog",
    "coordinator.ui.dialogs.backups_dialog",
    "coordinator.ui.dialogs.user_guide_dialog",
    "coordinator.ui.dialogs.shortcuts_dialog",
)


def test_the_dashboard_figures_come_before_what_only_an_action_needs(
    db: Database, tmp_path: Path
) -> None:
    """Between the first paint and the Dashboard's figures only what the figures need is
    imported: dialogs wait for their click, the outcomes and a closed year's words follow."""
    result = start_on_a_district(db, tmp_path, AT_FIGURES, ",".join(NOT_BEFORE_THE_FIGURES))
    lines = result.stdout.splitlines()
    assert "smoke: Dashboard figures shown" in lines
    said = dict(line.split(": ", 1) for line in lines if ": " in line)
    assert said["loaded at the figures"] == ""
    cpu = [line for line in lines if line.startswith("smoke-cpu: Dashboard figures shown ")]
    assert len(cpu) == 1
    assert cpu[0].rsplit(" ", 1)[1].isdigit()  # what the benchmark reads


def test_the_window_lets_its_thread_take_the_interpreter_back_within_a_millisecond(
    qapp: object,
) -> None:
    """A worker reading a page of check-ins must not hold each painted cell up to 5 ms."""
    import sys

    from coordinator.app import WINDOW_SWITCH_INTERVAL, make_application

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        make_application()
        assert sys.getswitchinterval() == pytest.approx(WINDOW_SWITCH_INTERVAL)
        assert WINDOW_SWITCH_INTERVAL <= 0.001
    finally:
        sys.setswitchinterval(before)


COLLECTOR_AT_START = """
import gc, sys
from coordinator.app import run_app
from coordinator.ui import smoke
said = smoke.say_cpu

def say(moment):
    said(moment)
    if moment == smoke.FIGURES_SHOWN:
        print("collector at the figures:", gc.isenabled())

def after_the_dashboard(window):
    window.current_page().wait_until_evaluated()
    print("collector after:", gc.isenabled(), gc.get_freeze_count() > 0)
    return 0

smoke.say_cpu = say
smoke.run_smoke = after_the_dashboard
sys.exit(run_app(sys.argv[1], crash_dialog=False))
"""


def test_the_cycle_collector_waits_for_the_figures_then_comes_back(
    db: Database, tmp_path: Path
) -> None:
    """Paused from the start (its passes over the start-up's imports cost 60-100 ms before
    the figures), the collector is back once they are shown: it is not left off for good."""
    result = start_on_a_district(db, tmp_path, COLLECTOR_AT_START)
    said = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert said["collector at the figures"] == "False"
    assert said["collector after"] == "True True"  # on again; what the start built is frozen
