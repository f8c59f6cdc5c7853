"""Survey answers written the way the form tools write them, and a small district to answer.

Google Forms' "Download responses (.csv)": UTF-8 with a byte-order mark, every cell quoted,
`Timestamp` as "2025/08/20 9:14:03 AM CDT" and `Email Address`, then one column per question
headed by its words. Microsoft Forms' "Open in Excel": one sheet, `ID` (its response number),
`Start time`, `Completion time` as date-times, `Email`, `Name`, then the questions.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import Person, SurveyInstrument
from coordinator.services.surveys.instruments import ensure_default_instruments, instruments_of
from district import District, build_district

START = "Mentee confidence (start of year)"
END = "Mentee confidence (end of year)"
CONFIDENCE_TEXTS = (
    "I am confident managing my classroom.",
    "I am confident planning and delivering instruction.",
    "I feel that I belong on my campus.",
    "I intend to keep teaching in this district next year.",
    "Anything else you would like the program to know?",
)


def survey_district(db: Database, mentees_per_mentor: tuple[int, ...] = (3, 3)) -> District:
    """Two mentors with three mentees each, e-mails `<id>@isd.example`, the shipped instruments."""
    district = build_district(db, mentees_per_mentor=mentees_per_mentor)
    with db.transaction() as s:
        for person in s.scalars(select(Person)):
            person.email = f"{(person.employee_id or '').lower()}@isd.example"
        ensure_default_instruments(s, district.program_id)
    return district


def instrument_id(db: Database, program_id: int, name: str) -> int:
    with db.reading() as s:
        return next(i.id for i in instruments_of(s, program_id) if i.name == name)


def instrument(db: Database, program_id: int, name: str) -> SurveyInstrument:
    with db.reading() as s:
        found = s.get(SurveyInstrument, instrument_id(db, program_id, name))
        assert found is not None
        s.expunge(found)
        return found


def google_time(when: dt.datetime) -> str:
    return when.strftime("%Y/%m/%d %-I:%M:%S %p") + " CDT"


def google_csv(path: Path, questions: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """rows: (timestamp datetime, e-mail, *answers)."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["Timestamp", "Email Address", *questions])
    for when, email, *answers in rows:
        writer.writerow([google_time(when), email, *answers])
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def microsoft_xlsx(
    path: Path,
    questions: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    employee_id: bool = False,
) -> Path:
    """rows: (completion datetime, e-mail, name, [employee ID,] *answers)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    extra = ["Employee ID"] if employee_id else []
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", *extra, *questions])
    for number, (done, email, name, *answers) in enumerate(rows, start=1):
        sheet.append([number, done - dt.timedelta(minutes=4), done, email, name, *answers])
    book.save(path)
    return path


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, runs of whitespace made single spaces."""
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return " ".join(pdf_pages(path))
