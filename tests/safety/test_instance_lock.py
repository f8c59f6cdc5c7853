"""One writer per database file: a second Coordinator is refused, a crashed one's lock recovered."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator.services.safety import instance_lock
from coordinator.services.safety.instance_lock import (
    DatabaseInUseError,
    InstanceLock,
    LockNotPossibleError,
    lock_path,
    network_filesystem,
    network_share_warning,
    read_owner,
)

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from coordinator.services.safety.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1])).acquire()
    print("holding", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another Coordinator process holding the lock on `db_path`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "holding"
    yield proc
    proc.kill()
    proc.wait()
    proc.stdout.close()


def test_second_coordinator_is_refused_with_an_offer_to_view_read_only(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(DatabaseInUseError) as refused:
        InstanceLock(db_path).acquire()
    message = str(refused.value)
    assert f"process {holder.pid} on {socket.gethostname()}" in message
    assert "open this database read-only" in message
    assert refused.value.owner is not None
    assert refused.value.owner.pid == holder.pid


def test_lock_of_a_killed_coordinator_is_recovered(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert read_owner(lock_path(db_path)) is not None  # the crashed app left its file behind
    with InstanceLock(db_path) as lock:
        assert lock.held
        owner = read_owner(lock_path(db_path))
        assert owner is not None
        assert owner.pid == os.getpid()
        assert stat.S_IMODE(lock_path(db_path).stat().st_mode) == 0o600
    assert not lock_path(db_path).exists()


def test_two_locks_in_one_process_also_conflict(db_path: Path) -> None:
    with InstanceLock(db_path), pytest.raises(DatabaseInUseError):
        InstanceLock(db_path).acquire()
    with InstanceLock(db_path) as again:  # released: free again
        assert again.held


def _finished_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def test_without_flock_a_dead_pid_on_this_host_is_stale(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fallback used where fcntl does not exist (Windows): O_EXCL plus a pid check."""
    monkeypatch.setattr(instance_lock, "fcntl", None)
    host = socket.gethostname()
    path = lock_path(db_path)
    path.write_text(f'{{"pid": {_finished_pid()}, "host": "{host}", "started_at": "2026-01-01"}}')
    with InstanceLock(db_path) as lock:
        assert lock.held
    path.write_text(f'{{"pid": {os.getppid()}, "host": "{host}", "started_at": "2026-01-01"}}')
    with pytest.raises(DatabaseInUseError, match=f"process {os.getppid()}"):
        InstanceLock(db_path).acquire()
    path.write_text('{"pid": 1, "host": "another-laptop", "started_at": "2026-01-01"}')
    with pytest.raises(DatabaseInUseError, match="another-laptop"):
        InstanceLock(db_path).acquire()


MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /mnt/district\\040share nfs4 rw,relatime 0 0
//fileserver/coord /mnt/smb cifs rw 0 0
/dev/sdb1 /mnt/smb/local-disk ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("/mnt/district share/coordinator.sqlite", "nfs4"),
        ("/mnt/smb/coordinator.sqlite", "cifs"),
        ("/mnt/smb/local-disk/coordinator.sqlite", None),  # a local disk mounted inside a share
        ("/mnt/smbx/coordinator.sqlite", None),  # a name that merely starts like the share
        ("/home/coordinator.sqlite", None),
    ],
)
def test_network_share_detection(tmp_path: Path, where: str, expected: str | None) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    assert network_filesystem(Path(where), mounts) == expected


def test_network_share_warning_names_the_share_and_the_way_to_share(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    warning = network_share_warning(Path("/mnt/smb/coordinator.sqlite"), mounts)
    assert warning is not None
    assert "network share (cifs)" in warning
    assert "PostgreSQL" in warning
    assert network_share_warning(tmp_path / "x.sqlite", tmp_path / "no-such-file") is None
    assert network_share_warning(tmp_path / "x.sqlite") is None  # this machine's real mounts


def test_a_folder_where_no_lock_can_be_written_says_so(tmp_path: Path) -> None:
    """As root, chmod cannot stop writes; a 'folder' that is really a file can."""
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    with pytest.raises(LockNotPossibleError, match="Open it read-only"):
        InstanceLock(not_a_folder / "coordinator.sqlite").acquire()


def test_the_lock_folder_is_created_with_the_database(tmp_path: Path) -> None:
    with InstanceLock(tmp_path / "new" / "coordinator.sqlite") as lock:
        assert lock.path.exists()
