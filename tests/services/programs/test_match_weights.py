"""Match weights live in one plain module: the solver, program setup and the form share it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import coordinator
from coordinator.services.matching import suggest
from coordinator.services.programs import match_weights, setup
from coordinator.services.programs.match_weights import (
    DEFAULT_WEIGHTS,
    MAX_WEIGHT,
    WEIGHT_LABELS,
    weight_problem,
    weights_for,
)


def test_every_weight_has_a_label_and_a_default_in_range() -> None:
    assert list(WEIGHT_LABELS) == list(DEFAULT_WEIGHTS)
    assert all(0 < value <= MAX_WEIGHT for value in DEFAULT_WEIGHTS.values())
    assert weight_problem(DEFAULT_WEIGHTS) is None


def test_a_programs_weights_over_the_defaults() -> None:
    assert weights_for(None) == DEFAULT_WEIGHTS
    assert weights_for({}) is not DEFAULT_WEIGHTS  # a copy the caller may change
    chosen = weights_for({"same_region": 5, "unknown": 9, "same_campus": "high"})
    assert chosen == {**DEFAULT_WEIGHTS, "same_region": 5.0}


def test_weights_the_matcher_cannot_use() -> None:
    assert weight_problem(dict.fromkeys(WEIGHT_LABELS, 0)) == (
        "same_campus", "Give at least one preference a weight above 0.",
    )  # fmt: skip
    problem = weight_problem({"same_region": 25})
    assert problem is not None
    assert problem[0] == "same_region"


def test_the_solver_and_program_setup_use_the_same_weights() -> None:
    # The matcher reads them through its rule pack, which may weigh a preference 0.
    assert suggest.weights_under_pack is match_weights.weights_under_pack
    assert setup.weights_for is match_weights.weights_for
    assert setup.weight_problem is match_weights.weight_problem


def test_the_program_form_opens_without_the_solver() -> None:
    """Only the matcher needs scipy and numpy; the program dialog must not pay a second for them."""
    code = (
        "import sys, coordinator.ui.dialogs.program_dialog; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'scipy', 'numpy'}))"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(coordinator.__file__).parents[1])}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
