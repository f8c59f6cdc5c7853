"""Pausing Python's cycle collector while the app builds many small acyclic objects.

Evaluating the `large` demo creates about half a million tuples, dicts and result rows, none of
them in reference cycles; the cycle collector still ran dozens of passes over the whole heap
meanwhile, which cost a third of the dashboard's time (1.46 s against 1.22 s with it paused).
A 100,000-row roster import is the same story with a million small lists, dicts and tuples.
Reference counting frees everything as usual; only the cycle search waits until the end.
The window's start is the same again: importing SQLAlchemy, the models and the pages makes
some 120,000 objects, and the collector's passes over them cost about 100 ms of the 650 ms of
processor time between the first paint and the Dashboard's figures (pause_until_resumed,
coordinator/app.py; benchmarks/startup_bench.py).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off.

    Pauses nest and may overlap across threads (an import in a worker while the dashboard
    evaluates): the collector comes back when the last pause ends, if it was on before the first.
    """
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def pause_until_resumed() -> Callable[[], None]:
    """Pause the collector as `collector_paused` does, until the returned function is called.

    For a pause that no block encloses: the window's start, from its first imports to the
    Dashboard's figures. Calling the function again does nothing.
    """
    pause = collector_paused()
    pause.__enter__()
    resumed: list[bool] = []

    def resume() -> None:
        if not resumed:
            resumed.append(True)
            pause.__exit__(None, None, None)

    return resume
