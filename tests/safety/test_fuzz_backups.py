"""Mutated database files (flipped bytes, garbage ranges, truncation) given to restore and to open.

Every outcome is a sound result or a clear CoordinatorError: never a traceback, and the database
being restored into stays sound. The run is seeded and bounded in time.
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator.db.backup import integrity_errors
from coordinator.db.engine import Database
from coordinator.errors import CoordinatorError
from coordinator.services.safety import backups, restore
from coordinator.services.safety.open_checks import assess, open_assessed
from safety.population import populate

SEED = 1207
MAX_CASES = 120
MAX_SECONDS = 25.0

Mutation = Callable[[bytearray, random.Random], None]


def flip_bytes(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)


def garbage_range(data: bytearray, rng: random.Random) -> None:
    start = rng.randrange(len(data))
    length = rng.randint(1, 3000)
    data[start : start + length] = rng.randbytes(len(data[start : start + length]))


def truncate(data: bytearray, rng: random.Random) -> None:
    del data[rng.randrange(len(data)) :]


def header_field(data: bytearray, rng: random.Random) -> None:
    """The 100-byte header holds page size, counts and the schema cookie: hit it hard."""
    data[rng.randrange(16, 100)] = rng.randrange(256)


def zero_page(data: bytearray, rng: random.Random) -> None:
    page = rng.randrange(max(len(data) // 4096, 1))
    data[page * 4096 : (page + 1) * 4096] = bytes(len(data[page * 4096 : (page + 1) * 4096]))


MUTATIONS: list[Mutation] = [flip_bytes, garbage_range, truncate, header_field, zero_page]


@pytest.fixture
def sample_backup(db: Database) -> Path:
    populate(db, 120, 80)
    return backups.make_backup(db, "manual").path


def _cases(sample: Path, folder: Path) -> list[tuple[str, Path]]:
    rng = random.Random(SEED)
    original = sample.read_bytes()
    cases = []
    for i in range(MAX_CASES):
        mutation = rng.choice(MUTATIONS)
        data = bytearray(original)
        mutation(data, rng)
        path = folder / f"case-{i:03d}.sqlite"
        path.write_bytes(bytes(data))
        cases.append((mutation.__name__, path))
    return cases


@pytest.mark.slow
def test_restoring_mutated_backups_is_a_restore_or_a_clear_refusal(
    db: Database, sample_backup: Path, tmp_path: Path
) -> None:
    assert db.path is not None
    db.dispose()
    folder = tmp_path / "mutated"
    folder.mkdir()
    outcomes: dict[str, int] = {"restored": 0, "refused": 0}
    messages: list[str] = []
    deadline = time.monotonic() + MAX_SECONDS
    for _name, case in _cases(sample_backup, folder):
        if time.monotonic() > deadline:
            break
        try:
            backups.list_backups(folder=folder)  # the list reads every file without failing
            restore.restore(db.path, case)
            outcomes["restored"] += 1
        except CoordinatorError as exc:
            messages.append(str(exc))
            outcomes["refused"] += 1
        assert integrity_errors(db.path) == [], case.name
    print(outcomes, sorted({m.split(" ", 3)[-1][:60] for m in messages})[:8])
    assert [m for m in messages if not m.endswith(".") or "\n" in m or "***" in m] == []
    assert not [m for m in messages if "disk space" in m]  # damage is not blamed on the disk
    assert outcomes["restored"] + outcomes["refused"] >= 40
    assert outcomes["refused"] > 0


@pytest.mark.slow
def test_opening_mutated_databases_gives_an_assessment_never_a_traceback(
    sample_backup: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mutated"
    folder.mkdir()
    statuses: dict[str, int] = {}
    deadline = time.monotonic() + MAX_SECONDS
    for _name, case in _cases(sample_backup, folder):
        if time.monotonic() > deadline:
            break
        target = tmp_path / "open" / case.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(case, target)
        assessment = assess(target)
        statuses[assessment.status.value] = statuses.get(assessment.status.value, 0) + 1
        assert assessment.status.value in {"ok", "damaged", "not_coordinator", "unreadable"}
        if assessment.can_open:
            try:
                opened = open_assessed(assessment)
            except CoordinatorError:
                continue
            opened.dispose()
    print(statuses)
    assert sum(statuses.values()) >= 40
    assert len(statuses) >= 2, statuses
