"""Buttons and actions that cannot act are disabled, and their tooltip says why."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def offer(target: QWidget | QAction, tip: str, why_not: str | None) -> None:
    """Enable `target` with its usual tooltip, or disable it with the reason as the tooltip."""
    target.setEnabled(why_not is None)
    target.setToolTip(tip if why_not is None else why_not)
