"""Every record that points to a person, moved from one person to another and back again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    Table,
    and_,
    delete,
    insert,
    select,
    update as sql_update,
)

from coordinator.db.base import Base
from coordinator.services.audit import jsonable

# Provenance stays with the row it describes: an import's undo must still find who it made.
_LEFT_ALONE = {("import_row", "person_id")}
# Where B's row would collide with A's own, B's row is dropped (kept for the undo): the columns
# that, with the person, must be unique.
_DROP_ON_CLASH = {
    ("enrollment", "person_id"): ("program_year_id", "role"),
    ("checkin_attendee", "mentee_id"): ("checkin_id",),
    ("roster_entry", "person_id"): ("batch_id",),
    ("milestone_receipt", "person_id"): ("program_year_id", "milestone_key", "campus_id"),
}


@dataclass(frozen=True)
class PersonColumn:
    table: Table
    column: Column[Any]

    @property
    def name(self) -> str:
        return f"{self.table.name}.{self.column.name}"


def person_columns() -> list[PersonColumn]:
    """Every column of every table that holds a person's id."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            points_to_person = any(fk.column.table.name == "person" for fk in column.foreign_keys)
            if points_to_person and (table.name, column.name) not in _LEFT_ALONE:
                found.append(PersonColumn(table, column))
    return found


def _key_of(table: Table, row: Any) -> list[Any]:
    return [jsonable(row._mapping[c.name]) for c in table.primary_key.columns]


def _where_key(table: Table, key: list[Any]) -> Any:
    columns = list(table.primary_key.columns)
    return and_(*(c == _restore(c, v) for c, v in zip(columns, key, strict=True)))


def _restore(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column.type, Enum) and column.type.enum_class is not None:
        return column.type.enum_class(value)
    return value


def move_all(conn: Connection, source: int, target: int) -> dict[str, Any]:
    """Point every record of `source` at `target`; what was moved and dropped, for the undo."""
    moved: dict[str, list[list[Any]]] = {}
    dropped: dict[str, list[dict[str, Any]]] = {}
    for pc in person_columns():
        table, column = pc.table, pc.column
        rows = list(conn.execute(select(table).where(column == source)))
        clash = _DROP_ON_CLASH.get((table.name, column.name))
        for row in rows:
            if clash is not None and _clashes(conn, pc, row, clash, target):
                dropped.setdefault(pc.name, []).append(
                    {k: jsonable(v) for k, v in row._mapping.items()}
                )
                conn.execute(delete(table).where(_where_key(table, _key_of(table, row))))
                continue
            key = _key_of(table, row)
            conn.execute(sql_update(table).where(_where_key(table, key)).values({column: target}))
            # the key may hold the person (a composite key): remember it as it is now
            moved.setdefault(pc.name, []).append(
                [
                    target if c.name == column.name else v
                    for c, v in zip(table.primary_key.columns, key, strict=True)
                ]
            )
    return {"moved": moved, "dropped": dropped}


def _clashes(
    conn: Connection, pc: PersonColumn, row: Any, others: tuple[str, ...], target: int
) -> bool:
    table = pc.table
    same = [table.c[name] == row._mapping[name] for name in others]
    found = conn.execute(select(table).where(pc.column == target, *same).limit(1)).first()
    return found is not None


def move_back(conn: Connection, record: dict[str, Any], source: int, target: int) -> None:
    """Undo `move_all`: moved rows point at `source` again, dropped rows come back."""
    columns = {pc.name: pc for pc in person_columns()}
    for name, keys in record.get("moved", {}).items():
        pc = columns[name]
        for key in keys:
            conn.execute(
                sql_update(pc.table)
                .where(_where_key(pc.table, key), pc.column == target)
                .values({pc.column: source})
            )
    for name, rows in record.get("dropped", {}).items():
        pc = columns[name]
        for values in rows:
            restored = {k: _restore(pc.table.c[k], v) for k, v in values.items()}
            conn.execute(insert(pc.table).values(restored))
