"""`copy --from FILE_OR_URL --to FILE_OR_URL`: a whole database between SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
from typing import Any

from coordinator.cli.common import add_command


def register(commands: Any) -> None:
    copy = add_command(
        commands,
        "copy",
        "Copy a whole database between a file and a PostgreSQL server (either way), verified "
        "table by table; a target holding data is replaced only with --replace.",
        run_copy,
    )
    copy.add_argument(
        "--from",
        dest="source",
        metavar="FILE_OR_URL",
        required=True,
        help="the database to copy: a .sqlite file or a postgresql+psycopg:// address",
    )
    copy.add_argument(
        "--to",
        dest="target",
        metavar="FILE_OR_URL",
        required=True,
        help="where to copy it: a new file, or an empty database on a server",
    )
    copy.add_argument(
        "--replace",
        action="store_true",
        help="replace a target that already holds data (what it holds is backed up first)",
    )


def run_copy(args: argparse.Namespace) -> int:
    from coordinator.services.safety.copying import copy_database

    result = copy_database(args.source, args.target, replace=args.replace)
    print(f"Copied {result.source} to {result.target}: {result.summary()}.")
    if result.replaced_backup is not None:
        print(f"What {result.target} held before was backed up to {result.replaced_backup}.")
    return 0
