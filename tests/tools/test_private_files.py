"""Files the app writes: owner-only, all or nothing, and a clear message when they cannot be."""

from __future__ import annotations

import errno
import os
import stat
import textwrap
from pathlib import Path
from typing import BinaryIO

import pytest

from coordinator.errors import CoordinatorError, RefusedError, WriteFailedError
from coordinator.tools import private_files
from coordinator.tools.private_files import (
    copy_private,
    create_private_file,
    private_opener,
    refuse_overwriting,
    remove_stale_temps,
    write_failure,
    write_private,
    write_private_bytes,
)
from small_disk import run_script


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        out = write_private_bytes(tmp_path / "deep" / "er" / "report.pdf", b"%PDF")
    finally:
        os.umask(old)
    assert out.read_bytes() == b"%PDF"
    assert _mode(out) == 0o600


def test_a_file_already_there_is_replaced_and_becomes_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    out.write_text("old")
    out.chmod(0o644)
    write_private_bytes(out, b"new")
    assert out.read_bytes() == b"new"
    assert _mode(out) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_a_failure_part_way_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the old report")

    def half(stream: BinaryIO) -> None:
        stream.write(b"half of a new rep")
        raise RuntimeError("the layout failed")

    with pytest.raises(RuntimeError, match="layout failed"):
        write_private(out, half)
    assert out.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_symlink_at_the_destination_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    link = tmp_path / "calendar.ics"
    link.symlink_to(elsewhere)
    write_private_bytes(link, b"BEGIN:VCALENDAR")
    assert not link.is_symlink()
    assert link.read_bytes() == b"BEGIN:VCALENDAR"
    assert elsewhere.read_text() == "keep me"


def test_a_planted_link_to_a_victim_file_leaves_the_victim_unchanged(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own text")
    victim.chmod(0o644)
    out = tmp_path / "exports" / "people.xlsx"
    out.parent.mkdir()
    out.symlink_to(victim)
    write_private_bytes(out, b"PK the export")
    assert victim.read_text() == "the victim's own text"
    assert _mode(victim) == 0o644
    assert stat.S_ISREG(out.lstat().st_mode)
    assert _mode(out) == 0o600
    assert out.read_bytes() == b"PK the export"


def test_a_link_planted_at_the_temporary_name_is_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name is random; here its first draw is known, and a link waits there. The writer
    must not open it (O_EXCL|O_NOFOLLOW): it draws another name and the victim is untouched."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    draws = iter(["0123456789abcdef", "fedcba9876543210"])
    monkeypatch.setattr(private_files.secrets, "token_hex", lambda _n: next(draws))
    out = tmp_path / "report.pdf"
    planted = tmp_path / ".report.pdf.0123456789abcdef.part"
    planted.symlink_to(victim)
    write_private_bytes(out, b"%PDF")
    assert victim.read_text() == "keep me"
    assert planted.is_symlink()
    assert out.read_bytes() == b"%PDF"
    assert not (tmp_path / ".report.pdf.fedcba9876543210.part").exists()


def test_leftover_temporary_files_are_removed_only_when_old_and_ours(tmp_path: Path) -> None:
    old = tmp_path / ".export.xlsx.0123456789abcdef.part"
    recent = tmp_path / ".export.xlsx.fedcba9876543210.part"
    not_ours = tmp_path / "notes.part"
    for leftover in (old, recent, not_ours):
        leftover.write_bytes(b"half")
    os.utime(old, (1_700_000_000, 1_700_000_000))
    os.utime(not_ours, (1_700_000_000, 1_700_000_000))
    removed = remove_stale_temps(tmp_path, now=1_700_000_000 + 3600)
    assert removed == [old]
    assert recent.exists()
    assert not_ours.exists()


def test_an_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    roster = tmp_path / "roster.xlsx"
    roster.write_bytes(b"PK roster")
    (tmp_path / "alias.xlsx").symlink_to(roster)
    for output in (roster, tmp_path / "alias.xlsx", tmp_path / "sub" / ".." / "roster.xlsx"):
        with pytest.raises(RefusedError, match=r"is the same file as roster\.xlsx"):
            refuse_overwriting(output, roster)
    refuse_overwriting(tmp_path / "problems.xlsx", roster, None)
    assert roster.read_bytes() == b"PK roster"


def test_a_folder_that_cannot_exist_is_a_coordinator_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    with pytest.raises(CoordinatorError, match=r"Cannot write .*a-file.*Choose a folder"):
        write_private_bytes(not_a_folder / "out.xlsx", b"data")
    assert not_a_folder.read_text() == "x"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full. Free some disk space"),
        (errno.EDQUOT, "the disk is full"),
        (errno.EACCES, "permission denied). Choose a folder you may write to"),
        (errno.EROFS, "the folder or disk is read-only"),
        (errno.EBUSY, "the file is in use by another program"),
    ],
)
def test_a_full_disk_or_a_refused_permission_is_said_in_those_words(
    tmp_path: Path, code: int, words: str
) -> None:
    error = write_failure(tmp_path / "out.pdf", OSError(code, os.strerror(code)))
    assert isinstance(error, WriteFailedError)
    assert words in str(error)
    assert str(error).startswith(f"Cannot write {tmp_path / 'out.pdf'}: ")


FULL_DISK_SCRIPT = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from coordinator.errors import CoordinatorError
    from coordinator.tools.private_files import write_private_bytes

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
    try:
        write_private_bytes(Path(sys.argv[1]), b"x" * 100_000)
    except CoordinatorError as exc:
        print(exc)
        sys.exit(1)
    sys.exit(0)
    """
)


def test_a_full_disk_is_a_clear_error_and_leaves_nothing_half_written(tmp_path: Path) -> None:
    """A file-size limit (RLIMIT_FSIZE) makes the writes fail the way a full disk does."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    done = run_script(FULL_DISK_SCRIPT, str(folder / "export.xlsx"))
    assert done.returncode == 1, done.stderr
    assert "the disk is full. Free some disk space or choose another folder." in done.stdout
    assert list(folder.iterdir()) == []


def test_copies_and_log_files_are_owner_only(tmp_path: Path) -> None:
    source = tmp_path / "report.pdf"
    source.write_bytes(b"%PDF-1.4")
    source.chmod(0o644)
    copy = copy_private(source, tmp_path / "saved" / "copy.pdf")
    assert copy.read_bytes() == b"%PDF-1.4"
    assert _mode(copy) == 0o600
    log = tmp_path / "coordinator.log"
    with open(log, "a", encoding="utf-8", opener=private_opener) as fh:
        fh.write("started\n")
    assert _mode(log) == 0o600


def test_an_empty_database_file_is_created_owner_only_and_never_over_another(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / "coordinator.sqlite"
    create_private_file(path)
    assert path.stat().st_size == 0
    assert _mode(path) == 0o600
    with pytest.raises(FileExistsError):
        create_private_file(path)


def test_a_link_planted_at_the_log_file_is_not_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    log = tmp_path / "coordinator.log"
    log.symlink_to(victim)
    with (
        pytest.raises(OSError, match="symbolic links"),
        open(log, "a", encoding="utf-8", opener=private_opener) as fh,
    ):
        fh.write("started\n")
    assert victim.read_text() == "keep me"
