"""Core commands: the window, init, check."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coordinator.cli.common import CommandFailed, add_command, database
from coordinator.services.safety.integrity import check_database


def register(commands: Any) -> None:
    gui = add_command(commands, "gui", "Open the Coordinator window (the default).", run_gui)
    gui.add_argument("--no-crash-dialog", action="store_true", help=argparse.SUPPRESS)
    add_command(commands, "init", "Create or upgrade the database and print where it is.", run_init)
    add_command(
        commands,
        "check",
        "Check the database for damage (exit 1 if it is damaged).",
        run_check,
    )


def run_gui(args: argparse.Namespace) -> int:
    from coordinator.app import run_app

    return run_app(db_target=args.db, crash_dialog=not getattr(args, "no_crash_dialog", False))


def run_init(args: argparse.Namespace) -> int:
    db = database(args)
    print(f"Database ready: {db.display_name}")
    db.dispose()
    return 0


def run_check(args: argparse.Namespace) -> int:
    db = database(args, read_only=True)  # a damaged, foreign or newer file is left as it is
    try:
        report = check_database(db)
    finally:
        db.dispose()
    if report.ok:
        print(f"Database OK: {db.display_name}")
        return 0
    print(f"coordinator: the database {db.display_name} is damaged:", file=sys.stderr)
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)
    print("Restore a recent backup (coordinator backup list).", file=sys.stderr)
    raise CommandFailed(1)
