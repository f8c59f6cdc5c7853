"""The demo's year-end report, read back the way an auditor reads it, and looked at page by page."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from coordinator.db.engine import Database
from coordinator.demo import build_demo
from coordinator.reports.jobs import ReportKind, ReportRequest, generate_report
from coordinator.reports.outcomes_section import TITLE as OUTCOMES_TITLE
from coordinator.services.compliance.year_close import close_year
from coordinator.services.lookup import program_year_by_names

# The demo's 2025-26 year is over on this day (its last semester ends on 2026-06-05).
pytestmark = pytest.mark.today("2026-07-15")


@pytest.fixture
def report(db: Database, tmp_path: Path) -> Path:
    build_demo(db)
    with db.transaction() as session:
        year_id = program_year_by_names(session, "Teacher Induction", "2025-26").id
        close_year(session, year_id, today=dt.date(2026, 6, 10))
    return generate_report(db, ReportRequest(ReportKind.YEAR_END, year_id), tmp_path / "y.pdf")


def _lines(path: Path) -> list[str]:
    reader = pypdf.PdfReader(str(path))
    return [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]


def test_exceptions_name_the_employee_id_and_campus(report: Path) -> None:
    lines = _lines(report)
    bakers = [line for line in lines if re.match(r"Jürgen Baker \d", line)]
    assert bakers
    for line in bakers:  # each exception line: name, employee ID, campus, why
        assert re.match(r"Jürgen Baker \d{6} \S.+ (School|Elementary) ", line), line
    # the two Jürgen Bakers of the demo are two index lines, told apart by their campus
    assert len([line for line in lines if line.startswith("Jürgen Baker — ")]) == 2


def test_every_met_by_says_who_is_outside_and_why(report: Path) -> None:
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(report)).pages)
    sentences = re.findall(
        # a name's own full stop ("DeShawn St. John, ...") does not end the sentence
        r"Met by ([\d,]+) of ([\d,]+) mentees? judged \(\d+%\)\. "
        r"((?:[^.]|\.(?= [A-Z][\w'-]*[,;]))+)\.",
        text,
    )
    assert len(sentences) >= 3
    for met, judged, after in sentences:
        assert int(met.replace(",", "")) <= int(judged.replace(",", ""))
        enrolled = int(
            re.search(r"(?:Of|Every one of) the ([\d,]+) enrolled", after).group(1).replace(",", "")
        )  # type: ignore[union-attr]
        outside = enrolled - int(judged.replace(",", ""))
        if outside == 0:
            assert after.startswith("Every one of the")
            continue
        assert f"{outside} are not judged by this rule" in after or outside == 1
        reasons = re.findall(
            r"(\d+) (withdrew|left the district|continuing|no |in no |not )", after
        )
        assert sum(int(n) for n, _ in reasons) == outside, after
    assert "4 left the district: " in text  # few enough to be named
    assert "withdrew from the program: " in text


def test_summary_first_compact_contents_one_orientation(report: Path) -> None:
    reader = pypdf.PdfReader(str(report))
    second = " ".join(reader.pages[1].extract_text().split())
    assert "Summary" in second
    assert "mentees served" in second
    assert "completed the year" in second
    assert "met every rule" in second
    assert len({(p.mediabox.width, p.mediabox.height) for p in reader.pages}) == 1


def test_every_page_looks_right(report: Path, tmp_path: Path) -> None:
    """Each page rendered at 50 dpi: none but the cover and the last is 80% blank, and no
    heading leaves a single letter on a line of its own."""
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(report), str(tmp_path / "page")], check=True
    )
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(pypdf.PdfReader(str(report)).pages)
    for number, path in enumerate(images, start=1):
        page = Image.open(path).convert("L")
        width, height = page.size
        top, bottom = int(height * 0.12), int(height * 0.86)  # the body, without header/footer
        inked = 0
        for y in range(top, bottom):
            row = [page.getpixel((x, y)) for x in range(0, width, 2)]
            inked += any(int(v) < 200 for v in row)  # type: ignore[arg-type]
        used = inked / (bottom - top)
        texts = pypdf.PdfReader(str(report)).pages
        next_text = texts[number].extract_text() if number < len(texts) else ""
        # Outcomes, the cohorts and the index each start on a page of their own.
        section_ends = any(
            t in next_text for t in (OUTCOMES_TITLE, "Mentor cohorts", "Mentor index")
        )
        if 1 < number < len(images) and not section_ends:
            assert used > 0.2, f"page {number} is {1 - used:.0%} blank"
    single_letters = [line for line in _lines(report) if re.fullmatch(r"[A-Za-z]", line)]
    assert not single_letters
