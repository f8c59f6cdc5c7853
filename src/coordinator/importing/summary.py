"""The one line every import ends with (roster and check-ins, window and command line alike).

"new=3 changed=1 ... invalid=0", with the batch when one was written, and the same words in
front of it when it was a dry run, so a coordinator can tell at a glance that nothing changed.
"""

from __future__ import annotations

from collections.abc import Mapping

DRY_RUN = "dry run (nothing changed)"


def counts_text(counts: Mapping[str, int]) -> str:
    return " ".join(f"{name}={count}" for name, count in counts.items())


def result_line(counts: Mapping[str, int], *, dry_run: bool, batch_id: int | None = None) -> str:
    """The counts, the batch written (if any), and "dry run (nothing changed): " first."""
    line = counts_text(counts)
    if batch_id is not None and not dry_run:
        line = f"{line} batch={batch_id}"
    return f"{DRY_RUN}: {line}" if dry_run else line
