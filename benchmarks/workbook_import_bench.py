"""A mentor's check-in workbook grown to 300,000 rows, imported, beside openpyxl merely reading it.

The workbook is one Coordinator wrote (signed hidden keys, 300 prepared rows) grown below the
prepared rows, in one of two ways (--kind):

  untrusted  (default) every row a check-in carrying a hidden key Coordinator never wrote, as a
             forged or pasted-together workbook has: each is read, checked and listed as
             untrusted without touching the database; this measures reading and streaming.
  valid      every row a distinct, valid check-in typed below the prepared rows; this measures
             the check-in service too (about 13 ms a row here: use --rows 20000).

Each measurement runs in its own subprocess so its peak memory (ru_maxrss) is its own:

  baseline  openpyxl read_only iterating every row of the file (values only)
  dry run   `import_checkin_workbook(..., dry_run=True)`: read, check, sign-check, roll back
  import    the same, committed

Before this change (main at 474a97e) the import took 35 s and 471 MB on this machine.

    PYTHONPATH=src python3 benchmarks/workbook_import_bench.py [--rows 300000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from bench_figures import record

COMMAND = [sys.executable, "-m", "coordinator"]


def _setup(folder: Path) -> tuple[Path, Path]:
    """A demo database and one of its mentors' workbooks (written by the CLI)."""
    env = {**os.environ, "COORDINATOR_HOME": str(folder / "home")}
    db = folder / "bench.sqlite"
    subprocess.run(
        [*COMMAND, "--db", str(db), "demo", "--scale", "small"],
        check=True,
        env=env,
        capture_output=True,
    )
    with sqlite3.connect(db) as conn:
        mentor = conn.execute(
            "SELECT p.employee_id FROM assignment a JOIN person p ON p.id = a.mentor_id "
            "GROUP BY a.mentor_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    book = folder / "log.xlsx"
    subprocess.run(
        [*COMMAND, "--db", str(db), "checkin", "template", "--mentor", mentor, "-o", str(book)],
        check=True,
        env=env,
        capture_output=True,
    )
    return db, book


def _grow(book: Path, rows: int, target: Path, kind: str) -> None:
    """Type `rows` distinct check-ins below the prepared rows, straight into the sheet's XML."""
    import openpyxl

    wb = openpyxl.load_workbook(book, read_only=True)
    labels = [r[0] for r in wb["Lists"].iter_rows(min_row=2, values_only=True) if r[1]]
    wb.close()
    start = dt.date(2025, 9, 1)
    first_row = 302

    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'

    def row_xml(i: int) -> str:
        n = first_row + i
        day = start + dt.timedelta(days=i % 250)
        minutes = 1 + (i // 250) % 1440
        who = labels[(i // (250 * 1440)) % len(labels)]
        return (
            f'<row r="{n}">{cell(f"A{n}", day.isoformat())}{cell(f"B{n}", who)}'
            f'{cell(f"C{n}", "Phone")}<c r="D{n}"><v>{minutes}</v></c>{key(n)}</row>'
        )

    def key(n: int) -> str:
        return cell(f"L{n}", f"0badc0ffee00-{n:06d}") if kind == "untrusted" else ""

    with zipfile.ZipFile(book) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                last = first_row + rows - 1
                dimension = rf'<dimension ref="A1:\g<1>{last}"'
                text = re.sub(r'<dimension ref="A1:([A-Z]+)\d+"', dimension, text)
                head, tail = text.split("</sheetData>", 1)
                body = "".join(row_xml(i) for i in range(rows))
                data = (head + body + "</sheetData>" + tail).encode("utf-8")
            new.writestr(info, data)


def child(kind: str, db: str, path: str) -> None:
    """Run in a subprocess: one measurement, printed as JSON."""
    import resource
    import time

    started = time.perf_counter()
    if kind == "baseline":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        count = sum(1 for name in wb.sheetnames for _ in wb[name].iter_rows(values_only=True))
        wb.close()
        detail: object = count
    else:
        from coordinator.db.opening import open_database
        from coordinator.importing.checkins.workbook_reader import import_checkin_workbook

        database = open_database(Path(db))
        result = import_checkin_workbook(database, Path(path), dry_run=kind == "dry run")
        database.dispose()
        detail = result.summary
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "detail": detail}))


def _measure(kind: str, db: Path, path: Path, home: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(db), str(path)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "COORDINATOR_HOME": str(home)},
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--kind", choices=("untrusted", "valid"), default="untrusted")
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db, book = _setup(folder)
        grown = folder / "grown.xlsx"
        _grow(book, args.rows, grown, args.kind)
        size = grown.stat().st_size / 1_000_000
        print(f"workbook: {args.rows:,} {args.kind} rows, {size:.1f} MB")
        base = 0.0
        for kind in ("baseline", "dry run", "import"):
            got = _measure(kind, db, grown, folder / "home")
            seconds = float(got["seconds"])  # type: ignore[arg-type]
            if kind == "baseline":
                base = seconds
            else:
                record(
                    f"check-in workbook {kind}, {args.rows:,} rows",
                    seconds,
                    base,
                    baseline_label="openpyxl read-only",
                    peak=float(got["peak_mb"]),
                )  # type: ignore[arg-type]
            print(
                f"{kind:<9} {got['seconds']:7.1f} s  {got['peak_mb']:6.0f} MB peak  {got['detail']}"
            )


if __name__ == "__main__":
    main()
