"""Shared fixtures: every test gets its own home folder and, when asked, its own SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from coordinator.db.engine import Database
from coordinator.db.opening import open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the property tests on a fixed sequence of examples, so a run is repeatable; locally they
# explore new examples every time.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def coordinator_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, logs, backups and settings at a temp folder; never touch the user's files."""
    home = tmp_path / "home"
    monkeypatch.setenv("COORDINATOR_HOME", str(home))
    monkeypatch.delenv("COORDINATOR_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coordinator.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database file for this test."""
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database on the test server named by COORDINATOR_TEST_PG_URL."""
    from pg_server import throwaway_database

    with throwaway_database() as url:
        yield url
