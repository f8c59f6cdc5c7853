"""Roster fields, their many header names, and matching a file's headers to them with confidence."""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from coordinator.tools.text import clean_text

# The person fields a roster column can fill, with the words a coordinator sees.
FIELD_LABELS: dict[str, str] = {
    "employee_id": "Employee ID",
    "full_name": "Name (Last, First)",
    "last_name": "Last name",
    "first_name": "First name",
    "preferred_name": "Preferred name",
    "email": "E-mail",
    "phone": "Phone",
    "position": "Position",
    "subject": "Subject",
    "grade": "Grade",
    "campus": "Campus",
    "campus_code": "Campus code",
    "hire_date": "Hire date",
}

SYNONYMS: dict[str, tuple[str, ...]] = {
    "employee_id": (
        "employee id",
        "emp id",
        "employee number",
        "employee no",
        "emp number",
        "emp no",
        "emp",
        "id",
        "staff id",
        "staff number",
        "personnel number",
        "badge number",
        "employee num",
        "empid",
        "eid",
        "teacher id",
        "person id",
    ),
    "full_name": (
        "name",
        "full name",
        "employee name",
        "name last first",
        "last first",
        "staff name",
        "teacher name",
        "last name first name",
        "name last first middle",
    ),
    "last_name": ("last name", "last", "surname", "family name", "lname", "name last"),
    "first_name": (
        "first name",
        "first",
        "given name",
        "fname",
        "name first",
        "legal first name",
        "forename",
    ),
    "preferred_name": (
        "preferred name",
        "preferred",
        "nickname",
        "goes by",
        "preferred first name",
    ),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "work email",
        "district email",
        "mail",
        "emailaddress",
    ),
    "phone": (
        "phone",
        "phone number",
        "telephone",
        "cell",
        "cell phone",
        "mobile",
        "work phone",
        "tel",
    ),
    "position": (
        "position",
        "job title",
        "title",
        "role",
        "job",
        "position title",
        "assignment",
        "job description",
        "position description",
    ),
    "subject": ("subject", "content area", "subject area", "department", "teaching field"),
    "grade": ("grade", "grade level", "grades", "grade taught", "grade band"),
    "campus": (
        "campus",
        "location",
        "campus name",
        "school",
        "school name",
        "site",
        "building",
        "work location",
        "location name",
        "assigned campus",
    ),
    "campus_code": (
        "campus code",
        "campus number",
        "location code",
        "school code",
        "site code",
        "campus id",
        "location number",
        "school number",
        "campus no",
    ),
    "hire_date": (
        "hire date",
        "start date",
        "start",
        "date hired",
        "hired",
        "hire",
        "original hire date",
        "employment date",
        "first day",
        "date of hire",
        "effective date",
        "hire dt",
    ),
}

# Headers HR exports carry that are no roster field: known, so never fuzzy-matched to a field
# ("Sup Name" is the supervisor's name, not the person's), and counted when finding the header row.
NOT_IMPORTED: tuple[str, ...] = (
    "supervisor",
    "supervisor name",
    "supervisor id",
    "supervisor employee number",
    "manager",
    "manager name",
    "principal",
    "principal name",
    "salary",
    "annual salary",
    "pay rate",
    "pay grade",
    "step",
    "fte",
    "status",
    "employee status",
    "employment status",
    "gender",
    "sex",
    "race",
    "ethnicity",
    "middle name",
    "middle initial",
    "mi",
    "suffix",
    "address",
    "home address",
    "city",
    "state",
    "zip",
    "zip code",
    "termination date",
    "seniority date",
    "years of experience",
    "certification",
    "notes",
    "comments",
)

# Columns we must not keep: they are ignored with a warning, never mapped.
SENSITIVE: dict[str, tuple[str, ...]] = {
    "a Social Security number": ("ssn", "social security", "social security number", "ss"),
    "a date of birth": ("dob", "date of birth", "birth date", "birthdate", "birthday", "born"),
}

FUZZY_CUTOFF = 0.8


@dataclass(frozen=True)
class ColumnGuess:
    """What one column was matched to: a field (or None), how sure, and any warning."""

    index: int
    header: str
    field: str | None
    confidence: float
    sensitive: str | None = None


def header_text(value: Any) -> str:
    """A header cell as the user sees it: `clean_text` with each run of spaces made one."""
    return " ".join(clean_text(value).split())


def _words(header: str) -> str:
    """Lower-case words only: `Emp #` -> `emp number`, `E-Mail Address:` -> `e mail address`."""
    text = header.casefold().replace("#", " number ").replace("no.", "no ")
    text = re.sub(r"[^0-9a-z]+", " ", unicodedata.normalize("NFKD", text))
    return " ".join(text.split())


