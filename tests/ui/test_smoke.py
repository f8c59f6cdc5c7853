"""The developers' smoke option (COORDINATOR_SMOKE_QUIT_MS) that CI runs on the frozen app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coordinator.ui.page_registry import PAGES

# Starts the command line as `python -m coordinator` does, with one page module made unfindable,
# as in a build that left it out.
HIDING_A_PAGE = """
import sys

class LeftOut:
    def find_spec(self, name, path=None, target=None):
        if name == "coordinator.ui.pages.settings_page":
            raise ModuleNotFoundError(name)
        return None

sys.meta_path.insert(0, LeftOut())
from coordinator.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start_window(tmp_path: Path, *python_args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COORDINATOR_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    target = str(tmp_path / "coordinator.sqlite")
    subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", target, "init"],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return subprocess.run(
        [sys.executable, *python_args, "--db", target, "gui", "--no-crash-dialog"],
        env={**env, "COORDINATOR_SMOKE_QUIT_MS": "0"},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_the_smoke_option_shows_every_page_then_quits_with_0(tmp_path: Path) -> None:
    result = start_window(tmp_path, "-m", "coordinator")

    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("smoke:")]
    assert lines == [
        "smoke: window painted",  # before the database opened (no year: no Dashboard figures)
        *(f"smoke: page {spec.title}: shown" for spec in PAGES),
        f"smoke: {len(PAGES)} of {len(PAGES)} pages shown",
    ]


def test_the_smoke_option_fails_when_a_page_is_missing_from_the_build(tmp_path: Path) -> None:
    result = start_window(tmp_path, "-c", HIDING_A_PAGE)

    assert result.returncode == 3, result.stderr
    assert "smoke: page Settings: missing from this build" in result.stdout.splitlines()
    assert f"smoke: {len(PAGES) - 1} of {len(PAGES)} pages shown" in result.stdout
