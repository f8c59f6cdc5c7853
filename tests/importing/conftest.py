"""Fixtures for import tests: table dumps and row counts to prove what changed (or did not)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from coordinator.db.engine import Database

TABLES = (
    "person",
    "campus",
    "enrollment",
    "import_batch",
    "import_row",
    "audit_log",
    "mapping_profile",
)


def dump(db: Database, table: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


@pytest.fixture
def table_counts(db: Database) -> Callable[[], dict[str, int]]:
    return lambda: counts(db)
