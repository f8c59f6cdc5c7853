"""Match codes and grouped best-mentor values for the exact Match all, without a dense pass.

A pair's preference depends only on its match code: bit 0 same campus, 1 same level, 2 same
region, 3 same subject or grade. The first three bits come from the two people's places
(campus, level, region); the fourth from subject and grade. So for any per-mentor value V, the
best P(e, m) + V(m) over the mentors of one place is the better of "the place's best mentor
plus the place bits" and "the place's best mentor sharing the mentee's subject (or grade) plus
the place bits and bit 3", per role family. That is a few hundred places per mentee instead of
every mentor; it ignores a mentee's personal exclusions (supervisor, appraiser, self), so it is
an upper bound, and only the mentees it flags are checked mentor by mentor.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from coordinator.services.matching.solver import CHUNK, BoolArray, FloatArray, IntArray, MatchPool

BARRED = 16  # match code of a pair the hard constraints forbid
CodeMatrix = npt.NDArray[np.uint8]


def _keys(*columns: np.ndarray) -> tuple[IntArray, np.ndarray]:
    """Row ids into the distinct tuples of the given columns, and those tuples."""
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for column in columns:
        key = key * (int(column.max(initial=-1)) + 2) + (column.astype(np.int64) + 1)
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return inverse.reshape(-1).astype(np.int64), np.stack([c[first] for c in columns], axis=1)


def _equal(a: np.ndarray, b: np.ndarray) -> BoolArray:
    result: BoolArray = (a[:, None] == b[None, :]) & (a[:, None] >= 0)
    return result


def _best_by(group: IntArray, value: FloatArray, size: int) -> tuple[FloatArray, IntArray]:
    """Per group id: the largest value and its entry (the lowest index among equals)."""
    best = np.full(size, -np.inf)
    where = np.full(size, -1, dtype=np.int64)
    keep = np.isfinite(value)
    group, entry = group[keep], np.nonzero(keep)[0]
    order = np.lexsort((entry, -value[keep], group))
    first = np.ones(len(order), dtype=np.bool_)
    first[1:] = group[order][1:] != group[order][:-1]
    chosen = order[first]
    best[group[chosen]] = value[keep][chosen]
    where[group[chosen]] = entry[chosen]
    return best, where


class Codes:
    """The small tables behind every pair's match code, built once per pool."""

    def __init__(self, pool: MatchPool) -> None:
        e, m = pool.mentees, pool.mentors
        self.pool, self.n = pool, len(e.ids)
        self.place, places = _keys(
            np.concatenate((e.campus, m.campus)),
            np.concatenate((e.level, m.level)),
            np.concatenate((e.region, m.region)),
        )
        self.near = (
            _equal(places[:, 0], places[:, 0]).astype(np.uint8)
            | _equal(places[:, 1], places[:, 1]).astype(np.uint8) << 1
            | _equal(places[:, 2], places[:, 2]).astype(np.uint8) << 2
        )
        self.work, works = _keys(
            np.concatenate((e.subject, m.subject)),
            np.concatenate((e.grade, m.grade)),
            np.concatenate((e.family, m.family)),
        )
        fe, fm = works[:, 2][:, None], works[:, 2][None, :]
        alike = _equal(works[:, 0], works[:, 0]) | _equal(works[:, 1], works[:, 1])
        self.alike = alike.astype(np.uint8) << 3
        self.alike[~((fe == fm) | (fe < 0) | (fm < 0))] = BARRED
        self.usable = pool.qualified & (pool.remaining > 0)

    def rows(self, rows: IntArray) -> CodeMatrix:
        """The match code of each mentee in `rows` with every mentor, BARRED where forbidden."""
        n = self.n
        near = self.near[self.place[rows]][:, self.place[n:]]
        block: CodeMatrix = np.bitwise_or(near, self.alike[self.work[rows]][:, self.work[n:]])
        block[block > BARRED] = BARRED
        block[:, ~self.usable] = BARRED
        for col in range(self.pool.forbidden.shape[1]):
            barred = self.pool.forbidden[rows, col]
            hit = np.nonzero(barred >= 0)[0]
            block[hit, barred[hit]] = BARRED
        return block

    def pairs(self, mentee: IntArray, mentor: IntArray) -> CodeMatrix:
        """The match code of given (mentee, mentor) pairs (all allowed), element by element."""
        n = self.n
        near = self.near[self.place[mentee], self.place[n + mentor]]
        code: CodeMatrix = np.bitwise_or(near, self.alike[self.work[mentee], self.work[n + mentor]])
        return code


