"""Sentences the services write, kept so the window can say them again in its own language.

A `Phrase` is the English sentence itself (a `str`: the command line, CSV files, PDFs, logs and
tests read it exactly as before), and it also keeps the English template it was made from and the
typed values it was filled with. The window (ui/service_reasons.py) translates the template and
writes each value the way its language does: counts with their plural, hours and numbers with
the locale's figures, days in the short date format, months by their local names.

    phrase("No contact for {gap} (warning at {warn})", gap=Count(30, "day"), warn=Count(28, "day"))
    == "No contact for 30 days (warning at 28 days)"

A value may be a `Count`, `Hours`, `Day`, `MonthDay`, `MonthYear`, an int or float (a figure),
a str (a name, printed as it is) or another Phrase (said in the window's language too).
`joined("; ", parts)` is a list of phrases written as one (the at-risk table's reasons).
Services stay free of Qt: nothing here translates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import lru_cache

from coordinator.tools.text import count_of


@lru_cache(maxsize=4096)  # the same few hundred minute totals come up thousands of times
def hours_text(minutes: int | float) -> str:
    """Minutes as hours the way a coordinator writes them: 450 -> "7.5", 720 -> "12",
    476,850 -> "7,947.5"."""
    text = f"{round(minutes / 60, 1):,.1f}"
    return text[:-2] if text.endswith(".0") else text


class Count(tuple[int, str]):
    """A counted noun: Count(3, "day") is "3 days" (the window takes the plural it needs).

    The value types are tuples so that a phrase's values hash and compare in C (`phrase` keeps
    the phrases it made: the large demo's evaluation writes 60,000 findings from a few thousand).
    """

    __slots__ = ()

    def __new__(cls, n: int, noun: str) -> Count:
        return tuple.__new__(cls, (n, noun))

    @property
    def n(self) -> int:
        return self[0]

    @property
    def noun(self) -> str:
        return self[1]

    def __getnewargs__(self) -> tuple[int, str]:
        return (self[0], self[1])  # pickled and copied as Count(n, noun)

    def __str__(self) -> str:
        return count_of(self[0], self[1])

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Count({self[0]!r}, {self[1]!r})"


class Figure(tuple[int]):
    """A whole number written with its thousands separated: Figure(1234) is "1,234"."""

    __slots__ = ()

    def __new__(cls, n: int) -> Figure:
        return tuple.__new__(cls, (n,))

    def __getnewargs__(self) -> tuple[int]:
        return (self[0],)

    @property
    def n(self) -> int:
        return self[0]

    def __str__(self) -> str:
        return f"{self[0]:,}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Figure({self[0]!r})"


class Hours(tuple[int | float]):
    """Minutes written as hours to one decimal: Hours(450) is "7.5", Hours(720) is "12"."""

    __slots__ = ()

    def __new__(cls, minutes: int | float) -> Hours:
        return tuple.__new__(cls, (minutes,))

    @property
    def minutes(self) -> int | float:
        return self[0]

    def __getnewargs__(self) -> tuple[int | float]:
        return (self[0],)

    def __str__(self) -> str:
        return hours_text(self[0])

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Hours({self[0]!r})"


class _Dated(tuple[dt.date]):
    __slots__ = ()
    english = "%Y-%m-%d"

    def __new__(cls, day: dt.date) -> _Dated:
        return tuple.__new__(cls, (day,))

    @property
    def day(self) -> dt.date:
        return self[0]

    def __getnewargs__(self) -> tuple[dt.date]:
        return (self[0],)

    def __str__(self) -> str:
        return self[0].strftime(self.english)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self[0]!r})"


class Day(_Dated):
    """A date, ISO in English ("2026-03-15"); the window writes its short date format."""

    __slots__ = ()


class MonthDay(_Dated):
    """A day of a month without the year: "May 13"."""

    __slots__ = ()

    def __str__(self) -> str:
        return f"{self[0]:%b} {self[0].day}"


class MonthYear(_Dated):
    """A month of a year: "Oct 2025"."""

    __slots__ = ()
    english = "%b %Y"


class Word(str):
    """One of the services' fixed words ("Withdrawn"): the window says it as its label."""


Value = Count | Figure | Hours | Day | MonthDay | MonthYear | int | float | str


class Phrase(str):
    """The English sentence, with the template and values it was written from.

    Made by `phrase(...)`; `Phrase("text")` alone is a sentence with no values (its template is
    the text). Joining, slicing or adding to it gives a plain str: say it with `phrase` instead.
    """

    template: str
    values: Mapping[str, Value]


_made: dict[tuple[object, ...], Phrase] = {}  # each phrase once: the same findings recur
MADE_AT_MOST = 200_000


def phrase(template: str, **values: Value) -> Phrase:
    """The English `template` filled with `values` (a `str.format` template with named fields).

    The same template with the same values gives the same Phrase (it is never changed).
    """
    # A Phrase value is keyed by itself (`id`: phrases equal in English may be said differently,
    # and a plain str equal to a Phrase must not find it); the cached phrase keeps it alive.
    key = (template, *((name, id(v) if isinstance(v, Phrase) else v) for name, v in values.items()))
    said = _made.get(key)
    if said is None:
        if len(_made) >= MADE_AT_MOST:
            _made.clear()
        said = Phrase(template.format_map(values) if values else template)
        said.template = template
        said.values = values
        _made[key] = said
    return said


class Joined(Phrase):
    """Phrases written one after another with a separator ("; "), each said on its own."""

    separator: str
    parts: tuple[str, ...]


def joined(separator: str, parts: Iterable[str]) -> Joined:
    items = tuple(parts)
    said = Joined(separator.join(items))
    said.separator = separator
    said.parts = items
    return said
