"""Helpers shared by the command modules: opening the database, naming programs and years."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coordinator.db.engine import Database
    from coordinator.services.safety.instance_lock import InstanceLock


# The database, SQLAlchemy and the services are imported by the function that needs them, so
# `coordinator --version` and `--help` start as fast as Python does.

# Locks a command took on its SQLite file; released when the command ends (cli.main).
_held_locks: list[InstanceLock] = []


class CommandFailed(Exception):
    """The command already told the user what went wrong; exit with this code."""

    def __init__(self, exit_code: int) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


Subparsers = "argparse._SubParsersAction[argparse.ArgumentParser]"


def date_arg(text: str) -> dt.date:
    """A date option, read as the import files' dates are (2025-08-11, 8/11/2025, Aug 11, 2025)."""
    from coordinator.importing.values import ValueProblem, parse_date  # read when a date is given

    try:
        return parse_date(text)
    except ValueProblem:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as 2025-08-11"
        ) from None


def add_command(commands: Any, name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
    """Add one sub-command whose `--help` says what it does."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help_text, description=help_text
    )
    parser.set_defaults(handler=handler)
    return parser


def database(
    args: argparse.Namespace, *, read_only: bool = False, rehearse: bool = False
) -> Database:
    """Open the database; a command that writes first takes the file's one-writer lock.

    With the window open on the same SQLite file a writing command is refused (exit 1) and writes
    nothing: two writers on one file is how a coordinator's year gets lost. Commands that only
    read open it read-only and need no lock. `rehearse` is for a dry run that writes inside a
    transaction it always rolls back: no lock and no migration, so nothing is ever kept.
    """
    from coordinator.db.opening import open_database

    if rehearse:
        return open_database(args.db, migrate=False)
    if not read_only:
        lock_sqlite_file(args.db)
    return open_database(args.db, read_only=read_only)


@contextlib.contextmanager
def reading(args: argparse.Namespace) -> Iterator[Session]:
    """A read-only session for a command that only looks; the database is closed afterwards."""
    db = database(args, read_only=True)
    try:
        with db.reading() as session:
            yield session
    finally:
        db.dispose()


def sqlite_file(target: str | None) -> Path | None:
    """The database file `--db` names (or the default one); None for PostgreSQL or memory."""
    from coordinator.db.engine import resolve_target, to_url

    url = to_url(resolve_target(target))
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def refuse_output_over_inputs(
    args: argparse.Namespace, output: Path | str | None, *inputs: Path | str | None
) -> None:
    """Refuse, before anything is done, an output file that is one the command reads: the
    database itself or the file being imported (`--problems roster.xlsx` on roster.xlsx)."""
    if output:
        from coordinator.tools.private_files import refuse_overwriting

        refuse_overwriting(Path(output), sqlite_file(args.db), *inputs)


def lock_sqlite_file(target: str | None) -> None:
    from coordinator.services.safety.instance_lock import InstanceLock

    path = sqlite_file(target)
    if path is None:
        return
    if any(lock.db_path == path for lock in _held_locks):
        return
    _held_locks.append(InstanceLock(path).acquire())


def release_locks() -> None:
    while _held_locks:
        _held_locks.pop().release()


def default_language() -> str:
    """Participants' outputs in the language chosen in the window's Settings, else the system's."""
    from coordinator.ui.app_settings import output_language, use_settings_folder

    use_settings_folder()
    return output_language()
