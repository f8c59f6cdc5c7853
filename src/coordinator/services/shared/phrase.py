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


class Count:
    """A counted noun: Count(3, "day") is "3 days" (the window takes Qt's plural forms)."""

    __slots__ = ("n", "noun")

    def __init__(self, n: int, noun: str) -> None:
        self.n = n
        self.noun = noun

    def __str__(self) -> str:
        return count_of(self.n, self.noun)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Count) and (self.n, self.noun) == (other.n, other.noun)

    def __hash__(self) -> int:
        return hash((self.n, self.noun))

    def __repr__(self) -> str:
        return f"Count({self.n!r}, {self.noun!r})"


class Hours:
    """Minutes written as hours to one decimal: Hours(450) is "7.5", Hours(720) is "12"."""

    __slots__ = ("minutes",)

    def __init__(self, minutes: int | float) -> None:
        self.minutes = minutes

    def __str__(self) -> str:
        return hours_text(self.minutes)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Hours) and self.minutes == other.minutes

    def __hash__(self) -> int:
        return hash(self.minutes)

    def __repr__(self) -> str:
        return f"Hours({self.minutes!r})"


class _Dated:
    __slots__ = ("day",)
    english = "%Y-%m-%d"

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __str__(self) -> str:
        return self.day.strftime(self.english)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Dated) and type(other) is type(self) and self.day == other.day

    def __hash__(self) -> int:
        return hash(self.day)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.day!r})"


class Day(_Dated):
    """A date, ISO in English ("2026-03-15"); the window writes its short date format."""


class MonthDay(_Dated):
    """A day of a month without the year: "May 13"."""

    def __str__(self) -> str:
        return f"{self.day:%b} {self.day.day}"


class MonthYear(_Dated):
    """A month of a year: "Oct 2025"."""

    english = "%b %Y"


class Word(str):
    """One of the services' fixed words ("Withdrawn"): the window says it as its label."""


Value = Count | Hours | Day | MonthDay | MonthYear | int | float | str


class Phrase(str):
    """The English sentence, with the template and values it was written from.

    Made by `phrase(...)`; `Phrase("text")` alone is a sentence with no values (its template is
    the text). Joining, slicing or adding to it gives a plain str: say it with `phrase` instead.
    """

    template: str
    values: Mapping[str, Value]

    @property
    def key(self) -> str:
        """The template, or the text itself for a phrase made without one."""
        return getattr(self, "template", str(self))


def phrase(template: str, **values: Value) -> Phrase:
    """The English `template` filled with `values` (a `str.format` template with named fields)."""
    said = Phrase(template.format(**values) if values else template)
    said.template = template
    said.values = values
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
