"""Matching arithmetic: preference scores, hard constraints, the top-K heuristic, dense, greedy.

Match all itself is exact at every size and lives in `exact`; the top-K rounds below are the
older heuristic (kept as a benchmark baseline), `match_all_dense` the independent check for small
programs and `greedy` the simple baseline. Plain numpy over integer codes. A
mentor with capacity c and current load L offers c - L "slots"; the k-th slot carries the balanced
load preference for a load of L + k + 1, so filling one mentor's slots costs more and more and the
solver spreads mentees out on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_array
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Float32Array = npt.NDArray[np.float32]
CodeArray = npt.NDArray[np.int32]
BoolArray = npt.NDArray[np.bool_]

INFEASIBLE = -np.inf
DEFAULT_TOP_K = 8
CHUNK = 1024
UNLIMITED = -1


@dataclass
class Side:
    """Mentees or mentors as parallel arrays of integer codes (-1 = unknown, never equal)."""

    ids: IntArray
    campus: CodeArray
    level: CodeArray
    region: CodeArray
    subject: CodeArray
    grade: CodeArray
    family: CodeArray


@dataclass
class MatchPool:
    mentees: Side
    mentors: Side
    load: IntArray  # per mentor, current
    capacity: IntArray  # per mentor, UNLIMITED for no limit
    qualified: BoolArray  # per mentor: meets the pack, or the coordinator overrides
    forbidden: IntArray  # per mentee: up to two mentor indexes (supervisor, appraiser, self) or -1
    balance_ref: FloatArray = field(init=False)
    row_jitter: npt.NDArray[np.uint16] = field(init=False)
    col_jitter: npt.NDArray[np.uint16] = field(init=False)

    def __post_init__(self) -> None:
        finite = self.capacity[self.capacity > 0]
        reference = float(np.median(finite)) if finite.size else 30.0
        self.balance_ref = np.where(self.capacity > 0, self.capacity, reference).astype(np.float64)
        rng = np.random.default_rng(20250811)  # fixed: the same data gives the same draft
        self.row_jitter = rng.integers(0, 2**16, len(self.mentees.ids), dtype=np.uint16)
        self.col_jitter = rng.integers(0, 2**16, len(self.mentors.ids), dtype=np.uint16)

    @property
    def remaining(self) -> IntArray:
        big = len(self.mentees.ids)
        return np.where(self.capacity == UNLIMITED, big, np.maximum(self.capacity - self.load, 0))


@dataclass
class Solution:
    mentor_of: IntArray  # per mentee: mentor index, or -1
    solver: str


def same(a: CodeArray, b: CodeArray) -> BoolArray:
    result: BoolArray = (a[:, None] == b[None, :]) & (a[:, None] >= 0)
    return result


def preference_scores(
    pool: MatchPool, rows: IntArray, weights: Mapping[str, float]
) -> Float32Array:
    """Soft-preference score of each mentee in `rows` with every mentor; INFEASIBLE where barred."""
    e, m = pool.mentees, pool.mentors
    score: Float32Array = same(e.campus[rows], m.campus) * np.float32(weights["same_campus"])
    score += same(e.level[rows], m.level) * np.float32(weights["same_campus_level"])
    score += same(e.region[rows], m.region) * np.float32(weights["same_region"])
    subject_or_grade = same(e.subject[rows], m.subject) | same(e.grade[rows], m.grade)
    score += subject_or_grade * np.float32(weights["same_subject_or_grade"])
    family_e, family_m = e.family[rows][:, None], m.family[None, :]
    compatible = (family_e == family_m) | (family_e < 0) | (family_m < 0)
    score[~compatible] = INFEASIBLE
    score[:, ~pool.qualified] = INFEASIBLE
    for col in range(pool.forbidden.shape[1]):
        barred = pool.forbidden[rows, col]
        hit = np.nonzero(barred >= 0)[0]
        score[hit, barred[hit]] = INFEASIBLE
    return score


def pair_preferences(
    pool: MatchPool, rows: IntArray, mentors: IntArray, weights: Mapping[str, float]
) -> FloatArray:
    """Soft-preference score of given (mentee, mentor) pairs, element by element."""
    e, m = pool.mentees, pool.mentors

    def same_pair(a: CodeArray, b: CodeArray) -> BoolArray:
        result: BoolArray = (a[rows] == b[mentors]) & (a[rows] >= 0)
        return result

    score: FloatArray = weights["same_campus"] * same_pair(e.campus, m.campus).astype(np.float64)
    score += weights["same_campus_level"] * same_pair(e.level, m.level)
    score += weights["same_region"] * same_pair(e.region, m.region)
    either = same_pair(e.subject, m.subject) | same_pair(e.grade, m.grade)
    score += weights["same_subject_or_grade"] * either
    return score


def balance_score(pool: MatchPool, mentor: IntArray, load_after: IntArray | int, w: float) -> Any:
    """The balanced-load preference for a mentor reaching `load_after` mentees."""
    return w * (1.0 - np.asarray(load_after) / pool.balance_ref[mentor])


def _tie_breaker(pool: MatchPool, rows: IntArray) -> Float32Array:
    """A tiny fixed jitter so equal candidates are not always the same few mentors.

    XOR of two random 16-bit numbers is random per pair and costs one pass over the chunk.
    """
    jitter: Float32Array = np.bitwise_xor.outer(pool.row_jitter[rows], pool.col_jitter).astype(
        np.float32
    )
    jitter *= np.float32(1e-4 / 65536)
    return jitter


def candidates(
    pool: MatchPool, rows: IntArray, weights: Mapping[str, float], top_k: int
) -> tuple[IntArray, IntArray, FloatArray]:
    """Each mentee's best `top_k` feasible mentors with room, as (mentee, mentor, base score)."""
    remaining = pool.remaining
    w_bal = weights["balanced_load"]
    out_e: list[IntArray] = []
    out_m: list[IntArray] = []
    out_s: list[Float32Array] = []
    n_mentors = len(pool.mentors.ids)
    k = min(top_k, n_mentors)
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        base = preference_scores(pool, chunk, weights)
        base[:, remaining <= 0] = INFEASIBLE
        balance = balance_score(pool, np.arange(n_mentors), pool.load + 1, w_bal)
        rank = base + balance.astype(np.float32)[None, :]
        rank += _tie_breaker(pool, chunk)
        if k < n_mentors:
            best = np.argpartition(-rank, k - 1, axis=1)[:, :k]
        else:
            best = np.broadcast_to(np.arange(n_mentors), (len(chunk), n_mentors))
        picked = np.take_along_axis(base, best, axis=1)
        ok = np.isfinite(picked)
        out_e.append(np.broadcast_to(chunk[:, None], best.shape)[ok])
        out_m.append(best[ok].astype(np.int64))
        out_s.append(picked[ok])
    if not out_e:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    scores = np.concatenate(out_s).astype(np.float64)
    return np.concatenate(out_e), np.concatenate(out_m), scores


