"""One cycle-collector pause for imports and the dashboard alike."""

from __future__ import annotations

import gc
import threading

from coordinator.importing.roster import pipeline
from coordinator.services.compliance import dashboard, evaluate
from coordinator.tools import gc_pause
from coordinator.tools.gc_pause import collector_paused


def test_pauses_nest_and_the_collector_comes_back() -> None:
    assert gc.isenabled()
    outer = collector_paused()
    inner = collector_paused()
    outer.__enter__()
    inner.__enter__()
    outer.__exit__(None, None, None)  # the first pause ends before the second (two threads)
    assert not gc.isenabled()
    inner.__exit__(None, None, None)
    assert gc.isenabled()


def test_pauses_overlap_across_threads() -> None:
    started, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collector_paused():
            started.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait(5)
    with collector_paused():
        release.set()
        thread.join(5)
        assert not gc.isenabled()  # the worker's pause ended; this one still holds
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_imports_and_the_dashboard_use_the_same_pause() -> None:
    for module in (pipeline, dashboard, evaluate):
        assert module.collector_paused is gc_pause.collector_paused


def test_a_pause_until_resumed_holds_until_then_and_nests() -> None:
    assert gc.isenabled()
    resume = gc_pause.pause_until_resumed()
    assert not gc.isenabled()
    with collector_paused():  # the Dashboard's evaluation, inside the window's start
        resume()
        assert not gc.isenabled()  # the evaluation's pause still holds
    assert gc.isenabled()
    resume()  # again: nothing happens, no other pause is ended by it
    with collector_paused():
        resume()
        assert not gc.isenabled()
    assert gc.isenabled()
