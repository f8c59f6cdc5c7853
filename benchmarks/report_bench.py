"""End-of-year report speed: the `large` demo's report against plain reportlab tables.

The baseline, measured in the same run, is reportlab laying out the same cohort tables (every
mentor's mentees, the same columns) as plain-string tables with no styling, headings or charts.
The goal: the full report within 1.5x the baseline. Also timed: the `district` demo's report.

    python3 benchmarks/report_bench.py [--repeats 3] [--scale large]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import SimpleDocTemplate, Table

from bench_figures import record
from coordinator.db.engine import Database
from coordinator.db.opening import open_database
from coordinator.demo import build_demo
from coordinator.reports.fonts import REGULAR, register_fonts
from coordinator.reports.year_end import write_year_end_report
from coordinator.services.reporting.data import YearEndReport, hours
from coordinator.services.reporting.year_end import build_year_end_report


def baseline(report: YearEndReport, folder: Path, font: str | None = None) -> int:
    """The same cohort tables as unstyled plain-string reportlab tables; returns pages.

    With `font`, the tables use that embedded font (the report needs one to print every name);
    without, reportlab's built-in Helvetica, which cannot print most non-Latin names.
    """
    doc = SimpleDocTemplate(str(folder / "baseline.pdf"), pagesize=LETTER)
    style = [("FONT", (0, 0), (-1, -1), font)] if font else []
    story = []
    for section in report.mentors:
        rows = [
            ["Mentee", "Campus", "Hired", "Assigned", "Check-ins", "Fall h", "Spring h", "Status"]
        ]
        for r in section.rows:
            rows.append(
                [
                    r.name,
                    r.campus,
                    str(r.hire_date or ""),
                    str(r.assigned_on),
                    str(r.checkins),
                    *(hours(m) for m in r.minutes_by_semester),
                    r.status,
                ]
            )
        story.append(Table(rows, repeatRows=1, style=style))
    doc.build(story)
    return count_pages(folder / "baseline.pdf")


def full_report(report: YearEndReport, folder: Path) -> int:
    """The real report, written to a file as the app writes it; returns pages."""
    path = write_year_end_report(report, folder / "year-end.pdf")
    return count_pages(path)


def count_pages(path: Path) -> int:
    """Page objects in a reportlab PDF (cheaper than parsing it)."""
    return len(re.findall(rb"/Type /Page\b(?!s)", path.read_bytes()))


def interleaved(runs: dict[str, Callable[[], int]], repeats: int) -> dict[str, tuple[float, int]]:
    """Median seconds and pages of each run; repeats interleave so load changes hit all alike."""
    seconds: dict[str, list[float]] = {label: [] for label in runs}
    pages: dict[str, int] = {}
    for _ in range(repeats):
        for label, work in runs.items():
            start = time.perf_counter()
            pages[label] = work()
            seconds[label].append(time.perf_counter() - start)
    return {label: (statistics.median(seconds[label]), pages[label]) for label in runs}


def demo_database(folder: Path, scale: str) -> tuple[Database, int]:
    db = open_database(folder / f"demo-{scale}.sqlite")
    build_demo(db, seed=1, scale=scale)
    from sqlalchemy import func, select

    from coordinator.db.models import Enrollment, ProgramYear, Role

    with db.reading() as session:
        # the program year with the most mentees (the state-induction program)
        year_id = session.scalars(
            select(ProgramYear.id)
            .join(Enrollment, Enrollment.program_year_id == ProgramYear.id)
            .where(Enrollment.role == Role.MENTEE)
            .group_by(ProgramYear.id)
            .order_by(func.count().desc())
        ).first()
    assert year_id is not None
    return db, year_id


def bench(scale: str, repeats: int, folder: Path) -> None:
    start = time.perf_counter()
    db, year_id = demo_database(folder, scale)
    print(f"[{scale}] demo built in {time.perf_counter() - start:.1f} s")

    def data() -> YearEndReport:
        with db.reading() as session:
            return build_year_end_report(session, year_id)

    data_seconds = []
    report = data()
    for _ in range(repeats):
        start = time.perf_counter()
        report = data()
        data_seconds.append(time.perf_counter() - start)
    mentees = sum(len(s.rows) for s in report.mentors)
    print(
        f"[{scale}] report data ({len(report.mentors)} mentors, {mentees} cohort rows, rules "
        f"included): {statistics.median(data_seconds):.2f} s"
    )
    register_fonts()
    cohorts_only = dataclasses.replace(report, compliance=())
    runs = {
        "baseline: plain tables, Helvetica": lambda: baseline(report, folder),
        "baseline: plain tables, DejaVu": lambda: baseline(report, folder, REGULAR),
        "report without compliance section": lambda: full_report(cohorts_only, folder),
        "end-of-year report (full)": lambda: full_report(report, folder),
    }
    results = interleaved(runs, repeats)
    for label, (secs, pages) in results.items():
        print(f"[{scale}] {label:34s}: {secs:6.2f} s {pages:5d} pages {pages / secs:6.1f} pages/s")
    base_s, base_pages = results["baseline: plain tables, Helvetica"]
    embed_s, _ = results["baseline: plain tables, DejaVu"]
    full_s, full_pages = results["end-of-year report (full)"]
    lean_s, _ = results["report without compliance section"]
    print(f"[{scale}] ratio full report / baseline (Helvetica): {full_s / base_s:.2f}x (goal 1.5x)")
    print(f"[{scale}] ratio full report / baseline (DejaVu)   : {full_s / embed_s:.2f}x")
    print(f"[{scale}] ratio without compliance / baseline (DejaVu): {lean_s / embed_s:.2f}x")
    per_page = (full_s / full_pages) / (base_s / base_pages)
    print(f"[{scale}] time per page, full report / baseline (Helvetica): {per_page:.2f}x")
    print(f"[{scale}] total, data + PDF        : {statistics.median(data_seconds) + full_s:.2f} s")
    label = "plain reportlab tables, Helvetica"
    record(f"[{scale}] year-end report PDF", full_s, base_s, baseline_label=label, goal="<= 1.5x")
    data_and_pdf = statistics.median(data_seconds) + full_s
    record(f"[{scale}] year-end data + PDF", data_and_pdf, base_s, baseline_label=label)
    db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--scale", action="append", choices=("small", "district", "large"))
    args = parser.parse_args()
    scales = args.scale or ["district", "large"]
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("COORDINATOR_HOME", folder)
        for scale in scales:
            bench(scale, args.repeats, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
