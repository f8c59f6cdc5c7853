"""What the import wizard's pages share: the wizard's state as they see it, and message labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coordinator.importing.roster.apply import ApplyResult
from coordinator.importing.roster.pipeline import PreparedImport, RosterSheet
from coordinator.importing.roster.plan import ImportPlan
from coordinator.progress import Progress
from coordinator.ui.context import AppContext
from coordinator.ui.workers import Worker


class WizardState(Protocol):
    """The import wizard as its pages use it (`ImportWizard` is the one implementation)."""

    context: AppContext
    source: RosterSheet | None
    prepared: PreparedImport | None
    plan: ImportPlan | None
    applied: ApplyResult | None
    worker: Worker | None

    def passing(self) -> bool: ...

    def work_then_next(
        self,
        label: str,
        work: Callable[[Progress], Any],
        keep: Callable[[Any], bool],
        show_error: Callable[[str], None],
    ) -> None: ...


def message_label() -> QLabel:
    """A label for what went wrong, selectable so it can be copied."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
