"""The command line: argparse front door to the same services the window uses.

Exit codes: 0 success, 1 the operation was refused, 2 a usage error or an unreadable input.
Errors are one clear line on stderr; a traceback only ever goes to the log file.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from coordinator import __version__

log = logging.getLogger("coordinator.cli")

# Each module adds its own sub-commands; keep one module per area of the app. A command imports
# only its own module (and what that uses): `COMMANDS` says which module has which command, and
# tests/cli/test_command_table.py checks it against what each module registers.
COMMAND_MODULES = (
    "core", "demo", "imports", "programs", "cohorts", "training", "checkins", "surveys",
    "workbooks", "week", "milestones", "reports", "outcomes", "pay", "budget", "backups",
    "server", "copying",
)  # fmt: skip
COMMANDS = {
    "check": "core", "gui": "core", "init": "core", "demo": "demo", "import": "imports",
    "enroll": "programs", "program": "programs", "year": "programs",
    "assign": "cohorts", "cohort": "cohorts", "complete": "cohorts", "end-assignment": "cohorts",
    "match": "cohorts", "mentor": "cohorts", "reassign": "cohorts", "withdraw": "cohorts",
    "mentee": "training", "mentees": "training", "training": "training",
    "calendar": "checkins", "checkin": "checkins", "status": "checkins", "survey": "surveys",
    "workbooks": "workbooks", "nudge": "week", "week": "week", "milestones": "milestones",
    "district": "reports", "export": "reports", "report": "reports", "outcomes": "outcomes",
    "pay": "pay", "budget": "budget", "ledger": "budget", "backup": "backups",
    "restore": "backups", "server": "server", "copy": "copying",
}  # fmt: skip
OPTIONS_WITH_VALUE = ("--db",)


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"coordinator.cli.{name}")


def modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules a command line needs: its command's, or all of them for the help."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return COMMAND_MODULES  # before a command, argparse shows the whole program's help
        if word in OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            module = COMMANDS.get(word)
            return COMMAND_MODULES if module is None else (module,)  # unknown: argparse says so
    if "--version" in argv:
        return ()
    return ("core",)  # no command: the window


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coordinator",
        description="Coordinator: run a district mentoring program on your own computer.",
    )
    parser.add_argument("--version", action="version", version=f"Coordinator {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or postgresql+psycopg:// URL "
        "(default: COORDINATOR_DB, else the file in your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        command_module(name).register(commands)
    return parser


def main(argv: Sequence[str] | None = None, *, process_ends: bool = False) -> int:
    """Run the command in `argv` (default: the process's arguments), or open the window.

    `process_ends`: the process exits as soon as this returns (the `coordinator` program), so a
    command (not the window) skips the interpreter's last cycle collection over the whole heap:
    after the `large` demo's year-end report that pass took 0.3-0.5 s and freed nothing that
    matters (files are closed, the database disposed, and logs flushed by then).
    """
    line = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(modules_for(line))
    args = parser.parse_args(line)
    from coordinator.cli.common import CommandFailed, release_locks
    from coordinator.crash_report import stripped_traceback
    from coordinator.errors import CoordinatorError
    from coordinator.log import setup_logging
    from coordinator.paths import clear_leftovers
    from coordinator.services.pay.money import use_locale
    from coordinator.tools.os_words import failure_words

    log_path = setup_logging()
    clear_leftovers(args.db)
    use_locale(None)  # amounts as the environment's locale writes them
    handler = getattr(args, "handler", None)
    if handler is None:
        handler = command_module("core").run_gui
    try:
        return int(handler(args) or 0)
    except CommandFailed as exc:
        return exc.exit_code
    except CoordinatorError as exc:
        print(f"coordinator: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (`coordinator status | head`): not an error worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("coordinator: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except Exception as exc:
        words = failure_words(exc)
        if words is not None:  # a full disk, a read-only folder, a file in use: not a bug
            log.warning("command %s stopped: %s", args.command, type(exc).__name__)
            print(f"coordinator: {words}", file=sys.stderr)
            return 1
        log.error("unexpected error in command %s\n%s", args.command, stripped_traceback(exc))
        print(
            "coordinator: an unexpected error stopped the command; nothing was half-written. "
            f"Details for support are in {log_path}.",
            file=sys.stderr,
        )
        return 1
    finally:
        release_locks()
        if process_ends and args.command is not None:
            gc.freeze()  # the objects left are the process's to the end: no collection
