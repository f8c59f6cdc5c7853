"""Filling a database with the demo district, from the welcome dialog or the File menu."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator.progress import Progress
from coordinator.ui.context import AppContext
from coordinator.ui.workers import Worker, run_with_progress

DEMO_MODULE = "coordinator.demo"


def demo_available() -> bool:
    try:
        return importlib.util.find_spec(DEMO_MODULE) is not None
    except ModuleNotFoundError:
        return False


def load_demo(
    parent: QWidget,
    context: AppContext,
    on_done: Callable[[bool], None] | None = None,
) -> Worker:
    """Build the demo district in a worker; the pages reload when it is there."""
    demo: Any = importlib.import_module(DEMO_MODULE)
    db = context.db

    def work(progress: Progress) -> object:
        return demo.build_demo(db, progress=progress)

    def succeeded(_: object) -> None:
        context.database_changed.emit()  # everything in it is new: every page reloads
        if on_done is not None:
            on_done(True)

    def failed(message: str) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("DemoOffer", "Coordinator: demo district"), message
        )
        if on_done is not None:
            on_done(False)

    def cancelled() -> None:
        if on_done is not None:
            on_done(False)

    return run_with_progress(
        parent,
        QCoreApplication.translate("DemoOffer", "Building the demo district…"),
        work,
        succeeded,
        failed,
        cancelled,
    )
