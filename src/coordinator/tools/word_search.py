"""Finding a row by what a coordinator types: every word, in any order, as the start of a word.

One matcher for every filter box and completer in the window (and anything else that searches
names): "bjork" finds "Zoë Björk", "Ana Bj" finds "Ana Björk", "ngu" finds "Nguyễn", "obrien" and
"o'br" find "O'Brien". Case and accents never matter (`tools.text.fold`, plus the few letters that
Unicode does not decompose: "dang" finds "Đặng", "lodz" finds "Łódź").

Keys are worked out once per refresh of a list (`search_key`); a keystroke only parses the query
and runs plain substring tests, so 100,000 rows filter in a few milliseconds:

    keys = [search_key(p.name, p.employee_id, p.campus) for p in people]
    query = SearchQuery.parse(typed)
    shown = query.filter(keys)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from coordinator.tools.text import fold

# Letters with a stroke or a ligature have no decomposition, so `fold` keeps them; a person
# typing on an English keyboard writes them as these.
_PLAIN_LETTERS = str.maketrans(
    {
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ł": "l",
        "ħ": "h",
        "ŧ": "t",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)
# Anything that is not a letter or a digit separates words ("O'Brien", "Smith-Jones", e-mail).
_SEPARATORS = re.compile(r"[\W_]+")
_ASCII_SEPARATORS = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))
_JOINED_NAME = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)+")  # o'brien, smith-jones, o’neil

Row = TypeVar("Row")


def _folded(text: str) -> str:
    folded = fold(text)
    return folded if folded.isascii() else folded.translate(_PLAIN_LETTERS)


def search_words(text: str) -> list[str]:
    """`text` as the words a search compares: folded, split at spaces and punctuation."""
    return [w for w in _SEPARATORS.split(_folded(text)) if w]


def search_key(*texts: str) -> str:
    """The text a row is found by: each word of `texts`, folded, after a space.

    Punctuation separates words ("ana.bjork@district.example" is four), and a name joined by an
    apostrophe or a hyphen is also kept whole, so "O'Brien" is found by "o", "brien" and
    "obrien", and "Smith-Jones" by "smithjones" as well as by either half. This runs for each of
    100,000 people on a refresh, so it is a few C-level string passes with no loop per word.
    """
    folded = " ".join([_folded(text) for text in texts if text])  # accents only where any
    if folded.replace(" ", "").isalnum():
        return " " + folded
    if folded.isascii():  # a byte table: several times quicker than re or str.translate
        words = folded.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii")
    else:
        words = _SEPARATORS.sub(" ", folded)
    if "'" in folded or "-" in folded or "\u2019" in folded:
        joined = [
            _SEPARATORS.sub("", name)
            for chunk in folded.split()
            if "'" in chunk or "-" in chunk or "\u2019" in chunk
            for name in _JOINED_NAME.findall(chunk)
        ]
        return f" {words} {' '.join(joined)}"
    return " " + words


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What was typed, as word starts: each a space then the folded word (" bj")."""

    starts: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> SearchQuery:
        # Longest first: a row that lacks the rarest (usually longest) word is passed over soonest.
        words = sorted(set(search_words(text)), key=len, reverse=True)
        return cls(tuple(" " + w for w in words))

    @property
    def is_empty(self) -> bool:
        """Nothing typed (or only punctuation): every row matches."""
        return not self.starts

    def matches(self, key: str) -> bool:
        """Whether a row's `search_key` has a word starting with each typed word."""
        return all(start in key for start in self.starts)

    def filter(self, keys: Sequence[str], within: Iterable[int] | None = None) -> list[int]:
        """The positions in `keys` (or in `within`, in its order) whose rows match."""
        source = range(len(keys)) if within is None else within
        starts = self.starts
        if not starts:
            return list(source)
        # One pass per word, the longest (most telling) first: each pass tests fewer rows.
        first, *others = starts
        found = [i for i in source if first in keys[i]]
        for start in others:
            found = [i for i in found if start in keys[i]]
        return found

    def narrows(self, previous: SearchQuery) -> bool:
        """Whether every row this query matches also matched `previous` (typing on, not back).

        Then only the rows shown now need testing again.
        """
        if previous.is_empty:
            return True
        return all(any(s.startswith(p) for s in self.starts) for p in previous.starts)


def matches(typed: str, *texts: str) -> bool:
    """One-off form of the matcher, for a handful of rows: `typed` against `texts`."""
    return SearchQuery.parse(typed).matches(search_key(*texts))


class RowFinder(Generic[Row]):
    """Rows with their search keys worked out once (per refresh); `shown` runs per keystroke.

    Typing on only re-tests the rows shown a moment ago, so each keystroke is cheaper than the
    one before.
    """

    def __init__(self, rows: Sequence[Row], texts: Callable[[Row], Iterable[str]]) -> None:
        self._rows = list(rows)
        self._keys = [search_key(*texts(row)) for row in self._rows]
        self._query = SearchQuery(())
        self._positions = list(range(len(self._rows)))

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def rows(self) -> list[Row]:
        """Every row, shown or not."""
        return list(self._rows)

    def positions(self, typed: str) -> list[int]:
        """Where the matching rows are, in the order the rows were given."""
        query = SearchQuery.parse(typed)
        if query != self._query:
            within = self._positions if query.narrows(self._query) else None
            self._positions = query.filter(self._keys, within)
            self._query = query
        return list(self._positions)

    def shown(self, typed: str) -> list[Row]:
        """The rows that match what is typed, in the order they were given."""
        rows = self._rows
        return [rows[i] for i in self.positions(typed)]
