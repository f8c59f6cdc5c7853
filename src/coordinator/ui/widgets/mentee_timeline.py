"""A mentee's year at a glance: hours per semester against the target, topics, check-ins."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.checkins.timeline import MenteeTimeline, mentee_timeline
from coordinator.services.week.nudge_templates import NudgeReason
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted_as
from coordinator.ui.models.timeline_model import DATE, TimelineTableModel
from coordinator.ui.service_reasons import said
from coordinator.ui.service_words import shown
from coordinator.ui.widgets.date_field import format_date, format_day, local_dates
from coordinator.ui.widgets.hours_bar import HoursBar


class MenteeTimelineWidget(QWidget):
    """Shows one mentee in one program year; the People page puts it in its detail pane."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.timeline: MenteeTimeline | None = None
        self.as_of: dt.date | None = None  # the day milestones are judged on (None: today)
        self.model = TimelineTableModel(self)
        self.heading = QLabel()
        self.semesters = QGroupBox(self.tr("Hours each semester"))
        self.semester_grid = QGridLayout(self.semesters)
        self.topics = QListWidget()
        self.topics.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.topics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.topics.setWordWrap(True)
        topics_box = QGroupBox(self.tr("Topics covered"))
        QVBoxLayout(topics_box).addWidget(self.topics)
        self.mentors = QLabel(wordWrap=True)
        self.mentors.setAlignment(Qt.AlignmentFlag.AlignTop)
        mentors_box = QGroupBox(self.tr("Mentors"))
        QVBoxLayout(mentors_box).addWidget(self.mentors)
        self.milestones = QListWidget()
        self.milestones.setAccessibleName(self.tr("Milestones and nudges"))
        self.milestones.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.milestones.setWordWrap(True)
        milestones_box = QGroupBox(self.tr("Milestones and nudges"))
        QVBoxLayout(milestones_box).addWidget(self.milestones)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Check-ins"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for column, width in enumerate((90, 170, 70, 150, 150, 260)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.semesters, 2)
        top.addWidget(topics_box, 3)
        top.addWidget(mentors_box, 2)
        top.addWidget(milestones_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_mentee(self, program_year_id: int, mentee_id: int) -> None:
        with self._context.db.reading() as s:
            self.timeline = mentee_timeline(s, program_year_id, mentee_id, as_of=self.as_of)
        self._show(self.timeline)

    def clear(self) -> None:
        self.timeline = None
        self.heading.clear()
        self._clear_semesters()
        self.topics.clear()
        self.mentors.clear()
        self.milestones.clear()
        self.model.set_rows([])

    def _clear_semesters(self) -> None:
        while self.semester_grid.count():
            item = self.semester_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show(self, t: MenteeTimeline) -> None:
        present = sum(1 for e in t.entries if e.present)
        attended = counted_as(present, self.tr("{n} check-in"), self.tr("{n} check-ins"))
        self.heading.setText(
            self.tr("{name}: {attended} attended this program year").format(
                name=t.name, attended=attended
            )
        )
        self._clear_semesters()
        for row, s in enumerate(t.semesters):
            self.semester_grid.addWidget(QLabel(s.name), row, 0)
            bar = HoursBar(
                s.minutes,
                s.target_minutes,
                detail=self.tr("{semester}: {start} to {end}").format(
                    semester=s.name, start=format_date(s.start), end=format_date(s.end)
                ),
            )
            self.semester_grid.addWidget(bar, row, 1)
        self.topics.clear()
        for topic in t.topics:
            if topic.checkins:
                line = self.tr("{topic}: {checkins}").format(
                    topic=topic.name,
                    checkins=counted_as(
                        topic.checkins, self.tr("{n} check-in"), self.tr("{n} check-ins")
                    ),
                )
            elif topic.required:
                line = self.tr("{topic}: required, not yet covered").format(topic=topic.name)
            else:
                line = self.tr("{topic}: not yet").format(topic=topic.name)
            self.topics.addItem(line)
        self.mentors.setText(
            "\n".join(
                self.tr("{mentor}: {start} to {end}").format(
                    mentor=a.mentor,
                    start=format_date(a.start),
                    end=format_day(a.end, self.tr("now")),
                )
                + (f" ({a.end_reason})" if a.end_reason else "")
                for a in t.assignments
            )
            or self.tr("No mentor assigned.")
        )
        self.milestones.clear()
        for line in timeline_lines(t):
            self.milestones.addItem(line)
        self.model.set_rows(t.entries)


def timeline_lines(t: MenteeTimeline) -> list[str]:
    """Each milestone where it stands, then each nudge sent (to the mentee or their mentor)."""
    lines = [
        f"{shown(m.state.label)}: {m.title}, {local_dates(said(m.detail))}" for m in t.milestones
    ]
    mentors = {a.mentor_id: a.mentor for a in t.assignments}
    for n in t.nudges:
        try:
            why = shown(NudgeReason(n.why).label)
        except ValueError:
            why = n.why
        if n.person_id in mentors:
            line = QCoreApplication.translate(
                "MenteeTimelineWidget", "Nudged {day} to their mentor {mentor} ({why})"
            ).format(day=format_date(n.on), mentor=mentors[n.person_id], why=why)
        else:
            line = QCoreApplication.translate(
                "MenteeTimelineWidget", "Nudged {day} ({why})"
            ).format(day=format_date(n.on), why=why)
        lines.append(line)
    return lines or [
        QCoreApplication.translate(
            "MenteeTimelineWidget", "No milestones in this program's rule pack, and no nudges yet."
        )
    ]