# HR abbreviations, word by word, after `_words`: "Orig. Hire Dt" -> "original hire date".
ABBREVIATIONS: dict[str, str] = {
    "emp": "employee",
    "empl": "employee",
    "ee": "employee",
    "no": "number",
    "nbr": "number",
    "num": "number",
    "nmbr": "number",
    "dt": "date",
    "descr": "description",
    "desc": "description",
    "orig": "original",
    "bldg": "building",
    "loc": "location",
    "dept": "department",
    "sup": "supervisor",
    "supv": "supervisor",
    "supvr": "supervisor",
    "mgr": "manager",
    "pos": "position",
    "addr": "address",
    "ph": "phone",
    "tel": "phone",
    "nm": "name",
    "yr": "year",
    "mail": "email",
}


def normalise(header: str) -> str:
    """A header as words with HR abbreviations spelt out: `Emp. No.` -> `employee number`,
    `Work E-Mail` -> `work email`, `Loc Nbr` -> `location number`."""
    text = _words(header).replace("e mail", "email")
    return " ".join(ABBREVIATIONS.get(word, word) for word in text.split())


def _index(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for name, synonyms in pairs.items():
        for synonym in synonyms:
            index.setdefault(normalise(synonym), name)
    return index


_SYNONYM_INDEX = _index(SYNONYMS)
_KNOWN_INDEX = {**_SYNONYM_INDEX, **dict.fromkeys(map(normalise, NOT_IMPORTED), "")}
_SENSITIVE_INDEX = {normalise(syn): what for what, syns in SENSITIVE.items() for syn in syns}


def sensitive_kind(header: str) -> str | None:
    key = normalise(header)
    if key in _SENSITIVE_INDEX:
        return _SENSITIVE_INDEX[key]
    words = set(key.split())
    if "ssn" in words or {"social", "security"} <= words or "dob" in words:
        return "a Social Security number" if "dob" not in words else "a date of birth"
    if "birth" in words:
        return "a date of birth"
    return None


def score_header(header: str) -> tuple[str | None, float]:
    """The field a header most likely means and the confidence (1.0 for a known synonym)."""
    key = normalise(header)
    if not key:
        return None, 0.0
    if key in _KNOWN_INDEX:
        return _KNOWN_INDEX[key] or None, 1.0 if _KNOWN_INDEX[key] else 0.0
    close = difflib.get_close_matches(key, _KNOWN_INDEX, n=1, cutoff=FUZZY_CUTOFF)
    if not close or not _KNOWN_INDEX[close[0]]:
        return None, 0.0
    ratio = difflib.SequenceMatcher(None, key, close[0]).ratio()
    return _KNOWN_INDEX[close[0]], round(ratio, 2)


def guess_columns(headers: list[str]) -> list[ColumnGuess]:
    """One guess per column; each field goes to the column that matches it best."""
    scored: list[tuple[int, str | None, float, str | None]] = []
    for index, header in enumerate(headers):
        sensitive = sensitive_kind(header) if header else None
        if sensitive:
            scored.append((index, None, 0.0, sensitive))
            continue
        name, confidence = score_header(header)
        scored.append((index, name, confidence, None))
    best: dict[str, float] = {}
    for _index, name, confidence, _sens in scored:
        if name:
            best[name] = max(confidence, best.get(name, 0.0))
    guesses = []
    taken: set[str] = set()
    for index, name, confidence, sens in scored:
        # Two headers that both surely name one field both keep it: that is a duplicate label
        # the user settles (headers.duplicate_fields), never the first one silently winning.
        keep = (
            name is not None
            and confidence == best[name]
            and (confidence >= 1.0 or name not in taken)
        )
        if keep and name is not None:
            taken.add(name)
        guesses.append(
            ColumnGuess(
                index=index,
                header=headers[index],
                field=name if keep else None,
                confidence=confidence if keep else 0.0,
                sensitive=sens,
            )
        )
    return _split_name_columns(guesses)


def _split_name_columns(guesses: list[ColumnGuess]) -> list[ColumnGuess]:
    """A lone `Name` column with separate first/last columns present is not the full name."""
    fields = {g.field for g in guesses}
    if "full_name" in fields and {"first_name", "last_name"} <= fields:
        return [
            ColumnGuess(g.index, g.header, None, 0.0, g.sensitive) if g.field == "full_name" else g
            for g in guesses
        ]
    return guesses


def duplicate_fields(mapping: list[str | None]) -> dict[str, list[int]]:
    """Fields that more than one column is mapped to, with those columns (in file order)."""
    columns: dict[str, list[int]] = {}
    for index, name in enumerate(mapping):
        if name:
            columns.setdefault(name, []).append(index)
    return {name: found for name, found in columns.items() if len(found) > 1}


def header_signature(headers: list[str]) -> str:
    """A stable fingerprint of a header row: the same export layout gives the same signature.

    It keeps the words as written (no abbreviations spelt out), so profiles saved before the
    abbreviation table grew still match their files.
    """
    joined = "\x1f".join(_words(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def known_header_count(row: list[Any]) -> int:
    """How many cells of a row read as roster headers (used to find the header row)."""
    return sum(
        1 for cell in row if isinstance(cell, str) and normalise(header_text(cell)) in _KNOWN_INDEX
    )
