"""The PDFs, parsed back: pages, titles, names in every script, hours, and no private notes."""

from __future__ import annotations

import itertools
import re
import stat
from pathlib import Path

import pytest
from PIL import Image
from report_fixtures import SECRET, ProgramData, complete_active_mentees
from report_helpers import pdf_pages, pdf_text

from coordinator.db.engine import Database
from coordinator.db.models import Person, Role, Setting
from coordinator.reports.jobs import ReportKind, ReportRequest, generate_report

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")

NAMES = [
    "Nguyễn Zoë Şahin 李",
    "<b>Zoë</b> & O'Brien",
    "Αλέξης Παπαδόπουλος",
    "Дмитрий Иванов",
    "María José Güemes-Øster",
]


def _page_numbers_are_consistent(pages: list[str], skip_first: bool) -> None:
    total = len(pages)
    for n, text in enumerate(pages, start=1):
        if n == 1 and skip_first:
            assert "Page 1 of" not in text
            continue
        assert f"Page {n} of {total}" in text


def test_year_end_report_has_every_section_and_name(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, program.year_id), tmp_path / "year.pdf"
    )
    pages = pdf_pages(out)
    assert len(pages) >= 5
    assert "Río Grande ISD" in pages[0]
    assert "End-of-year program report" in pages[0]
    assert pages[1].count("Contents") == 1
    contents = pages[1].split("Contents", 1)[1]  # drawn over the top of the summary's page
    for title in ("Summary", "Activity", "Compliance", "Mentor cohorts", "Mentor index"):
        assert title in contents
        # the contents give the page each section starts on
        page = int(re.search(rf"{title} (\d+)", contents).group(1))  # type: ignore[union-attr]
        assert title in pages[page - 1].replace(contents, "")
    text = " ".join(pages)
    for name in NAMES:
        assert name in text
    assert "Fatima Al-Sayed — Lincoln Elementary" in text
    assert "王 小明 — Jefferson High" in text
    assert SECRET not in text
    _page_numbers_are_consistent(pages, skip_first=True)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_year_end_hours_match_the_database(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, program.year_id), tmp_path / "y.pdf"
    )
    text = pdf_text(out)
    total_minutes = sum(sum(m.values()) for m in program.minutes.values())
    assert f"that is {total_minutes / 60:.1f} hours of mentee contact" in text
    # Ana Lee (withdrawn) had eight fall hours alone and a 90-minute group meeting
    ana = program.minutes[program.mentee_ids[6]]
    assert f"Ana Lee Lincoln Elementary 2025-08-01 2025-08-15 16 {ana['Fall'] / 60:.1f}" in text
    assert "Withdrawn" in text


