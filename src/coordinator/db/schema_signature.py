"""What a Coordinator database file looks like: its application id and, per revision, its schema.

Every table, index, trigger and view a revision's migrations create is recorded, SQL normalised,
in `db/schemas/<revision>.json` (`python -m coordinator.db.schema_record` writes them;
tests/db/test_schema_signatures.py fails when a migration changes the schema without a new
record). A file whose schema differs in anything, one added trigger included, is not ours.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

# PRAGMA application_id of every Coordinator SQLite file: b"CoRd" read as a big-endian integer.
APPLICATION_ID = int.from_bytes(b"CoRd", "big")

SCHEMAS_DIR = Path(__file__).resolve().parent / "schemas"

# Tables SQLite keeps for itself (AUTOINCREMENT counters, ANALYZE statistics): never recorded.
_SQLITE_OWN_TABLES = frozenset(
    {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
)
_QUOTED_NAME = re.compile(r'"(\w+)"|`(\w+)`|\[(\w+)\]')
_SPACES = re.compile(r"\s+")
_SPACE_BY_PUNCTUATION = re.compile(r" ?([(),]) ?")
_PLAIN_NAME = re.compile(r"\w{1,60}")
MAX_NAMED = 3
_KIND_ORDER = {"table": 0, "view": 1, "trigger": 2, "index": 3}  # the order differences are named


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # table, index, trigger or view
    name: str
    table: str  # the table an index or trigger belongs to (a table's own name)
    sql: str  # normalised

    @property
    def key(self) -> str:
        return f"{self.kind} {self.name}"


Schema = dict[str, SchemaObject]


def normalise_sql(sql: str) -> str:
    """The SQL text with quoting of plain names and spacing made uniform.

    SQLite keeps each CREATE statement as written; a table rebuilt by a migration comes back
    quoted ("checkin") and spaced differently, and that alone must not count as a difference.
    """
    if '"' in sql or "`" in sql or "[" in sql:
        sql = _QUOTED_NAME.sub(lambda m: m.group(m.lastindex or 0), sql)
    spaced = _SPACES.sub(" ", sql).strip()
    return _SPACE_BY_PUNCTUATION.sub(lambda m: m.group(1), spaced)


def read_schema(conn: sqlite3.Connection) -> Schema:
    """Every table, index, trigger and view in the file `conn` reads (SQLite's own left out)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    schema: Schema = {}
    for kind, name, table, sql in rows:
        if kind == "table" and name in _SQLITE_OWN_TABLES:
            continue
        if kind == "index" and sql is None:
            continue  # an index SQLite made for a UNIQUE or PRIMARY KEY in the table's own SQL
        found = SchemaObject(str(kind), str(name), str(table), normalise_sql(str(sql or "")))
        schema[found.key] = found
    return schema


def schema_to_json(schema: Schema) -> str:
    objects = [
        {"kind": o.kind, "name": o.name, "table": o.table, "sql": o.sql}
        for o in sorted(schema.values(), key=lambda o: (o.kind, o.name))
    ]
    return json.dumps(objects, indent=1, ensure_ascii=False) + "\n"


def record_path(revision: str) -> Path:
    return SCHEMAS_DIR / f"{revision}.json"


@functools.cache
def recorded_schema(revision: str) -> Schema:
    """The schema the migrations build at `revision`, as recorded beside them."""
    path = record_path(revision)
    try:
        objects = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuntimeError(
            f"no recorded schema for revision {revision}: run python -m "
            "coordinator.db.schema_record"
        ) from None
    return {
        f"{o['kind']} {o['name']}": SchemaObject(o["kind"], o["name"], o["table"], o["sql"])
        for o in objects
    }


def _shown(name: str) -> str:
    """A name from a file that may be hostile, safe to put in a message."""
    if _PLAIN_NAME.fullmatch(name):
        return name
    printable = "".join(ch if ch.isprintable() else "?" for ch in name[:40])
    return repr(printable)


def _where(found: SchemaObject) -> str:
    if found.kind in ("index", "trigger"):
        return f" on the table {_shown(found.table)}"
    return ""


def _in_order(found: SchemaObject) -> tuple[int, str]:
    return (_KIND_ORDER.get(found.kind, len(_KIND_ORDER)), found.name)


def schema_differences(actual: Schema, expected: Schema) -> list[str]:
    """Each difference in words that follow "the file has": extra ones first, then changed ones."""
    extra = sorted((actual[k] for k in actual.keys() - expected.keys()), key=_in_order)
    missing = sorted((expected[k] for k in expected.keys() - actual.keys()), key=_in_order)
    changed = sorted(
        (
            actual[k]
            for k in actual.keys() & expected.keys()
            if (actual[k].sql, actual[k].table) != (expected[k].sql, expected[k].table)
        ),
        key=_in_order,
    )
    words = [f"an extra {o.kind} named {_shown(o.name)}{_where(o)}" for o in extra]
    words += [f"a changed {o.kind} named {_shown(o.name)}{_where(o)}" for o in changed]
    words += [f"no {o.kind} named {_shown(o.name)}{_where(o)}" for o in missing]
    return words


def describe_differences(subject: str, differences: list[str], kind: str) -> str:
    """One sentence: "the backup has an extra trigger named x on the table y; it is not ...".

    `kind` is what the file claims to be: "database" or "backup".
    """
    named = differences[:MAX_NAMED]
    rest = len(differences) - len(named)
    if rest:
        listed = ", ".join(named) + f" and {rest} other difference{'s' if rest > 1 else ''}"
    elif len(named) > 1:
        listed = ", ".join(named[:-1]) + " and " + named[-1]
    else:
        listed = named[0]
    return f"{subject} has {listed}; it is not a Coordinator {kind} or it was altered."
