"""Role families from position titles: a librarian mentors librarians, a counselor counselors."""

from __future__ import annotations

# Checked in order: the first family whose word appears in the position title wins.
ROLE_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("librarian", ("librar", "media specialist")),
    ("counselor", ("counsel",)),
    ("nurse", ("nurse",)),
    ("diagnostician", ("diagnostician",)),
    ("speech pathologist", ("speech", "slp")),
    ("administrator", ("principal", "director", "administrator")),
    ("teacher", ("teacher", "instructor", "educator")),
)


def role_family(position: str | None) -> str:
    """The role family a position title belongs to, or '' when the title does not say."""
    title = (position or "").strip().lower()
    if not title:
        return ""
    for family, words in ROLE_FAMILIES:
        if any(word in title for word in words):
            return family
    return "other"
