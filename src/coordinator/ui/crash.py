"""The global crash handler: log every uncaught exception and show a shareable report."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from coordinator import APP_NAME
from coordinator.crash_report import crash_report
from coordinator.log import log_file
from coordinator.tools.os_words import failure_words

log = logging.getLogger("coordinator.crash")

# The handler installed for the window, if any: bugs caught by workers are handed to it.
_installed: CrashHandler | None = None


class CrashHandler(QObject):
    """Installed as `sys.excepthook` and `threading.excepthook` for the window's lifetime."""

    # Reports from worker threads travel to the GUI thread through this queued signal.
    crashed = Signal(str)
    # A full disk, a read-only folder, a file in use: said in words, not as a crash.
    failed_plainly = Signal(str)

    def __init__(self, show_dialog: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_dialog = show_dialog
        self.dialog: Any = None
        self.reports: list[str] = []
        self.plain_failures: list[str] = []
        self.message_box: Any = None
        self._old_hook = sys.excepthook
        self._old_thread_hook = threading.excepthook
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.failed_plainly.connect(self._show_plain, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashHandler:
        global _installed
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        _installed = self
        return self

    def uninstall(self) -> None:
        global _installed
        if _installed is self:
            _installed = None
        if sys.excepthook == self.handle:
            sys.excepthook = self._old_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._old_thread_hook

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Log the stripped report; show it in the dialog (on the GUI thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._old_hook(exc_type, exc, tb)
            return
        words = failure_words(exc)
        if words is not None:
            log.warning("stopped: %s", exc_type.__name__)
            self.plain_failures.append(words)
            if self.show_dialog:
                self.failed_plainly.emit(words)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        report = crash_report(exc)
        self.reports.append(report)
        log.error("unexpected error\n%s", report)
        if self.show_dialog:
            self.crashed.emit(report)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, report: str) -> None:
        if QApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; later reports are in the log
        from coordinator.ui.dialogs.crash_dialog import CrashDialog

        self.dialog = CrashDialog(report, str(log_file()), QApplication.activeWindow())
        self.dialog.show()
        self.dialog.raise_()

    def _show_plain(self, words: str) -> None:
        if QApplication.instance() is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, words, parent=QApplication.activeWindow()
        )
        box.open()
        self.message_box = box


def install_crash_handler(show_dialog: bool = True) -> CrashHandler:
    return CrashHandler(show_dialog).install()


def report_bug(exc: BaseException) -> None:
    """A bug caught where it cannot propagate (a worker thread): log it and show the crash report.

    Without an installed handler (a test, a tool) it is still logged, without its message.
    """
    if _installed is not None:
        _installed.handle(type(exc), exc, exc.__traceback__)
    else:
        log.error("unexpected error\n%s", crash_report(exc))
