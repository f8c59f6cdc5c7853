"""The Dashboard's Outcomes in full: the mentees' outcomes and dose as charts, and the same
figures as a table one key away (the tabs: Ctrl+Tab, or the arrow keys on the tab bar)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.outcomes.retention import Outcome
from coordinator.services.outcomes.summary import OutcomesSummary
from coordinator.ui.figures import local_figure
from coordinator.ui.models.outcomes_model import OutcomeRow, OutcomesTableModel
from coordinator.ui.service_words import shown
from coordinator.ui.widgets.dashboard_charts import BarListView
from coordinator.ui.widgets.date_field import format_date
from coordinator.ui.widgets.row_tables import compact_rows


def outcome_rows(summary: OutcomesSummary) -> list[OutcomeRow]:
    """Every group the table shows, in reading order."""
    hidden = summary.hidden
    groups = [
        (QCoreApplication.translate("OutcomesDialog", "Retention"), g)
        for g in (summary.mentees, summary.mentors, summary.comparison)
    ]
    groups += [(f.label, f.mentees) for f in summary.follow_ups]
    groups += [(t.title, g) for t in summary.dose_tables for g in t.rows]
    return [OutcomeRow(n, section, g, hidden) for n, (section, g) in enumerate(groups)]


class OutcomesDialog(QDialog):
    def __init__(self, summary: OutcomesSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Outcomes: {program} {year}").format(program=summary.program, year=summary.year)
        )
        self.resize(1040, 560)
        roster = summary.roster
        where = (
            self.tr(" (roster of {as_of})").format(as_of=format_date(roster.as_of))
            if roster is not None
            else ""
        )
        self.title = QLabel(
            self.tr("Outcomes on {as_of}{where}").format(
                as_of=format_date(summary.as_of), where=where
            )
        )
        tally = summary.mentees.tally
        self.outcomes_chart = BarListView(
            self.tr("Mentees after the year"), value_text=lambda v: local_figure(v)
        )
        bars = [(shown(o.label), float(tally.count(o))) for o in Outcome if o != Outcome.UNKNOWN]
        self.outcomes_chart.set_values(bars if summary.mentees.shown else [])
        self.hours_chart = BarListView(
            self.tr("Still in the district, by hours of mentoring (%)"),
            value_text=lambda v: f"{v:.0f}%",
        )
        self.hours_chart.set_values(
            [
                (g.label, float(p))
                for g in summary.dose_tables[0].rows
                if g.shown and (p := g.tally.kept_percent) is not None
            ]
        )
        charts = QWidget()
        row = QHBoxLayout(charts)
        row.addWidget(self.outcomes_chart)
        row.addWidget(self.hours_chart)
        self.model = OutcomesTableModel(self)
        self.model.set_rows(outcome_rows(summary))
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Outcomes figures"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        compact_rows(self.table)
        self.table.resizeColumnsToContents()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Outcomes as charts or as a table"))
        self.tabs.addTab(charts, self.tr("Charts"))
        self.tabs.addTab(self.table, self.tr("Table"))
        note = QLabel(
            self.tr(
                "Groups of fewer than {threshold} people show '{hidden}'. How each "
                "figure is computed: Help › User guide › Outcomes."
            ).format(threshold=summary.threshold, hidden=summary.hidden)
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
