"""Splitting long id lists so an `IN (...)` stays under SQLite's bound-parameter limit."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

CHUNK = 900


def chunked(ids: Iterable[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    """The ids in order, `size` at a time."""
    items = list(ids)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def as_dict(rows: Iterable[Any]) -> dict[Any, Any]:
    """Two-column result rows as a dict of first column to second."""
    return {row[0]: row[1] for row in rows}
