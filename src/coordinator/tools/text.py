"""Text as Coordinator keeps it (`clean_text`), compares it (`fold`), counts in it (`count_of`)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any

# Spaces a spreadsheet or a web form brings along that `str.strip` alone would not catch the
# same way everywhere (no-break, figure and narrow spaces; a stray byte-order mark).
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\ufeff": ""})


def clean_text(value: Any) -> str:
    """Text as written: Unicode NFC, trimmed of ordinary and non-breaking spaces, never re-cased.

    A cell's value becomes text the way a coordinator typed it: `115838.0` from a numeric cell is
    `115838`, a date-only datetime is `2025-08-24`, None is "".
    """
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    else:
        text = str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text.translate(_SPACES))
    return text.strip()


class _FoldTable(dict[int, str]):
    """Each character's accent-free form, worked out once (for `str.translate`)."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        # Decomposing can bring back capitals ("℠" is "SM"): fold their case once more.
        value = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Text as compared and searched: no case, no accents, single spaces, trimmed.

    "Nguyễn  Zoë " folds to "nguyen zoe", so typing "zoe" finds "Zoë" and a survey's "ZOE NGUYEN"
    matches the roster's "Zoë Nguyễn".
    """
    # Character by character (each one decomposed, stripped of accents, then case-folded), so a
    # lone combining mark goes before case folding could turn it into a letter (U+0345 into ι).
    lowered = text.lower() if text.isascii() else text.translate(_FOLD_TABLE)
    return " ".join(lowered.split())


# Nouns whose plural is not the noun with "s" or "es" (the words a coordinator counts in).
IRREGULAR_PLURALS = {
    "person": "people",
    "child": "children",
    "staff": "staff",
    "criterion": "criteria",
    "analysis": "analyses",
}
_ES_ENDINGS = ("s", "x", "z", "ch", "sh")


def figure(number: int | float) -> str:
    """A figure as files and the command line print it: thousands separated ("1,234")."""
    if isinstance(number, float) and not number.is_integer():
        return f"{number:,.1f}"
    return f"{int(number):,}"


def plural_of(noun: str) -> str:
    """The noun's plural: people, campuses, entries, check-ins, follow-ups, mentees.

    Only the last word changes ("group meeting" -> "group meetings"); capitals are kept.
    """
    head, space, last = noun.rpartition(" ")
    lowered = last.casefold()
    if lowered in IRREGULAR_PLURALS:
        word = IRREGULAR_PLURALS[lowered]
        word = word.capitalize() if last[:1].isupper() else word
    elif lowered.endswith(_ES_ENDINGS):
        word = last + "es"
    elif len(lowered) > 1 and lowered.endswith("y") and lowered[-2] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head}{space}{word}"


def count_of(
    count: int | float,
    noun: str,
    many: str | None = None,
    *,
    number: Callable[[int | float], str] = figure,
) -> str:
    """A counted noun: "1 check-in", "2 check-ins", "1,234 mentees", "3 people".

    `many` gives a plural the rules do not know; `number` writes the figure (the window passes
    its locale's).
    """
    word = noun if count == 1 else (many or plural_of(noun))
    return f"{number(count)} {word}"
