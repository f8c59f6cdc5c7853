"""Long operations (imports, reports, backups) off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import gc
import logging
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coordinator import APP_NAME
from coordinator.errors import CoordinatorError
from coordinator.progress import Cancelled, Progress
from coordinator.tools.os_words import failure_words
from coordinator.ui.crash import report_bug
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Work = Callable[[Progress], Any]

BUG_MESSAGE = QT_TRANSLATE_NOOP(
    "Worker",
    "An unexpected error stopped this task; nothing was half-written. "
    "A report for the developers is shown, and the details are in the log file.",
)


# Workers whose page or dialog was closed while they ran: kept alive until their thread ends
# (a QThread deleted while running aborts the whole program).
_ORPHANS: set[Worker] = set()


@contextmanager
def no_collections_while_loading() -> Iterator[None]:
    """For a worker building 100,000 rows: no garbage collection meanwhile, survivors frozen after.

    A full collection over that many new objects takes a quarter of a second while holding the
    GIL, which stops the GUI thread as surely as running there; frozen rows (kept until the next
    load replaces them and freed then by reference counting) are not scanned by later collections.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class Worker(QThread):
    """Runs `work(progress)` in a thread; reports through signals only.

    When the widget it belongs to is deleted while it runs (a window closed, a page rebuilt), the
    worker is cancelled, its results go nowhere, and it lives on until its thread has ended.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)  # a readable message for the user
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.progress = Progress(self._emit_progress)
        if parent is not None:
            parent.destroyed.connect(self._orphan)

    def _orphan(self) -> None:
        if not self.isRunning():
            return
        self.cancel()
        for signal in (self.progressed, self.succeeded, self.failed, self.cancelled, self.finished):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # nothing was connected
                signal.disconnect()
        self.setParent(None)
        _ORPHANS.add(self)
        self.finished.connect(self._release)

    def _release(self) -> None:
        self.wait()
        _ORPHANS.discard(self)

    def _emit_progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except CoordinatorError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            words = failure_words(exc)
            if words is not None:  # a full disk, a read-only folder, a file in use: not a bug
                log.warning("a task stopped: %s", type(exc).__name__)
                self.failed.emit(words)
                return
            report_bug(exc)  # a bug: logged and shown in the crash dialog, as on GUI thread
            self.failed.emit(self.tr(BUG_MESSAGE))
        else:
            self.succeeded.emit(result)


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    on_cancel: Callable[[], None] | None = None,
) -> Worker:
    """Start `work` in a worker with a modal progress dialog and a working Cancel button."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = Worker(work, parent)

    def show_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()
        worker.deleteLater()

    dialog.canceled.connect(worker.cancel)
    worker.progressed.connect(show_progress)
    worker.succeeded.connect(on_success)
    worker.failed.connect(on_failure)
    if on_cancel is not None:
        worker.cancelled.connect(on_cancel)
    worker.finished.connect(finish)
    # Started from the event loop, not here: the caller connects its own `finished` handler
    # after this returns, and a quick task started at once could end before that connection
    # (under load the wizard then waited for a worker that had long finished: Next stayed off).
    QTimer.singleShot(0, worker, worker.start)
    return worker


class ListLoader(QObject):
    """A page's list read in a worker, one read at a time.

    A refresh asked for while a read runs waits its turn (`wait_turn`): the running read's
    result is then out of date (`stale`, so the page does not show it) and the page's refresh
    runs again as soon as that read ends.
    """

    def __init__(self, page: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self._worker: Worker | None = None
        self.stale = False

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def wait_turn(self) -> bool:
        """True when a read is running: this refresh happens once it has ended."""
        if self._worker is None:
            return False
        self.stale = True
        return True

    def start(
        self, load: Work, shown: Callable[[Any], None], failed: Callable[[str], None]
    ) -> None:
        worker = Worker(load, self._page)
        worker.succeeded.connect(shown)
        worker.failed.connect(failed)
        worker.finished.connect(self._finished)
        self._worker = worker
        worker.start()

    def _finished(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        if self.stale:
            self.stale = False
            self._refresh()