def _solve_round(
    pool: MatchPool,
    rows: IntArray,
    weights: Mapping[str, float],
    top_k: int,
    mentor_of: IntArray,
) -> int:
    """One min-cost round over the candidates; updates `mentor_of` and loads; returns pairs made."""
    cand_e, cand_m, base = candidates(pool, rows, weights, top_k)
    if cand_e.size == 0:
        return 0
    demand = np.bincount(cand_m, minlength=len(pool.mentors.ids))
    slots = np.minimum(pool.remaining, demand)
    first_slot = np.concatenate(([0], np.cumsum(slots)[:-1]))
    per_pair = slots[cand_m]
    edge_row = np.repeat(cand_e, per_pair)
    edge_mentor = np.repeat(cand_m, per_pair)
    offsets = np.arange(per_pair.sum()) - np.repeat(np.cumsum(per_pair) - per_pair, per_pair)
    edge_col = first_slot[edge_mentor] + offsets
    edge_score = np.repeat(base, per_pair) + balance_score(
        pool, edge_mentor, pool.load[edge_mentor] + offsets + 1, weights["balanced_load"]
    )
    # Rows are the mentees of this round; every one also gets a private "no mentor" column whose
    # cost outweighs any score, so a full matching always exists and most mentees are matched first.
    local = np.full(len(pool.mentees.ids), -1, dtype=np.int64)
    local[rows] = np.arange(len(rows))
    n_slots = int(slots.sum())
    ceiling = float(edge_score.max()) + 1.0
    spread = ceiling - float(edge_score.min()) + 1.0
    dummy_cost = spread * (len(rows) + 1)
    costs = np.concatenate((ceiling - edge_score + 1.0, np.full(len(rows), dummy_cost)))
    row_index = np.concatenate((local[edge_row], np.arange(len(rows))))
    col_index = np.concatenate((edge_col, n_slots + np.arange(len(rows))))
    graph = csr_array((costs, (row_index, col_index)), shape=(len(rows), n_slots + len(rows)))
    matched_rows, matched_cols = min_weight_full_bipartite_matching(graph)
    slot_mentor = np.repeat(np.arange(len(pool.mentors.ids)), slots)
    real = matched_cols < n_slots
    chosen_rows = rows[matched_rows[real]]
    chosen_mentors = slot_mentor[matched_cols[real]]
    mentor_of[chosen_rows] = chosen_mentors
    np.add.at(pool.load, chosen_mentors, 1)
    return int(real.sum())


