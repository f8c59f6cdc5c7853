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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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


def _folded(text: str) -> str:
    folded = fold(text)
    return folded if folded.isascii() else folded.translate(_PLAIN_LETTERS)


def search_words(text: str) -> list[str]:
    """`text` as the words a search compares: folded, split at spaces and punctuation."""
    return [w for w in _SEPARATORS.split(_folded(text)) if w]


def search_key(*texts: str) -> str:
    """The text a row is found by: each word of `texts`, folded, after a space.

    A word with punctuation inside is also kept joined up, so "O'Brien" is found by "o", "brien",
    "o'brien" and "obrien", and "Smith-Jones" by "smithjones" as well as by either half.
    """
    words: list[str] = []
    for text in texts:
        for chunk in _folded(text).split():
            pieces = [p for p in _SEPARATORS.split(chunk) if p]
            words.extend(pieces)
            if len(pieces) > 1:
                words.append("".join(pieces))
    return " " + " ".join(words)


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
        if len(starts) == 1:
            (start,) = starts
            return [i for i in source if start in keys[i]]
        return [i for i in source if all(s in keys[i] for s in starts)]

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