def test_cohort_report_prints_one_mentor(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    request = ReportRequest(ReportKind.COHORT, program.year_id, mentor_id=program.mentor_ids[1])
    text = pdf_text(generate_report(db, request, tmp_path / "cohort.pdf"))
    assert "Mentor cohort report" in text
    assert "王 小明 — Jefferson High" in text
    assert "Дмитрий Иванов" in text
    assert "Ana Lee" not in text  # the other mentor's mentee
    assert "Page 1 of 1" in text


def test_mentee_log_shows_notes_only_when_asked(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    mentee = program.mentee_ids[1]
    plain = ReportRequest(ReportKind.MENTEE_LOG, program.year_id, mentee_id=mentee)
    text = pdf_text(generate_report(db, plain, tmp_path / "plain.pdf"))
    assert "Mentee log: <b>Zoë</b> & O'Brien" in text
    assert SECRET not in text
    assert "private notes left out" in text
    for signer in ("Mentee signature", "Mentor signature", "Program coordinator signature"):
        assert signer in text
    fall = program.minutes[mentee]["Fall"] / 60
    assert f"Fall {fall:.1f} 12.0 not met" in text

    with_notes = ReportRequest(
        ReportKind.MENTEE_LOG, program.year_id, mentee_id=mentee, include_private_notes=True
    )
    text = pdf_text(generate_report(db, with_notes, tmp_path / "notes.pdf"))
    assert f"Private notes: {SECRET} 1-0" in text


def test_cohort_logs_start_each_mentee_on_a_new_page(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    request = ReportRequest(ReportKind.MENTEE_LOG, program.year_id, mentor_id=program.mentor_ids[0])
    pages = pdf_pages(generate_report(db, request, tmp_path / "logs.pdf"))
    starts = [p for p in pages if "Mentee log: " in p.split("Check-ins")[0] and "Page 1 of" in p]
    assert len(starts) == 4  # four mentees were ever in the first mentor's cohort
    assert sum(1 for p in pages if "Employee ID" in p) == 4


def test_certificates_one_page_each(db: Database, program: ProgramData, tmp_path: Path) -> None:
    complete_active_mentees(db, program)
    batch = generate_report(
        db, ReportRequest(ReportKind.CERTIFICATES, program.year_id), tmp_path / "all.pdf"
    )
    pages = pdf_pages(batch)
    assert len(pages) == 6  # the withdrawn mentee has no certificate in a batch
    assert all(p.count("Certificate of Completion") == 1 for p in pages)
    assert any("Nguyễn Zoë Şahin 李" in p for p in pages)
    mentor = ReportRequest(
        ReportKind.CERTIFICATES,
        program.year_id,
        mentor_id=program.mentor_ids[1],
        recipients=Role.MENTOR,
    )
    (page,) = pdf_pages(generate_report(db, mentor, tmp_path / "mentor.pdf"))
    assert "王 小明" in page
    assert "as a mentor in Texas MPA, 2025-26" in page


def test_logo_from_settings_prints_on_the_cover(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (31, 78, 121)).save(logo)
    with db.transaction() as session:
        session.add(Setting(key="district_logo", value=str(logo)))
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, program.year_id), tmp_path / "y.pdf"
    )
    import pypdf

    cover = pypdf.PdfReader(str(out)).pages[0]
    assert len(cover.images) == 1


@pytest.fixture
def long_program(db: Database, program: ProgramData) -> ProgramData:
    """The first mentor gets 60 more mentees; one mentee gets 200 check-ins and a long note."""
    import datetime as dt

    from coordinator.db.models import Assignment, Checkin, CheckinAttendee, CheckinKind, Enrollment

    with db.transaction() as session:
        people = [
            Person(employee_id=f"L{i:03d}", first_name=f"Long{i}", last_name="Cohort")
            for i in range(60)
        ]
        session.add_all(people)
        session.flush()
        for p in people:
            session.add(
                Enrollment(program_year_id=program.year_id, person_id=p.id, role=Role.MENTEE)
            )
            session.add(
                Assignment(
                    program_year_id=program.year_id,
                    mentee_id=p.id,
                    mentor_id=program.mentor_ids[0],
                    start_date=dt.date(2025, 9, 1),
                )
            )
        note = ("A long reflection on the year. " * 170)[:4990] + " THE-END"
        for k in range(200):
            c = Checkin(
                program_year_id=program.year_id,
                mentor_id=program.mentor_ids[0],
                occurred_on=dt.date(2025, 8, 4) + dt.timedelta(days=k),
                kind=CheckinKind.EMAIL,
                minutes=15,
                private_notes=note if k == 100 else "",
            )
            c.attendees.append(CheckinAttendee(mentee_id=people[0].id))
            session.add(c)
    program.mentee_ids.append(people[0].id)
    return program


def test_long_content_flows_across_pages(
    db: Database, long_program: ProgramData, tmp_path: Path
) -> None:
    cohort = ReportRequest(
        ReportKind.COHORT, long_program.year_id, mentor_id=long_program.mentor_ids[0]
    )
    pages = pdf_pages(generate_report(db, cohort, tmp_path / "cohort.pdf"))
    assert len(pages) >= 2
    assert all(p.count("Hired Assigned Check-ins") == 1 for p in pages)  # the header repeats
    text = " ".join(pages)
    assert all(f"Long{i} Cohort" in text for i in range(60))

    log = ReportRequest(
        ReportKind.MENTEE_LOG,
        long_program.year_id,
        mentee_id=long_program.mentee_ids[-1],
        include_private_notes=True,
    )
    pages = pdf_pages(generate_report(db, log, tmp_path / "log.pdf"))
    text = " ".join(pages)
    assert "Check-ins (200; private notes included)" in text
    assert "THE-END" in text  # the 5,000-character note is printed to its last word
    assert len(pages) >= 6
    _page_numbers_are_consistent(pages, skip_first=False)


def test_many_mentors_are_bookmarks_not_contents_lines(
    db: Database, program: ProgramData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf

    from coordinator.reports import year_end

    monkeypatch.setattr(year_end, "MOST_MENTORS_IN_CONTENTS", 1)
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, program.year_id), tmp_path / "y.pdf"
    )
    pages = pdf_pages(out)
    assert "Fatima Al-Sayed" not in pages[1]  # the contents page lists sections only
    assert "every one of them is listed in the PDF's bookmarks" in " ".join(pages)
    outline = pypdf.PdfReader(str(out)).outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    nested = [i.title for item in outline if isinstance(item, list) for i in item]
    assert titles == ["Summary", "Activity", "Compliance", "Outcomes", "Funds", "Mentor cohorts"]
    assert "Fatima Al-Sayed — Lincoln Elementary" in nested


