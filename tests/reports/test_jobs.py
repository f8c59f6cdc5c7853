"""Reports in a child process: the PDF arrives, errors come back readable, Cancel leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_fixtures import ProgramData
from report_helpers import pdf_text

from coordinator.crash_report import BugElsewhere, crash_report
from coordinator.db.engine import Database
from coordinator.errors import CoordinatorError
from coordinator.progress import Cancelled, Progress
from coordinator.reports.jobs import ReportKind, ReportProcess, ReportRequest

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")


def test_child_process_writes_the_report_and_reports_progress(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    steps: list[str] = []
    progress = Progress(lambda done, total, message: steps.append(message))
    request = ReportRequest(ReportKind.YEAR_END, program.year_id)
    out = ReportProcess(db, request, tmp_path / "year.pdf").wait(progress)
    assert "Mentor cohorts" in pdf_text(out)
    assert "Checking the rules for every mentee" in steps


def test_child_process_failure_is_a_readable_error(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    request = ReportRequest(ReportKind.COHORT, program.year_id)  # no mentor chosen
    with pytest.raises(CoordinatorError, match="Choose the mentor"):
        ReportProcess(db, request, tmp_path / "c.pdf").wait()
    assert list(tmp_path.glob("*.pdf")) == []


def test_cancel_stops_the_child_and_leaves_no_file(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    progress = Progress()
    progress.cancel()
    request = ReportRequest(ReportKind.YEAR_END, program.year_id)
    process = ReportProcess(db, request, tmp_path / "year.pdf")
    with pytest.raises(Cancelled):
        process.wait(progress)
    assert not process._child.is_alive()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []


def test_a_bug_in_the_child_comes_back_as_its_stripped_traceback(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    # A request no screen can make (a role that does not exist): the child fails on a bug.
    request = ReportRequest(ReportKind.CERTIFICATES, program.year_id, recipients="nobody")  # type: ignore[arg-type]
    with pytest.raises(BugElsewhere) as raised:
        ReportProcess(db, request, tmp_path / "cert.pdf").wait()
    report = crash_report(raised.value)
    assert "In the report process:" in report
    assert "generate_report" in report
    assert list(tmp_path.glob("*.pdf")) == []
