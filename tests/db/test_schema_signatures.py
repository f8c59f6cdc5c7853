"""The recorded schema per revision is what the migrations build, and differences are named."""

from __future__ import annotations

import sqlite3

import pytest

from coordinator.db.migrate import head_revision
from coordinator.db.schema_record import all_revisions, migrated_schema
from coordinator.db.schema_signature import (
    SchemaObject,
    describe_differences,
    normalise_sql,
    read_schema,
    record_path,
    recorded_schema,
    schema_differences,
)


@pytest.mark.parametrize("revision", all_revisions())
def test_every_revision_has_a_record_of_what_its_migrations_build(revision: str) -> None:
    """A new migration without its record, or a changed one, fails here.

    Fix: python -m coordinator.db.schema_record, and commit db/schemas/<revision>.json.
    """
    assert record_path(revision).is_file(), f"no {record_path(revision).name}: record it"
    assert migrated_schema(revision) == recorded_schema(revision)


def test_the_head_record_holds_the_tables_indexes_and_triggers() -> None:
    schema = recorded_schema(head_revision())
    kinds = {o.kind for o in schema.values()}
    assert kinds == {"table", "index", "trigger"}
    assert "trigger audit_log_no_delete" in schema
    assert "table checkin_attendee" in schema


def test_quoting_and_spacing_are_not_differences() -> None:
    written = (
        'CREATE TABLE "checkin" (\n\tid INTEGER NOT NULL, \n  "minutes" INTEGER ,PRIMARY KEY (id))'
    )
    assert normalise_sql(written) == normalise_sql(
        "CREATE TABLE checkin(id INTEGER NOT NULL,minutes INTEGER,PRIMARY KEY(id))"
    )
    assert normalise_sql("CREATE INDEX a ON t (x)") != normalise_sql("CREATE INDEX a ON t (y)")


def test_differences_are_named_in_words() -> None:
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE attendance (id INTEGER, mentee TEXT);"
        "CREATE TABLE notes (id INTEGER);"
        "CREATE TRIGGER wipe AFTER INSERT ON attendance BEGIN DELETE FROM notes; END;"
    )
    expected = {
        "table attendance": SchemaObject(
            "table", "attendance", "attendance", normalise_sql("CREATE TABLE attendance (id INT)")
        ),
        "table notes": SchemaObject(
            "table", "notes", "notes", normalise_sql("CREATE TABLE notes (id INTEGER)")
        ),
        "index ix_mentee": SchemaObject(
            "index", "ix_mentee", "attendance", "CREATE INDEX ix_mentee ON attendance(mentee)"
        ),
    }
    differences = schema_differences(read_schema(conn), expected)
    assert differences == [
        "an extra trigger named wipe on the table attendance",
        "a changed table named attendance",
        "no index named ix_mentee on the table attendance",
    ]
    assert describe_differences("The backup b.sqlite", differences[:1], "backup") == (
        "The backup b.sqlite has an extra trigger named wipe on the table attendance; "
        "it is not a Coordinator backup or it was altered."
    )
    many = describe_differences("x.sqlite", [*differences, "an extra view named v"], "database")
    assert many.endswith(
        "and 1 other difference; it is not a Coordinator database or it was altered."
    )


def test_a_hostile_name_is_shown_safely() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute('CREATE TABLE "bad\nname; DROP everything" (id INTEGER)')
    [words] = schema_differences(read_schema(conn), {})
    assert "\n" not in words
    assert words == "an extra table named 'bad?name; DROP everything'"
