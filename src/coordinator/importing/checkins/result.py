"""What a check-in import did (a returned mentor workbook or a survey export): one result type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from coordinator.importing.problem import Problem
from coordinator.importing.summary import counts_text, result_line, result_words
from coordinator.tools.text import figure

COUNT_NAMES = ("new", "changed", "unchanged", "missing", "duplicates", "invalid")


class CheckinFileShape(StrEnum):
    WORKBOOK = "workbook"  # a mentor's check-in log, written by Coordinator and returned
    SURVEY = "survey"  # a survey-form export (csv/xlsx) with one check-in a row


@dataclass
class CheckinImportResult:
    file_name: str
    dry_run: bool
    shape: CheckinFileShape
    mapping: dict[str, str] = field(default_factory=dict)  # survey field -> the file's header
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_NAMES, 0))
    problems: list[Problem] = field(default_factory=list)
    batch_id: int | None = None
    credited_to: str = ""  # a workbook's rows: "mentor Maria García (E102), Texas MPA 2025-26"
    # what the summary says besides the counts: rows left out as repeats, columns not imported
    notes: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """The counts, as "new=1 changed=0 ... invalid=0"."""
        return counts_text(self.counts)

    @property
    def line(self) -> str:
        """The summary as the import's last line says it (a dry run says so first), with whose
        check-ins a workbook's rows became."""
        line = result_line(self.counts, dry_run=self.dry_run)
        return f"{line} Credited to {self.credited_to}." if self.credited_to else line

    def words(self, number: Callable[[int | float], str] = figure) -> str:
        """The same in words, for the window: "2 new, 0 changed, ... 1 with problems."."""
        line = result_words(self.counts, dry_run=self.dry_run, number=number) + "."
        return f"{line} Credited to {self.credited_to}." if self.credited_to else line
