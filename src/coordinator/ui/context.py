"""What every page shares: the open database, the chosen program year, and change notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the window paints before the database layer is imported
    from coordinator.db.engine import Database


class AppContext(QObject):
    """Passed to every page and dialog; pages ask services through `db`, never run SQL."""

    # What changed, in the coordinator's words: "people", "assignments", "checkins", "imports",
    # "programs", "settings", "pay". Pages refresh what they show when a kind they display changes.
    data_changed = Signal(str)
    database_changed = Signal()
    program_year_changed = Signal(object)  # the ProgramYear id, or None

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._program_year_id: int | None = None

    @property
    def db(self) -> Database:
        return self._db

    def replace_database(self, db: Database) -> None:
        old = self._db
        self._db = db
        self._program_year_id = None
        self.database_changed.emit()
        old.dispose()

    @property
    def program_year_id(self) -> int | None:
        return self._program_year_id

    def set_program_year(self, program_year_id: int | None) -> None:
        if program_year_id != self._program_year_id:
            self._program_year_id = program_year_id
            self.program_year_changed.emit(program_year_id)

    def notify(self, kind: str) -> None:
        self.data_changed.emit(kind)
