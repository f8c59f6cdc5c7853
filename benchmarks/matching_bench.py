"""Exact Match all against the old top-K heuristic, the greedy loop and scipy, in one run.

Builds the 10,000 x 5,000 Texas program of `match_bench` (caps of 2 or 4, a supervisor for every
mentee) in a temporary SQLite file, loads the pool once, and times the solvers alone on copies of
it: the first (cold) run and the median of the warm repeats, each beside the greedy loop measured
in the same run, plus the total score and its gap to the exact optimum. Then a 2,000 x 500
program against scipy's dense `linear_sum_assignment` over every capacity slot.

    PYTHONPATH=src python3 benchmarks/matching_bench.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import copy
import statistics
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import scipy.optimize  # noqa: F401 - match_all_dense imports it when called: not in its time

from bench_figures import record
from coordinator.db.opening import open_database
from coordinator.services.matching import pool
from coordinator.services.matching.exact import match_all
from coordinator.services.matching.solver import (
    MatchPool,
    Solution,
    greedy,
    match_all_dense,
    match_top_k,
    total_score,
)
from coordinator.services.programs import programs
from coordinator.services.programs.match_weights import weights_for
from match_bench import build

Solver = Callable[[MatchPool, Mapping[str, float]], Solution]


def loaded_pool(mentees: int, mentors: int) -> tuple[MatchPool, dict[str, float]]:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        year_id = build(db, mentees, mentors)
        with db.reading() as session:
            year = programs.year_by_id(session, year_id)
            loaded = pool.load_pool(session, year)
            weights = weights_for(year.program.match_weights)
        db.dispose()
    return loaded.pool, weights


def run(solver: Solver, data: MatchPool, weights: dict[str, float]) -> tuple[float, float, float]:
    """(seconds, CPU seconds, total score) of one solve on a fresh copy of the pool.

    The CPU time is this process's alone, so it moves less than the wall time when other work
    shares the machine.
    """
    work = copy.deepcopy(data)
    started, cpu = time.perf_counter(), time.process_time()
    solution = solver(work, weights)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return seconds, cpu, total_score(data, data.load, solution.mentor_of, weights)


def compare(
    title: str, solvers: dict[str, Solver], baseline: str, repeats: int, mentees: int, mentors: int
) -> None:
    data, weights = loaded_pool(mentees, mentors)
    times: dict[str, list[float]] = {name: [] for name in solvers}
    cpu: dict[str, list[float]] = {name: [] for name in solvers}
    scores: dict[str, float] = {}
    for _ in range(repeats):
        for name, solver in solvers.items():
            seconds, cpu_seconds, scores[name] = run(solver, data, weights)
            times[name].append(seconds)
            cpu[name].append(cpu_seconds)
    best = scores["exact"]

    def warm(name: str, runs: dict[str, list[float]] = times) -> float:
        return statistics.median(runs[name][1:] or runs[name])

    base_cold, base_warm = times[baseline][0], warm(baseline)
    print(f"\n{title}: {mentees:,} mentees x {mentors:,} mentors, {repeats} repeats")
    heads = ("cold s", "ratio", "warm s", "ratio")
    print(f"{'solver':12}" + "".join(f"{h:>9}" for h in heads) + f"{'score':>12}{'gap':>10}")
    for name in solvers:
        cold, hot = times[name][0], warm(name)
        gap = best - scores[name]
        print(
            f"{name:12}{cold:9.2f}{cold / base_cold:9.2f}{hot:9.2f}{hot / base_warm:9.2f}"
            f"{scores[name]:12.3f}{gap:10.3f}"
        )
        for kind, seconds, base in (("cold", cold, base_cold), ("warm", hot, base_warm)):
            record(
                f"match {mentees:,}x{mentors:,}: {name}, {kind}",
                seconds,
                base,
                baseline_label=baseline,
                goal="exact, <= 2x greedy" if name == "exact" and baseline == "greedy" else "",
            )
        record(
            f"match {mentees:,}x{mentors:,}: {name}, warm CPU time",
            warm(name, cpu),
            warm(baseline, cpu),
            baseline_label=baseline,
        )
    print(
        "warm CPU s: "
        + ", ".join(
            f"{name} {warm(name, cpu):.2f} ({warm(name, cpu) / warm(baseline, cpu):.2f}x)"
            for name in solvers
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)  # warm: the median of 4
    parser.add_argument("--quick", action="store_true", help="small sizes (run_all.py --quick)")
    args = parser.parse_args()
    large, small = ((600, 300), (200, 50)) if args.quick else ((10_000, 5_000), (2_000, 500))
    compare(
        "Match all at district size (ratio against greedy)",
        {"exact": match_all, "top-8": match_top_k, "greedy": greedy},
        "greedy",
        args.repeats,
        *large,
    )
    compare(
        "Against scipy linear_sum_assignment over capacity slots (ratio against scipy)",
        {"exact": match_all, "scipy dense": match_all_dense},
        "scipy dense",
        args.repeats,
        *small,
    )


if __name__ == "__main__":
    main()
