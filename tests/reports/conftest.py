"""Fixtures for report tests: a small program year in a fresh database."""

from __future__ import annotations

import pytest
from report_fixtures import ProgramData, build_program

from coordinator.db.engine import Database


@pytest.fixture
def program(db: Database) -> ProgramData:
    return build_program(db)
