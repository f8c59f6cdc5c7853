"""Writing report and export files: owner-only (0600), all or nothing."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_private(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write a file readable by its owner only, all or nothing: a temp file, then a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def save_copy(source: Path, destination: Path) -> Path:
    """Copy a finished report to where the coordinator chose, owner-only."""
    data = Path(source).read_bytes()

    def write(out: BinaryIO) -> None:
        out.write(data)

    return write_private(destination, write)
