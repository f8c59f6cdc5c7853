"""Backups of a shared database: a verified SQLite copy of the server, and a restore that
replaces the server's data with a backup file after saving what it held (see `copying`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.engine import URL

from coordinator import paths
from coordinator.errors import RefusedError
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.safety.copying import CopyResult, Place, copy_database


def server_backup_name(place: Place, reason: str, when: dt.datetime) -> str:
    from coordinator.services.safety.backups import backup_name

    stem = place.url.database or "server"
    return backup_name(Path(f"{stem}.sqlite"), reason, when)


def backup_server(
    server: str | Place,
    *,
    output: Path | None = None,
    reason: str = "manual",
    progress: Progress = NO_PROGRESS,
) -> CopyResult:
    """A verified SQLite copy of a shared database: at `output`, else in the backup folder."""
    place = server if isinstance(server, Place) else Place.named(server)
    if output is not None and output.exists():
        raise RefusedError(f"{output} already exists; choose a new file name.")
    destination = output or paths.backup_dir() / server_backup_name(
        place, reason, dt.datetime.now()
    )
    result = copy_database(
        place, Place(URL.create("sqlite+pysqlite", database=str(destination))), progress=progress
    )
    return CopyResult(
        result.source,
        str(destination),
        result.tables,
        result.revision,
        result.replaced_backup,
    )


def restore_server(
    server: str | Place, backup: Path, *, progress: Progress = NO_PROGRESS
) -> CopyResult:
    """Replace a shared database with a backup file; what it held is backed up first."""
    from coordinator.services.safety.restore import verify_backup

    verify_backup(backup)
    place = server if isinstance(server, Place) else Place.named(server)
    return copy_database(
        Place(URL.create("sqlite+pysqlite", database=str(backup.resolve()))),
        place,
        replace=True,
        progress=progress,
        saved_as="before-restore",
    )
