"""One writer per SQLite file: a lock file beside the database, and a warning for network shares.

The lock file holds the owner's pid, host name and start time. On systems with `fcntl` the file is
also locked with `flock`, which the kernel drops when the owner dies, so a crashed app's lock is
recovered even when its pid has been reused; elsewhere a lock whose pid is gone on this host is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from coordinator.errors import RefusedError
from coordinator.tools.private_files import private_folder

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "afs", "ncpfs", "9p", "fuse.sshfs", "davfs"}
)


class DatabaseInUseError(RefusedError):
    """Another Coordinator is writing to this database."""

    def __init__(self, message: str, owner: LockOwner | None) -> None:
        super().__init__(message)
        self.owner = owner


class LockNotPossibleError(RefusedError):
    """No lock file can be written beside the database (a read-only folder or medium)."""


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    started_at: str

    def describe(self) -> str:
        when = self.started_at[:16].replace("T", " ")
        return f"process {self.pid} on {self.host}, since {when}"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _this_owner() -> LockOwner:
    started = dt.datetime.now().isoformat(timespec="seconds")
    return LockOwner(os.getpid(), socket.gethostname(), started)


def read_owner(path: Path) -> LockOwner | None:
    """Who holds the lock file at `path`, or None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(int(data["pid"]), str(data["host"]), str(data["started_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def in_use_message(db_path: Path, owner: LockOwner | None) -> str:
    who = owner.describe() if owner else "another Coordinator"
    return (
        f"{db_path.name} is already open in another Coordinator ({who}). "
        "Close it there first, or open this database read-only to look without changing it."
    )


class InstanceLock:
    """Held while this process may write to the database; `acquire()` refuses a live owner."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        for _attempt in range(5):
            try:
                private_folder(self.path.parent)
                fd = self._open_and_lock()
            except OSError as exc:
                raise LockNotPossibleError(
                    f"Cannot write beside {self.db_path.name} in {self.path.parent} "
                    f"({exc.strerror or exc}). Open it read-only, or copy it to a folder you "
                    "may write to."
                ) from exc
            if fd is None:
                continue  # the file was replaced while we waited; try the new one
            self._write_owner(fd)
            self._fd = fd
            return self
        raise DatabaseInUseError(in_use_message(self.db_path, read_owner(self.path)), None)

    def _open_and_lock(self) -> int | None:
        if fcntl is None:
            return self._open_exclusive()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            owner = read_owner(self.path)
            raise DatabaseInUseError(in_use_message(self.db_path, owner), owner) from None
        if not self._still_at_path(fd):
            os.close(fd)
            return None
        stale = read_owner(self.path)
        if stale is not None:
            log.info("recovered a stale database lock")
        return fd

    def _still_at_path(self, fd: int) -> bool:
        try:
            return os.stat(self.path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            return False

    def _open_exclusive(self) -> int | None:
        """Without flock: create the file exclusively, clearing it first when its owner is dead."""
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            owner = read_owner(self.path)
            if owner is None or owner.host != socket.gethostname() or _pid_alive(owner.pid):
                raise DatabaseInUseError(in_use_message(self.db_path, owner), owner) from None
            log.info("recovered a stale database lock left by a process that is gone")
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return None

    @staticmethod
    def _write_owner(fd: int) -> None:
        owner = _this_owner()
        payload = json.dumps(
            {"pid": owner.pid, "host": owner.host, "started_at": owner.started_at}
        ).encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, payload, 0)
        os.fsync(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        os.close(self._fd)  # closing drops the flock
        self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def network_filesystem(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The network file system type `path` lives on (nfs, cifs, ...), or None if local/unknown."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None  # not Linux, or /proc is not mounted: we cannot tell
    target = str(path.resolve())
    best_point, best_type = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best_point):
            best_point, best_type = point, fields[2]
    return best_type if best_type in NETWORK_FILESYSTEMS else None


def network_share_warning(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """A warning to show when the database file is on a network share, else None."""
    kind = network_filesystem(path, mounts_file)
    if kind is None:
        return None
    return (
        f"{path.name} is on a network share ({kind}). A database file on a share can be damaged "
        "when two computers use it. Keep it on this computer, or share a program through a "
        "PostgreSQL server."
    )
