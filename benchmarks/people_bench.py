"""People list at district-office scale: 100,000 people, loaded, sorted and filtered.

Prints each figure beside a baseline measured in the same run (median of repeats):
- loading the People rows vs. a bare SELECT of the same person columns;
- sorting the model by name / campus vs. Python's sorted() of the 100,000 names;
- one filter keystroke vs. a bare list comprehension over the same strings.

Run: PYTHONPATH=src QT_QPA_PLATFORM=offscreen python3 benchmarks/people_bench.py [--people N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import insert, text

from bench_figures import record
from coordinator.db.engine import Database
from coordinator.db.models import Campus, Enrollment, Person, Program, ProgramYear, Role
from coordinator.db.opening import open_database
from coordinator.services.compliance.packs import ensure_builtin_packs
from coordinator.services.people import list_people
from coordinator.ui.models.people_model import CAMPUS, NAME, PeopleModel

FIRST = ["Zoë", "Thị Lan", "Sean", "María", "José", "Aisha", "Wei", "Olga", "Kofi", "Ruth", "Ana"]
LAST = ["Nguyễn", "O'Brien", "García", "Smith", "Müller", "Okafor", "Li", "Şahin", "Brown", "Patel"]
POSITIONS = ["Teacher", "Librarian", "Counselor", "Aide", "Nurse", "Coach", "Diagnostician"]
REPEATS = 3


def median_seconds(work: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fill(db: Database, people: int) -> int:
    """Core inserts: campuses, people, one program year with 5% mentors and 10% mentees."""
    rng = random.Random(7)
    with db.transaction() as s:
        pack = next(iter(ensure_builtin_packs(s).values()))
        s.flush()
        program = Program(name="Teacher Induction", rule_pack_id=pack.id)
        year = ProgramYear(
            program=program,
            label="2025-26",
            start_date=dt.date(2025, 8, 1),
            end_date=dt.date(2026, 6, 1),
        )
        s.add_all([program, year])
        s.flush()
        s.execute(insert(Campus), [{"name": f"Campus {n:04d}"} for n in range(1, 1001)])
        rows = [
            {
                "employee_id": f"E{n:07d}",
                "first_name": rng.choice(FIRST),
                "last_name": f"{rng.choice(LAST)}{n % 97 or ''}",
                "position": rng.choice(POSITIONS),
                "campus_id": rng.randint(1, 1000),
                "email": f"person{n}@district.example",
            }
            for n in range(people)
        ]
        s.execute(insert(Person), rows)
        ids = list(range(1, people + 1))
        chosen = rng.sample(ids, people * 15 // 100)
        mentors = chosen[: people * 5 // 100]
        s.execute(
            insert(Enrollment),
            [
                {
                    "program_year_id": year.id,
                    "person_id": pid,
                    "role": Role.MENTOR if pid in set(mentors) else Role.MENTEE,
                }
                for pid in chosen
            ],
        )
        return year.id


def report(label: str, value: float, baseline_label: str, baseline: float) -> None:
    ratio = value / baseline if baseline else float("inf")
    print(
        f"{label:<38} {value * 1000:8.1f} ms   {baseline_label:<34} "
        f"{baseline * 1000:8.1f} ms   ratio {ratio:5.1f}x"
    )
    record(f"People: {label}", value, baseline, baseline_label=baseline_label)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("COORDINATOR_HOME", tempfile.mkdtemp(prefix="people-bench-"))
    QCoreApplication.instance() or QCoreApplication([])
    path = Path(tempfile.mkdtemp(prefix="people-bench-")) / "large.sqlite"
    db = open_database(path)
    start = time.perf_counter()
    year_id = fill(db, args.people)
    print(f"filled {args.people:,} people in {time.perf_counter() - start:.1f} s ({path})")

    def bare_select() -> object:
        with db.reading() as s:
            return s.execute(
                text(
                    "SELECT id, last_name, first_name, preferred_name, employee_id, email, "
                    "position, status, campus_id FROM person"
                )
            ).fetchall()

    def load() -> object:
        with db.reading() as s:
            return list_people(s, year_id)

    report(
        "load People rows (list_people)",
        median_seconds(load),
        "bare SELECT of person",
        median_seconds(bare_select),
    )

    with db.reading() as s:
        rows = list_people(s, year_id)
    model = PeopleModel()
    names = [r.name for r in rows]
    random.Random(3).shuffle(names)
    baseline_sort = median_seconds(lambda: sorted(names))
    report(
        "set_rows (sorted by name)",
        median_seconds(lambda: model.set_rows(rows)),
        "sorted() of the shuffled names",
        baseline_sort,
    )
    first_click = median_seconds(
        lambda: (model.set_rows(rows), model.sort(CAMPUS, Qt.SortOrder.AscendingOrder)), 1
    )
    report(
        "set_rows + first sort by campus",
        first_click,
        "sorted() of the shuffled names",
        baseline_sort,
    )
    report(
        "sort by campus again (header click)",
        median_seconds(lambda: model.sort(CAMPUS, Qt.SortOrder.DescendingOrder)),
        "sorted() of the shuffled names",
        baseline_sort,
    )
    model.sort(NAME, Qt.SortOrder.AscendingOrder)

    texts = [r.search_text for r in rows]
    typed = "nguyen e00012"

    def type_filter() -> None:
        for end in range(1, len(typed) + 1):
            model.set_filter(typed[:end])
        model.set_filter("")

    keystroke = median_seconds(type_filter) / (len(typed) + 1)
    baseline_scan = median_seconds(lambda: [t for t in texts if "n" in t])
    report(
        "one filter keystroke (typing 'nguyen e00012')",
        keystroke,
        "list comprehension 'in' scan",
        baseline_scan,
    )
    model.set_filter("nguyen e00012")
    print(f"'nguyen e00012' shows {model.visible_count:,} of {model.total_count:,} people")
    db.dispose()


if __name__ == "__main__":
    main()
