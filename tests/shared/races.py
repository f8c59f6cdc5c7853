"""Two real processes at a barrier, each a coordinator with their own connection.

A race test builds its database once (a template: a SQLite file, or a PostgreSQL database on the
test server) and starts two worker processes once. Each repetition copies the template (a file
copy, or `CREATE DATABASE ... TEMPLATE`) and sends each worker its side: the worker opens the copy
itself with its own connection, does what the coordinator did beforehand (read a draft, open a
dialog and type), waits at one Barrier with the other process and then acts at the same moment.
What each got back (done, refused in words, or an unexpected error) comes back to the test, which
asserts the invariants on what the copy holds.
"""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection
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
from coordinator.tools.private_files import create_private_file
from pg_server import throwaway_database

REPETITIONS = int(os.environ.get("RACE_REPETITIONS", "5"))  # CI runs 50 (.ci/run)
BARRIER_SECONDS = 60
Job = Callable[[Database], str]
Go = Callable[[], str]  # a side's action, run the moment both processes are at the barrier
Prepare = Callable[[str, Database], Go]  # what the side does before: open, read, type


@dataclass(frozen=True)
class Outcome:
    kind: str  # done, refused, error
    words: str


@dataclass(frozen=True)
class Template:
    """A database built once for a test; every repetition races on a fresh copy of it."""

    engine: str
    target: str  # a file path, or a PostgreSQL URL
    folder: Path

    @contextmanager
    def copy(self) -> Iterator[str]:
        if self.engine == "sqlite":
            path = self.folder / f"race-{uuid.uuid4().hex[:8]}.sqlite"
            create_private_file(path)
            with (
                closing(sqlite3.connect(self.target)) as source,
                closing(sqlite3.connect(path)) as copy,
            ):
                source.backup(copy)
            yield str(path)
            return
        with throwaway_database("coordinator_race", template=self.target) as url:
            yield url


@contextmanager
def template_database(
    engine: str, tmp_path: Path, build: Callable[[Database], Any]
) -> Iterator[Any]:
    """A migrated database that `build` fills; yields (Template, what `build` returned). Its
    connections are closed before the first copy (PostgreSQL copies only an unused database)."""
    if engine == "sqlite":
        target = str(tmp_path / "race-template.sqlite")
        yield _built(Template(engine, target, tmp_path), build)
        return
    with throwaway_database("coordinator_race_template") as url:
        yield _built(Template(engine, url, tmp_path), build)


def _built(template: Template, build: Callable[[Database], Any]) -> tuple[Template, Any]:
    db = open_database(template.target)
    try:
        return template, build(db)
    finally:
        db.dispose()


def _at_once(job: Job, _target: str, db: Database) -> Go:
    return functools.partial(job, db)


def at_once(job: Job) -> Prepare:
    """A side with nothing to do before the barrier: it runs `job` on its connection after it."""
    return functools.partial(_at_once, job)


def _one_side(target: str, prepare: Prepare, barrier: Any) -> Outcome:
    try:
        db = open_database(target)
    except Exception as exc:
        barrier.abort()  # the other side is released at once, not after BARRIER_SECONDS
        return Outcome("error", f"opening: {type(exc).__name__}: {exc}")
    try:
        try:
            go = prepare(target, db)
        except Exception as exc:
            barrier.abort()
            return Outcome("error", f"before the barrier: {type(exc).__name__}: {exc}")
        try:
            barrier.wait(BARRIER_SECONDS)
            return Outcome("done", go())
        except CoordinatorError as exc:
            return Outcome("refused", str(exc))
        except Exception as exc:  # the test fails on this, naming it
            return Outcome("error", f"{type(exc).__name__}: {exc}")
    finally:
        db.dispose()


def _serve(barrier: Any, tasks: Connection) -> None:
    """A worker process: one side of a race per task, until told to stop (None)."""
    while (task := tasks.recv()) is not None:
        target, prepare = task
        tasks.send(_one_side(target, prepare, barrier))


class Racers:
    """Two worker processes, started once for a test, that race on each repetition's copy."""

    def __init__(self, start_method: str) -> None:
        context = multiprocessing.get_context(start_method)
        self._barrier = context.Barrier(2)
        self._pipes: list[Connection] = []
        self._workers = []
        for _ in range(2):
            ours, theirs = context.Pipe()
            worker = context.Process(target=_serve, args=(self._barrier, theirs), daemon=True)
            worker.start()
            theirs.close()
            self._pipes.append(ours)
            self._workers.append(worker)

    def race(self, target: str, first: Prepare, second: Prepare) -> list[Outcome]:
        """Each worker prepares its side on `target`; both act together at the barrier."""
        for pipe, side in zip(self._pipes, (first, second), strict=True):
            pipe.send((target, side))
        outcomes = []
        for pipe in self._pipes:
            if not pipe.poll(BARRIER_SECONDS * 2):
                raise AssertionError(f"a racer gave no outcome in {BARRIER_SECONDS * 2} s")
            outcomes.append(pipe.recv())
        if self._barrier.broken:  # both sides are back: ready for the next repetition
            self._barrier.reset()
        return outcomes

    def stop(self) -> None:
        for pipe in self._pipes:
            with suppress(OSError):  # that worker is gone already
                pipe.send(None)
        for worker in self._workers:
            worker.join(10)
            if worker.is_alive():
                worker.terminate()
                worker.join(10)


@contextmanager
def racers(start_method: str = "fork") -> Iterator[Racers]:
    """Two racing processes for one test: forked, or spawned where one side shows a Qt dialog
    (Qt must start afresh in a process of its own)."""
    started = Racers(start_method)
    try:
        yield started
    finally:
        started.stop()


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


# --- sides that get ready first (a draft read, a dialog opened and typed in) ------------------

CLI_HEAD_START = 0.25  # seconds: about what `coordinator mentor` takes to reach its save


def dialog_saves_capacity(
    person_id: int, year_id: int, capacity: int, _target: str, db: Database
) -> Go:
    """A coordinator opens the mentor's profile in the window, types a capacity; Go is Save."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent
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
        try:
            if dialog.result() == QDialog.DialogCode.Accepted:
                return "dialog saved"
            if dialog.isVisible() and dialog.stale.isVisible():
                return (
                    f"dialog stale: {dialog.stale.message.text()} "
                    f"(still open, capacity {dialog.capacity.value()} kept)"
                )
            return "dialog neither saved nor stale"
        finally:  # the worker lives on for the next repetition: this dialog goes now
            dialog.close()
            dialog.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

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
