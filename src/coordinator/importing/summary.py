"""The one line every import ends with (roster and check-ins, window and command line alike).

"new=3 changed=1 ... invalid=0", with the batch when one was written, and the same words in
front of it when it was a dry run, so a coordinator can tell at a glance that nothing changed.
The command line prints that line (scripts read it); the window says the same in words
("3 new, 1 changed, ... 0 with problems").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from coordinator.tools.text import figure

DRY_RUN = "dry run (nothing changed)"
COUNT_WORDS = {
    "new": "new",
    "changed": "changed",
    "unchanged": "unchanged",
    "missing": "not in this file",
    "duplicates": "duplicates",
    "invalid": "with problems",
    "marked_left": "marked as left",
}


def counts_text(counts: Mapping[str, int]) -> str:
    return " ".join(f"{name}={count}" for name, count in counts.items())


def result_line(counts: Mapping[str, int], *, dry_run: bool, batch_id: int | None = None) -> str:
    """The counts, the batch written (if any), and "dry run (nothing changed): " first."""
    line = counts_text(counts)
    if batch_id is not None and not dry_run:
        line = f"{line} batch={batch_id}"
    return f"{DRY_RUN}: {line}" if dry_run else line


def result_words(
    counts: Mapping[str, int],
    *,
    dry_run: bool,
    number: Callable[[int | float], str] = figure,
) -> str:
    """The counts in words: "2 new, 0 changed, ... 1 with problems"; a dry run says so first."""
    line = ", ".join(f"{number(n)} {COUNT_WORDS.get(k, k)}" for k, n in counts.items())
    return f"Dry run (nothing changed): {line}" if dry_run else line
