"""Match all, exactly: the best total score among the most mentees matched, at any size.

The assignment is the one `match_all_dense` solves: each mentor offers one slot per free place,
the k-th slot carrying the balanced-load preference for that load (decreasing, so slots fill in
order), each mentee takes one slot or none, and leaving a mentee out costs more than any other
rearrangement can gain back. Scores are scaled to whole micro-points (`SCALE`), so every cost is
an integer and optimality can be proved exactly.

Column generation keeps it small: a sparse assignment (scipy's LAPJVsp) over each mentee's best
few mentors, then dual prices for it from shortest paths in its residual graph (a vectorised
Bellman-Ford), then one pass over every feasible (mentee, mentor) pair and every slot. When no
pair or slot has a negative reduced cost the duals prove the draft optimal for the whole problem
(linear-programming duality); otherwise the improving pairs are added and it is solved again.
Hard constraints are never edges at all: supervisor, appraiser and self, role family,
qualification and full mentors.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_array
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from coordinator.services.matching.solver import (
    CHUNK,
    BoolArray,
    FloatArray,
    IntArray,
    MatchPool,
    Solution,
    balance_score,
)

SCALE = 1_000_000  # micro-points: every pair preference and slot value is a whole number of these
START_TOP_K = 8  # each mentee's best mentors in the first assignment
ADD_PER_ROUND = 4  # improving mentors added per mentee and round
MAX_ROUNDS = 60
SOLVER = "exact min-cost assignment"
BARRED = 16  # match code of a pair the hard constraints forbid
CodeMatrix = npt.NDArray[np.uint8]


class NotProvedError(RuntimeError):
    """The solver could not prove its draft optimal (a guard; never expected)."""


def preference_table(weights: Mapping[str, float]) -> FloatArray:
    """Scaled pair preference by match code: bit 0 campus, 1 level, 2 region, 3 subject or grade.

    Summed in the order `pair_preferences` sums them, then rounded to micro-points; the code
    BARRED gives minus infinity.
    """
    codes = np.arange(16)
    value = weights["same_campus"] * (codes & 1 > 0).astype(np.float64)
    value += weights["same_campus_level"] * (codes & 2 > 0)
    value += weights["same_region"] * (codes & 4 > 0)
    value += weights["same_subject_or_grade"] * (codes & 8 > 0)
    table: FloatArray = np.append(np.rint(value * SCALE), -np.inf)
    return table


def _keys(*columns: np.ndarray) -> tuple[IntArray, np.ndarray]:
    """Row ids into the distinct tuples of the given columns, and those tuples."""
    stacked = np.stack(columns, axis=1)
    unique, inverse = np.unique(stacked, axis=0, return_inverse=True)
    return inverse.reshape(-1).astype(np.int64), unique


def _equal(a: np.ndarray, b: np.ndarray) -> BoolArray:
    result: BoolArray = (a[:, None] == b[None, :]) & (a[:, None] >= 0)
    return result


def match_codes(pool: MatchPool) -> CodeMatrix:
    """The match code of every (mentee, mentor) pair, BARRED where a hard constraint forbids it.

    Codes come from small tables over the distinct (campus, level, region) and (subject, grade,
    family) values on each side, so the full matrix costs one gather per chunk of mentees.
    """
    e, m = pool.mentees, pool.mentors
    n_e, n_m = len(e.ids), len(m.ids)
    place, places = _keys(
        np.concatenate((e.campus, m.campus)),
        np.concatenate((e.level, m.level)),
        np.concatenate((e.region, m.region)),
    )
    near = (
        _equal(places[:, 0], places[:, 0]).astype(np.uint8)
        | _equal(places[:, 1], places[:, 1]).astype(np.uint8) << 1
        | _equal(places[:, 2], places[:, 2]).astype(np.uint8) << 2
    )
    work, works = _keys(
        np.concatenate((e.subject, m.subject)),
        np.concatenate((e.grade, m.grade)),
        np.concatenate((e.family, m.family)),
    )
    fe, fm = works[:, 2][:, None], works[:, 2][None, :]
    alike = (_equal(works[:, 0], works[:, 0]) | _equal(works[:, 1], works[:, 1])).astype(
        np.uint8
    ) << 3
    alike[~((fe == fm) | (fe < 0) | (fm < 0))] = BARRED
    usable = pool.qualified & (pool.remaining > 0)
    codes = np.empty((n_e, n_m), dtype=np.uint8)
    for start in range(0, n_e, CHUNK):
        rows = np.arange(start, min(start + CHUNK, n_e))
        block = near[place[rows]][:, place[n_e:]] | alike[work[rows]][:, work[n_e:]]
        block[block > BARRED] = BARRED
        block[:, ~usable] = BARRED
        codes[rows] = block
    for col in range(pool.forbidden.shape[1]):
        barred = pool.forbidden[:, col]
        hit = np.nonzero(barred >= 0)[0]
        codes[hit, barred[hit]] = BARRED
    return codes


class _Assignment:
    """The sparse assignment over the pairs so far: mentees are rows, mentors' slots columns."""

    def __init__(self, pool: MatchPool, weights: Mapping[str, float]) -> None:
        self.pool, self.w_bal = pool, weights["balanced_load"]
        self.table = preference_table(weights)
        self.n, self.k = len(pool.mentees.ids), len(pool.mentors.ids)
        self.remaining = np.minimum(pool.remaining, self.n)
        top = max(float(self.table[:BARRED].max()), 0.0) + max(self._slot_range())
        low = min(float(self.table[:BARRED].min()), 0.0) + min(self._slot_range())
        # Leaving a mentee out costs more than any rearrangement of the others can gain back;
        # every cost is shifted by `base` so all are positive (a row takes exactly one column).
        self.unmatched = (top - low) * (self.n + 1) + abs(low) + SCALE
        self.base = top + 1.0

    def _slot_range(self) -> tuple[float, float]:
        mentors = np.nonzero(self.remaining > 0)[0]
        if not mentors.size:
            return 0.0, 0.0
        load = self.pool.load[mentors]
        ends = np.concatenate(
            (
                balance_score(self.pool, mentors, load + 1, self.w_bal),
                balance_score(self.pool, mentors, load + self.remaining[mentors], self.w_bal),
            )
        )
        return min(0.0, float(np.rint(ends.min() * SCALE))), max(
            0.0, float(np.rint(ends.max() * SCALE))
        )

    def slot_values(self, mentor: IntArray, offset: IntArray) -> FloatArray:
        """Scaled balanced-load value of each mentor's slot `offset` (0 = the next mentee)."""
        loads = self.pool.load[mentor] + offset + 1
        values: FloatArray = np.rint(balance_score(self.pool, mentor, loads, self.w_bal) * SCALE)
        return values

    def solve(
        self, pair_e: IntArray, pair_m: IntArray, pair_value: FloatArray, slots: IntArray
    ) -> tuple[IntArray, FloatArray, FloatArray]:
        """(mentor of each mentee, row duals, slot duals) of the assignment over these pairs."""
        n = self.n
        first = np.concatenate(([0], np.cumsum(slots)[:-1]))
        per_pair = slots[pair_m]
        edge_row = np.repeat(pair_e, per_pair)
        edge_mentor = np.repeat(pair_m, per_pair)
        offset = np.arange(per_pair.sum()) - np.repeat(np.cumsum(per_pair) - per_pair, per_pair)
        value = np.repeat(pair_value, per_pair) + self.slot_values(edge_mentor, offset)
        n_slots = int(slots.sum())
        cost = np.concatenate((self.base - value, np.full(n, self.base + self.unmatched)))
        row = np.concatenate((edge_row, np.arange(n)))
        col = np.concatenate((first[edge_mentor] + offset, n_slots + np.arange(n)))
        graph = csr_array((cost, (row, col)), shape=(n, n_slots + n))
        matched_rows, matched_cols = min_weight_full_bipartite_matching(graph)
        taken = np.empty(n, dtype=np.int64)
        taken[matched_rows] = matched_cols
        # Largest column duals v <= 0 with c(i, j) - c(i, taken i) + v(taken i) - v(j) >= 0:
        # shortest paths from a root joined to every column at no cost.
        taken_cost = np.asarray(graph[np.arange(n), taken]).reshape(-1)
        own = cost - taken_cost[row]
        src, dst = taken[row], col
        v = np.zeros(n_slots + n)
        for _ in range(n_slots + n + 1):
            reach = v[src] + own
            better = reach < v[dst]
            if not better.any():
                break
            np.minimum.at(v, dst[better], reach[better])
        else:
            raise NotProvedError("the assignment's residual graph has a negative cycle")
        free = np.ones(n_slots + n, dtype=np.bool_)
        free[taken] = False
        if (v[free] < -0.5).any():
            raise NotProvedError("the sparse assignment was not optimal")
        u = taken_cost - v[taken]
        mentor_of = np.full(n, -1, dtype=np.int64)
        slot_mentor = np.repeat(np.arange(self.k), slots)
        real = taken < n_slots
        mentor_of[real] = slot_mentor[taken[real]]
        return mentor_of, u, v[:n_slots]

    def price(
        self, codes: CodeMatrix, u: FloatArray, v: FloatArray, slots: IntArray
    ) -> tuple[IntArray, IntArray]:
        """Every (mentee, mentor) pair with a negative reduced cost: the mentee's worst few.

        A pair's cheapest slot is the mentor's slot minimising -value - v; a slot not yet in the
        assignment has v = 0, and only the first such one can be cheapest (values decrease).
        """
        mentors = np.arange(self.k)
        first = np.concatenate(([0], np.cumsum(slots)[:-1]))
        slot_mentor = np.repeat(mentors, slots)
        offset = np.arange(slots.sum()) - np.repeat(first, slots)
        through = -self.slot_values(slot_mentor, offset) - v
        cheapest = np.full(self.k, np.inf)
        np.minimum.at(cheapest, slot_mentor, through)
        more = slots < self.remaining
        nxt = -self.slot_values(mentors[more], slots[more])
        cheapest[more] = np.minimum(cheapest[more], nxt)
        found_e: list[IntArray] = []
        found_m: list[IntArray] = []
        for start in range(0, self.n, CHUNK):
            rows = np.arange(start, min(start + CHUNK, self.n))
            reduced = (self.base - u[rows])[:, None] - self.table[codes[rows]] + cheapest[None, :]
            bad = np.nonzero(reduced.min(axis=1) < -0.5)[0] if self.k else rows[:0]
            if bad.size:
                take = min(ADD_PER_ROUND, self.k)
                best = np.argpartition(reduced[bad], take - 1, axis=1)[:, :take]
                hit = np.take_along_axis(reduced[bad], best, axis=1) < -0.5
                found_e.append(np.broadcast_to(rows[bad][:, None], best.shape)[hit])
                found_m.append(best[hit].astype(np.int64))
        empty = np.zeros(0, dtype=np.int64)
        return (
            np.concatenate(found_e) if found_e else empty,
            np.concatenate(found_m) if found_m else empty,
        )

    def start(self, codes: CodeMatrix) -> tuple[IntArray, IntArray]:
        """Each mentee's best few mentors by preference plus the next slot's balanced load."""
        mentors = np.arange(self.k)
        room = self.remaining > 0
        nxt = np.where(room, self.slot_values(mentors, np.zeros(self.k, np.int64)), -np.inf)
        take = min(START_TOP_K, self.k)
        out_e: list[IntArray] = []
        out_m: list[IntArray] = []
        for begin in range(0, self.n, CHUNK):
            rows = np.arange(begin, min(begin + CHUNK, self.n))
            rank = self.table[codes[rows]] + nxt[None, :]
            best = np.argpartition(-rank, take - 1, axis=1)[:, :take]
            ok = np.isfinite(np.take_along_axis(rank, best, axis=1))
            out_e.append(np.broadcast_to(rows[:, None], best.shape)[ok])
            out_m.append(best[ok].astype(np.int64))
        return np.concatenate(out_e), np.concatenate(out_m)


