"""A guard against PySide6 6.12.0's reference-count bug on Python 3.11.

PySide6 6.12.0 returns `None` (from every void method: `setText`, `setValue`, ...) and `True`
(from `Signal.emit()`) without taking a reference, as if they were immortal, which they are only
from Python 3.12 on. On Python 3.11 each such call lowers their reference count by one, and after
a few thousand calls the interpreter aborts ("none_dealloc: deallocating None"). `install()`
checks whether the running PySide has the bug and, if so, makes `None`, `True` and `False` as
good as immortal (Python 3.12 does the same): their counts start so high they never reach zero.
On a fixed PySide, or on Python 3.12+, it changes nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# Python 3.12 gives immortal objects a reference count near 2**32; this is far beyond what any
# number of leaked references in a session could use up, and far from overflowing Py_ssize_t.
_HEADROOM = 1 << 40


class _Probe(QObject):
    fired = Signal()


def _pyside_leaks_references() -> bool:
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")  # a void method: returns None
        probe.fired.emit()  # returns True
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def install() -> bool:
    """Protect None, True and False if this PySide needs it; return whether it did."""
    if sys.version_info >= (3, 12) or not _pyside_leaks_references():
        return False
    for constant in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(constant))  # ob_refcnt comes first
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
    return True
