"""A program's match preferences: their names, labels, defaults and limits, in one place.

Plain Python on purpose: the program form needs these to draw its spin boxes, and importing the
solver for them would load scipy and numpy (about a second) before the dialog could open.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# What each match preference means to a coordinator, in the order the dialog shows them.
WEIGHT_LABELS: dict[str, str] = {
    "same_campus": "Same campus",
    "same_campus_level": "Same campus level",
    "same_subject_or_grade": "Same subject or grade",
    "same_region": "Same region",
    "balanced_load": "Balanced load",
}
DEFAULT_WEIGHTS: dict[str, float] = {
    "same_campus": 4.0,
    "same_campus_level": 2.0,
    "same_subject_or_grade": 3.0,
    "same_region": 1.0,
    "balanced_load": 2.0,
}
MAX_WEIGHT = 20.0


def weights_for(match_weights: Mapping[str, Any] | None) -> dict[str, float]:
    """The program's weights over the defaults; unknown keys and non-numbers are ignored."""
    weights = dict(DEFAULT_WEIGHTS)
    for key, value in (match_weights or {}).items():
        if key in weights and isinstance(value, int | float):
            weights[key] = float(value)
    return weights


# The pack settings that switch a match preference off, and the preference each one governs.
PACK_PREFERENCES: dict[str, str] = {
    "match_same_campus": "same_campus",
    "match_same_subject_or_grade": "same_subject_or_grade",
}


def weights_under_pack(
    match_weights: Mapping[str, Any] | None, rules: Mapping[str, Any]
) -> dict[str, float]:
    """The program's weights with each preference its rule pack turns off weighed 0.

    TEC §21.458(a): a mentor must "(1) to the extent practicable, teach in the same school" and
    "(2) to the extent practicable, teach the same subject or grade level, as applicable". The
    pack's `match_same_campus` and `match_same_subject_or_grade` say whether matching seeks that
    (on when the pack does not mention them); the program's weights say how strongly. "To the
    extent practicable" makes them preferences, never bars.
    """
    weights = weights_for(match_weights)
    for rule, preference in PACK_PREFERENCES.items():
        if not rules.get(rule, True):
            weights[preference] = 0.0
    return weights


def weight_problem(weights: Mapping[str, float]) -> tuple[str, str] | None:
    """(preference key, why) for a weight the matcher cannot use, or None when all are fine."""
    for key in WEIGHT_LABELS:
        value = weights.get(key, DEFAULT_WEIGHTS[key])
        if not 0 <= value <= MAX_WEIGHT:
            return key, f"{WEIGHT_LABELS[key]} must weigh between 0 and {MAX_WEIGHT:g}."
    if not any(weights.get(key, 0) > 0 for key in WEIGHT_LABELS):
        return "same_campus", "Give at least one preference a weight above 0."
    return None
