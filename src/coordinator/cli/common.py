"""Helpers shared by the command modules: opening the database, naming programs and years."""

from __future__ import annotations

import argparse
from typing import Any

from coordinator.db.engine import Database, open_database


class CommandFailed(Exception):
    """The command already told the user what went wrong; exit with this code."""

    def __init__(self, exit_code: int) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


Subparsers = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_command(commands: Any, name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
    """Add one sub-command whose `--help` says what it does."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help_text, description=help_text
    )
    parser.set_defaults(handler=handler)
    return parser


def database(args: argparse.Namespace, *, read_only: bool = False) -> Database:
    return open_database(args.db, read_only=read_only)
