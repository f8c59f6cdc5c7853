"""Match all is exact: the same total score as independent exact solvers, every hard rule held."""

from __future__ import annotations

import copy
import itertools
import subprocess
import sys

import numpy as np
import pytest

from coordinator.services.matching.exact import match_all
from coordinator.services.matching.solver import (
    UNLIMITED,
    MatchPool,
    Side,
    match_all_dense,
    match_top_k,
    total_score,
)
from coordinator.services.programs.match_weights import DEFAULT_WEIGHTS

WEIGHTS = dict(DEFAULT_WEIGHTS)


def side(rng: np.random.Generator, n: int, campuses: int, families: int) -> Side:
    campus = rng.integers(-1, campuses, n).astype(np.int32)
    level = np.where(campus >= 0, campus % 3, -1).astype(np.int32)
    region = np.where(campus >= 0, campus % 5, -1).astype(np.int32)
    return Side(
        ids=np.arange(n, dtype=np.int64),
        campus=campus,
        level=level,
        region=region,
        subject=rng.integers(-1, 6, n).astype(np.int32),
        grade=rng.integers(-1, 8, n).astype(np.int32),
        family=rng.integers(-1, families, n).astype(np.int32),
    )


def random_pool(
    seed: int, mentees: int, mentors: int, barred: int = 3, unlimited: float = 0.05
) -> MatchPool:
    """A program with full and unlimited mentors, ineligible ones, and per-person exclusions."""
    rng = np.random.default_rng(seed)
    capacity = rng.integers(1, 5, mentors).astype(np.int64)
    capacity[rng.random(mentors) < unlimited] = UNLIMITED
    load = np.where(capacity > 0, rng.integers(0, 3, mentors) % np.maximum(capacity, 1), 0)
    forbidden = rng.integers(0, mentors, (mentees, barred)).astype(np.int64)
    forbidden[rng.random((mentees, barred)) < 0.3] = -1
    return MatchPool(
        mentees=side(rng, mentees, max(3, mentors // 6), 3),
        mentors=side(rng, mentors, max(3, mentors // 6), 3),
        load=load.astype(np.int64),
        capacity=capacity,
        qualified=rng.random(mentors) < 0.9,
        forbidden=forbidden,
    )


def assert_hard_rules(pool: MatchPool, mentor_of: np.ndarray) -> None:
    remaining = pool.remaining
    for mentee, mentor in enumerate(mentor_of):
        if mentor < 0:
            continue
        assert mentor not in pool.forbidden[mentee]
        assert pool.qualified[mentor]
        fe, fm = pool.mentees.family[mentee], pool.mentors.family[mentor]
        assert fe == fm or fe < 0 or fm < 0
    added = np.bincount(mentor_of[mentor_of >= 0], minlength=len(pool.mentors.ids))
    assert (added <= remaining).all()


def solve(solver, pool: MatchPool) -> tuple[np.ndarray, float]:  # type: ignore[no-untyped-def]
    work = copy.deepcopy(pool)
    mentor_of = solver(work, WEIGHTS).mentor_of
    return mentor_of, total_score(pool, pool.load, mentor_of, WEIGHTS)


@pytest.mark.parametrize(
    ("seed", "mentees", "mentors"), [(1, 200, 80), (2, 200, 80), (3, 1_000, 300), (4, 2_000, 500)]
)
def test_match_all_equals_a_dense_exact_assignment_over_capacity_slots(
    seed: int, mentees: int, mentors: int
) -> None:
    # Unlimited mentors offer a slot per mentee to the dense check: only in the small programs.
    pool = random_pool(seed, mentees, mentors, unlimited=0.05 if mentees <= 200 else 0.0)
    exact, exact_score = solve(match_all, pool)
    dense, dense_score = solve(match_all_dense, pool)
    assert_hard_rules(pool, exact)
    assert (exact >= 0).sum() == (dense >= 0).sum()
    assert exact_score == pytest.approx(dense_score, abs=1e-6 * mentees)


def test_match_all_finds_the_optimum_the_old_top_8_heuristic_missed() -> None:
    """Mentors with three or four places and more mentees than places: contention that the
    top-8 rounds (the old Match all above 400,000 pairs) resolved below the optimum."""
    pool = random_pool(1, 2_000, 500, unlimited=0.0)
    pool.capacity[:] = np.minimum(pool.capacity, 2) + 2
    pool.load[:] = 0
    exact, exact_score = solve(match_all, pool)
    _, dense_score = solve(match_all_dense, pool)
    _, heuristic_score = solve(match_top_k, pool)
    assert_hard_rules(pool, exact)
    assert exact_score == pytest.approx(dense_score, abs=1e-3)
    assert heuristic_score < dense_score - 1


def brute_force(pool: MatchPool) -> tuple[int, float]:
    """(most mentees matched, best total score among those) by trying every assignment."""
    mentors = len(pool.mentors.ids)
    best = (-1, -np.inf)
    for choice in itertools.product(range(-1, mentors), repeat=len(pool.mentees.ids)):
        mentor_of = np.array(choice, dtype=np.int64)
        try:
            assert_hard_rules(pool, mentor_of)
        except AssertionError:
            continue
        matched = int((mentor_of >= 0).sum())
        best = max(best, (matched, total_score(pool, pool.load, mentor_of, WEIGHTS)))
    return best


@pytest.mark.parametrize("seed", range(10))
def test_small_programs_with_personal_exclusions_match_brute_force(seed: int) -> None:
    pool = random_pool(100 + seed, 5, 3, barred=2)
    pool.capacity[pool.capacity == UNLIMITED] = 2
    mentor_of, score = solve(match_all, pool)
    assert_hard_rules(pool, mentor_of)
    matched, best = brute_force(pool)
    assert int((mentor_of >= 0).sum()) == matched
    assert score == pytest.approx(best, abs=1e-5)


def test_the_same_program_gives_the_same_pairs() -> None:
    pool = random_pool(7, 600, 150)
    first, _ = solve(match_all, pool)
    again, _ = solve(match_all, copy.deepcopy(pool))
    assert (first == again).all()


MATCH_IN_A_FRESH_PROCESS = """
import sys
import numpy as np
from coordinator.services.matching import suggest
from coordinator.services.matching.exact import match_all
from coordinator.services.matching.solver import MatchPool, Side
from coordinator.services.programs.match_weights import DEFAULT_WEIGHTS

def side(n):
    codes = np.arange(n, dtype=np.int32) % 2
    return Side(np.arange(n, dtype=np.int64), codes, codes, codes, codes, codes, codes * 0)

pool = MatchPool(
    mentees=side(6), mentors=side(3), load=np.zeros(3, dtype=np.int64),
    capacity=np.full(3, 2, dtype=np.int64), qualified=np.ones(3, dtype=bool),
    forbidden=np.full((6, 1), -1, dtype=np.int64),
)
print("matched:", int((match_all(pool, dict(DEFAULT_WEIGHTS)).mentor_of >= 0).sum()))
print("loaded:", ",".join(sorted(m for m in sys.modules if m.startswith("scipy.optimize"))))
"""


def test_match_all_never_imports_scipy_optimize() -> None:
    """The frozen app leaves scipy.optimize out (build.spec): Match all must not need it; only the
    dense check (`match_all_dense`, tests and benchmarks) imports it."""
    result = subprocess.run(
        [sys.executable, "-c", MATCH_IN_A_FRESH_PROCESS],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.splitlines() == ["matched: 6", "loaded: "]


def test_mentees_no_mentor_can_take_are_left_out_and_the_rest_matched_best() -> None:
    """Room for everyone, but some mentees' role family has no mentor: the fast assignment that
    leaves no one out cannot exist, so Match all must still leave exactly those out, optimally."""
    pool = random_pool(11, 400, 200, unlimited=0.0)
    pool.capacity[:] = 3
    pool.load[:] = 0
    pool.mentors.family[pool.mentors.family != 0] = 1  # no mentor of family 2, none of any
    stranded = pool.mentees.family == 2
    assert stranded.sum() > 10
    exact, exact_score = solve(match_all, pool)
    dense, dense_score = solve(match_all_dense, pool)
    assert_hard_rules(pool, exact)
    assert (exact[stranded] == -1).all()
    assert (exact[~stranded] >= 0).all()
    assert (exact >= 0).sum() == (dense >= 0).sum()
    assert exact_score == pytest.approx(dense_score, abs=1e-6 * 400)
