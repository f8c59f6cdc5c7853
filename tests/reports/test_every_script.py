"""Names in every script print in the PDFs: rendered to an image, each name's box has ink.

The year-end report lists mentees named in 22 scripts (and one with a character no font has);
each sits at a campus named after its script, so its table row is found by that Latin word in
`pdftotext -bbox`, and the page rendered by `pdftoppm` must have ink inside the name's box.
"""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from report_fixtures import ProgramData

from coordinator.db.engine import Database
from coordinator.db.models import Assignment, Campus, CampusLevel, Enrollment, Person, Role
from coordinator.reports.certificates import write_certificates
from coordinator.reports.fonts import BOLD, REGULAR, layout, register_fonts
from coordinator.reports.jobs import ReportKind, ReportRequest, generate_report
from coordinator.services.reporting.data import Certificate, ReportHeader
from pdf_boxes import Word, ink, render, words
from world_names import ARABIC, HEBREW, NO_FONT_CHARACTER, NO_FONT_NAME, WORLD_NAMES

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) not installed",
)
NAMES = {**WORLD_NAMES, "Nofont": NO_FONT_NAME}


def _add_world_mentees(db: Database, program: ProgramData) -> None:
    """One mentee per script, each at a campus called "<Script> Academy", on the first mentor."""
    with db.transaction() as session:
        for n, (script, (first, last)) in enumerate(NAMES.items()):
            campus = Campus(name=f"{script} Academy", level=CampusLevel.ELEMENTARY)
            person = Person(
                employee_id=f"W{n:04d}",
                first_name=first,
                last_name=last,
                email=f"world{n}@district.example",
                position="Teacher",
                campus=campus,
                hire_date=dt.date(2025, 8, 1),
            )
            session.add(person)
            session.flush()
            session.add(
                Enrollment(program_year_id=program.year_id, person_id=person.id, role=Role.MENTEE)
            )
            session.add(
                Assignment(
                    program_year_id=program.year_id,
                    mentee_id=person.id,
                    mentor_id=program.mentor_ids[0],
                    start_date=dt.date(2025, 8, 15),
                )
            )


def _name_boxes(found: list[Word]) -> dict[str, list[Word]]:
    """Each script's name words: the words left of its "<Script> Academy" campus cell."""
    boxes: dict[str, list[Word]] = {}
    for campus in (w for w in found if w.text == "Academy"):
        label = [
            w
            for w in found
            if w.page == campus.page and abs(w.y0 - campus.y0) < 6 and w.x1 < campus.x0
        ]
        script_word = max(label, key=lambda w: w.x0)
        if script_word.text in NAMES:
            boxes[script_word.text] = [
                w
                for w in found
                if w.page == campus.page
                and abs((w.y0 + w.y1) / 2 - (campus.y0 + campus.y1) / 2) < 8
                and w.x1 < script_word.x0
            ]
    return boxes


def test_the_year_end_report_draws_a_name_in_every_script(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    _add_world_mentees(db, program)
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, program.year_id), tmp_path / "y.pdf"
    )
    found = words(out)
    boxes = _name_boxes(found)
    assert set(boxes) == set(NAMES), set(NAMES) - set(boxes)
    assert len(NAMES) >= 16
    pages: dict[int, Image.Image] = {}
    for script, name_words in boxes.items():
        assert name_words, f"{script}: no text box left of its campus"
        page = name_words[0].page
        image = pages.setdefault(page, render(out, page, tmp_path))
        for word in name_words:  # every word of the name, not just one, has ink in its box
            assert ink(image, word.x0, word.y0, word.x1, word.y1) > 10, (script, word)
    # copy and search find each left-to-right name as typed, conjuncts and vowel signs too
    for script, (first, last) in WORLD_NAMES.items():
        if script not in ("Arabic", "Urdu", "Hebrew"):
            drawn = " ".join(w.text for w in sorted(boxes[script], key=lambda w: w.x0))
            assert drawn == f"{first} {last}", script
    # the box a missing glyph prints as is there, visible and extractable
    lee = next(w for w in boxes["Nofont"] if w.text.startswith("Lee"))
    assert lee.text == "Lee\u25a1"


def top(word: Word) -> float:
    return word.y0


def _visual(word: Word) -> str:
    """A word as drawn, left to right, with joined (presentation) forms back to letters."""
    return unicodedata.normalize("NFKC", word.text)


def test_arabic_and_hebrew_print_right_to_left_and_arabic_letters_join(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    _add_world_mentees(db, program)
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, program.year_id), tmp_path / "y.pdf"
    )
    boxes = _name_boxes(words(out))
    for script, logical in (("Arabic", ARABIC), ("Hebrew", HEBREW)):
        drawn = sorted(boxes[script], key=lambda w: w.x0)
        # left to right on the page: the last word first, each word's letters reversed
        assert [_visual(w) for w in drawn] == [w[::-1] for w in reversed(logical.split())]
    # joined forms, not the isolated letters an unshaped line prints: محمد drawn left to right
    # is dal final, meem medial, hah medial, meem initial
    first_name = max(boxes["Arabic"], key=lambda w: w.x0)
    assert first_name.text == "\ufeaa\ufee4\ufea4\ufee3"


def test_a_character_no_font_has_draws_a_box() -> None:
    register_fonts()
    for main in (REGULAR, BOLD):
        runs = layout(f"Lee{NO_FONT_CHARACTER} Kim", main)
        assert "".join(run.text for run in runs) == "Lee\u25a1 Kim"
        assert {run.font for run in runs} == {main}
        assert sum(run.advance for run in runs) > sum(r.advance for r in layout("Lee Kim", main))


def test_a_certificate_prints_each_recipient_in_their_script(tmp_path: Path) -> None:
    header = ReportHeader(
        district_name="Río Grande ISD",
        logo_png=None,
        program="Texas MPA",
        year="2025-26",
        generated_on=dt.date(2026, 6, 1),
        semesters=("Fall", "Spring"),
    )
    scripts = ["Korean", "Hindi", "Thai", "Arabic", "Amharic", "Emoji"]
    certificates = [
        Certificate(header, " ".join(WORLD_NAMES[s]), "mentee", 1200, "Fatima Al-Sayed")
        for s in scripts
    ]
    out = write_certificates(certificates, tmp_path / "certificates.pdf")
    found = words(out)
    for page, script in enumerate(scripts, start=1):
        image = render(out, page, tmp_path)
        certifies = next(w for w in found if w.page == page and w.text == "certifies")
        below = sorted((w for w in found if w.page == page and w.y0 > certifies.y1), key=top)
        recipient = [w for w in below if abs(w.y1 - below[0].y1) < 6]  # the next line down
        # the name's line (set large), one box per word of the name, each with ink
        assert len(recipient) == len(" ".join(WORLD_NAMES[script]).split()), (script, recipient)
        for word in recipient:
            assert word.y1 - word.y0 > 18, (script, word)
            assert ink(image, word.x0, word.y0, word.x1, word.y1) > 40, (script, word)


def test_an_emoji_with_a_skin_tone_prints_as_the_emoji_alone() -> None:
    register_fonts()
    toned = layout("Sam 👍🏽", REGULAR)
    assert "".join(run.text for run in toned) == "".join(run.text for run in layout("Sam 👍"))
