"""The district logo is kept in the database: it outlives its file; odd files are refused."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from coordinator.db.engine import Database
from coordinator.db.models import Setting
from coordinator.errors import CoordinatorError
from coordinator.services.programs.district import district_identity, set_district_identity

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")


def test_the_logo_stays_when_its_file_is_deleted(db: Database, tmp_path: Path) -> None:
    logo = tmp_path / "crest.png"
    Image.new("RGB", (300, 120), (31, 78, 121)).save(logo)
    with db.transaction() as session:
        set_district_identity(session, name="Lone Star ISD", logo=logo)
    logo.unlink()
    with db.reading() as session:
        identity = district_identity(session)
        stored = session.get(Setting, "district_logo")
        assert stored is not None
        kept = str(stored.value)
    assert identity.logo_name == "crest.png"
    assert identity.logo_png is not None
    assert identity.logo_png.startswith(b"\x89PNG")
    assert str(tmp_path) not in kept  # no path is kept, only the image


def test_a_huge_logo_is_scaled_down(db: Database, tmp_path: Path) -> None:
    logo = tmp_path / "big.jpg"
    Image.new("RGB", (3000, 1500), (200, 30, 30)).save(logo)
    with db.transaction() as session:
        identity = set_district_identity(session, logo=logo)
    assert identity.logo_png is not None
    with Image.open(io.BytesIO(identity.logo_png)) as kept:
        assert kept.size == (1200, 600)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.png", b"this is not an image", "is not a readable PNG, JPEG or GIF image"),
        ("logo.png", b"", "is not a readable PNG, JPEG or GIF image"),
    ],
)
def test_a_file_that_is_not_an_image_is_refused_with_its_name(
    db: Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with db.transaction() as session, pytest.raises(CoordinatorError, match=message) as refused:
        set_district_identity(session, logo=path)
    assert name in str(refused.value)
    with db.reading() as session:
        assert district_identity(session).logo_png is None


def test_a_decompression_bomb_is_refused_before_it_is_decoded(db: Database, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (10_000, 5_000)).save(bomb)  # a few kB on disk, 50 million pixels
    assert bomb.stat().st_size < 100_000
    with db.transaction() as session, pytest.raises(CoordinatorError, match="too large for a logo"):
        set_district_identity(session, logo=bomb)


def test_a_bmp_is_refused_whatever_its_name(db: Database, tmp_path: Path) -> None:
    disguised = tmp_path / "logo.png"
    Image.new("RGB", (40, 40)).save(disguised, format="BMP")
    with db.transaction() as session, pytest.raises(CoordinatorError, match="not a PNG, JPEG"):
        set_district_identity(session, logo=disguised)


def test_the_cover_prints_the_stored_logo_after_the_file_is_gone(
    db: Database, tmp_path: Path
) -> None:
    from cohort_builders import build_district
    from coordinator.reports.jobs import ReportKind, ReportRequest, generate_report

    district = build_district(db)
    logo = tmp_path / "crest.png"
    Image.new("RGB", (120, 60), (31, 78, 121)).save(logo)
    with db.transaction() as session:
        set_district_identity(session, logo=logo)
    logo.unlink()
    out = generate_report(
        db, ReportRequest(ReportKind.YEAR_END, district.library_year_id), tmp_path / "y.pdf"
    )
    assert len(pypdf.PdfReader(str(out)).pages[0].images) == 1
