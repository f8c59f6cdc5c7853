"""`coordinator` and `python -m coordinator`: the command line, or the window with no command."""

from __future__ import annotations

import sys

from coordinator.cli import main as _main


def main() -> int:
    """The `coordinator` program: the command line (or the window), then the process ends."""
    return _main(process_ends=True)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # Reports are laid out in a child process; a frozen (PyInstaller) app must let it start.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
