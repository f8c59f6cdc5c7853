"""The year-end report's Outcomes chapter, read back with pypdf and rendered with pdftoppm."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PIL import Image
from report_helpers import pdf_pages
from tests.outcome_years import build_outcome_district

from coordinator.db.engine import Database
from coordinator.reports.jobs import ReportKind, ReportRequest, generate_report


def _chapter(pages: list[str]) -> tuple[int, str]:
    found = re.search(r"Outcomes (\d+)", pages[1])
    assert found is not None, "the contents list the Outcomes chapter"
    number = int(found.group(1))
    return number, " ".join(p for p in pages[number - 1 : number + 3])


def test_the_chapter_shows_who_stayed_and_hides_small_groups(db: Database, tmp_path: Path) -> None:
    district = build_outcome_district(db, tmp_path)
    district.year_two()
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, district.year_id), tmp_path / "year.pdf"
    )
    pages = pdf_pages(out)
    number, text = _chapter(pages)
    assert (
        pages[number - 1].startswith("Beginning Teachers · 2025-26")
        or "Outcomes" in (pages[number - 1])
    )
    assert (
        "On August 11, 2026, read from the roster roster-2026-27.xlsx (dated 2026-08-10): 58% of "
        "the year's 12 mentees still worked in the district (5 on the same campus, 1 on another, "
        "1 in another role); 5 had left."
    ) in text
    assert "Mentees 12 5 1 1 5 0 58%" in text
    assert "Mentors fewer than 5" in text
    assert "New hires in no program 6 2 0 0 4 0 33%" in text
    assert "Under 6 hours 6 1 0 0 5 0 17%" in text
    assert "24 hours or more 6 4 1 1 0 0 100%" in text
    assert "More than 60 days fewer than 5" in text
    # Look at it: the chapter's first page as an image, with its charts drawn.
    stem = tmp_path / "chapter"
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", str(number), "-l", str(number + 1), out, stem],
        check=True,
    )
    images = sorted(tmp_path.glob("chapter*.png"))
    assert len(images) == 2
    with Image.open(images[0]) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16) or []
    accent = [n for n, rgb in colours if rgb[2] > 100 and rgb[0] < 60]  # the bars' blue
    assert sum(accent) > 2000


def test_before_a_later_roster_the_chapter_says_how_to_get_one(
    db: Database, tmp_path: Path
) -> None:
    district = build_outcome_district(db, tmp_path)
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, district.year_id), tmp_path / "year.pdf"
    )
    _, text = _chapter(pdf_pages(out))
    assert "No roster dated after the year's end (2026-05-29) has been imported yet" in text