def match_top_k(
    pool: MatchPool, weights: Mapping[str, float], top_k: int = DEFAULT_TOP_K
) -> Solution:
    """The older heuristic, kept as a baseline: optimal over each mentee's top-K mentors only.

    Exact up to 400,000 candidate pairs (every mentor is a candidate); above that, candidates are
    each mentee's top-K mentors and mentees left over get another round, so the result can fall
    short of the optimum (measured 0.03-0.5% at 10,000 x 5,000). Match all uses `exact`.
    """
    mentor_of = np.full(len(pool.mentees.ids), -1, dtype=np.int64)
    rows = np.arange(len(pool.mentees.ids), dtype=np.int64)
    small = len(rows) * len(pool.mentors.ids) <= 400_000
    k = len(pool.mentors.ids) if small else top_k
    while rows.size:
        made = _solve_round(pool, rows, weights, k, mentor_of)
        rows = rows[mentor_of[rows] < 0]
        if made == 0:
            break
    return Solution(mentor_of=mentor_of, solver="top-K min-cost assignment (heuristic)")


def match_all_dense(pool: MatchPool, weights: Mapping[str, float]) -> Solution:
    """Exact dense min-cost assignment over every slot (small programs and checking only).

    The tests and benchmarks check `exact` against it; the app never calls it, so scipy.optimize
    (and the scipy.linalg, .special, .spatial and OpenBLAS it loads) is imported here only, and
    the frozen app leaves it out (build.spec).
    """
    from scipy.optimize import linear_sum_assignment

    rows = np.arange(len(pool.mentees.ids), dtype=np.int64)
    base = preference_scores(pool, rows, weights) if rows.size else np.zeros((0, 0))
    slots = np.minimum(pool.remaining, len(rows))
    slot_mentor = np.repeat(np.arange(len(pool.mentors.ids)), slots)
    offsets = np.arange(slots.sum()) - np.repeat(np.cumsum(slots) - slots, slots)
    score = base[:, slot_mentor] + balance_score(
        pool, slot_mentor, pool.load[slot_mentor] + offsets + 1, weights["balanced_load"]
    )
    feasible = np.isfinite(score)
    big = (np.abs(score[feasible]).max() + 1.0) * (len(rows) + 1) if feasible.any() else 1.0
    cost = np.where(feasible, -score, big)
    matched_rows, matched_cols = linear_sum_assignment(cost)
    mentor_of = np.full(len(rows), -1, dtype=np.int64)
    ok = feasible[matched_rows, matched_cols]
    mentor_of[matched_rows[ok]] = slot_mentor[matched_cols[ok]]
    np.add.at(pool.load, mentor_of[mentor_of >= 0], 1)
    return Solution(mentor_of=mentor_of, solver="min-cost assignment (dense)")


def greedy(pool: MatchPool, weights: Mapping[str, float]) -> Solution:
    """The baseline: each mentee in turn takes its best mentor with room left."""
    mentor_of = np.full(len(pool.mentees.ids), -1, dtype=np.int64)
    w_bal = weights["balanced_load"]
    all_mentors = np.arange(len(pool.mentors.ids))
    for start in range(0, len(mentor_of), CHUNK):
        chunk = np.arange(start, min(start + CHUNK, len(mentor_of)), dtype=np.int64)
        base = preference_scores(pool, chunk, weights)
        for i, row in enumerate(chunk):
            score = base[i] + balance_score(pool, all_mentors, pool.load + 1, w_bal)
            score[pool.remaining <= 0] = INFEASIBLE
            best = int(np.argmax(score))
            if np.isfinite(score[best]):
                mentor_of[row] = best
                pool.load[best] += 1
    return Solution(mentor_of=mentor_of, solver="greedy")


def total_score(
    pool: MatchPool, start_load: IntArray, mentor_of: IntArray, weights: Mapping[str, float]
) -> float:
    """Preferences of every pair plus the balanced-load term of each mentor's added mentees."""
    rows = np.nonzero(mentor_of >= 0)[0]
    total = float(pair_preferences(pool, rows, mentor_of[rows], weights).sum())
    added = np.bincount(mentor_of[rows], minlength=len(pool.mentors.ids))
    w_bal = weights["balanced_load"]
    for mentor in np.nonzero(added)[0]:
        loads = start_load[mentor] + np.arange(1, added[mentor] + 1)
        total += float(balance_score(pool, np.full(len(loads), mentor), loads, w_bal).sum())
    return total
