"""Backup commands: `backup [-o FILE]`, `backup list` and `restore FILE`.

On a PostgreSQL server (`--db postgresql+psycopg://...`) a backup is a verified SQLite copy of the
shared database (services/safety/copying.py), and a restore copies a backup back onto the server.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coordinator.cli.common import add_command, refuse_output_over_inputs
from coordinator.tools.text import count_of, figure


def register(commands: Any) -> None:
    backup = add_command(
        commands,
        "backup",
        "Back up the database now (verified), or list the backups with `backup list`.",
        run_backup,
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="write the backup to FILE (a USB stick, another disk) instead of the backup folder",
    )
    actions = backup.add_subparsers(dest="backup_action", metavar="list", required=False)
    add_command(actions, "list", "List the backups: date, size, people and check-ins.", run_list)
    restore = add_command(
        commands,
        "restore",
        "Replace the database with a backup; the current state is backed up first.",
        run_restore,
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")


def _server_url(args: argparse.Namespace) -> str | None:
    """The shared database's address when `--db` names a server, else None (a file)."""
    from coordinator.db.engine import resolve_target, to_url

    target = resolve_target(args.db)
    return target if to_url(target).get_backend_name() != "sqlite" else None


def _database_path(args: argparse.Namespace) -> Path:
    from coordinator.db.engine import resolve_target, to_url

    url = to_url(resolve_target(args.db))
    if url.get_backend_name() != "sqlite" or not url.database:
        return Path(f"{url.database or 'server'}.sqlite")  # its backups are named after it
    return Path(url.database)


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def run_backup(args: argparse.Namespace) -> int:
    from coordinator.db.opening import open_database
    from coordinator.services.safety import backups

    refuse_output_over_inputs(args, args.output)
    server = _server_url(args)
    if server is not None:
        return _backup_server(server, args.output)
    db = open_database(args.db, read_only=True)
    try:
        if args.output is not None:
            info = backups.backup_to_file(db, args.output)
        else:
            info = backups.make_backup(db, "manual")
    finally:
        db.dispose()
    people = count_of(info.people or 0, "person")
    checkins = count_of(info.checkins or 0, "check-in")
    print(f"Backed up {people} and {checkins} to {info.path} ({human_size(info.size)}).")
    if args.output is None:
        print("Backups in this folder are lost with this computer: copy one elsewhere with -o.")
    return 0


def _backup_server(server: str, output: Path | None) -> int:
    from coordinator.services.safety.server_backups import backup_server

    result = backup_server(server, output=output)
    size = human_size(Path(result.target).stat().st_size)
    print(f"Backed up {result.source} to {result.target} ({size}): {result.summary()}.")
    if output is None:
        print("Backups in this folder are lost with this computer: copy one elsewhere with -o.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from coordinator.services.safety import backups

    db_path = _database_path(args)
    server = _server_url(args)
    listed = backups.list_backups(db_path if server is None else Path(db_path.name))
    if not listed:
        if server is not None:
            print(
                f"No backups of the server's database {db_path.stem} on this computer yet. "
                "Make one with: coordinator --db ADDRESS backup"
            )
        else:
            print(f"No backups of {db_path.name} yet. Make one with: coordinator backup")
        return 0
    print(f"{'made':<17}  {'reason':<17}  {'size':>8}  {'people':>7}  {'check-ins':>9}  file")
    for info in listed:
        people = "?" if info.people is None else figure(info.people)
        checkins = "?" if info.checkins is None else figure(info.checkins)
        print(
            f"{info.made_at:%Y-%m-%d %H:%M}  {info.reason:<17}  {human_size(info.size):>8}  "
            f"{people:>7}  {checkins:>9}  {info.path}"
        )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from coordinator.services.safety.instance_lock import InstanceLock
    from coordinator.services.safety.restore import restore

    server = _server_url(args)
    if server is not None:
        return _restore_server(server, args.file)
    db_path = _database_path(args)
    with InstanceLock(db_path):
        result = restore(db_path, args.file)
    info = result.restored
    print(
        f"Restored {db_path} from {args.file}: {count_of(info.people or 0, 'person')}, "
        f"{count_of(info.checkins or 0, 'check-in')}."
    )
    if result.previous_state is not None:
        print(f"The state before the restore was saved to {result.previous_state}.")
    return 0


def _restore_server(server: str, backup: Path) -> int:
    from coordinator.services.safety.server_backups import restore_server

    result = restore_server(server, backup)
    print(f"Restored {result.target} from {backup}: {result.summary()}.")
    if result.replaced_backup is not None:
        print(f"The state before the restore was saved to {result.replaced_backup}.")
    return 0
