"""Tab order that follows what is shown: a button box's buttons left to right, rows in place."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def chain(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in the order given."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class _ButtonsAsShown(QObject):
    """Chains the box's buttons each time it is shown, once the box has laid them out."""

    def __init__(self, box: QDialogButtonBox) -> None:
        super().__init__(box)
        self._box = box
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._box and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self, self.chain)  # the box places its buttons as it is shown
        return False

    def chain(self) -> None:
        layout = self._box.layout()
        if layout is None:
            return
        items = [layout.itemAt(i) for i in range(layout.count())]
        chain(*(w for item in items if isinstance(w := item and item.widget(), QAbstractButton)))


def buttons_as_shown(box: QDialogButtonBox) -> None:
    """Tab through the box's buttons in the order the platform lays them out.

    The box places buttons by role (Cancel before or after OK, depending on the platform), while
    Tab follows the order they were made in; without this, Tab can go right to left.
    """
    _ButtonsAsShown(box).chain()
