"""Match all, exactly: the best total score among the most mentees matched, at any size.

The assignment is the one `match_all_dense` solves: each mentor offers one slot per free place,
the k-th slot carrying the balanced-load preference for that load (decreasing, so slots fill in
order), each mentee takes one slot or none, and leaving a mentee out costs more than any other
rearrangement can gain back. Scores are scaled to whole micro-points (`SCALE`), so every cost is
an integer and optimality can be proved exactly.

Column generation keeps it small: a sparse assignment (scipy's LAPJVsp) over a few mentors per
mentee (the best of its best places under a few auction-style price guesses), then dual prices
for it from shortest paths in its residual graph (a vectorised Bellman-Ford), then a check of
every feasible (mentee, mentor) pair and every slot against those prices: grouped by place,
role family and subject or grade (`pricing`), and mentor by mentor for the mentees whose
grouped bound is spoiled by a personal exclusion. When no pair or slot has a negative reduced
cost the duals prove the draft optimal for the whole problem (linear-programming duality);
otherwise the improving pairs are added and it is solved again. Hard constraints are never
edges at all: supervisor, appraiser and self, role family, qualification and full mentors.

Ties between equally good drafts are broken by the fixed order of mentors and mentees, so the
same program gives the same pairs. The integer optimum is the float score's optimum to within a
micro-point per pair (each term is rounded once).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from scipy.sparse import csr_array
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from coordinator.services.matching.pricing import BARRED, Codes, Groups, chunks
from coordinator.services.matching.solver import (
    FloatArray,
    IntArray,
    MatchPool,
    Solution,
    balance_score,
)

SCALE = 1_000_000  # micro-points: every pair preference and slot value is a whole number of these
START_PLACES = 4  # each mentee starts with the best mentor of each of its best few places
ADD_PER_ROUND = 8  # improving mentors added per mentee and round
MAX_ROUNDS = 60
KNOWN_LIMIT = 100_000_000  # pairs: above this, which pairs are in is looked up by sorting
NEAR = float(SCALE)
DENSE_ROWS = 2_000  # up to this many mentees to improve, look at every mentor for each
START_GUESSES = 3  # price guesses for the first assignment's pairs
PRICE_STEP = SCALE / 2  # what a contended mentor costs more at each guess
SOLVER = "exact min-cost assignment"


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
        self.all_matched = True  # the last assignment matched every mentee (first: hope so)

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
        taken = np.empty(n, dtype=np.int64)
        graph = None
        if self.all_matched and n_slots >= n:
            # While every mentee can be matched, the optimum leaves no one out, so the columns
            # for leaving a mentee out are left off: the assignment is then about 40% quicker.
            # The duals below still see them, so the proof covers leaving mentees out too.
            edges = len(edge_row)
            graph = csr_array((cost[:edges], (row[:edges], col[:edges])), shape=(n, n_slots))
            try:
                matched_rows, matched_cols = min_weight_full_bipartite_matching(graph)
            except ValueError:  # not every mentee can be matched over these pairs
                graph = None
        if graph is None:
            graph = csr_array((cost, (row, col)), shape=(n, n_slots + n))
            matched_rows, matched_cols = min_weight_full_bipartite_matching(graph)
        taken[matched_rows] = matched_cols
        self.all_matched = bool((taken < n_slots).all())
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
        self, codes: Codes, groups: Groups, u: FloatArray, v: FloatArray, slots: IntArray
    ) -> tuple[IntArray, IntArray]:
        """Every (mentee, mentor) pair with a negative reduced cost: the mentee's worst few.

        A pair's cheapest slot is the mentor's slot minimising -value - v; a slot not yet in the
        assignment has v = 0, and only the first such one can be cheapest (values decrease).
        Grouped bounds pick the mentees that may have one; those are checked mentor by mentor.
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
        limit = self.base - u + 0.5  # a pair improves when P + (-cheapest) exceeds this
        value = np.where(codes.usable, -cheapest, -np.inf)
        groups.prepare(value)
        found_e: list[IntArray] = []
        found_m: list[IntArray] = []
        take = min(ADD_PER_ROUND, groups.n_places)
        suspects: list[IntArray] = []
        everyone: list[IntArray] = []
        for rows in chunks(self.n):
            total, at = groups.best(rows)
            over = total - limit[rows][:, None]
            flagged = np.nonzero(over.max(axis=1, initial=-np.inf) > 0)[0]
            if not flagged.size:
                continue
            everyone.append(rows[flagged])
            over, at = over[flagged], at[flagged]
            barred = np.zeros(over.shape, dtype=np.bool_)
            for col in range(self.pool.forbidden.shape[1]):
                barred |= at == self.pool.forbidden[rows[flagged], col][:, None]
            # A place whose best mentor is excluded for this mentee may hide another improving
            # mentor: such mentees are checked mentor by mentor below.
            suspects.append(rows[flagged][((over > 0) & barred).any(axis=1)])
            over[barred] = -np.inf
            best = np.argpartition(-over, take - 1, axis=1)[:, :take]
            hit = np.take_along_axis(over, best, axis=1) > 0
            found_e.append(np.broadcast_to(rows[flagged][:, None], best.shape)[hit])
            found_m.append(np.take_along_axis(at, best, axis=1)[hit])
        doubtful = np.concatenate(suspects) if suspects else np.zeros(0, np.int64)
        flagged_all = np.concatenate(everyone) if everyone else np.zeros(0, np.int64)
        if len(flagged_all) <= DENSE_ROWS:
            # Few mentees left to improve: check them mentor by mentor, which also finds the
            # second-best mentors of a place, and so saves rounds.
            doubtful, found_e, found_m = flagged_all, [], []
        dense = min(ADD_PER_ROUND, self.k)
        for part in chunks(len(doubtful)):
            rows = doubtful[part]
            reduced = (self.base - u[rows])[:, None] - self.table[codes.rows(rows)]
            reduced += cheapest[None, :]
            bad = np.nonzero(reduced.min(axis=1) < -0.5)[0]
            if bad.size:
                best = np.argpartition(reduced[bad], dense - 1, axis=1)[:, :dense]
                # Pairs within a point of improving come too: the next duals tend to want them.
                hit = np.take_along_axis(reduced[bad], best, axis=1) < NEAR
                found_e.append(np.broadcast_to(rows[bad][:, None], best.shape)[hit])
                found_m.append(best[hit].astype(np.int64))
        empty = np.zeros(0, dtype=np.int64)
        return (
            np.concatenate(found_e) if found_e else empty,
            np.concatenate(found_m) if found_m else empty,
        )

    def start(self, codes: Codes, groups: Groups) -> tuple[IntArray, IntArray]:
        """Per mentee, the best mentor of each of its best places, under a few price guesses.

        The first guess is each mentor's next-slot balanced load; each later one charges the
        mentors more mentees want than they have room for (a few auction steps), so the first
        assignment already sees the mentors that the contended ones push mentees to.
        """
        mentors = np.arange(self.k)
        nxt = np.where(codes.usable, self.slot_values(mentors, np.zeros(self.k, np.int64)), -np.inf)
        price = np.zeros(self.k)
        out_e: list[IntArray] = []
        out_m: list[IntArray] = []
        take = min(START_PLACES, groups.n_places)
        for _ in range(START_GUESSES):
            groups.prepare(nxt - price)
            wanted = np.zeros(self.k, dtype=np.int64)
            for rows in chunks(self.n):
                total, at = groups.best(rows)
                best = np.argpartition(-total, take - 1, axis=1)[:, :take]
                mentor = np.take_along_axis(at, best, axis=1)
                ok = np.isfinite(np.take_along_axis(total, best, axis=1))
                for col in range(self.pool.forbidden.shape[1]):
                    ok &= mentor != self.pool.forbidden[rows, col][:, None]
                out_e.append(np.broadcast_to(rows[:, None], best.shape)[ok])
                out_m.append(mentor[ok])
                top = at[np.arange(len(rows)), total.argmax(axis=1)]
                wanted += np.bincount(top[np.isfinite(total.max(axis=1))], minlength=self.k)
            price += PRICE_STEP * (wanted > self.remaining)
        keys = np.unique(np.concatenate(out_e) * self.k + np.concatenate(out_m))
        return keys // self.k, keys % self.k


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
    codes = Codes(pool)
    groups = Groups(codes, problem.table)
    pair_e, pair_m = problem.start(codes, groups)
    slots = np.minimum(problem.remaining, np.bincount(pair_m, minlength=k))
    keys = pair_e * k + pair_m
    known = np.zeros(n * k, dtype=np.bool_) if n * k <= KNOWN_LIMIT else None
    if known is not None:
        known[keys] = True
    for _ in range(MAX_ROUNDS):
        value = problem.table[codes.pairs(pair_e, pair_m)]
        mentor_of, u, v = problem.solve(pair_e, pair_m, value, slots)
        more_e, more_m = problem.price(codes, groups, u, v, slots)
        if not more_e.size:
            np.add.at(pool.load, mentor_of[mentor_of >= 0], 1)
            return Solution(mentor_of=mentor_of, solver=SOLVER)
        new_key = more_e * k + more_m
        fresh = ~known[new_key] if known is not None else ~np.isin(new_key, keys)
        # A pair already there that still improves needs one more slot of its mentor.
        grow = np.unique(more_m[~fresh])
        slots[grow] = np.minimum(slots[grow] + 1, problem.remaining[grow])
        added = np.unique(new_key[fresh])
        if known is not None:
            known[added] = True
        keys = np.concatenate((keys, added))
        pair_e, pair_m = keys // k, keys % k
        slots = np.maximum(slots, np.minimum(problem.remaining, np.bincount(pair_m, minlength=k)))
    raise NotProvedError("Match all could not prove its draft optimal")
