"""The same import, re-import and undo on PostgreSQL (the shared mode), through Core paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.importing.conftest import dump
from tests.importing.corpus import (
    HEADERS_MONTH_1,
    HEADERS_MONTH_2,
    MONTH_1,
    MONTH_2,
    TITLE_BLOCK,
    write_xlsx,
)

from coordinator.db.opening import open_database
from coordinator.importing.roster.pipeline import apply_import, plan_import, prepare_import
from coordinator.importing.roster.undo import undo_batch

pytestmark = pytest.mark.postgres


def test_two_months_and_undo_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        first = write_xlsx(tmp_path / "august.xlsx", HEADERS_MONTH_1, MONTH_1)
        second = write_xlsx(
            tmp_path / "september.xlsx", HEADERS_MONTH_2, MONTH_2, above=TITLE_BLOCK
        )
        plan, result = apply_import(db, prepare_import(db, first))
        assert plan.counts()["new"] == 4
        before = {t: dump(db, t) for t in ("person", "campus")}
        prepared = prepare_import(db, second)
        (departed,) = plan_import(db, prepared).missing
        plan, result = apply_import(db, prepared, mark_left=[departed.person_id])
        assert (plan.counts()["new"], plan.counts()["changed"]) == (1, 1)
        assert result.counts["marked_left"] == 1
        _plan, repeat = apply_import(db, prepare_import(db, second))
        assert repeat.batch_id is None
        assert result.batch_id is not None
        undone = undo_batch(db, result.batch_id)
        assert (undone.restored, undone.removed) == (2, 1)
        assert {t: dump(db, t) for t in ("person", "campus")} == before
    finally:
        db.dispose()
