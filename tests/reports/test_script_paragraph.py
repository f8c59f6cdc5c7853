"""A paragraph in any script wraps inside its column and splits across pages like a Paragraph."""

from __future__ import annotations

from pathlib import Path

import pypdf
from reportlab.platypus import SimpleDocTemplate

from coordinator.reports.fonts import string_width
from coordinator.reports.script_paragraph import ScriptParagraph
from coordinator.reports.styles import para, styles
from world_names import full_names

NOTE = " ".join(full_names().values())  # every script in one long note


def test_a_long_note_wraps_inside_its_column() -> None:
    style = styles().body
    paragraph = ScriptParagraph(NOTE, style)
    _width, height = paragraph.wrap(200, 1000)
    assert paragraph.lines is not None
    assert len(paragraph.lines) > 5
    assert height == len(paragraph.lines) * style.leading
    for line in paragraph.lines:
        assert string_width(line, style.fontName, style.fontSize) <= 200
    assert " ".join(paragraph.lines).split() == NOTE.split()  # nothing lost at the breaks


def test_a_note_longer_than_the_page_splits_and_every_word_prints(tmp_path: Path) -> None:
    style = styles().body
    paragraph = ScriptParagraph(NOTE, style)
    paragraph.wrap(200, 1000)
    head, tail = paragraph.split(200, style.leading * 2.5)
    assert head.lines is not None
    assert len(head.lines) == 2
    assert tail.lines is not None
    assert head.lines + tail.lines == paragraph.lines
    out = tmp_path / "notes.pdf"
    story = [para(f"{NOTE} {n}", style) for n in range(40)]  # several pages of notes
    SimpleDocTemplate(str(out)).build(story)
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) > 2
    last = " ".join(reader.pages[-1].extract_text().split())
    assert last.endswith("Sunny Day 39")  # the emoji is drawn; pypdf reads no text for it
