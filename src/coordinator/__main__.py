"""`coordinator` and `python -m coordinator`: the command line, or the window with no command."""

from __future__ import annotations

import sys

from coordinator.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # Reports are laid out in a child process; a frozen (PyInstaller) app must let it start.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
