"""Shared fixtures: every test gets its own home folder and, when asked, its own SQLite file."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine
from hypothesis import settings

from coordinator.db.engine import Database
from coordinator.db.opening import open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the property tests on a fixed sequence of examples, so a run is repeatable; locally they
# explore new examples every time.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


# COORDINATOR_TEST_TODAY=2026-03-15 (or --today 2026-03-15) runs the whole session with the clock
# on that day (ticking from its noon): a test that passes only because today is after the year it
# models fails then. CI runs the rule and dashboard tests at four dates across the 2025-26 year.
TODAY_VARIABLE = "COORDINATOR_TEST_TODAY"
_traveller: list[time_machine.travel] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--today",
        metavar="YYYY-MM-DD",
        help=f"run every test with the clock on this day (also the {TODAY_VARIABLE} variable)",
    )


def pytest_configure(config: pytest.Config) -> None:
    day = config.getoption("--today") or os.environ.get(TODAY_VARIABLE)
    if not day:
        return
    try:
        noon = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(12))
    except ValueError:
        raise pytest.UsageError(
            f"--today / {TODAY_VARIABLE}: {day!r} is not a date like 2026-03-15"
        ) from None
    traveller = time_machine.travel(noon, tick=True)
    traveller.start()
    _traveller.append(traveller)


def pytest_unconfigure(config: pytest.Config) -> None:
    while _traveller:
        _traveller.pop().stop()


def pytest_report_header(config: pytest.Config) -> str | None:
    return f"clock travelled to {dt.date.today().isoformat()}" if _traveller else None


@pytest.fixture(autouse=True)
def pinned_today(request: pytest.FixtureRequest) -> Iterator[dt.date | None]:
    """`@pytest.mark.today("2026-07-15")` on a test (or `pytestmark` on a module) puts the clock on
    that day for it, whatever day the session runs on: what the rules say then is what is asserted.
    """
    marker = request.node.get_closest_marker("today")
    if marker is None:
        yield None
        return
    day = dt.date.fromisoformat(str(marker.args[0]))
    with time_machine.travel(dt.datetime.combine(day, dt.time(12)), tick=True):
        yield day


@pytest.fixture(autouse=True)
def coordinator_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, logs, backups and settings at a temp folder; never touch the user's files."""
    home = tmp_path / "home"
    monkeypatch.setenv("COORDINATOR_HOME", str(home))
    monkeypatch.delenv("COORDINATOR_DB", raising=False)
    # amounts as US English writes them, whatever this machine's locale ($1,234.50)
    monkeypatch.setenv("COORDINATOR_LOCALE", "en_US")
    # certificates and logs in English, whatever this machine's language (tools/translations.py);
    # "C", not "en_US": Qt reads LANGUAGE too, and en_US with C formats wrote dates "5 01 2026"
    monkeypatch.setenv("LANGUAGE", "C")
    from coordinator.services.pay.money import use_locale

    use_locale("en_US")
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coordinator.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database file for this test."""
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database on the test server named by COORDINATOR_TEST_PG_URL."""
    from pg_server import throwaway_database

    with throwaway_database() as url:
        yield url
