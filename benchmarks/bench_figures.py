"""What a benchmark hands to run_all.py: its figures, machine-readable, beside its own printout.

A benchmark calls `record(...)` for each figure it prints. Nothing is printed: when run_all.py
runs the benchmark it names a file in COORDINATOR_BENCH_FIGURES and each figure is added to it
as one line of JSON; run on its own, a benchmark's output is what it always was.
"""

from __future__ import annotations

import json
import os
import resource

FIGURES_ENV = "COORDINATOR_BENCH_FIGURES"


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def record(
    figure: str,
    ours: float,
    baseline: float | None = None,
    *,
    unit: str = "s",
    baseline_label: str = "",
    peak: float | None = None,
    goal: str = "",
) -> None:
    """One figure: ours and its baseline measured in the same run (same unit), the peak memory
    in MB of the process measured (None: this one's), and the goal in words ("<= 1.2x")."""
    path = os.environ.get(FIGURES_ENV)
    if not path:
        return
    line = {
        "figure": figure,
        "ours": ours,
        "baseline": baseline,
        "unit": unit,
        "baseline_label": baseline_label,
        "ratio": ours / baseline if baseline else None,
        "peak_mb": peak_mb() if peak is None else peak,
        "goal": goal,
        "load": os.getloadavg()[0],
    }
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")
