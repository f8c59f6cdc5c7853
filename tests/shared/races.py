"""Two real processes at a barrier, each a coordinator with their own connection.

Each race gets a fresh database (a SQLite file, or a PostgreSQL database on the test server),
its workers open it themselves after the fork, wait at one Barrier and then do the same thing
at once; what each got back (done, refused in words, or an unexpected error) comes back to the
test, which then asserts the invariants on what the database holds.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from tests.cohort_builders import YEAR_START, make_year, person

from coordinator.db.engine import Database
from coordinator.db.models import Assignment, Person, ProgramYear, Role
from coordinator.db.opening import open_database
from coordinator.errors import CoordinatorError
from coordinator.services.cohorts import mentors
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.programs import programs
from pg_server import throwaway_database

REPETITIONS = int(os.environ.get("RACE_REPETITIONS", "5"))
BARRIER_SECONDS = 60
Job = Callable[[Database], str]


@dataclass(frozen=True)
class Outcome:
    kind: str  # done, refused, error
    words: str


@contextmanager
def fresh_target(engine: str, tmp_path: Path) -> Iterator[str]:
    """A new, empty database for one repetition: a file path, or a PostgreSQL URL."""
    if engine == "sqlite":
        yield str(tmp_path / f"race-{uuid.uuid4().hex[:8]}.sqlite")
        return
    with throwaway_database("coordinator_race") as url:
        yield url


def _worker(target: str, job: Job, barrier: Any, results: Any) -> None:
    db = open_database(target)
    try:
        barrier.wait(BARRIER_SECONDS)
        results.put(Outcome("done", job(db)))
    except CoordinatorError as exc:
        results.put(Outcome("refused", str(exc)))
    except Exception as exc:  # the test fails on this, naming it
        results.put(Outcome("error", f"{type(exc).__name__}: {exc}"))
    finally:
        db.dispose()


def race(target: str, first: Job, second: Job) -> list[Outcome]:
    """Run `first` and `second` in two processes released together; their outcomes."""
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(target=_worker, args=(target, job, barrier, results))
        for job in (first, second)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=BARRIER_SECONDS * 2) for _ in workers]
    for worker in workers:
        worker.join(BARRIER_SECONDS)
    return outcomes


@dataclass(frozen=True)
class Cohort:
    year_id: int
    mentor_ids: list[int]
    mentee_ids: list[int]


def build_cohort(db: Database, *, mentors_count: int, capacity: int, mentees: int) -> Cohort:
    """A local program year: mentors with a caseload cap, mentees waiting for one."""
    with db.transaction() as session:
        year = make_year(session, "Library cohort", LOCAL_PROGRAM)
        mentor_ids = []
        for i in range(mentors_count):
            mentor = person(session, f"M{i:03d}", position="Library Services Coordinator")
            mentors.edit_mentor_profile(session, mentor.id, years_experience=10, capacity=capacity)
            mentor_ids.append(mentor.id)
        programs.enroll(session, year, mentor_ids, Role.MENTOR)
        mentee_ids = [
            person(
                session,
                f"N{i:03d}",
                position="School Librarian",
                hire_date=YEAR_START - dt.timedelta(days=10),
            ).id
            for i in range(mentees)
        ]
        programs.enroll(session, year, mentee_ids, Role.MENTEE)
        return Cohort(year.id, mentor_ids, mentee_ids)


def year_of(session: Any, year_id: int) -> ProgramYear:
    year = session.get(ProgramYear, year_id)
    assert year is not None
    return year


def broken_invariants(db: Database, capacity: int) -> list[str]:
    """What the database holds that must never be: empty when the invariants hold."""
    with db.reading() as session:
        open_rows = select(Assignment).where(Assignment.end_date.is_(None)).subquery()
        twice = session.execute(
            select(open_rows.c.program_year_id, open_rows.c.mentee_id)
            .group_by(open_rows.c.program_year_id, open_rows.c.mentee_id)
            .having(func.count() > 1)
        ).all()
        over = session.execute(
            select(open_rows.c.mentor_id, func.count())
            .group_by(open_rows.c.program_year_id, open_rows.c.mentor_id)
            .having(func.count() > capacity)
        ).all()
        email = func.lower(func.trim(Person.email))
        duplicates = session.execute(
            select(email, func.count())
            .where(Person.email.is_not(None))
            .group_by(email)
            .having(func.count() > 1)
        ).all()
        ids = session.execute(
            text(
                "SELECT employee_id FROM person WHERE employee_id IS NOT NULL "
                "GROUP BY employee_id HAVING count(*) > 1"
            )
        ).all()
    return [
        *(f"mentee {m} has two open assignments" for _y, m in twice),
        *(f"mentor {m} carries {n} over {capacity}" for m, n in over),
        *(f"{n} people share an e-mail" for _e, n in duplicates),
        *(f"employee ID {e} twice" for (e,) in ids),
    ]


# --- races whose sides get ready first (a dialog opened and typed in before the barrier) ------

Go = Callable[[], str]
CLI_HEAD_START = 0.25  # seconds: about what `coordinator mentor` takes to reach its save
Prepare = Callable[[str, Database], Go]


def _prepared_worker(target: str, prepare: Prepare, barrier: Any, results: Any) -> None:
    db = open_database(target)
    try:
        go = prepare(target, db)  # what the coordinator did before: opened, read, typed
        barrier.wait(BARRIER_SECONDS)
        results.put(Outcome("done", go()))
    except CoordinatorError as exc:
        results.put(Outcome("refused", str(exc)))
    except Exception as exc:  # the test fails on this, naming it
        results.put(Outcome("error", f"{type(exc).__name__}: {exc}"))
    finally:
        db.dispose()


def race_prepared(target: str, first: Prepare, second: Prepare) -> list[Outcome]:
    """Like `race`, but each side prepares before the barrier and acts after it. The processes
    are spawned, not forked: one of them shows a real dialog, and Qt must start afresh."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(target=_prepared_worker, args=(target, prepare, barrier, results))
        for prepare in (first, second)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=BARRIER_SECONDS * 2) for _ in workers]
    for worker in workers:
        worker.join(BARRIER_SECONDS)
    return outcomes


