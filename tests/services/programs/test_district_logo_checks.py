"""Logos are images and only images: SVG, damaged and truncated files are refused in words, and
a stored logo that no longer decodes is skipped with a note instead of failing a report."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from coordinator.db.engine import Database
from coordinator.db.models import Setting
from coordinator.errors import CoordinatorError
from coordinator.services.programs.district import (
    UNREADABLE_STORED_LOGO,
    district_identity,
    set_district_identity,
)

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")

SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>'


def _png(size: tuple[int, int] = (120, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (31, 78, 121)).save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("crest.svg", SVG, "is an SVG drawing"),
        ("crest.png", SVG, "is an SVG drawing"),  # an SVG under a picture's name
        ("crest.png", _png()[:-60], "save the logo again as PNG"),  # cut short in a download
        ("crest.png", _png()[:40] + b"\x00" * 200, "save the logo again as PNG"),  # damaged
    ],
)
def test_a_logo_that_is_not_a_whole_picture_is_refused_in_words(
    db: Database, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with db.transaction() as session, pytest.raises(CoordinatorError, match=words) as refused:
        set_district_identity(session, logo=path)
    assert name in str(refused.value)
    with db.reading() as session:
        assert district_identity(session).logo_png is None


def test_a_stored_logo_that_no_longer_decodes_is_skipped_with_a_note(
    db: Database, tmp_path: Path
) -> None:
    from cohort_builders import build_district
    from coordinator.reports.jobs import ReportKind, ReportRequest, generate_report

    district = build_district(db)
    broken = _png()[:50] + b"\xff" * 80  # a PNG header, then garbage
    with db.transaction() as session:
        session.merge(
            Setting(
                key="district_logo",
                value={"png": base64.b64encode(broken).decode(), "file_name": "crest.png"},
            )
        )
    with db.reading() as session:
        identity = district_identity(session)
    assert identity.logo_png is None
    assert identity.logo_note == UNREADABLE_STORED_LOGO
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, district.library_year_id), tmp_path / "y.pdf"
    )
    assert len(pypdf.PdfReader(str(out)).pages[0].images) == 0
