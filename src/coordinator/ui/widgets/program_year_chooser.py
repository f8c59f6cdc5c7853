"""The toolbar combo that picks the program year every page shows."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from coordinator.services.programs.year_choices import busiest_program_year, program_year_choices
from coordinator.ui import app_settings
from coordinator.ui.context import AppContext


class ProgramYearChooser(QComboBox):
    """Lists "Program Year"; opens on the year last picked here, else the one with most mentees.

    A year the coordinator picks is remembered per database, so the next start shows it again.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setToolTip(self.tr("The program year the pages show"))
        self.setPlaceholderText(self.tr("No programs yet"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(self._chosen)
        self.activated.connect(self._picked)  # only a person's choice, not a refresh
        context.database_changed.connect(self.refresh)
        context.data_changed.connect(self._data_changed)
        context.program_year_changed.connect(self._follow)
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind == "programs":
            self.refresh()

    def refresh(self) -> None:
        """Reload the choices; keep the chosen year when it still exists."""
        with self._context.db.reading() as session:
            choices = program_year_choices(session)
            busiest = busiest_program_year(session)
        known = {year_id for year_id, _ in choices}
        keep = self._context.program_year_id
        if keep not in known:
            remembered = app_settings.remembered_program_year(self._context.db.display_name)
            keep = remembered if remembered in known else busiest
        self.blockSignals(True)
        self.clear()
        for year_id, label in choices:
            self.addItem(label, year_id)
        index = self.findData(keep) if keep is not None else -1
        if index < 0 and choices:
            index = 0
        self.setCurrentIndex(index)
        self.blockSignals(False)
        self.setEnabled(bool(choices))
        self._chosen(index)

    def _follow(self, year_id: object) -> None:
        """Another part of the window chose a year (New year…, Copy forward…): show it."""
        index = self.findData(year_id)
        if index < 0 and year_id is not None:
            self.refresh()  # a year created a moment ago
            return
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _picked(self, index: int) -> None:
        year_id = self.itemData(index) if index >= 0 else None
        if isinstance(year_id, int):
            app_settings.remember_program_year(self._context.db.display_name, year_id)

    def _chosen(self, index: int) -> None:
        year_id = self.itemData(index) if index >= 0 else None
        self._context.set_program_year(year_id)
