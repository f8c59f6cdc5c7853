"""Writers' buttons and actions, disabled with the reason when the account may not change things.

A viewer on a shared server (and a file opened read-only) sees every page, but each button or
action that would change the database is disabled, its tooltip saying why in the same sentence
a refused write says ("Your account can read this database but not change it (viewer)."). What
a viewer may not read (the "Include private notes" boxes) is held the same way (`private_notes`).
The pages keep enabling their widgets by their own rules (a year chosen, a row selected): the
guard holds them disabled whatever the page says, and lets them go when a database the account
may use for them is opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from coordinator.db.server_roles import Access
from coordinator.ui.context import AppContext

Reason = Callable[[Access], str | None]  # why the account may not use a widget, or None


def changes(access: Access) -> str | None:
    """The reason for a widget that changes the database."""
    return None if access.can_write else access.refusal


def private_notes(access: Access) -> str | None:
    """The reason for a widget that reads private notes."""
    return None if access.can_read_private_notes else access.read_refusal


class WriterGuard(QObject):
    """One per window (a child of the context): `writer_guard(context).hold(button, action)`."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._context = context
        self._widgets: list[QWidget] = []
        self._actions: list[QAction] = []
        self._tips: dict[int, str] = {}  # each target's own tooltip, given back when allowed
        self._reasons: dict[int, Reason] = {}
        self._asserting = False
        context.database_changed.connect(self.apply)

    def refusal(self, target: QWidget | QAction) -> str | None:
        """Why the account may not use `target` here, or None when it may."""
        return self._reasons.get(id(target), changes)(self._context.db.access)

    def hold(self, *targets: QWidget | QAction, reason: Reason = changes) -> None:
        for target in targets:
            self._tips[id(target)] = target.toolTip()
            self._reasons[id(target)] = reason
            if isinstance(target, QAction):
                self._actions.append(target)
                target.changed.connect(lambda t=target: self._reassert(t))
                target.destroyed.connect(lambda _=None, t=target: self._forget(t))
            else:
                self._widgets.append(target)
                target.installEventFilter(self)
                target.destroyed.connect(lambda _=None, t=target: self._forget(t))
            self._reassert(target)

    def apply(self) -> None:
        """A database was opened: lock or free every writer for its account."""
        targets: list[QWidget | QAction] = [*self._widgets, *self._actions]
        for target in targets:
            if self.refusal(target) is None:
                self._asserting = True
                try:
                    target.setEnabled(True)
                    target.setToolTip(self._tips.get(id(target), ""))
                finally:
                    self._asserting = False
            else:
                self._reassert(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.EnabledChange, QEvent.Type.ToolTipChange) and isinstance(
            watched, QWidget
        ):
            self._reassert(watched)
        return False

    def _reassert(self, target: QWidget | QAction) -> None:
        refusal = self.refusal(target)
        if self._asserting or refusal is None:
            if not self._asserting and refusal is None:
                self._tips[id(target)] = target.toolTip()
            return
        if target.isEnabled() or target.toolTip() != refusal:
            self._asserting = True
            try:
                target.setEnabled(False)
                target.setToolTip(refusal)
            finally:
                self._asserting = False

    def _forget(self, target: QObject) -> None:
        self._widgets = [w for w in self._widgets if w is not target]
        self._actions = [a for a in self._actions if a is not target]


def writer_guard(context: AppContext) -> WriterGuard:
    """The window's guard (made on first use)."""
    found = context.findChild(WriterGuard)
    return found if found is not None else WriterGuard(context)
