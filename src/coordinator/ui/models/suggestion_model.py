"""Suggested mentors for one unassigned mentee, best first, each with its reasons."""

from __future__ import annotations

from coordinator.services.matching.suggest import ProposedPair
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_reasons import said
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

MENTOR, SCORE, WHY = range(3)


class SuggestionModel(RowsModel[ProposedPair]):
    COLUMNS = (
        Column[ProposedPair](
            QT_TRANSLATE_NOOP("SuggestionModel", "Mentor"), lambda p: p.mentor.name
        ),
        Column[ProposedPair](
            QT_TRANSLATE_NOOP("SuggestionModel", "Score"),
            lambda p: f"{p.score:g}",
            lambda p: p.score,
            None,
            True,
        ),
        Column[ProposedPair](
            QT_TRANSLATE_NOOP("SuggestionModel", "Why"), lambda p: said(p.explanation)
        ),
    )

    def row_id(self, row: ProposedPair) -> int:
        return row.mentor.id
