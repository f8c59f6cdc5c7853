"""Record the schema each revision's migrations build: `python -m coordinator.db.schema_record`.

Run it after adding a migration and commit the new `db/schemas/<revision>.json` with it; the
records are what `coordinator.db.inspection` compares every file it opens or restores against.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from pathlib import Path

from alembic import command

from coordinator.db.engine import make_engine, to_url
from coordinator.db.migrate import alembic_config, script_directory
from coordinator.db.schema_signature import Schema, read_schema, record_path, schema_to_json


def migrated_schema(revision: str) -> Schema:
    """The schema a fresh file has once migrated to `revision` (built in a temporary folder)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fresh.sqlite"
        engine = make_engine(to_url(str(path)))
        config = alembic_config()
        try:
            with engine.begin() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(path)) as conn:
            return read_schema(conn)


def all_revisions() -> list[str]:
    return [rev.revision for rev in script_directory().walk_revisions()]


def main() -> None:
    for revision in all_revisions():
        path = record_path(revision)
        path.parent.mkdir(exist_ok=True)
        path.write_text(schema_to_json(migrated_schema(revision)), encoding="utf-8")
        print(f"recorded {path}")


if __name__ == "__main__":
    main()
