"""Every benchmark in one command, each in its own process on fresh databases, as one table.

    PYTHONPATH=src python3 benchmarks/run_all.py [--quick] [--only NAME ...]

Each benchmark runs with this checkout's code, a fresh COORDINATOR_HOME and TMPDIR of its own
(so no database or file cached by an older version is reused), and hands its figures back
through bench_figures.record; its own printout goes to the log folder named at the end. The
demo databases the benchmarks share (the large one for the check-ins page, the Dashboard and the
exports) are built once per run, by this version, in this run's temporary folder.
--quick runs every benchmark at small sizes (a minute or two rather than most of an hour).

The table: figure, ours, the baseline measured in the same run, the ratio, the goal, the peak
memory of the process measured, and the load average when the figure was taken.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
LARGE, SMALL = "{large}", "{small}"  # stand for the shared demo databases in the arguments

# benchmark: (full arguments, quick arguments)
BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "import_bench": ([], ["--rows", "2000", "--repeats", "1"]),
    "workbook_import_bench": ([], ["--rows", "2000"]),
    "match_bench": ([], ["--mentees", "300", "--mentors", "150", "--repeats", "1"]),
    "matching_bench": ([], ["--quick", "--repeats", "2"]),
    "startup_bench": ([], ["--repeats", "2"]),
    "cli_startup_bench": ([], ["--repeats", "2"]),
    "people_bench": ([], ["--people", "2000"]),
    "search_bench": ([], ["--people", "5000"]),
    "checkins_bench": (["--db", LARGE], ["--db", SMALL, "--repeats", "1"]),
    "dashboard_bench": (["--db", LARGE], ["--db", SMALL, "--repeats", "1"]),
    "report_bench": ([], ["--scale", "small", "--repeats", "1"]),
    "export_bench": (["--db", LARGE], ["--db", SMALL, "--repeats", "1"]),
    "backups": (["--scale", "large"], ["--scale", "small"]),
}


def build_demo(path: Path, scale: str, home: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "COORDINATOR_HOME": str(home)}
    subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", str(path), "demo", "--scale", scale],
        check=True,
        capture_output=True,
        env=env,
    )


def run_one(name: str, args: list[str], folder: Path, logs: Path) -> dict[str, Any]:
    """Run one benchmark in its own process; its figures, or why there are none."""
    own = folder / name
    (own / "home").mkdir(parents=True)
    (own / "tmp").mkdir()
    figures = own / "figures.jsonl"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE)]),
        "COORDINATOR_HOME": str(own / "home"),
        "TMPDIR": str(own / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "COORDINATOR_BENCH_FIGURES": str(figures),
    }
    started = time.perf_counter()
    log = logs / f"{name}.log"
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, str(HERE / f"{name}.py"), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=HERE.parent,
        )
    seconds = time.perf_counter() - started
    lines = figures.read_text(encoding="utf-8").splitlines() if figures.exists() else []
    found = [json.loads(line) for line in lines]
    failure = ""
    if done.returncode != 0:
        tail = log.read_text(encoding="utf-8").strip().splitlines()[-1:] or [""]
        failure = f"exit {done.returncode}: {tail[0][:100]}"
    return {"name": name, "seconds": seconds, "figures": found, "failure": failure}


def shown(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "s":
        value, unit = value * 1000, "ms"
        if value >= 1000:
            return f"{value / 1000:,.2f} s"
    if unit == "ms":
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    return f"{value:,.1f}"


def table(results: list[dict[str, Any]]) -> list[str]:
    rows = [
        "| figure | ours | baseline | ratio | goal | peak MB | load |",
        "|---|---|---|---|---|---|---|",
    ]
    for result in results:
        if result["failure"]:
            rows.append(f"| {result['name']}: failed ({result['failure']}) | | | | | | |")
        if not result["figures"] and not result["failure"]:
            rows.append(f"| {result['name']}: no figures | | | | | | |")
        for f in result["figures"]:
            unit = f["unit"]
            base = shown(f["baseline"], unit)
            if f["baseline_label"]:
                base = f"{f['baseline_label']}: {base}"
            ratio = f"{f['ratio']:.2f}x" if f["ratio"] is not None else ""
            peak = f"{f['peak_mb']:.0f}" if f["peak_mb"] is not None else ""
            rows.append(
                f"| {f['figure']} | {shown(f['ours'], unit)} | {base} | {ratio} | {f['goal']} "
                f"| {peak} | {f['load']:.1f} |"
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a quick look")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), help="just these")
    parser.add_argument("--logs", type=Path, help="keep each benchmark's printout here")
    options = parser.parse_args()
    names = options.only or list(BENCHMARKS)
    with tempfile.TemporaryDirectory(prefix="run-all-") as tmp:
        folder = Path(tmp)
        logs = options.logs or Path(tempfile.mkdtemp(prefix="run-all-logs-"))
        logs.mkdir(parents=True, exist_ok=True)
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        chosen = {name: BENCHMARKS[name][1 if options.quick else 0] for name in names}
        demos: dict[str, Path] = {}
        for scale, marker in (("small", SMALL), ("large", LARGE)):
            if any(marker in args for args in chosen.values()):
                demos[marker] = folder / f"demo-{scale}.sqlite"
                print(f"building the {scale} demo district...", flush=True)
                build_demo(demos[marker], scale, folder / f"home-{scale}")
        results = []
        for name, args in chosen.items():
            print(f"running {name}...", flush=True)
            given = [str(demos.get(a, a)) for a in args]
            results.append(run_one(name, given, folder, logs))
        print()
        print(
            f"{'quick' if options.quick else 'full'} run, {len(results)} benchmarks in "
            f"{(time.perf_counter() - started) / 60:.1f} min; load average {load_before:.1f} "
            f"before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores"
        )
        print("\n".join(table(results)))
        print(f"each benchmark's own printout: {logs}")
    return 1 if any(r["failure"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
