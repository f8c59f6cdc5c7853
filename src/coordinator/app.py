"""Starting the window: the QApplication, the crash handler, the database, the first-start offer."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator import APP_NAME, APP_ORG, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from coordinator.db.engine import Database
    from coordinator.ui.dialogs.welcome_dialog import WelcomeDialog
    from coordinator.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The Debian/Ubuntu package that brings each library Qt's X11 plugin loads on Linux.
X11_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
}
# Platforms that need no screen (tests, remote sessions): nothing to check.
HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
START_PAUSE_MS = 5_000  # the start-up's collector pause ends by then if no figures came


def missing_x11_libraries() -> list[str]:
    """The shared libraries Qt's X11 plugin would fail to load here (best effort, Linux)."""
    import importlib.util
    import subprocess
    from ctypes.util import find_library

    missing = [] if find_library("xcb-cursor") else ["libxcb-cursor.so.0"]  # loaded at run time
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        for library in ("Qt/plugins/platforms/libqxcb.so", "Qt/lib/libQt6XcbQpa.so.6"):
            path = Path(folder, library)
            if not path.exists():
                continue
            try:
                linked = subprocess.run(
                    ["ldd", str(path)], capture_output=True, text=True, timeout=10, check=False
                ).stdout
            except (OSError, subprocess.TimeoutExpired):
                return missing
            for line in linked.splitlines():
                name, _, where = line.strip().partition(" => ")
                if where.strip() == "not found" and name not in missing:
                    missing.append(name)
    return missing


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    missing_libraries: Callable[[], list[str]] = missing_x11_libraries,
) -> str | None:
    """Why the window cannot open on this machine, in one line; None when it can.

    Checked before Qt starts: Qt aborts the whole process (a core dump) when it has no display.
    """
    if not platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    if chosen in HEADLESS_PLATFORMS:
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "coordinator: cannot open the window: no display was found (DISPLAY and "
            "WAYLAND_DISPLAY are not set). Start Coordinator from a desktop session; the "
            "commands work without one (coordinator --help)."
        )
    if chosen not in ("", "xcb") or (not chosen and env.get("WAYLAND_DISPLAY")):
        return None
    missing = missing_libraries()
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(X11_PACKAGES.get(name, name) for name in missing))
    return (
        "coordinator: cannot open the window: system libraries Qt needs for the display are "
        f"missing ({', '.join(missing)}). On Debian or Ubuntu: sudo apt install {packages}"
    )


# How long a thread may keep Python's interpreter lock while another waits (Python's default is
# 5 ms). The window's thread needs the lock for every cell it paints; with a worker reading a page
# of check-ins meanwhile, each of those calls waited up to the full interval, and one paint held
# the window 70-120 ms (checkins_bench, load 2.7). At 1 ms: 45-50 ms.
WINDOW_SWITCH_INTERVAL = 0.001


def make_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    sys.setswitchinterval(WINDOW_SWITCH_INTERVAL)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from coordinator.ui.focus_style import install_focus_ring

    install_focus_ring(app)
    _money_locale()
    return app


def _money_locale() -> None:
    """Amounts in the system's locale, as dates and figures are, unless the environment says."""
    from PySide6.QtCore import QLocale

    from coordinator.services.pay.money import locale_from_environment, use_locale

    use_locale(locale_from_environment() or QLocale.system().name())


def is_first_start(target: str) -> bool:
    """A new SQLite file (not a server URL) means the user has never opened this database."""
    return "://" not in target and not Path(target).expanduser().exists()


def open_or_ask(
    target: str,
    parent: QWidget | None = None,
    opening: Callable[[str], None] | None = None,
) -> tuple[Database, bool] | None:
    """Open `target` (True when the file is new); if it cannot be opened, offer another or quit.

    `opening` is told each file tried (the window says which one it is opening).
    """
    from coordinator.errors import CoordinatorError
    from coordinator.ui.database_opening import open_for_window
    from coordinator.ui.dialogs.database_problem_dialog import (
        DatabaseProblemDialog,
        choose_database_file,
    )

    while True:
        if opening is not None:
            opening(target)
        new = is_first_start(target)
        try:
            db = open_for_window(target, parent)  # damaged, in use: the coordinator decides
            return None if db is None else (db, new)
        except CoordinatorError as exc:
            log.warning("could not open the database: %s", type(exc).__name__)
            dialog = DatabaseProblemDialog(str(exc), parent)
            dialog.exec()
            if not dialog.wants_another_file():
                return None
            chosen = choose_database_file(parent, "Choose a Coordinator database", new=True)
            if chosen is None:
                return None
            target = chosen


