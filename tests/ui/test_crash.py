"""The crash handler logs a report without exception messages and shows it, copyable."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator import __version__
from coordinator.crash_report import crash_report
from coordinator.ui.crash import CrashHandler

SECRET = "lan.nguyen@example.org"


def fail_with_personal_data(email: str) -> None:
    try:
        {}[email]
    except KeyError as exc:
        raise ValueError(f"cannot match {email}") from exc


def caught() -> BaseException:
    try:
        fail_with_personal_data(SECRET)
    except ValueError as exc:
        return exc
    raise AssertionError("nothing was raised")


def test_report_keeps_types_and_places_and_drops_messages() -> None:
    report = crash_report(caught())
    assert f"Coordinator {__version__}" in report
    assert "Python 3." in report
    assert "Qt 6." in report
    assert "KeyError (message removed)" in report
    assert "ValueError (message removed)" in report
    assert "direct cause" in report
    assert "in fail_with_personal_data" in report
    assert 'raise ValueError(f"cannot match {email}")' in report
    assert SECRET not in report
    assert str(Path(__file__).parent) not in report  # paths start at the import root


def test_uncaught_exception_is_logged_and_shown(qtbot: QtBot, log_path: Path) -> None:
    handler = CrashHandler(show_dialog=True)
    exc = caught()
    handler.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    qtbot.addWidget(dialog)
    assert "ValueError (message removed)" in dialog.report
    assert SECRET not in dialog.report
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.report
    assert dialog.copy_button.text() == "Copied"
    logged = log_path.read_text(encoding="utf-8")
    assert "ValueError (message removed)" in logged
    assert SECRET not in logged


def test_the_switch_turns_the_dialog_off(qtbot: QtBot) -> None:
    handler = CrashHandler(show_dialog=False).install()
    try:
        assert sys.excepthook == handler.handle
        exc = caught()
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        handler.uninstall()
    qtbot.wait(20)
    assert handler.dialog is None
    assert len(handler.reports) == 1
    assert sys.excepthook != handler.handle


def test_exceptions_in_threads_are_caught_too(qtbot: QtBot, log_path: Path) -> None:
    handler = CrashHandler(show_dialog=False).install()
    try:
        thread = threading.Thread(target=fail_with_personal_data, args=(SECRET,))
        thread.start()
        thread.join()
    finally:
        handler.uninstall()
    assert len(handler.reports) == 1
    assert "ValueError (message removed)" in handler.reports[0]
    assert SECRET not in handler.reports[0]
    assert "ValueError (message removed)" in log_path.read_text(encoding="utf-8")
