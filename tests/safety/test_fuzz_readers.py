"""Random and mutated spreadsheets and CSV files: each is read or refused clearly, within bounds.

Seeded mutations of a real roster (bytes flipped, ranges garbled, files cut short, the XML inside
an xlsx broken, NULs and bad encodings in a CSV) and plain random files are read by a worker
process with a memory cap and a time limit per file, the way an import reads them. Every outcome
must be a parsed file or a CoordinatorError naming the file: never a traceback, a hang or a
runaway allocation.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

WORKER = Path(__file__).with_name("fuzz_readers_worker.py")
SEED = 4242
SECONDS_PER_FILE = 20
MEMORY_MB = 2048
HEADERS = ["Emp ID", "Last Name", "First Name", "Email", "Campus Name", "Position", "Hire Date"]


def _roster_rows(rng: random.Random) -> list[list[object]]:
    return [
        [
            f"{700000 + i}",
            rng.choice(["Nguyễn", "O'Brien", "García", "Smith", "李"]),
            rng.choice(["Thị Mai", "Seán", "Ana", "Lee"]),
            f"person{i}@district.example",
            rng.choice(["Lamar Elementary", "Travis Middle"]),
            "Librarian",
            f"2025-08-{1 + i % 28:02d}",
        ]
        for i in range(30)
    ]


def _xlsx_bytes(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _csv_bytes(rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    kind = rng.randrange(4)
    if kind == 0:
        for _ in range(rng.randint(1, 30)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif kind == 1:
        start = rng.randrange(len(out))
        out[start : start + rng.randint(1, 400)] = rng.randbytes(rng.randint(1, 400))
    elif kind == 2:
        del out[rng.randrange(1, len(out)) :]
    else:
        at = rng.randrange(len(out))
        out[at:at] = rng.choice([b"\x00" * 50, b"\xff\xfe", b'"' * 9, b"\r" * 20, b"," * 5000])
    return bytes(out)


def _mutate_xml_inside(data: bytes, rng: random.Random) -> bytes:
    """Keep the zip sound but break the sheet or shared-strings XML inside it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    victim = rng.choice([n for n in source.namelist() if n.endswith(".xml")])
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = source.read(name)
            if name == victim:
                content = _mutate_bytes(content, rng)
            target.writestr(name, content)
    return out.getvalue()


def _cases(folder: Path) -> int:
    rng = random.Random(SEED)
    rows = _roster_rows(rng)
    xlsx, text = _xlsx_bytes(rows), _csv_bytes(rows)
    made = 0
    for i in range(100):
        (folder / f"mutated-{i:03d}.xlsx").write_bytes(_mutate_bytes(xlsx, rng))
        (folder / f"xml-{i:03d}.xlsx").write_bytes(_mutate_xml_inside(xlsx, rng))
        (folder / f"mutated-{i:03d}.csv").write_bytes(_mutate_bytes(text, rng))
        made += 3
    for i, suffix in enumerate([".xlsx", ".xls", ".ods", ".csv", ".xlsm", ".txt"] * 3):
        (folder / f"random-{i:03d}{suffix}").write_bytes(rng.randbytes(rng.randint(0, 5000)))
        made += 1
    (folder / "cp1252.csv").write_bytes(text.decode().encode("cp1252", "replace"))
    (folder / "utf16.csv").write_bytes(text.decode().encode("utf-16"))
    (folder / "one-huge-line.csv").write_bytes(b"Emp ID," + b"x," * 200_000 + b"\n")
    return made + 3


def _checkin_cases(folder: Path, db_path: Path) -> tuple[int, int]:
    """A real returned check-in workbook and a survey export, mutated; returns (made, year id)."""
    from sqlalchemy import select

    from coordinator.db.models import Checkin
    from coordinator.db.opening import open_database
    from coordinator.demo import build_demo
    from coordinator.importing.checkins.workbook_format import write_checkin_workbook

    db = open_database(db_path)
    build_demo(db, seed=8, scale="small")
    with db.reading() as session:
        checkin = session.scalars(select(Checkin)).first()
        assert checkin is not None
        year_id, mentor_id = checkin.program_year_id, checkin.mentor_id
        workbook = folder.parent / "log.xlsx"
        write_checkin_workbook(session, year_id, mentor_id, workbook)
    db.dispose()
    rng = random.Random(SEED + 1)
    original = workbook.read_bytes()
    survey = (
        b"Timestamp,Email Address,Mentee name,Meeting type,Minutes,Topics\n"
        b"2025-09-03 10:00,mentor@district.example,Ana Lopez,Phone,30,Lesson planning\n"
    )
    made = 0
    for i in range(25):
        (folder / f"checkin-{i:03d}.xlsx").write_bytes(_mutate_bytes(original, rng))
        (folder / f"checkin-xml-{i:03d}.xlsx").write_bytes(_mutate_xml_inside(original, rng))
        (folder / f"survey-{i:03d}.csv").write_bytes(_mutate_bytes(survey * 20, rng))
        made += 3
    (folder / "checkin-as-written.xlsx").write_bytes(original)
    return made + 1, year_id


@pytest.mark.slow
def test_mutated_and_random_files_are_read_or_refused_within_bounds(tmp_path: Path) -> None:
    folder = tmp_path / "fuzz"
    folder.mkdir()
    made = _cases(folder)
    checkin_db = tmp_path / "checkins.sqlite"
    more, year_id = _checkin_cases(folder, checkin_db)
    made += more
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [
            sys.executable,
            str(WORKER),
            str(folder),
            str(SECONDS_PER_FILE),
            str(MEMORY_MB),
            str(checkin_db),
            str(year_id),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == made
    crashes = [r for r in results if r["outcome"] == "crash"]
    assert crashes == []
    refused = [r for r in results if r["outcome"] == "refused"]
    assert all(r["file"] in r["detail"] for r in refused), [
        r for r in refused if r["file"] not in r["detail"]
    ][:5]
    outcomes = {r["outcome"] for r in results}
    assert outcomes == {"parsed", "refused"}
