"""Suggested mentors for one unassigned mentee, best first, each with its reasons."""

from __future__ import annotations

from coordinator.services.matching.suggest import ProposedPair
from coordinator.ui.models.rows_model import Column, RowsModel

MENTOR, SCORE, WHY = range(3)


class SuggestionModel(RowsModel[ProposedPair]):
    COLUMNS = (
        Column[ProposedPair]("Mentor", lambda p: p.mentor.name),
        Column[ProposedPair]("Score", lambda p: f"{p.score:g}", lambda p: p.score, None, True),
        Column[ProposedPair]("Why", lambda p: p.explanation),
    )

    def row_id(self, row: ProposedPair) -> int:
        return row.mentor.id
