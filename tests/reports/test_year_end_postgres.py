"""The year-end report's data reads the same from PostgreSQL (the shared mode) as from SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator.db.models import Enrollment, Role
from coordinator.db.opening import open_database
from coordinator.demo import build_demo
from coordinator.services.reporting.data import YearEndReport
from coordinator.services.reporting.year_end import build_year_end_report

pytestmark = [pytest.mark.postgres, pytest.mark.today("2026-03-02")]


def _report(url: str) -> YearEndReport:
    db = open_database(url)
    try:
        build_demo(db, seed=1, scale="small")
        with db.reading() as session:
            year_id = session.scalars(
                select(Enrollment.program_year_id)
                .where(Enrollment.role == Role.MENTEE)
                .group_by(Enrollment.program_year_id)
                .order_by(func.count().desc())
            ).first()
            assert year_id is not None
            return build_year_end_report(session, year_id)
    finally:
        db.dispose()


def test_year_end_figures_match_sqlite(pg_url: str, tmp_path: Path) -> None:
    ours = _report(pg_url)
    theirs = _report(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    assert sum(n for _, n in ours.checkins_per_month) > 100  # the months are counted at all
    assert ours.checkins_per_month == theirs.checkins_per_month
    assert ours.hours_by_mentor == theirs.hours_by_mentor
    assert ours.summary == theirs.summary
    assert ours.topic_coverage == theirs.topic_coverage
    assert ours.mentors == theirs.mentors
    assert ours.outcomes == theirs.outcomes
    assert ours.surveys == theirs.surveys
