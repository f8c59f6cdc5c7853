"""A database on a locked USB stick or a read-only share opens read-only, with the reason said.

Before, SQLite could not make the shared-memory file a write-ahead-log database needs even to be
read, and every command and the window said the file "may be damaged".
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.services.safety.open_checks import OpenStatus, assess, open_assessed
from coordinator.ui.database_opening import open_checked
from district import build_district
from mounts import read_only_disk

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")

YEAR = ["--program", "Texas MPA", "--year", "2025-26"]


@pytest.fixture
def stick(db: Database, db_path: Path, tmp_path: Path) -> Path:
    """The district's database, copied onto a disk then mounted read-only."""
    build_district(db)
    db.dispose()
    with read_only_disk(tmp_path / "stick", {"coordinator.sqlite": db_path.read_bytes()}) as disk:
        yield disk / "coordinator.sqlite"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_commands_work_and_a_writer_is_told_why_not(
    stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(stick)
    assert main(["--db", str(stick), "check"]) == 0
    assert main(["--db", str(stick), "status", *YEAR]) == 0
    assert main(["--db", str(stick), "cohort", *YEAR]) == 0
    out = capsys.readouterr()
    assert "Database OK" in out.out
    assert "damaged" not in out.err + out.out
    assert main(["--db", str(stick), "enroll", *YEAR, "--role", "mentee", "N001"]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err.lower()
    assert "damaged" not in err
    assert "copy it to a folder you may write to" in err
    assert _digest(stick) == before


def test_the_assessment_opens_it_read_only_with_the_notice(stick: Path) -> None:
    assessment = assess(stick)
    assert assessment.status is OpenStatus.READ_ONLY_MEDIUM
    assert "open for reading only" in assessment.message
    db = open_assessed(assessment)
    try:
        assert db.read_only
        with db.reading() as s:
            assert s.query(Person).count() > 0
    finally:
        db.dispose()


def test_the_window_says_read_only_not_damaged(qtbot: QtBot, stick: Path) -> None:
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        shown.append(f"{box.windowTitle()}: {box.text()}")
        box.accept()

    QTimer.singleShot(50, read_and_close)
    db = open_checked(stick)
    assert db is not None
    try:
        assert db.read_only
        assert len(shown) == 1
        assert shown[0].startswith("Coordinator: opened read-only")
        assert "open for reading only" in shown[0]
        assert "damaged" not in shown[0]
    finally:
        db.dispose()
