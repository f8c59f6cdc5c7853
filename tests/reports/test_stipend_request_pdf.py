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
