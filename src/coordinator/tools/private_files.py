"""Files Coordinator writes for the coordinator: created readable by their owner only (0600)."""

from __future__ import annotations

import os
from pathlib import Path

from coordinator.errors import CoordinatorError


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically with mode 0600, replacing any file already there."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise CoordinatorError(
            f"Cannot write {path}: {exc.strerror}. Choose a folder you may write to, and close "
            "the file if it is open in another program."
        ) from exc
