"""How a person's name is written: the one place every list, report and export takes it from.

Arguments are keyword-only, so a caller cannot swap the preferred and the last name by position
(two copies of the display rule once took them in different orders).

- `display_name`: "Preferred Last" (the first name when there is no preferred one). Lists,
  reports, exports, choosers and the dashboard all show this.
- `sort_name`: "Last, Preferred", for a list read down by last name (report scope choosers,
  the cohort and caseload order).
- `list_name`: "Last, First (Preferred)", the People list and the import preview, where the legal
  first name must be visible to recognise an HR roster row.
"""

from __future__ import annotations


def display_name(*, first: str, preferred: str | None, last: str) -> str:
    """The name people go by: the preferred first name if there is one, then the last name."""
    return f"{preferred or first} {last}".strip()


def sort_name(*, first: str, preferred: str | None, last: str) -> str:
    """The display name turned round for a list in last-name order: "Last, Preferred"."""
    return f"{last}, {preferred or first}"


def list_name(*, first: str, preferred: str | None, last: str) -> str:
    """ "Last, First" as the roster writes it, with a different preferred name in brackets."""
    if preferred and preferred != first:
        return f"{last}, {first} ({preferred})"
    return f"{last}, {first}"
