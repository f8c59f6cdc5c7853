"""End-of-year report speed: the `large` demo's report against plain reportlab tables.

The baseline, measured in the same run, is reportlab laying out the same cohort tables (every
mentor's mentees, the same columns) as plain-string tables with no styling, headings or charts.
The goal: the full report within 1.5x the baseline. Also timed: the `district` demo's report.

The whole command is timed too, as a user runs it: `coordinator report year-end` in a fresh
process (start-up, data step and PDF), against report_floor.py in a fresh process (sqlite3 reads
the same cohort tables in one query, reportlab lays them out plain). Each is quoted cold (the
first run) and warm (the median of the later runs), since caches make later runs look faster.

    python3 benchmarks/report_bench.py [--repeats 3] [--scale large] [--db FILE --year-id N]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import resource
import shutil
import statistics
import subprocess
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


def interleaved(
    runs: dict[str, Callable[[], int]], repeats: int
) -> dict[str, tuple[float, int, float]]:
    """Median seconds, pages and the first (cold) run's seconds of each run; repeats interleave
    so load changes hit all alike."""
    seconds: dict[str, list[float]] = {label: [] for label in runs}
    pages: dict[str, int] = {}
    for _ in range(repeats):
        for label, work in runs.items():
            start = time.perf_counter()
            pages[label] = work()
            seconds[label].append(time.perf_counter() - start)
    return {
        label: (statistics.median(seconds[label]), pages[label], seconds[label][0])
        for label in runs
    }


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def cold_and_warm(
    runs: dict[str, list[str]], repeats: int
) -> dict[str, tuple[float, float, float, float]]:
    """Each command in a fresh process: wall seconds of the first run and the median of the
    `repeats` runs after it, then the same in CPU seconds (steadier on a shared machine)."""
    seconds: dict[str, list[float]] = {label: [] for label in runs}
    cpu: dict[str, list[float]] = {label: [] for label in runs}
    for _ in range(repeats + 1):
        for label, command in runs.items():
            start, start_cpu = time.perf_counter(), _children_cpu()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            seconds[label].append(time.perf_counter() - start)
            cpu[label].append(_children_cpu() - start_cpu)
    return {
        label: (s[0], statistics.median(s[1:]), cpu[label][0], statistics.median(cpu[label][1:]))
        for label, s in seconds.items()
    }


def whole_commands(db_path: Path, year_id: int, repeats: int, folder: Path, scale: str) -> None:
    """`coordinator report year-end` as a user runs it, against the floor, cold and warm."""
    import sqlite3

    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        program, label = conn.execute(
            "SELECT p.name, y.label FROM program_year y JOIN program p ON p.id = y.program_id "
            "WHERE y.id = ?",
            (year_id,),
        ).fetchone()
    here = Path(__file__).resolve().parent
    runs = {
        "floor: sqlite3 + plain tables": [
            sys.executable, str(here / "report_floor.py"), str(db_path), str(year_id),
            str(folder / "floor.pdf"),
        ],
        "coordinator report year-end": [
            sys.executable, "-m", "coordinator", "--db", str(db_path), "report", "year-end",
            "--program", program, "--year", label, "-o", str(folder / "command.pdf"),
        ],
    }  # fmt: skip
    results = cold_and_warm(runs, repeats)
    for name, (cold, warm, cold_cpu, warm_cpu) in results.items():
        print(
            f"[{scale}] whole process, {name:30s}: cold {cold:6.2f} s  warm {warm:6.2f} s  "
            f"(CPU: cold {cold_cpu:6.2f} s, warm {warm_cpu:6.2f} s)"
        )
    floor_cold, floor_warm, floor_cold_cpu, floor_warm_cpu = results[
        "floor: sqlite3 + plain tables"
    ]
    ours_cold, ours_warm, ours_cold_cpu, ours_warm_cpu = results["coordinator report year-end"]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"[{scale}] ratio whole command / floor: cold {ours_cold / floor_cold:.2f}x, "
        f"warm {ours_warm / floor_warm:.2f}x; in CPU time cold "
        f"{ours_cold_cpu / floor_cold_cpu:.2f}x, warm {ours_warm_cpu / floor_warm_cpu:.2f}x "
        f"(goal 1.5x; load average {load})"
    )
    label_floor = "sqlite3 + plain reportlab tables, whole process"
    record(f"[{scale}] report year-end command, cold", ours_cold, floor_cold,
           baseline_label=label_floor + ", cold", goal="<= 1.5x")  # fmt: skip
    record(f"[{scale}] report year-end command, warm", ours_warm, floor_warm,
           baseline_label=label_floor + ", warm", goal="<= 1.5x")  # fmt: skip


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


def bench(scale: str, repeats: int, folder: Path, given: Path | None, year: int | None) -> None:
    start = time.perf_counter()
    if given is None:
        db, year_id = demo_database(folder, scale)
        print(f"[{scale}] demo built in {time.perf_counter() - start:.1f} s")
    else:  # a copy, opened as the app opens it (an older schema is brought up to date)
        shutil.copyfile(given, folder / f"demo-{scale}.sqlite")
        db = open_database(folder / f"demo-{scale}.sqlite")
        assert year is not None, "--db needs --year-id"
        year_id = year
    db_path = folder / f"demo-{scale}.sqlite"
    whole_commands(db_path, year_id, repeats, folder, scale)

    def data() -> YearEndReport:
        with db.reading() as session:
            return build_year_end_report(session, year_id)

    data_seconds = []
    start = time.perf_counter()
    report = data()
    data_cold = time.perf_counter() - start
    for _ in range(repeats):
        start = time.perf_counter()
        report = data()
        data_seconds.append(time.perf_counter() - start)
    mentees = sum(len(s.rows) for s in report.mentors)
    print(
        f"[{scale}] report data ({len(report.mentors)} mentors, {mentees} cohort rows, rules "
        f"included): cold {data_cold:.2f} s, warm {statistics.median(data_seconds):.2f} s"
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
    for label, (secs, pages, cold) in results.items():
        print(
            f"[{scale}] {label:34s}: {secs:6.2f} s (cold {cold:6.2f} s) {pages:5d} pages "
            f"{pages / secs:6.1f} pages/s"
        )
    base_s, base_pages, base_cold = results["baseline: plain tables, Helvetica"]
    embed_s, _, _ = results["baseline: plain tables, DejaVu"]
    full_s, full_pages, full_cold = results["end-of-year report (full)"]
    lean_s, _, _ = results["report without compliance section"]
    print(
        f"[{scale}] ratio full report / baseline (Helvetica): warm {full_s / base_s:.2f}x, "
        f"cold {full_cold / base_cold:.2f}x (goal 1.5x)"
    )
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
    parser.add_argument("--db", type=Path, help="a copy of this database instead of a new demo")
    parser.add_argument("--year-id", type=int, help="with --db: the program year to report")
    args = parser.parse_args()
    scales = args.scale or (["large"] if args.db else ["district", "large"])
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("COORDINATOR_HOME", folder)
        for scale in scales:
            bench(scale, args.repeats, Path(folder), args.db, args.year_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
