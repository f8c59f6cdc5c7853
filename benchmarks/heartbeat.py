"""A timer on the window's thread: the widest gap between two ticks is the longest that thread was
held (a tick cannot come while it is busy). Shared by the benchmarks that prove the window never
blocks (window_bench, checkins_bench)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer


class Heartbeat:
    """Ticks every `interval_ms` on the GUI thread; `longest` is the widest gap since `reset`."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def stop(self) -> float:
        """The widest gap, counting the one up to now; the timer stops."""
        self._tick()
        self.timer.stop()
        return self.longest
