"""Cohort tables' row heights, worked out from line counts, are the heights reportlab measures."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Table

from coordinator.db.engine import Database
from coordinator.demo import build_demo
from coordinator.reports.cohort import cohort_table
from coordinator.reports.fonts import register_fonts
from coordinator.reports.styles import WIDE_FRAME_WIDTH
from coordinator.reports.year_end import write_year_end_report
from coordinator.services.lookup import program_year_by_names
from coordinator.services.reporting.year_end import build_year_end_report

pytestmark = pytest.mark.today("2026-03-02")


def test_cohort_row_heights_are_the_ones_reportlab_measures(db: Database, tmp_path: Path) -> None:
    """Every cohort of the demo: a table given its rows' heights lays out exactly as one that
    lets reportlab measure every cell (wrapped names and campuses, names set by the layout
    engine, total rows), and the report is written from them."""
    build_demo(db, scale="small")
    with db.reading() as session:
        year_id = program_year_by_names(session, "Teacher Induction", "2025-26").id
        report = build_year_end_report(session, year_id)
    register_fonts()
    wrapped = laid_out = 0
    for section in report.mentors:
        table = cohort_table(section, report.header.semesters, 1, total_from=5)
        given = list(table._argH)
        measured = Table(
            [list(row) for row in table._cellvalues],
            colWidths=table._argW,
            style=table._linecmds + table._bkgrndcmds + table._spanCmds,
            cellStyles=table._cellStyles,
        )
        table.wrap(WIDE_FRAME_WIDTH, 1e6)
        measured.wrap(WIDE_FRAME_WIDTH, 1e6)
        assert table._rowHeights == measured._rowHeights, section.mentor_id
        assert table._rowpositions == measured._rowpositions
        laid_out += given.count(None)
        wrapped += sum(
            1
            for row in table._cellvalues
            if any(isinstance(value, str) and "\n" in value for value in row)
        )
    assert wrapped > 0  # both kinds of row were checked
    assert laid_out > 0
    out = write_year_end_report(report, tmp_path / "year-end.pdf")
    assert out.stat().st_size > 0
