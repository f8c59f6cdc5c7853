"""A script run in a child Python with a file-size limit (RLIMIT_FSIZE), as on a full disk.

The script sets the limit itself (after whatever it must write first), with SIGXFSZ ignored so a
write past the limit fails with EFBIG instead of killing the child.
"""

from __future__ import annotations

import os
import subprocess
import sys


def run_script(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `script` with `args` in a child that imports this checkout of coordinator."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
