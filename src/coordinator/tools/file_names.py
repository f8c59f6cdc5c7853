"""File names Coordinator makes up (one workbook per mentor): safe on Windows, macOS and Linux.

Accents are kept (Unicode NFC, as macOS and Windows both show them); the characters Windows
refuses (< > : " / \\ | ? *) and control characters are replaced; trailing dots and spaces, which
Windows drops silently, are removed; Windows device names (CON, NUL, COM1…) get a leading "_";
and the name fits the 255-byte limit of the common file systems with room for a folder.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Characters Windows forbids in a name; the path separators of every system are among them.
_DASHED = str.maketrans(dict.fromkeys("/\\:|", "-"))
_DROPPED = str.maketrans(dict.fromkeys('<>"?*'))
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)
MAX_BYTES = 200  # UTF-8 bytes of the whole name: under 255, with room for " (12)" and more


def portable_file_name(stem: str, suffix: str) -> str:
    """`stem` + `suffix` (".xlsx") as a file name every desktop system accepts."""
    text = unicodedata.normalize("NFC", stem).translate(_DASHED).translate(_DROPPED)
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text
    )
    text = " ".join(text.split()).strip(". ")
    if text.split(".")[0].strip().upper() in _DEVICES:
        text = f"_{text}"
    room = MAX_BYTES - len(suffix.encode())
    while len(text.encode()) > room:
        text = text[:-1]
    text = text.rstrip(". ") or "unnamed"
    return f"{text}{suffix}"


def same_file_key(name: str) -> str:
    """Two names Windows or macOS would take for one file (they ignore case) share this key."""
    return unicodedata.normalize("NFC", name).casefold()


def unique_file_names(names: Iterable[str]) -> list[str]:
    """The names in order, a later one that clashes with an earlier getting " (2)", " (3)"…"""
    taken: set[str] = set()
    result = []
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        candidate, n = name, 1
        while same_file_key(candidate) in taken:
            n += 1
            candidate = f"{stem} ({n}){dot}{suffix}"
        taken.add(same_file_key(candidate))
        result.append(candidate)
    return result
