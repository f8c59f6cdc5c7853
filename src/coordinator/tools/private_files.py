"""Every file Coordinator writes for the coordinator: owner-only (0600) and all or nothing.

A file is written under a temporary name in the same folder (created with O_CREAT|O_EXCL and mode
0600, so nothing planted there is followed), flushed to disk, then renamed over the destination.
On any failure the temporary file is removed: the destination is the old file or the new one,
never half of one. A full disk or a missing permission becomes a WriteFailedError saying so.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from coordinator.errors import WriteFailedError

PRIVATE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
NO_PERMISSION = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
TEMP_SUFFIX = ".part"


def write_failure(path: Path, exc: OSError) -> WriteFailedError:
    """The error a coordinator sees when `path` cannot be written: what went wrong, what to do."""
    if exc.errno in DISK_FULL:
        reason, advice = "the disk is full", "Free some disk space or choose another folder."
    elif exc.errno in NO_PERMISSION:
        reason = "you do not have permission to write there (permission denied)"
        advice = "Choose a folder you may write to."
    else:
        reason = (exc.strerror or str(exc)).rstrip(".")
        advice = (
            "Choose a folder you may write to, and close the file if it is open in another program."
        )
    return WriteFailedError(f"Cannot write {path}: {reason}. {advice}", reason)


def private_opener(path: str, flags: int) -> int:
    """An `opener` for open(): a file it creates is readable by its owner only (for logs)."""
    return os.open(path, flags, PRIVATE_MODE)


def create_private_file(path: Path) -> None:
    """Create a new, empty owner-only file (a database SQLite fills in); refuse one that exists."""
    private_folder(path.parent)
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))


def _temp_beside(path: Path) -> tuple[Path, int]:
    while True:
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            return temp, os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
        except FileExistsError:
            continue


def write_private(path: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Write the file `write(out)` produces to `path`, owner-only and all or nothing."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp, fd = _temp_beside(path)
    except OSError as exc:
        raise write_failure(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_failure(path, exc) from exc
        raise
    return path


def write_private_bytes(path: Path, data: bytes) -> Path:
    """Write `data` to `path`, owner-only and all or nothing, replacing any file already there."""
    return write_private(path, lambda out: out.write(data))


def copy_private(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination`, owner-only and all or nothing (a report saved elsewhere)."""
    with Path(source).open("rb") as src:
        return write_private(destination, lambda out: shutil.copyfileobj(src, out))


def private_folder(path: Path) -> Path:
    """Make the folder `path` and every missing one above it owner-only (0700), whatever the umask.

    mkdir's mode is cut by the umask, and `parents=True` gives the folders above it the default
    mode, so each folder made here is created then set to 0700. Folders that exist are left as
    they are.
    """
    missing: list[Path] = []
    folder = Path(path)
    while not os.path.lexists(folder) and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for made in reversed(missing):
        try:
            made.mkdir(mode=PRIVATE_FOLDER_MODE)
        except FileExistsError:
            continue  # made meanwhile by someone else: theirs to set
        os.chmod(made, PRIVATE_FOLDER_MODE)
    Path(path).mkdir(exist_ok=True)  # a file in the way raises, as mkdir would
    return Path(path)
