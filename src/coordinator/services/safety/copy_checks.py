"""What a database copy reads and how it is proved: the tables in foreign-key order, typed for
copying, each table's rows in key order, and each table's row count and checksum of a canonical
form of its rows that both engines (SQLite, PostgreSQL) compute alike.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Connection, MetaData, Table, select

from coordinator.db.models import Base
from coordinator.tools.text import count_of

BATCH_ROWS = 1000
JSON_NULL_FORM = "\x00json null"  # no text a server stores holds a NUL


@dataclass(frozen=True)
class TableCheck:
    """One table as the verification saw it: its rows and the checksum of their canonical form."""

    name: str
    rows: int
    checksum: str


def copy_tables() -> list[Table]:
    """The app's tables in an order that satisfies their foreign keys, typed for copying: a JSON
    column writes None as SQL NULL, and no column fills in a default or stamps an update."""
    metadata = MetaData()
    tables = []
    for table in Base.metadata.sorted_tables:
        copied = table.to_metadata(metadata)
        for column in copied.columns:
            if isinstance(column.type, JSON):
                column.type = JSON(none_as_null=True)
            column.default = None
            column.onupdate = None
        tables.append(copied)
    return tables


def key_columns(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def integer_key(table: Table) -> bool:
    return all(c.type.python_type is int for c in key_columns(table))


def self_references(table: Table) -> list[str]:
    """Columns pointing at the same table (a person's supervisor): written after every row is."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name]


def canonical(value: object) -> object:
    """One value as both engines read it back, in a form JSON writes the same way every time."""
    if value is None or isinstance(value, bool | int | str | float):
        return value
    if value is JSON.NULL:  # JSON's null, stored as such (not SQL NULL)
        return JSON_NULL_FORM
    if isinstance(value, enum.Enum):
        return canonical(value.value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    raise TypeError(f"no canonical form for {type(value).__name__}")


def row_line(row: Sequence[object]) -> bytes:
    return json.dumps(
        [canonical(v) for v in row], sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode()


class Tally:
    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = 0
        self._hash = hashlib.sha256()

    def add(self, row: Sequence[object]) -> None:
        self.rows += 1
        self._hash.update(row_line(row))
        self._hash.update(b"\n")

    def check(self) -> TableCheck:
        return TableCheck(self.name, self.rows, self._hash.hexdigest())


def table_rows(conn: Connection, table: Table) -> Iterator[Sequence[object]]:
    """Every row of `table` in key order: integers sort alike on both engines; other keys (a
    setting's name) are sorted here, as collations differ between engines. A JSON column's
    `null` is kept apart from SQL NULL (JSON.NULL), so a copy stores each as it was stored."""
    columns = list(table.columns)
    json_at = [i for i, c in enumerate(columns) if isinstance(c.type, JSON)]
    query = select(*columns, *(columns[i].is_(None) for i in json_at))
    if integer_key(table):
        found: Iterable[Sequence[object]] = conn.execution_options(yield_per=BATCH_ROWS).execute(
            query.order_by(*key_columns(table))
        )
    else:
        positions = [columns.index(c) for c in key_columns(table)]
        found = sorted(conn.execute(query), key=lambda r: [str(r[i]) for i in positions])
    width = len(columns)
    for row in found:
        values = list(row[:width])
        for i, sql_null in zip(json_at, row[width:], strict=True):
            if values[i] is None and not sql_null:
                values[i] = JSON.NULL
        yield values


def table_checks(conn: Connection, tables: Iterable[Table] | None = None) -> list[TableCheck]:
    """Count and checksum every table as `conn` sees it."""
    checks = []
    for table in tables if tables is not None else copy_tables():
        tally = Tally(table.name)
        for row in table_rows(conn, table):
            tally.add(row)
        checks.append(tally.check())
    return checks


def compare(expected: Sequence[TableCheck], found: Sequence[TableCheck]) -> list[str]:
    """The tables whose copy differs, in words ("person: 1,492 rows, 1,491 in the copy")."""
    copied = {t.name: t for t in found}
    problems = []
    for table in expected:
        other = copied.get(table.name)
        if other is None:
            problems.append(f"{table.name}: missing from the copy")
        elif other.rows != table.rows:
            problems.append(
                f"{table.name}: {count_of(table.rows, 'row')}, {other.rows:,} in the copy"
            )
        elif other.checksum != table.checksum:
            problems.append(f"{table.name}: same number of rows, different contents")
    return problems
