"""`coordinator` and `python -m coordinator`: the command line, or the window with no command."""

from __future__ import annotations

import sys

from coordinator.cli import main

if __name__ == "__main__":
    sys.exit(main())
