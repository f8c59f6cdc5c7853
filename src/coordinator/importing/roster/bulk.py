"""Fast set-based writes for imports: driver-level executemany on SQLite, Core elsewhere."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert, update
from sqlalchemy.sql.expression import bindparam

from coordinator.services.audit import jsonable


def to_sqlite(value: Any) -> Any:
    """A Python value as SQLAlchemy's SQLite types store it (dates and times as ISO text)."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return _ENCODER.encode(value)
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(type(value).__name__)


def table_of(model: Any) -> Table:
    """A mapped class's table, typed as a Table for Core statements."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _column_converter(
    rows: list[tuple[Any, ...]], position: int
) -> tuple[type, Callable[[Any], Any]]:
    """The type most values of a column have, and its fast converter (a column holds one type)."""
    sample = next((row[position] for row in rows if row[position] is not None), None)
    if type(sample) is dt.date:
        return dt.date, dt.date.isoformat
    if type(sample) is dict:
        return dict, _ENCODER.encode
    return type(sample), to_sqlite


def sqlite_rows(
    columns: Sequence[str], rows: list[tuple[Any, ...]], convert: Sequence[str] | None
) -> list[tuple[Any, ...]]:
    """Rows ready for the sqlite3 driver; only the `convert` columns need changing (all if None)."""
    if convert is None:
        return [tuple(to_sqlite(v) for v in row) for row in rows]
    if not convert:
        return rows
    plan = [(columns.index(c), *_column_converter(rows, columns.index(c))) for c in convert]
    out = []
    for row in rows:
        values = list(row)
        for i, kind, to_value in plan:
            value = values[i]
            if value is not None:
                values[i] = to_value(value) if type(value) is kind else to_sqlite(value)
        out.append(tuple(values))
    return out


# One encoder for every row: json.dumps with options would build a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_json_default)


def insert_rows(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    convert: Sequence[str] | None = None,
) -> None:
    """Insert many rows given as tuples in `columns` order, in the caller's transaction.

    `convert` names the columns holding dates, times or JSON; every other value must already be
    text, a number or None (so SQLite's driver takes the rows as they are).
    """
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"
        conn.exec_driver_sql(sql, sqlite_rows(columns, rows, convert))
        return
    json_ready = [tuple(jsonable(v) if isinstance(v, dict) else v for v in row) for row in rows]
    conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in json_ready])


def update_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Update many rows by id: each tuple is the new values in `columns` order, then the id."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        sets = ", ".join(f"{c} = ?" for c in columns)
        sql = f"UPDATE {table.name} SET {sets} WHERE id = ?"
        conn.exec_driver_sql(sql, [tuple(to_sqlite(v) for v in row) for row in rows])
        return
    stmt = (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({c: bindparam(f"new_{c}") for c in columns})
    )
    params = [
        {**{f"new_{c}": v for c, v in zip(columns, row[:-1], strict=True)}, "row_id": row[-1]}
        for row in rows
    ]
    conn.execute(stmt, params)