def match_all(pool: MatchPool, weights: Mapping[str, float]) -> Solution:
    """Match all: the optimal assignment, proved, among those matching the most mentees.

    Among all assignments within the hard constraints the most mentees are matched, and among
    those the total score (pair preferences plus each mentor's balanced-load term, both rounded
    to the micro-point) is the highest possible. Updates `pool.load` like the other solvers.
    """
    n, k = len(pool.mentees.ids), len(pool.mentors.ids)
    if n == 0 or k == 0:
        return Solution(
            mentor_of=np.full(n, -1, dtype=np.int64), solver="exact min-cost assignment"
        )
    problem = _Assignment(pool, weights)
    codes = match_codes(pool)
    pair_e, pair_m = problem.start(codes)
    order = np.lexsort((pair_m, pair_e))
    pair_e, pair_m = pair_e[order], pair_m[order]
    slots = np.minimum(problem.remaining, np.bincount(pair_m, minlength=k))
    for _ in range(MAX_ROUNDS):
        value = problem.table[codes[pair_e, pair_m]]
        mentor_of, u, v = problem.solve(pair_e, pair_m, value, slots)
        more_e, more_m = problem.price(codes, u, v, slots)
        if not more_e.size:
            np.add.at(pool.load, mentor_of[mentor_of >= 0], 1)
            return Solution(mentor_of=mentor_of, solver=SOLVER)
        known = np.zeros(n * k, dtype=np.bool_) if n * k <= 50_000_000 else None
        key = pair_e * k + pair_m
        new_key = more_e * k + more_m
        if known is not None:
            known[key] = True
            fresh = ~known[new_key]
        else:
            fresh = ~np.isin(new_key, key)
        # A pair already there that still improves needs one more slot of its mentor.
        grow = np.unique(more_m[~fresh])
        slots[grow] = np.minimum(slots[grow] + 1, problem.remaining[grow])
        keys = np.union1d(key, new_key[fresh])
        pair_e, pair_m = keys // k, keys % k
        slots = np.maximum(slots, np.minimum(problem.remaining, np.bincount(pair_m, minlength=k)))
    raise NotProvedError("Match all could not prove its draft optimal")
