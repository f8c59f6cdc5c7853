"""Facts about the open database for the Settings page: where, what kind, how big, which schema."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coordinator.db.engine import Database
from coordinator.db.migrate import current_revision, head_revision


@dataclass(frozen=True)
class DatabaseInfo:
    location: str
    kind: str  # "SQLite" or "PostgreSQL"
    size_bytes: int | None  # None for a server database
    revision: str | None
    app_revision: str


def _file_size(path: Path) -> int:
    """The database file plus its write-ahead log, which holds recent changes."""
    total = 0
    for candidate in (path, path.with_name(path.name + "-wal")):
        if candidate.exists():
            total += candidate.stat().st_size
    return total


def database_info(db: Database) -> DatabaseInfo:
    with db.engine.connect() as conn:
        revision = current_revision(conn)
    return DatabaseInfo(
        location=db.display_name,
        kind="SQLite" if db.is_sqlite else "PostgreSQL",
        size_bytes=_file_size(db.path) if db.path is not None else None,
        revision=revision,
        app_revision=head_revision(),
    )


def readable_size(size: int) -> str:
    if size < 1024:
        return f"{size:,} bytes"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
