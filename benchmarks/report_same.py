"""Check a speed-up changed no figure: the year-end report data and PDF text, here and at REV.

The same demo database (built once, the clock pinned) is reported on twice: by the code at git
revision REV (exported with `git archive` into a scratch folder) and by the code of this work
tree. For every program year and each pinned day, the report's data object (its repr: every
figure, name and reason) and the PDF's text read back with pypdf must be the same.

    python3 benchmarks/report_same.py --against main [--scale small] [--today 2026-03-02 ...]

Exit status 0 when everything matches; otherwise the first differing lines are printed.
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DAYS = ("2026-03-02", "2026-07-15")  # mid-year (risks and gaps) and after the year (met / not met)


def dump(db_path: str, out: str, day: str) -> None:
    """In a child process: every program year's report data and PDF text, on `day`."""
    import datetime as dt

    import pypdf
    import time_machine
    from sqlalchemy import select

    from coordinator.db.models import ProgramYear
    from coordinator.db.opening import open_database
    from coordinator.reports.year_end import write_year_end_report
    from coordinator.services.reporting.year_end import build_year_end_report

    folder = Path(out)
    with time_machine.travel(dt.datetime.fromisoformat(day + "T12:00:00"), tick=False):
        db = open_database(db_path)
        with db.reading() as session:
            years = list(session.scalars(select(ProgramYear.id).order_by(ProgramYear.id)))
        for year_id in years:
            with db.reading() as session:
                report = build_year_end_report(session, year_id)
            (folder / f"year-{year_id}.repr").write_text(repr(report) + "\n")
            pdf = write_year_end_report(report, folder / f"year-{year_id}.pdf")
            text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
            (folder / f"year-{year_id}.txt").write_text(text + "\n")
        db.dispose()


def build(db_path: Path, scale: str, day: str) -> None:
    import datetime as dt

    import time_machine

    from coordinator.db.opening import open_database
    from coordinator.demo import build_demo

    with time_machine.travel(dt.datetime.fromisoformat(day + "T12:00:00"), tick=False):
        db = open_database(db_path)
        build_demo(db, seed=1, scale=scale)
        db.dispose()


def run_dump(src: Path, db_path: Path, out: Path, day: str) -> None:
    out.mkdir(parents=True)
    env = dict(os.environ, PYTHONPATH=str(src))
    code = (
        f"import sys; sys.path.insert(0, {str(HERE)!r}); import report_same; "
        f"report_same.dump({str(db_path)!r}, {str(out)!r}, {day!r})"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def compare(before: Path, after: Path) -> int:
    """Differences found (their first lines printed)."""
    problems = 0
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    for name in names:
        if name.endswith(".pdf"):
            continue
        old, new = before / name, after / name
        if not old.exists() or not new.exists():
            print(f"{name}: only in {'the work tree' if new.exists() else 'the revision'}")
            problems += 1
            continue
        a, b = old.read_text(), new.read_text()
        if a == b:
            print(f"{name}: same ({len(a):,} characters)")
            continue
        problems += 1
        print(f"{name}: DIFFERENT")
        a_lines = a.replace("), ", "),\n").splitlines()
        b_lines = b.replace("), ", "),\n").splitlines()
        for line in list(difflib.unified_diff(a_lines, b_lines, lineterm="", n=1))[:30]:
            print("   ", line[:200])
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD", help="the git revision to compare with")
    parser.add_argument("--scale", default="small", choices=("small", "district", "large"))
    parser.add_argument("--today", action="append", help="a pinned day (YYYY-MM-DD), repeatable")
    args = parser.parse_args()
    days = args.today or list(DAYS)
    problems = 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        os.environ["COORDINATOR_HOME"] = str(folder / "home")
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.against, "src", "resources"],
            check=True,
            capture_output=True,
        ).stdout
        (folder / "rev.tar").write_bytes(archive)
        with tarfile.open(folder / "rev.tar") as tar:
            tar.extractall(folder / "rev", filter="data")
        for day in days:
            db_path = folder / f"demo-{day}.sqlite"
            build_env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
            code = (
                f"import sys; sys.path.insert(0, {str(HERE)!r}); import report_same; "
                f"report_same.build(__import__('pathlib').Path({str(db_path)!r}), "
                f"{args.scale!r}, {day!r})"
            )
            subprocess.run([sys.executable, "-c", code], check=True, env=build_env)
            run_dump(folder / "rev" / "src", db_path, folder / day / "before", day)
            run_dump(ROOT / "src", db_path, folder / day / "after", day)
            print(f"[{args.scale}, {day}] {args.against} against the work tree:")
            problems += compare(folder / day / "before", folder / day / "after")
    print("every figure the same" if not problems else f"{problems} file(s) differ")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
