"""Background tasks: a user-fixable refusal is a message; a bug reaches the crash dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coordinator.errors import CoordinatorError
from coordinator.progress import Progress
from coordinator.ui.crash import CrashHandler
from coordinator.ui.workers import BUG_MESSAGE, run_with_progress

SECRET = "lan.nguyen@example.org"


@pytest.fixture
def crash_handler() -> Iterator[CrashHandler]:
    handler = CrashHandler(show_dialog=True).install()
    yield handler
    handler.uninstall()
    if handler.dialog is not None:
        handler.dialog.close()


def run(qtbot: QtBot, work: object) -> list[str]:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[str] = []
    worker = run_with_progress(parent, "Working…", work, lambda _r: None, failures.append)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(failures) or worker.isFinished())
    qtbot.waitUntil(lambda: bool(failures))
    return failures


def test_a_bug_in_a_worker_is_logged_and_shown_in_the_crash_dialog(
    qtbot: QtBot, crash_handler: CrashHandler, log_path: Path
) -> None:
    def buggy(_progress: Progress) -> None:
        raise KeyError(f"no row for {SECRET}")

    failures = run(qtbot, buggy)
    assert failures == [BUG_MESSAGE]
    qtbot.waitUntil(lambda: crash_handler.dialog is not None and crash_handler.dialog.isVisible())
    report = crash_handler.dialog.report
    assert "KeyError (message removed)" in report
    assert "in buggy" in report
    assert SECRET not in report
    logged = log_path.read_text(encoding="utf-8")
    assert "KeyError (message removed)" in logged
    assert SECRET not in logged


def test_a_refusal_the_user_can_fix_is_a_message_not_a_crash(
    qtbot: QtBot, crash_handler: CrashHandler
) -> None:
    def refused(_progress: Progress) -> None:
        raise CoordinatorError("The file is open in Excel: close it and try again.")

    failures = run(qtbot, refused)
    assert failures == ["The file is open in Excel: close it and try again."]
    qtbot.wait(50)
    assert crash_handler.dialog is None
    assert crash_handler.reports == []


def test_a_full_disk_in_a_worker_is_said_in_words_not_as_a_crash(
    qtbot: QtBot, crash_handler: CrashHandler, tmp_path: Path
) -> None:
    from mounts import tiny_disk

    with tiny_disk(tmp_path / "small", "64k") as small:

        def fills_the_disk(_progress: Progress) -> None:
            with (small / "big.bin").open("wb") as out:  # a plain write, as a library makes
                out.write(b"x" * 1_000_000)

        failures = run(qtbot, fills_the_disk)
    assert len(failures) == 1
    assert "the disk is full. Free some disk space or choose another folder." in failures[0]
    assert BUG_MESSAGE not in failures
    assert crash_handler.reports == []


def test_a_read_only_disk_on_the_window_thread_is_a_message_box(
    qtbot: QtBot, crash_handler: CrashHandler, tmp_path: Path
) -> None:
    from mounts import read_only_disk

    with read_only_disk(tmp_path / "stick") as stick:
        try:
            (stick / "notes.txt").write_text("x")
        except OSError as exc:
            crash_handler.handle(type(exc), exc, exc.__traceback__)
    assert crash_handler.reports == []
    qtbot.waitUntil(lambda: crash_handler.message_box is not None)
    assert "the folder or disk is read-only" in crash_handler.message_box.text()
    assert crash_handler.dialog is None
    crash_handler.message_box.close()


CLOSED_WHILE_RUNNING = """
import sys, threading, time
import shiboken6
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget
from coordinator.ui.workers import Worker, run_with_progress

app = QApplication(sys.argv)
done = threading.Event()
results = []

def slow(progress):
    time.sleep(0.5)
    done.set()
    return 42

page = QWidget()
plain = Worker(slow, page)
plain.succeeded.connect(results.append)
plain.start()
dialog_parent = QWidget()
with_dialog = run_with_progress(dialog_parent, "Working", slow, results.append, results.append)
time.sleep(0.1)
shiboken6.delete(page)  # the user closes the window while both still work
shiboken6.delete(dialog_parent)
del page, dialog_parent, plain, with_dialog
deadline = time.monotonic() + 5
while time.monotonic() < deadline and not done.is_set():
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
for _ in range(20):
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    time.sleep(0.02)
print("results", results)
"""


def test_closing_a_window_while_its_task_runs_does_not_crash_the_program(tmp_path: Path) -> None:
    """A page deleted while its worker still runs: before, Qt aborted the whole program
    ("QThread: Destroyed while thread is still running"); now the worker finishes on its own and
    its result goes to nobody."""
    import os
    import subprocess
    import sys

    import coordinator

    source = str(Path(coordinator.__file__).parents[1])  # the same package this suite tests
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": source}
    done = subprocess.run(
        [sys.executable, "-c", CLOSED_WHILE_RUNNING],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Destroyed while thread" not in done.stderr
    assert "results []" in done.stdout


def test_a_quick_task_still_reaches_the_handler_connected_after_it_started(qtbot: QtBot) -> None:
    """Every caller connects `finished` after run_with_progress returns. A task that ended before
    that (the GUI thread held up by load) never reached it: the import wizard then waited for a
    worker that had finished, with Next greyed out for good."""
    import time

    class Page(QWidget):  # the caller's handler is a method of its page or dialog, as in the app
        def __init__(self) -> None:
            super().__init__()
            self.ended = 0

        def worker_done(self) -> None:
            self.ended += 1

    page = Page()
    qtbot.addWidget(page)
    done: list[str] = []
    worker = run_with_progress(page, "Quick", lambda _p: "ok", done.append, done.append)
    time.sleep(0.3)  # the GUI thread is late to connect, as under load
    worker.finished.connect(page.worker_done)
    qtbot.waitUntil(lambda: page.ended == 1, timeout=5_000)
    assert done == ["ok"]
