"""Real read-only and tiny disks for tests: a tmpfs mounted on a folder under tmp_path.

Tests run as root here, which chmod cannot stop; a read-only mount (EROFS) and a mount too small
for the write (ENOSPC) fail the way a locked USB stick or a full disk does. Where mounting is not
allowed the test is skipped.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(folder: Path, options: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root, or no mount permission)")


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "256k") -> Iterator[Path]:
    """`folder` as its own disk of `size` bytes; unmounted afterwards."""
    _mount(folder, f"size={size},mode=0700")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@contextlib.contextmanager
def read_only_disk(folder: Path, files: dict[str, bytes] | None = None) -> Iterator[Path]:
    """`folder` as a read-only disk holding `files`; unmounted afterwards."""
    _mount(folder, "size=4m,mode=0700")
    try:
        for name, data in (files or {}).items():
            (folder / name).write_bytes(data)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
