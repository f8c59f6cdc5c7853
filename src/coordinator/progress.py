"""Progress and cancellation for long operations, as plain Python (the UI wires it to Qt).

A service takes a `Progress` and calls `step()` now and then; when the user pressed Cancel, `step()`
raises `Cancelled`, the service's transaction rolls back, and nothing is half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from coordinator.errors import CoordinatorError

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(CoordinatorError):
    """The user cancelled; everything the operation did was rolled back."""

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)


class Progress:
    """Counts work done out of a total, reports it, and carries the cancel request."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, message: str = "") -> None:
        """Report progress; raise `Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total, message)


NO_PROGRESS = Progress()
