"""The Dashboard's "This week" box: the top few to-do lines, each with one action button."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.week.this_week import Week, WeekLine
from coordinator.ui.service_reasons import said
from coordinator.ui.service_words import shown

SHOWN = 6  # lines before "N more…": a to-do list, not the whole at-risk table
EXPANDED = 25


class WeekList(QFrame):
    """Check lines to nudge several people at once; a line's button does its one action."""

    act = Signal(object)  # the WeekLine whose action button was pressed
    write_nudges = Signal()  # the "Write nudges…" button; `checked_ids` says for whom
    checked_changed = Signal()
    open_milestones = Signal()  # the "Milestones…" button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.week: Week | None = None
        self.expanded = False
        self.checks: list[tuple[QCheckBox, WeekLine]] = []
        self.buttons: list[QPushButton] = []
        self.heading = QLabel(self.tr("This week"))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.more_button = QPushButton()
        self.more_button.setAccessibleName(self.tr("Show more or fewer lines"))
        self.more_button.setFlat(True)
        self.more_button.clicked.connect(self._toggle)
        self.nudge_button = QPushButton(self.tr("Write &nudges…"))
        self.nudge_button.setToolTip(
            self.tr("E-mail drafts for the checked people (or the selected at-risk mentees)")
        )
        self.nudge_button.clicked.connect(self.write_nudges)
        self.milestones_button = QPushButton(self.tr("&Milestones…"))
        self.milestones_button.setToolTip(
            self.tr(
                "Where each milestone of the year stands; tick documents received; the calendar"
            )
        )
        self.milestones_button.clicked.connect(self.open_milestones)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.more_button)
        top.addWidget(self.milestones_button)
        top.addWidget(self.nudge_button)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setVerticalSpacing(2)
        self.empty = QLabel(self.tr("Nothing needs doing this week."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def set_week(self, week: Week | None) -> None:
        kept = set(self.checked_ids())
        self.week = week
        self._fill(kept)

    def checked_ids(self) -> list[int]:
        return [line.person_id for box, line in self.checks if box.isChecked()]

    def check(self, person_id: int, on: bool = True) -> None:
        for box, line in self.checks:
            if line.person_id == person_id:
                box.setChecked(on)

    def line_texts(self) -> list[str]:
        """What each shown line says, as on screen (tests, and reading the box aloud)."""
        return [box.text() for box, _ in self.checks]

    def _toggle(self) -> None:
        self.expanded = not self.expanded
        self._fill(set(self.checked_ids()))

    def _fill(self, kept: set[int]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.checks, self.buttons = [], []
        week = self.week
        lines, more = week.top(EXPANDED if self.expanded else SHOWN) if week else ([], 0)
        today = week.today if week else dt.date.today()
        for row, line in enumerate(lines):
            nudged = said(line.nudged_words(today))
            detail = said(line.detail)
            text, short = f"{line.name}: {detail}", f"{line.name}: {detail.split(' (')[0]}"
            box = QCheckBox(f"{short} — {nudged}" if nudged else short)
            box.setChecked(line.person_id in kept)
            box.setToolTip(f"{text} — {nudged}" if nudged else text)
            # A long line is cut at the box's edge (whole in the tooltip), never widening the page.
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.toggled.connect(lambda _on: self.checked_changed.emit())
            action = shown(line.action.label)
            button = QPushButton(action)
            button.setAccessibleName(f"{action}: {line.name}")
            button.clicked.connect(lambda _c=False, ln=line: self.act.emit(ln))
            self.grid.addWidget(box, row, 0)
            self.grid.addWidget(button, row, 1)
            self.checks.append((box, line))
            self.buttons.append(button)
        self.empty.setVisible(week is not None and not lines)
        shown_all = len(week.lines) if week else 0
        if self.expanded and shown_all > SHOWN:
            self.more_button.setText(self.tr("Show fewer"))
        else:
            self.more_button.setText(self.tr("{n} more…").format(n=f"{more:,}"))
        self.more_button.setVisible(bool(more) or (self.expanded and shown_all > SHOWN))
        self.checked_changed.emit()
