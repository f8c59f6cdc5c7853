"""The demo's two programs, their 2025-26 year with two semesters, and their topic lists."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from coordinator.db.models import RulePack
from coordinator.demo.plan import (
    LIBRARY_PROGRAM,
    SEMESTERS,
    TEXAS_PROGRAM,
    YEAR_END,
    YEAR_LABEL,
    YEAR_START,
)
from coordinator.services.compliance.packs import (
    LIBRARIAN_TOPICS,
    LOCAL_PROGRAM,
    TEXAS_MPA,
    TEXAS_REQUIRED_TOPICS,
)

DESCRIPTIONS = {
    TEXAS_PROGRAM: "Beginning teachers paired with campus mentors under the Texas Mentor Program "
    "Allotment.",
    LIBRARY_PROGRAM: "New school librarians in one district-wide cohort with the library "
    "services mentor.",
}


@dataclass
class ProgramRows:
    """Rows for program, program_year, semester and topic, with the ids later phases need."""

    programs: list[dict[str, Any]] = field(default_factory=list)
    years: list[dict[str, Any]] = field(default_factory=list)
    semesters: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    year_ids: dict[str, int] = field(default_factory=dict)
    topic_ids: dict[str, list[int]] = field(default_factory=dict)

    @property
    def texas_year_id(self) -> int:
        return self.year_ids[TEXAS_PROGRAM]

    @property
    def library_year_id(self) -> int:
        return self.year_ids[LIBRARY_PROGRAM]

    @property
    def texas_topic_ids(self) -> list[int]:
        return self.topic_ids[TEXAS_PROGRAM]

    @property
    def library_topic_ids(self) -> list[int]:
        return self.topic_ids[LIBRARY_PROGRAM]

    def tables(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        yield "program", self.programs
        yield "program_year", self.years
        yield "semester", self.semesters
        yield "topic", self.topics

    def add_program(self, name: str, pack: RulePack, topics: list[str], *, required: bool) -> None:
        program_id = len(self.programs) + 1
        self.programs.append(
            {
                "id": program_id,
                "name": name,
                "description": DESCRIPTIONS[name],
                "rule_pack_id": pack.id,
                "match_weights": {},
                "version": 1,
            }
        )
        year_id = len(self.years) + 1
        self.years.append(
            {
                "id": year_id,
                "program_id": program_id,
                "label": YEAR_LABEL,
                "start_date": YEAR_START,
                "end_date": YEAR_END,
                "version": 1,
            }
        )
        self.year_ids[name] = year_id
        for semester, start, end in SEMESTERS:
            self.semesters.append(
                {
                    "id": len(self.semesters) + 1,
                    "program_year_id": year_id,
                    "name": semester,
                    "start_date": start,
                    "end_date": end,
                }
            )
        ids = []
        for order, topic in enumerate(topics, start=1):
            topic_id = len(self.topics) + 1
            self.topics.append(
                {
                    "id": topic_id,
                    "program_id": program_id,
                    "name": topic,
                    "required": required,
                    "sort_order": order,
                    "active": True,
                }
            )
            ids.append(topic_id)
        self.topic_ids[name] = ids


def program_rows(packs: dict[str, RulePack]) -> ProgramRows:
    rows = ProgramRows()
    rows.add_program(TEXAS_PROGRAM, packs[TEXAS_MPA], TEXAS_REQUIRED_TOPICS, required=True)
    rows.add_program(LIBRARY_PROGRAM, packs[LOCAL_PROGRAM], LIBRARIAN_TOPICS, required=False)
    return rows