def test_a_compact_contents_and_the_mentor_index_at_the_back(db: Database, tmp_path: Path) -> None:
    """The district demo's 150 mentors: the contents list only the sections, on top of the
    summary's page (above it, never under it); the mentors have index pages of their own at the
    back, each line giving the page of the mentor's cohort; every page is landscape."""
    import subprocess

    import pypdf

    from coordinator.demo import build_demo
    from coordinator.services.lookup import program_year_by_names

    build_demo(db)
    with db.reading() as s:
        year_id = program_year_by_names(s, "Teacher Induction", "2025-26").id
    out = generate_report(db, ReportRequest(ReportKind.YEAR_END, year_id), tmp_path / "y.pdf")
    pages = pdf_pages(out)
    contents = pages[1].split("Contents", 1)[1]
    assert re.search(
        r"Summary 2 Activity \d+ Compliance \d+ Outcomes \d+ Surveys \d+ Funds \d+ "
        r"Mentor cohorts \d+ "
        r"Mentor index",
        contents,
    )
    assert "mentees served" in pages[1]
    assert " — " not in contents  # no mentor in the contents
    box = subprocess.run(
        ["pdftotext", "-bbox", "-f", "2", "-l", "2", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<', box)
    index_line = max(float(y1) for y0, y1, w in words if w == "index")  # "Mentor index" listed
    served = min(float(y0) for y0, y1, w in words if w == "served")
    assert served > index_line  # the summary starts below the contents
    index_page = int(re.search(r"Mentor index (\d+)", contents).group(1))  # type: ignore[union-attr]
    assert index_page > 10
    reader = pypdf.PdfReader(str(out))
    assert {(p.mediabox.width, p.mediabox.height) for p in reader.pages} == {(792, 612)}
    lines = [
        line.strip()
        for page in reader.pages[index_page - 1 :]
        for line in page.extract_text().splitlines()
    ]
    for page in pages[index_page - 1 :]:
        assert "Hired Assigned" not in page  # no cohort table drawn under the index
    listed = [
        (line.split(" — ")[0], int(after))
        for line, after in itertools.pairwise(lines)
        if " — " in line and after.isdigit()
    ]
    assert len(listed) >= 100
    for mentor, page in listed[:: len(listed) // 10]:
        assert mentor in pages[page - 1]
        assert page < index_page
