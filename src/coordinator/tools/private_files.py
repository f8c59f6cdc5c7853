"""Every file Coordinator writes for the coordinator: owner-only (0600) and all or nothing.

A file is written under an unpredictable temporary name in the same folder (created with
O_CREAT|O_EXCL|O_NOFOLLOW and mode 0600, so nothing planted there, not even a symbolic link, is
opened), flushed to disk, then renamed over the destination (os.replace: a symbolic link planted at
the destination is replaced, never followed). On any failure the temporary file is removed: the
destination is the old file or the new one, never half of one. A full disk, a read-only folder or
a missing permission becomes a WriteFailedError saying so (tools.os_words). Temporary files a
killed program left behind are removed the next time the app starts (remove_stale_temps).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from coordinator.errors import RefusedError, WriteFailedError
from coordinator.tools.os_words import os_failure

PRIVATE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
TEMP_SUFFIX = ".part"
# ".report.pdf.3f9c1a7e02b4d6e8.part": the names _temp_beside makes, and only those.
TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{16}\.part(?:-journal)?$")
STALE_AFTER_SECONDS = 600  # a temporary file this old belongs to no write still running
_CREATE_FLAGS = (
    os.O_CREAT
    | os.O_EXCL
    | os.O_WRONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def write_failure(path: Path, exc: OSError) -> WriteFailedError:
    """The error a coordinator sees when `path` cannot be written: what went wrong, what to do."""
    failure = os_failure(exc)
    if failure is not None and failure.kind == "no_permission":
        reason = "you do not have permission to write there (permission denied)"
        # Windows says the same of a file another program holds open.
        advice = "Choose a folder you may write to, or close the file in the program that has it."
    elif failure is not None:
        reason, advice = failure.reason, failure.advice
    else:
        reason = (exc.strerror or str(exc)).rstrip(".")
        advice = (
            "Choose a folder you may write to, and close the file if it is open in another program."
        )
    return WriteFailedError(f"Cannot write {path}: {reason}. {advice}", reason)


def refuse_overwriting(output: Path, *inputs: Path | str | None, what: str = "output") -> None:
    """Refuse to write `output` over one of the files the command reads (the roster being
    imported, the database itself): the coordinator would lose the very file they started from."""
    out = Path(output).expanduser()
    for given in inputs:
        if given is None or str(given) in ("", ":memory:") or "://" in str(given):
            continue
        source = Path(given).expanduser()
        if _same_file(out, source):
            raise RefusedError(
                f"The {what} file {out.name} is the same file as {source.name}, which this "
                "command reads; writing it would destroy that file. Choose another name."
            )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet: compare where they would be
        return a.resolve(strict=False) == b.resolve(strict=False)


def private_opener(path: str, flags: int) -> int:
    """An `opener` for open(): a file it creates is readable by its owner only (for logs), and
    a symbolic link planted at its name is not followed (the open fails instead)."""
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), PRIVATE_MODE)


def create_private_file(path: Path) -> None:
    """Create a new, empty owner-only file (a database SQLite fills in); refuse one that exists."""
    private_folder(path.parent)
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))


def _temp_beside(path: Path) -> tuple[Path, int]:
    while True:
        temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}{TEMP_SUFFIX}")
        try:
            return temp, os.open(temp, _CREATE_FLAGS, PRIVATE_MODE)
        except FileExistsError:
            continue


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries so a rename survives a power cut."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_private(path: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Write the file `write(out)` produces to `path`, owner-only and all or nothing."""
    path = Path(path)
    try:
        private_folder(path.parent)
        temp, fd = _temp_beside(path)
    except OSError as exc:
        raise write_failure(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
        fsync_folder(path.parent)
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


@contextlib.contextmanager
def temp_file_beside(path: Path) -> Iterator[Path]:
    """An empty owner-only temporary file beside `path`, for a writer that needs a name rather
    than a stream (SQLite's backup). After the block, `finish_temp(temp, path)` puts it in place;
    whatever happens, the temporary file (and a journal SQLite left beside it) is gone after.
    An OSError is the caller's to word (a backup says "Cannot write a backup to ...")."""
    path = Path(path)
    private_folder(path.parent)
    temp, fd = _temp_beside(path)
    os.close(fd)
    try:
        yield temp
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def finish_temp(temp: Path, path: Path) -> Path:
    """Flush the temporary file to disk and rename it over `path` (a link there is replaced)."""
    with temp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(temp, path)
    fsync_folder(path.parent)
    return path


def remove_stale_temps(
    *folders: Path, older_than_seconds: float = STALE_AFTER_SECONDS, now: float | None = None
) -> list[Path]:
    """Delete the temporary files a killed write left in `folders` (only names this module
    makes, only regular files, only ones untouched for `older_than_seconds`)."""
    cutoff = (time.time() if now is None else now) - older_than_seconds
    removed = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not TEMP_NAME.match(entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if entry.is_file(follow_symlinks=False) and info.st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


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