def offer_demo(window: MainWindow) -> WelcomeDialog | None:
    """On first start, offer the demo district (when this build has it); returns the dialog."""
    from coordinator.ui.demo_offer import demo_available, load_demo
    from coordinator.ui.dialogs.welcome_dialog import WelcomeDialog

    if not demo_available():
        return None
    dialog = WelcomeDialog(window.context.db.display_name, window)
    dialog.accepted.connect(lambda: load_demo(window, window.context))
    dialog.open()
    return dialog


def opening_window(target: str) -> MainWindow:
    """The main window, painted, saying it is opening `target`: before SQLAlchemy is imported."""
    from coordinator.ui.main_window import MainWindow

    window = MainWindow(opening=target)
    window.show()
    window.repaint()  # painted now, not when the event loop starts after the database opens
    make_application().processEvents()
    return window


def build_window(db: Database, window: MainWindow | None = None) -> MainWindow:
    """The window on `db`: the opening `window` given its database, or a new one."""
    from coordinator.ui import app_settings
    from coordinator.ui.context import AppContext
    from coordinator.ui.database_opening import take_lock
    from coordinator.ui.main_window import MainWindow
    from coordinator.ui.safety import SafetyTools

    if window is None:
        window = MainWindow()
    window.attach(AppContext(db))
    SafetyTools(window, take_lock(db))  # a child of the window: backups, audit, the lock
    app_settings.remember_database(db.display_name)
    window.file_menu.fill_recent()
    return window


def run_app(db_target: str | None, crash_dialog: bool = True) -> int:
    """Open the window on the database and run until it closes; return the exit code."""
    from coordinator.tools.gc_pause import pause_until_resumed

    # No cycle collection while the start-up imports build their modules and classes (and the
    # window its widgets): the collector ran about 100 ms of passes over them before the
    # Dashboard's figures. It comes back once they are shown (resume_collector_after_start).
    resume_collector = pause_until_resumed()
    try:
        return _run_app(db_target, crash_dialog, resume_collector)
    finally:
        resume_collector()


def resume_collector_after_start(window: MainWindow, resume: Callable[[], None]) -> None:
    """Resume the start-up's paused collector when the Dashboard's figures are shown, or after
    START_PAUSE_MS at the latest (no year chosen, an evaluation that failed, another page).

    What the start built (modules, classes, the window) lives as long as the process: frozen
    then, later full collections do not scan it again.
    """
    from PySide6.QtCore import QTimer

    done: list[bool] = []

    def resume_and_freeze() -> None:
        if not done:
            done.append(True)
            resume()
            gc.freeze()

    figures_shown = getattr(window.current_page(), "figures_shown", None)
    if figures_shown is not None:
        # Queued: the figures are painted before the collector may run again.
        figures_shown.connect(lambda: QTimer.singleShot(0, resume_and_freeze))
    QTimer.singleShot(START_PAUSE_MS, resume_and_freeze)


def _run_app(
    db_target: str | None, crash_dialog: bool, resume_collector: Callable[[], None]
) -> int:
    from coordinator.ui.pyside_imports import quicken_module_checks

    quicken_module_checks()  # before the modules imported after PySide, the window's among them
    from PySide6.QtCore import QTimer

    from coordinator.paths import resolve_target
    from coordinator.ui.app_settings import output_language, use_settings_folder
    from coordinator.ui.crash import install_crash_handler
    from coordinator.ui.smoke import schedule_smoke, watch_first_paint
    from coordinator.ui.translator import install_translator

    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = make_application()
    use_settings_folder()
    install_translator(output_language())  # the language chosen in Settings, else the system's
    handler = install_crash_handler(show_dialog=crash_dialog)
    target = resolve_target(db_target)
    watch_first_paint()  # only for the smoke option (CI, benchmarks/startup_bench.py)
    window = opening_window(target)
    # The database's dialogs (damaged, in use, not a database) sit on the window.
    opened = open_or_ask(target, window, window.show_opening)
    if opened is None:  # they chose to quit: nothing was opened
        window.close()
        handler.uninstall()
        return 1
    db, first_start = opened
    build_window(db, window)
    resume_collector_after_start(window, resume_collector)
    if first_start:
        QTimer.singleShot(0, lambda: offer_demo(window))
    schedule_smoke(window)  # only when COORDINATOR_SMOKE_QUIT_MS is set (CI's built-app check)
    try:
        return app.exec()
    finally:
        handler.uninstall()
        window.context.db.dispose()
