"""Match all against the greedy baseline on a large district: time and total preference score.

A Texas program year with 10,000 unassigned mentees and 5,000 mentors (caps of 2 or 4), built with
Core bulk inserts into a temporary SQLite file. Each repeat times the solver alone and the whole
draft (reading the database, solving, explaining every pair); medians of 3 repeats are printed
beside the greedy loop (each mentee in turn takes its best mentor with room) on the same data.
The solver's CPU time is printed too: on a shared machine it varies far less than wall time.

    PYTHONPATH=src python3 benchmarks/match_bench.py [--mentees 10000] [--mentors 5000]
    PYTHONPATH=src python3 benchmarks/match_bench.py --demo   # the `large` demo district instead

With --demo the data is `build_demo(scale="large")` with every Texas assignment removed, so all of
its 10,000 mentees wait for a mentor among its own mentors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete, insert, select

from bench_figures import record
from coordinator.db.engine import Database
from coordinator.db.models import (
    Assignment,
    Campus,
    CampusLevel,
    Enrollment,
    EnrollmentStatus,
    MentorProfile,
    MentorTraining,
    Person,
    Program,
    ProgramYear,
    Role,
    TrainingKind,
)
from coordinator.db.opening import open_database
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.matching import pool, suggest
from coordinator.services.matching.exact import match_all
from coordinator.services.matching.solver import greedy, total_score
from coordinator.services.programs import programs
from coordinator.services.programs.match_weights import weights_for

START = dt.date(2025, 8, 11)
SUBJECTS = [
    "Math", "English", "Science", "Social Studies", "Art", "Music",
    "Physical Education", "Spanish", "Special Education", "Computer Science",
]  # fmt: skip
LEVELS = [CampusLevel.ELEMENTARY, CampusLevel.MIDDLE, CampusLevel.HIGH]


def position(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.03:
        return "School Librarian"
    if roll < 0.05:
        return "School Counselor"
    return "Teacher"


def build(db: Database, n_mentees: int, n_mentors: int, seed: int = 11) -> int:
    """Fill the database; returns the program year id."""
    rng = random.Random(seed)
    n_campuses = max(10, (n_mentees + n_mentors) // 60)
    with db.transaction() as session:
        program = programs.create_program(session, "Texas MPA", rule_pack=TEXAS_MPA)
        year = programs.create_year(session, program, "2025-26", START, dt.date(2026, 5, 29))
        year_id = year.id
        session.execute(
            insert(Campus),
            [
                {"code": f"C{i}", "name": f"Campus {i}", "level": LEVELS[i % 3],
                 "region": f"Region {i % 12}", "version": 1}
                for i in range(n_campuses)
            ],
        )  # fmt: skip
    with db.transaction() as session:
        people = []
        for i in range(n_mentors + n_mentees):
            mentor = i < n_mentors
            people.append(
                {
                    "employee_id": f"E{i:06d}",
                    "first_name": f"F{i}",
                    "last_name": f"L{i}",
                    "position": position(rng),
                    "subject": rng.choice(SUBJECTS),
                    "grade": str(rng.randrange(0, 13)),
                    "campus_id": rng.randrange(n_campuses) + 1,
                    "hire_date": START - dt.timedelta(days=rng.randrange(0, 30)),
                    "supervisor_id": rng.randrange(n_mentors) + 1 if not mentor else None,
                    "status": "active",
                    "version": 1,
                }
            )
        session.execute(insert(Person), people)
        session.execute(
            insert(MentorProfile),
            [
                {"id": i + 1, "person_id": i + 1, "years_experience": rng.randrange(1, 25),
                 "teaches_six_hours": rng.random() < 0.4, "notes": "", "version": 1}
                for i in range(n_mentors)
            ],
        )  # fmt: skip
        # The approved training and the district's own, the same day (both are due before the
        # year begins); a few mentors finished after it began and are not eligible.
        trained = [START - dt.timedelta(days=rng.randrange(-20, 400)) for _ in range(n_mentors)]
        session.execute(
            insert(MentorTraining),
            [
                {"profile_id": i + 1, "name": name, "completed_on": day, "kind": kind}
                for i, day in enumerate(trained)
                for kind, name in ((TrainingKind.APPROVED, "Mentor training"),
                                   (TrainingKind.DISTRICT, "District mentor training"))
            ],
        )  # fmt: skip
        session.execute(
            insert(Enrollment),
            [
                {"program_year_id": year_id, "person_id": i + 1,
                 "role": Role.MENTOR if i < n_mentors else Role.MENTEE,
                 "year_in_program": 1, "status": EnrollmentStatus.ACTIVE, "version": 1}
                for i in range(n_mentors + n_mentees)
            ],
        )  # fmt: skip
    return year_id


def build_from_demo(db: Database) -> int:
    """The large demo district with every Texas assignment removed; returns the year id."""
    from coordinator.demo import TEXAS_PROGRAM, build_demo

    build_demo(db, scale="large")
    with db.transaction() as session:
        year_id = session.scalar(
            select(ProgramYear.id).join(Program).where(Program.name == TEXAS_PROGRAM)
        )
        assert year_id is not None
        session.execute(delete(Assignment).where(Assignment.program_year_id == year_id))
    return int(year_id)


def one_repeat(db: Database, year_id: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    with db.reading() as session:
        year = programs.year_by_id(session, year_id)
        weights = weights_for(year.program.match_weights)
        for name, solve in (("match_all", match_all), ("greedy", greedy)):
            loaded = pool.load_pool(session, year)
            started, cpu = time.perf_counter(), time.process_time()
            solution = solve(loaded.pool, weights)
            figures[f"{name}_solve_s"] = time.perf_counter() - started
            figures[f"{name}_cpu_s"] = time.process_time() - cpu
            figures[f"{name}_score"] = total_score(
                loaded.pool, loaded.start_load, solution.mentor_of, weights
            )
            figures[f"{name}_matched"] = float((solution.mentor_of >= 0).sum())
        for name, baseline in (("match_all", False), ("greedy", True)):
            started = time.perf_counter()
            suggest.draft_match(session, year, baseline=baseline)
            figures[f"{name}_draft_s"] = time.perf_counter() - started
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentees", type=int, default=10_000)
    parser.add_argument("--mentors", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--demo", action="store_true", help="use the large demo district")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        started = time.perf_counter()
        year_id = build_from_demo(db) if args.demo else build(db, args.mentees, args.mentors)
        with db.reading() as session:
            year = programs.year_by_id(session, year_id)
            loaded = pool.load_pool(session, year)
        print(
            f"built {len(loaded.mentees)} unassigned mentees and {len(loaded.mentors)} mentors "
            f"in {time.perf_counter() - started:.1f} s"
        )
        runs = [one_repeat(db, year_id) for _ in range(args.repeats)]
        db.dispose()
    med = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    print(f"median of {args.repeats} repeats")
    print(f"{'':28}{'Match all':>12}{'greedy':>12}{'ratio':>10}")
    for key, label, fmt in (
        ("solve_s", "solver time (s)", "{:12.2f}"),
        ("cpu_s", "solver CPU time (s)", "{:12.2f}"),
        ("draft_s", "whole draft (s)", "{:12.2f}"),
        ("score", "total preference score", "{:12.1f}"),
        ("matched", "mentees matched", "{:12.0f}"),
    ):
        a, g = med[f"match_all_{key}"], med[f"greedy_{key}"]
        ratio = a / g if g else float("nan")
        print(f"{label:28}{fmt.format(a)}{fmt.format(g)}{ratio:10.3f}")
        unit = "s" if key.endswith("_s") else key
        name = f"Match all {args.mentees:,}x{args.mentors:,}: {label}"
        record(name, a, g, unit=unit, baseline_label="greedy")


if __name__ == "__main__":
    main()
