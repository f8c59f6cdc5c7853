"""Bulk writing for the demo: Core `insert()` with lists of dicts, in foreign-key order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from coordinator.db import models

# Parents before children, so every foreign key points at a row already written.
TABLE_ORDER: tuple[Table, ...] = tuple(
    m.__table__  # type: ignore[misc]
    for m in (
        models.Campus,
        models.Person,
        models.MentorProfile,
        models.MentorTraining,
        models.Program,
        models.ProgramYear,
        models.Semester,
        models.Topic,
        models.Enrollment,
        models.Assignment,
        models.Checkin,
        models.CheckinAttendee,
        models.CheckinTopic,
    )
)
# Tables whose ids the demo assigns in Python (a PostgreSQL sequence must then catch up).
ID_TABLES = (
    "campus", "person", "mentor_profile", "program", "program_year", "semester", "topic", "checkin",
)  # fmt: skip
CHUNK_ROWS = 20_000


class BulkWriter:
    """Buffers rows per table and writes them in chunks, parents first, inside one transaction."""

    def __init__(self, session: Session, on_flush: Callable[[], None] | None = None) -> None:
        self.session = session
        self.on_flush = on_flush  # lets a long write report progress and honour Cancel
        self.buffers: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLE_ORDER}
        self.counts: dict[str, int] = dict.fromkeys(self.buffers, 0)
        self.buffered = 0

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.buffers[table].append(row)
        self.buffered += 1
        if self.buffered >= CHUNK_ROWS:
            self.flush()

    def extend(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.add(table, row)

    def flush(self) -> None:
        for table in TABLE_ORDER:
            rows = self.buffers[table.name]
            if rows:
                self.session.execute(insert(table), rows)
                self.counts[table.name] += len(rows)
                self.buffers[table.name] = []
        self.buffered = 0
        if self.on_flush is not None:
            self.on_flush()

    def catch_up_sequences(self) -> None:
        """PostgreSQL hands out ids from sequences that explicit ids do not advance."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for name in ID_TABLES:
            top = self.session.scalar(select(func.max(text("id"))).select_from(text(name)))
            if top is not None:
                self.session.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), :top)"),
                    {"top": top},
                )
