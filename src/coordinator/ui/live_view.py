"""Live view: when another coordinator changes something on the shared server, the open pages
refresh within a moment, as after one's own change (AppContext.notify), keeping the selection.

A thread holds its own connection LISTENing for the notices every commit sends (db/live.py) and
passes the areas changed to the window through a signal; changes arriving close together are
gathered for a short moment and each area refreshes once. Dialogs do not reload: what is being
typed in one stays, and its save meets the version check if someone else changed the record. A
SQLite file has no other writers, so nothing runs there.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from coordinator.db import live
from coordinator.ui.context import AppContext

GATHER_MS = 400  # changes this close together refresh each page once


class NoticeListener(QThread):
    """Listens on the server until stopped; `changed` carries a set of kinds."""

    changed = Signal(object)
    connected = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._url = context.db.url
        self._stop = threading.Event()

    def run(self) -> None:
        live.listen(self._url, self.changed.emit, self._stop, on_connected=self.connected.emit)

    def stop(self) -> None:
        self._stop.set()
        self.wait()


class LiveView(QObject):
    """Started by the main window; follows the database the window has open."""

    refreshed = Signal(object)  # the kinds just refreshed (for the status bar and tests)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.listener: NoticeListener | None = None
        self.listening = False
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._refresh)
        context.database_changed.connect(self.restart)
        self.restart()

    def restart(self) -> None:
        self.stop()
        if self.context.db.is_sqlite:
            return
        self.listener = NoticeListener(self.context, self)
        self.listener.changed.connect(self._gather)
        self.listener.connected.connect(self._connected)
        self.listener.start()

    def _connected(self) -> None:
        self.listening = True

    def stop(self) -> None:
        self.listening = False
        if self.listener is not None:
            self.listener.stop()
            self.listener.deleteLater()
            self.listener = None
        self._pending.clear()
        self._timer.stop()

    def _gather(self, kinds: object) -> None:
        if isinstance(kinds, set):
            self._pending |= {k for k in kinds if isinstance(k, str)}
        if not self._timer.isActive():
            self._timer.start()

    def _refresh(self) -> None:
        kinds, self._pending = self._pending, set()
        for kind in sorted(kinds):
            self.context.notify(kind)
        if kinds:
            self.refreshed.emit(kinds)
