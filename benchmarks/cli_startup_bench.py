"""Command-line start-up: the fixed cost of a command, as a ratio to a bare `python -c pass`.

Measured in the same run, round-robin so a busy machine slows every figure alike:
  bare                    python -c pass
  --version / --help      coordinator --version, coordinator --help
  status                  coordinator status on the small demo district (opens the database)
Each figure is the whole process, wall clock: the cold first run and the median of the warm runs
after it, and the process's peak memory (ru_maxrss of the one child, measured by a wrapper process).

Run: PYTHONPATH=src python3 benchmarks/cli_startup_bench.py [--repeats 7] [--src OTHER/src]
(--src measures another checkout's code, e.g. main's, for a before/after comparison.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_figures import record

# Runs one command in a child and reports its wall time and that child's peak memory.
WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kb": peak_kb, "rc": done.returncode,
                  "err": done.stderr.decode()[-300:]}))
"""


def measure(command: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", WRAPPER, *command],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    result = json.loads(out)
    if result["rc"] != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result['err']}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7, help="warm runs per command (default 7)")
    parser.add_argument("--src", type=Path, help="the src folder to measure (default: this one's)")
    options = parser.parse_args()
    src = (options.src or Path(__file__).resolve().parents[1] / "src").resolve()
    with tempfile.TemporaryDirectory(prefix="cli-startup-bench-") as folder:
        run_bench(src, Path(folder), options.repeats)


def run_bench(src: Path, home: Path, repeats: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(src), "COORDINATOR_HOME": str(home)}
    target = str(home / "demo.sqlite")
    coordinator = [sys.executable, "-m", "coordinator"]
    subprocess.run(
        [*coordinator, "--db", target, "demo", "--scale", "small"],
        check=True,
        capture_output=True,
        env=env,
    )
    status = ["--db", target, "status", "--program", "Teacher Induction"]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "coordinator --version": [*coordinator, "--version"],
        "coordinator --help": [*coordinator, "--help"],
        "coordinator status": [*coordinator, *status, "--year", "2025-26", "--as-of", "2026-03-02"],
    }
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(repeats + 1):  # the first round is the cold one
        for name, command in commands.items():
            runs[name].append(measure(command, env))

    def cold(name: str) -> float:
        return runs[name][0]["seconds"]

    def warm(name: str) -> float:
        return statistics.median(r["seconds"] for r in runs[name][1:])

    base = "python -c pass"
    print(f"source: {src}; load average {os.getloadavg()[0]:.1f}; {repeats} warm runs")
    print(f"{'command':<24}{'cold s':>8}{'ratio':>7}{'warm s':>9}{'ratio':>7}{'peak MB':>9}")
    for name in commands:
        peak = max(r["peak_kb"] for r in runs[name]) / 1024
        print(
            f"{name:<24}{cold(name):>8.3f}{cold(name) / cold(base):>6.1f}x"
            f"{warm(name):>9.3f}{warm(name) / warm(base):>6.1f}x{peak:>9.1f}"
        )
        goal = "<= 3x" if name in ("coordinator --version", "coordinator --help") else ""
        for kind, seconds in (("cold", cold), ("warm", warm)):
            record(
                f"{name}, {kind}",
                seconds(name),
                seconds(base),
                baseline_label=base,
                peak=peak,
                goal=goal,
            )
    print("goal: --version and --help within 3.0x of python -c pass (warm median)")


if __name__ == "__main__":
    main()
