"""The installed PySide6 keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 returned `None` from every void method and `True` from
`Signal.emit()` without taking a reference; after a few thousand calls the interpreter aborted
("none_dealloc"). pyproject.toml therefore asks for PySide6 < 6.12; this test fails if a release
with that bug is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str)


def test_void_methods_and_emit_do_not_lose_references() -> None:
    emitter = _Emitter()
    seen: list[str] = []
    emitter.changed.connect(seen.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for n in range(200):
        emitter.setObjectName(f"e{n % 7}")
        emitter.changed.emit("x")
    assert len(seen) == 200
    assert sys.getrefcount(None) >= none_before - 50  # other objects may come and go
    assert sys.getrefcount(True) >= true_before - 50
