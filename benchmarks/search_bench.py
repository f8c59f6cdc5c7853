"""Filtering 100,000 names with the word matcher, beside a plain `str.lower() in` scan.

    PYTHONPATH=src python3 benchmarks/search_bench.py [--people 100000]

The matcher's keys are worked out once (as a list refresh does); each query is then timed from
scratch (a fresh `SearchQuery`, every row tested) against `[n for n in names if q in n.lower()]`,
which lowers each name on every keystroke and knows neither accents nor word order. Typing on
uses `RowFinder`, which re-tests only the rows shown a moment ago. Medians of 5.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from bench_figures import record
from coordinator.tools.word_search import RowFinder, SearchQuery, search_key

REPEATS = 5
FIRST = ("Zoë", "Ana", "Thị Lan", "Siobhán", "José", "Mary-Kate", "Γιώργος", "Ёлка", "Wei", "Kofi")
LAST = ("Björk", "Nguyễn", "O'Brien", "García", "Smith-Jones", "Παπαδόπουλος", "Иванова", "Şahin")
CAMPUS = ("Alamo Elementary", "Bowie Middle", "Crockett High", "Lamar High School")


def median_seconds(action: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def people(count: int) -> list[str]:
    rng = random.Random(7)
    return [
        f"{rng.choice(FIRST)} {rng.choice(LAST)}{n % 97 or ''} E{n:06d} {rng.choice(CAMPUS)}"
        for n in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    count = parser.parse_args().people
    names = people(count)
    build = median_seconds(lambda: [search_key(n) for n in names])
    keys = [search_key(n) for n in names]
    lowered = median_seconds(lambda: [n.lower() for n in names])
    print(f"{count:,} people, median of {REPEATS}")
    print(
        f"  keys, once per refresh: {build * 1000:7.1f} ms  (lower() of every name: "
        f"{lowered * 1000:.1f} ms, ratio {build / lowered:.2f})"
    )
    print(f"  {'query':<12} {'matcher':>10} {'lower() in':>11} {'ratio':>6}  rows")
    for typed in ("b", "bjork", "ana bj", "ngu", "obrien", "e0999"):
        query = SearchQuery.parse(typed)
        ours = median_seconds(lambda q=query: q.filter(keys))
        lowered_query = typed.lower()
        plain = median_seconds(lambda t=lowered_query: [n for n in names if t in n.lower()])
        shown = len(query.filter(keys))
        print(
            f"  {typed!r:<12} {ours * 1000:8.1f} ms {plain * 1000:8.1f} ms {ours / plain:6.2f}"
            f"  {shown:,}"
        )
        record(f"filter {count:,} names by {typed!r}", ours, plain, baseline_label="lower() in")

    typed = "ana bjork"
    finder = RowFinder(names, lambda n: (n,))  # the refresh: keys worked out here, not timed

    def type_on() -> None:
        finder.positions("")
        for end in range(1, len(typed) + 1):
            finder.positions(typed[:end])

    def type_plain() -> None:
        for end in range(1, len(typed) + 1):
            t = typed[:end]
            [n for n in names if t in n.lower()]

    ours, plain = median_seconds(type_on) / len(typed), median_seconds(type_plain) / len(typed)
    print(
        f"  typing {typed!r} key by key, per keystroke: {ours * 1000:.1f} ms vs "
        f"{plain * 1000:.1f} ms, ratio {ours / plain:.2f}"
    )
    record(f"typing {typed!r}, per keystroke", ours, plain, baseline_label="lower() in")


if __name__ == "__main__":
    main()