class Groups:
    """Mentors grouped by place, role family and subject or grade, for best-value look-ups."""

    def __init__(self, codes: Codes, table: FloatArray) -> None:
        pool, n = codes.pool, codes.n
        e, m = pool.mentees, pool.mentors
        self.table, self.k = table, len(m.ids)
        mentor_place = codes.place[n:]
        places, self.q = np.unique(mentor_place, return_inverse=True)
        self.q = self.q.reshape(-1)
        self.n_places = len(places)
        self.near_code = codes.near[codes.place[:n]][:, places]  # mentees x mentor places
        families = int(max(e.family.max(initial=-1), m.family.max(initial=-1))) + 1
        self.any_family = families  # the key of a mentee whose family is not known
        self.family_key = np.where(e.family >= 0, e.family, families).astype(np.int64)
        # A mentor counts for its own family, for "any", and for every family when unknown.
        own = np.nonzero(m.family >= 0)[0]
        unknown = np.nonzero(m.family < 0)[0]
        self.entry_mentor = np.concatenate(
            (own, own, np.repeat(unknown, families), unknown)
        ).astype(np.int64)
        self.entry_family = np.concatenate(
            (
                m.family[own],
                np.full(len(own), families),
                np.tile(np.arange(families), len(unknown)),
                np.full(len(unknown), families),
            )
        ).astype(np.int64)
        self.n_keys = families + 1
        self.subjects = int(max(e.subject.max(initial=-1), m.subject.max(initial=-1))) + 1
        self.grades = int(max(e.grade.max(initial=-1), m.grade.max(initial=-1))) + 1
        self.mentees, self.mentors = e, m
        self.place_value = table[self.near_code]
        self.place_value_alike = table[self.near_code | 8]
        self.combo, self.combos = _keys(self.family_key, e.subject, e.grade)

    def prepare(self, value: FloatArray) -> None:
        """Group maxima of a per-mentor value (minus infinity for a mentor who cannot take one)."""
        em, ef = self.entry_mentor, self.entry_family
        v = value[em]
        q, keys = self.q[em], self.n_keys
        self.top = _best_by(q * keys + ef, v, self.n_places * keys)
        self.subj = self._by(self.mentors.subject[em], self.subjects, q, ef, v)
        self.grade = self._by(self.mentors.grade[em], self.grades, q, ef, v)
        (top, top_at), (subj, subj_at), (grade, grade_at) = self.top, self.subj, self.grade
        places = np.arange(self.n_places)
        cell = places[None, :] * keys + np.arange(keys)[:, None]
        self.plain = top[cell], top_at[cell]  # family key x place
        fk, sc, gc = self.combos[:, 0], self.combos[:, 1], self.combos[:, 2]
        cell = places[None, :] * keys + fk[:, None]
        by_s = self._pick(subj, subj_at, cell, sc, self.subjects)
        by_g = self._pick(grade, grade_at, cell, gc, self.grades)
        better = by_g[0] > by_s[0]
        self.alike = (  # (family key, subject, grade) x place
            np.where(better, by_g[0], by_s[0]),
            np.where(better, by_g[1], by_s[1]),
        )

    def best(self, rows: IntArray) -> tuple[FloatArray, IntArray]:
        """Per mentee in rows and mentor place: the best P + value and the mentor giving it.

        Personal exclusions are not applied, so it bounds the true best from above.
        """
        plain, plain_at = self.plain
        alike, alike_at = self.alike
        fk, combo = self.family_key[rows], self.combo[rows]
        first = self.place_value[rows] + plain[fk]
        second = self.place_value_alike[rows] + alike[combo]
        take = second > first
        total = np.where(take, second, first)
        at = np.where(take, alike_at[combo], plain_at[fk])
        return total, self.entry_mentor[np.maximum(at, 0)]

    def _by(
        self, attr: np.ndarray, size: int, q: IntArray, ef: IntArray, v: FloatArray
    ) -> tuple[FloatArray, IntArray]:
        ok = attr >= 0
        key = (q * self.n_keys + ef) * max(size, 1) + np.where(ok, attr, 0)
        value = np.where(ok, v, -np.inf)
        return _best_by(key, value, self.n_places * self.n_keys * max(size, 1))

    @staticmethod
    def _pick(
        best: FloatArray, at: IntArray, cell: IntArray, attr: np.ndarray, size: int
    ) -> tuple[FloatArray, IntArray]:
        key = cell * max(size, 1) + np.where(attr >= 0, attr, 0)[:, None]
        value = np.where((attr >= 0)[:, None], best[key], -np.inf)
        return value, at[key]


def chunks(n: int) -> list[IntArray]:
    """0..n-1 in runs of CHUNK."""
    return [np.arange(s, min(s + CHUNK, n), dtype=np.int64) for s in range(0, n, CHUNK)]
