"""PySide6 6.12.0 on Python 3.11 leaks references to None and True; the guard keeps us alive."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from coordinator.ui import qt_compat


class _Emitter(QObject):
    changed = Signal(str)


def test_thousands_of_qt_calls_do_not_use_up_none_or_true() -> None:
    qt_compat.install()
    emitter = _Emitter()
    seen: list[str] = []
    emitter.changed.connect(seen.append)
    for n in range(20_000):  # without the guard, 3.11 aborts after about 5,000 of these
        emitter.setObjectName(f"e{n % 7}")
        emitter.changed.emit("x")
    assert len(seen) == 20_000
    assert sys.getrefcount(None) > 1_000
    assert sys.getrefcount(True) > 1_000