def dialog_saves_capacity(
    person_id: int, year_id: int, capacity: int, _target: str, db: Database
) -> Go:
    """A coordinator opens the mentor's profile in the window, types a capacity; Go is Save."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QDialog

    from coordinator.ui.context import AppContext
    from coordinator.ui.dialogs.mentor_profile_dialog import MentorProfileDialog

    app = QApplication.instance() or QApplication([])
    dialog = MentorProfileDialog(AppContext(db), person_id, year_id)
    dialog.show()
    dialog.capacity.setValue(capacity)

    def save() -> str:
        # The command line still has to start its work after the barrier (read its arguments,
        # open the database): a pause of up to that long lets either side be first.
        time.sleep(random.uniform(0, CLI_HEAD_START))
        dialog.buttons.buttons()[0].click()
        app.processEvents()
        if dialog.result() == QDialog.DialogCode.Accepted:
            return "dialog saved"
        if dialog.isVisible() and dialog.stale.isVisible():
            return (
                f"dialog stale: {dialog.stale.message.text()} "
                f"(still open, capacity {dialog.capacity.value()} kept)"
            )
        return "dialog neither saved nor stale"

    return save


def cli_sets_capacity(
    employee_id: str, version: int, capacity: int, target: str, _db: Database
) -> Go:
    """Another coordinator types `coordinator mentor ID --capacity N --if-version V`."""
    import contextlib
    import io

    from coordinator.cli import main

    def run() -> str:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(
                [
                    *("--db", target, "mentor", employee_id),
                    *("--capacity", str(capacity), "--if-version", str(version)),
                ]
            )
        return f"cli exit {code}: {err.getvalue().strip()}"

    return run
