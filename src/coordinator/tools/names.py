"""How a person's name is written: the one place every page, report and export takes it from.

One rule: "Preferred Last", the preferred first name if there is one, else the first name, then
the last name. Lists, headings, choosers, reports, certificates and exports all show
`display_name`; a list in name order sorts by `name_sort_key` (last name, then the name shown,
then the legal first name, all without case or accents) beside it. The legal first name is in
its own column or the person's details where it is needed, never folded into the shown name.

Arguments are keyword-only, so a caller cannot swap the preferred and the last name by position
(two copies of the display rule once took them in different orders).
"""

from __future__ import annotations

from coordinator.tools.text import fold

# Below every letter and the space, so "Li" sorts before "Lin" and "Ng, Zoë" before "Nga, Ana".
_PART = "\x00"


def display_name(*, first: str, preferred: str | None, last: str) -> str:
    """The name people go by: the preferred first name if there is one, then the last name."""
    return f"{preferred or first} {last}".strip()


def filed_name(*, first: str, preferred: str | None, last: str) -> str:
    """ "Li, Ana": for file names only, where a folder lists the files in last-name order."""
    return f"{last}, {preferred or first}".strip(", ")


def name_sort_key(*, first: str, preferred: str | None, last: str) -> str:
    """The key that puts names in last-name order, case and accents aside ("Åberg" with "Aberg")."""
    # One fold for the three parts (a People refresh makes 100,000 keys); NUL is no space.
    return fold(f"{last.strip()}{_PART}{(preferred or first).strip()}{_PART}{first.strip()}")


def written_forms(*, first: str, preferred: str | None, last: str) -> set[str]:
    """The ways a form or survey may write this person ("First Last", "Last, First"), legal and
    preferred first name alike: for recognising a typed name, never for showing one."""
    return {
        form
        for given in (first, preferred)
        if given
        for form in (f"{given} {last}".strip(), f"{last}, {given}")
    }
