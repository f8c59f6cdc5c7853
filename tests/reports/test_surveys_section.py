"""The year-end report's Surveys section, read back from the PDF and looked at as a picture."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PIL import Image

from coordinator.db.engine import Database
from coordinator.importing.surveys.apply import import_survey_answers
from coordinator.reports.year_end import write_year_end_report
from coordinator.services.reporting.year_end import build_year_end_report
from survey_exports import (
    CONFIDENCE_TEXTS,
    END,
    START,
    google_csv,
    instrument_id,
    pdf_pages,
    survey_district,
)

AUG = dt.datetime(2025, 8, 20, 9, 0)
MAY = dt.datetime(2026, 5, 20, 9, 0)
IDS = ("1001", "1002", "1003", "2001", "2002", "2003")


def _answered(db: Database, tmp_path: Path, pairs: int) -> int:
    d = survey_district(db, mentees_per_mentor=(3, 3))
    for name, when, base in ((START, AUG, 2), (END, MAY, 4)):
        rows = [
            (when, f"e{i}@isd.example", base, base, 3, base, "private words") for i in IDS[:pairs]
        ]
        export = google_csv(tmp_path / f"{name[:18]}{when.month}.csv", CONFIDENCE_TEXTS, rows)
        import_survey_answers(
            db,
            export,
            program_year_id=d.year_id,
            instrument_id=instrument_id(db, d.program_id, name),
        )
    return d.year_id


def _report(db: Database, year_id: int, path: Path) -> list[str]:
    with db.reading() as s:
        report = build_year_end_report(s, year_id, as_of=dt.date(2026, 6, 1))
    write_year_end_report(report, path)
    return pdf_pages(path)


def test_surveys_section_shows_rates_and_shifts(db: Database, tmp_path: Path) -> None:
    year_id = _answered(db, tmp_path, pairs=6)
    pages = _report(db, year_id, tmp_path / "report.pdf")
    number, page = next((n, p) for n, p in enumerate(pages, start=1) if "Response rates" in p)
    assert "Surveys" in page
    assert "Mentee confidence (start of year) Start of year 6 6 100%" in page
    assert "Mentor satisfaction with the program End of year 2 0 0%" in page
    assert "I am confident managing my classroom. 6 2.00 4.00 +2.00" in page
    assert "I feel that I belong on my campus. 6 3.00 3.00 0.00" in page
    assert "+1.50 on average; rose for 6 of 6 (100%)" in page
    assert "secret" not in " ".join(pages)  # free text stays out
    assert any(("Surveys" in p and ". . ." in p) or "Surveys" in p for p in pages[1:3])  # contents
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "50",
            "-png",
            "-f",
            str(number),
            "-l",
            str(number),
            str(tmp_path / "report.pdf"),
            str(tmp_path / "surveys"),
        ],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("surveys*.png"))).convert("RGB")
    accent = sum(1 for r, g, b in image.get_flattened_data() if (r, g, b) == (0x1F, 0x4E, 0x79))
    assert accent > 200  # the table headers and the chart's accent-coloured dots and lines


def test_small_groups_are_suppressed(db: Database, tmp_path: Path) -> None:
    year_id = _answered(db, tmp_path, pairs=3)
    pages = _report(db, year_id, tmp_path / "report.pdf")
    page = next(p for p in pages if "Response rates" in p)
    assert "I am confident managing my classroom. fewer than 5 — — —" in page
    assert "fewer than 5 mentees answered both times" in page
    assert "2.00" not in page
    assert "4.00" not in page


def test_no_section_without_answers(db: Database, tmp_path: Path) -> None:
    d = survey_district(db)
    pages = _report(db, d.year_id, tmp_path / "report.pdf")
    assert not any("Response rates" in p for p in pages)
