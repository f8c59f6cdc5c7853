"""The stipend request PDF: one page per mentor paid, read back with pypdf, rendered to PNG."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pypdf
import pytest

from coordinator import cli
from coordinator.db.engine import Database
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.pay import runs
from coordinator.services.pay.money import money, share
from pay_world import _log, _world


def test_one_signed_page_per_mentor_with_amount_hours_and_reason(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _world(db, TEXAS_MPA)
    for n in range(4):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
        _log(db, w, "zoe", dt.date(2025, 10, 6) + dt.timedelta(days=7 * n), 180)
    with db.transaction() as s:
        runs.adjust(s, w["year"], "fall", w["ben"], 3333, "Covered Ana's leave <2 days>")
        run_id = runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 5))
    out = tmp_path / "requests.pdf"
    assert cli.main(["--db", str(db.path), "pay", "request", str(run_id), "-o", str(out)]) == 0
    assert "2 stipend requests" in capsys.readouterr().out
    assert out.stat().st_mode & 0o077 == 0
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages]
    assert len(pages) == 2
    ana, ben = pages
    assert "Mentor stipend request" in ana
    assert "Ana Björk" in ana
    assert "M1" in ana
    assert "Amount requested $821.68" in ana
    assert "Contact hours logged 24 h" in ana
    assert "Zoë Şahin prorated 92 of 143 days" in ana
    for signer in ("Mentor signature", "Principal signature", "Program coordinator signature"):
        assert signer in ana
    assert "Covered Ana's leave <2 days>" in ben
    assert "$33.33" in ben
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
    )
    png = next(tmp_path.glob("page*.png"))
    assert png.stat().st_size > 5000


def test_a_draft_has_no_stipend_request(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _world(db, TEXAS_MPA)
    with db.transaction() as s:
        draft = runs.adjust(s, w["year"], "fall", w["ben"], 100, "x")
    out = tmp_path / "r.pdf"
    assert cli.main(["--db", str(db.path), "pay", "request", str(draft), "-o", str(out)]) == 1
    assert "approve it first" in capsys.readouterr().err
    assert not out.exists()


def test_one_page_per_campus_lists_each_mentor_paid_with_a_total(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coordinator.db.models import Campus, Person
    from pay_world import _person

    w = _world(db, TEXAS_MPA)
    for n in range(4):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
        _log(db, w, "zoe", dt.date(2025, 10, 6) + dt.timedelta(days=7 * n), 180)
    with db.transaction() as s:
        lincoln = Campus(code="101", name="Lincoln Elementary")
        zavala = Campus(code="102", name="Zavala Middle")
        s.add_all([lincoln, zavala])
        s.flush()
        for key, campus in (("ana", lincoln), ("ben", lincoln)):
            person = s.get(Person, w[key])
            assert person is not None
            person.campus_id = campus.id
        chloe = _person(s, "M3", "Chloé", "Durand")
        s.get(Person, chloe).campus_id = zavala.id  # type: ignore[union-attr]
        dara = _person(s, "M4", "Dara", "Kim")  # no campus on the roster
        runs.adjust(s, w["year"], "fall", w["ben"], 3333, "Covered Ana's leave")
        runs.adjust(s, w["year"], "fall", w["ana"], -1000, "Paid twice for one day")
        runs.adjust(s, w["year"], "fall", chloe, 12550, "Stood in as mentor for two weeks")
        runs.adjust(s, w["year"], "fall", dara, 2000, "Led the cohort meeting")
        run_id = runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 5))
        total = runs.run_view(s, run_id).total_cents
    out = tmp_path / "campus.pdf"
    argv = ["--db", str(db.path), "pay", "request", str(run_id), "-o", str(out)]
    assert cli.main([*argv, "--per", "campus"]) == 0
    assert "stipend requests for 3 campuses (4 mentors)" in capsys.readouterr().out
    assert out.stat().st_mode & 0o077 == 0
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages]
    assert len(pages) == 3
    lincoln_page, zavala_page, none_page = pages
    assert "Campus stipend request Lincoln Elementary · Pilot · Fall 2025-26" in lincoln_page
    ana_amount = 50000 + share(50000, 92, 143) - 1000
    assert "Ana Björk M1 2 24 h" in lincoln_page
    assert money(ana_amount) in lincoln_page
    assert "Adjusted by the coordinator: Paid twice for one day" in lincoln_page
    assert "Ben Okafor M2 0 0 h Adjusted by the coordinator: Covered Ana" in (lincoln_page)
    assert f"Total {money(ana_amount + 3333)}" in lincoln_page
    assert f"Amount requested for the campus: {money(ana_amount + 3333)}" in lincoln_page
    assert "Chloé Durand M3" in zavala_page
    assert "Total $125.50" in zavala_page
    assert "Campus stipend request No campus recorded" in none_page
    assert "Dara Kim M4" in none_page
    assert "Total $20.00" in none_page
    assert ana_amount + 3333 + 12550 + 2000 == total  # the campuses' totals are the run's
    for page in pages:
        assert "Mentor signature" in page
        assert "Principal signature" in page
        assert "Program coordinator signature" in page
        assert "Mentor stipend request" not in page
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(tmp_path / "campus")],
        check=True,
    )
    assert next(tmp_path.glob("campus*.png")).stat().st_size > 5000
