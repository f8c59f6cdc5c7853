"""Shared-server commands: `server setup URL`, `server add-user NAME --role R`, `server users`.

`setup` is run once (and again after an upgrade) by the account that owns the database; the
others use the database named by --db or COORDINATOR_DB, as every command does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coordinator.cli.common import add_command

ROLES = ("coordinator", "viewer", "admin")
ROLE_HELP = {
    "coordinator": "reads and changes the program's records",
    "viewer": "reads only (a director, a campus principal)",
    "admin": "a coordinator who also adds accounts",
}


def register(commands: Any) -> None:
    server = add_command(
        commands,
        "server",
        "Set up a shared PostgreSQL server for a team: accounts, roles and what each may see.",
        _missing_action,
    )
    actions = server.add_subparsers(dest="server_action", metavar="ACTION")
    setup = add_command(
        actions,
        "setup",
        "Create (or bring up to date) the schema, the roles, their grants and the campus "
        "policies on a server database; safe to run again.",
        run_setup,
    )
    setup.add_argument("url", metavar="URL", help="postgresql+psycopg://OWNER@HOST/DATABASE")
    add_user = add_command(
        actions,
        "add-user",
        "Give a person their own login on the server database (--db) with one role.",
        run_add_user,
    )
    add_user.add_argument("name", metavar="NAME", help="their account name, e.g. dana_lopez")
    add_user.add_argument(
        "--role",
        required=True,
        choices=ROLES,
        help="; ".join(f"{role}: {words}" for role, words in ROLE_HELP.items()),
    )
    add_user.add_argument(
        "--campus",
        metavar="CODE",
        action="extend",
        nargs="+",
        default=[],
        help="a viewer sees only these campuses (codes as in the roster); default: all",
    )
    add_user.add_argument(
        "--password-file",
        metavar="FILE",
        type=Path,
        help="read the password from FILE's first line instead of asking for it",
    )
    add_command(actions, "users", "List the accounts with their role and campuses.", run_users)


def _missing_action(args: argparse.Namespace) -> int:
    print(
        "coordinator: say what to do: server setup, server add-user or server users.",
        file=sys.stderr,
    )
    return 2


def _open(target: str | None) -> Any:
    from coordinator.db.opening import open_database

    return open_database(target, create=False)


def run_setup(args: argparse.Namespace) -> int:
    from coordinator.services.shared import accounts

    if "://" not in args.url:
        print(
            "coordinator: give the server's URL, e.g. postgresql+psycopg://owner@host/district "
            "(a file on this computer needs no setup).",
            file=sys.stderr,
        )
        return 2
    db = _open(args.url)
    try:
        done = accounts.setup_server(db)
    finally:
        db.dispose()
    groups = ", ".join(done.groups.values())
    print(f"Set up {done.database}: schema at revision {done.revision}; roles {groups}.")
    print(
        "Next, give each person an account: coordinator --db URL server add-user NAME --role "
        "coordinator"
    )
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    from coordinator.services.shared import accounts

    accounts.check_name(args.name)
    if args.campus and args.role != "viewer":
        print(
            "coordinator: only a viewer is limited to campuses; leave out --campus.",
            file=sys.stderr,
        )
        return 2
    db = _open(args.db)
    try:
        password = None
        if not accounts.login_exists(db, args.name):
            password = _password(args)
            if password is None:
                return 2
        added = accounts.add_account(
            db, args.name, args.role, password=password, campuses=args.campus
        )
    finally:
        db.dispose()
    account = added.account
    limit = f", campuses {', '.join(account.campuses)}" if account.campuses else ""
    if added.existing_login:
        print(f"{account.name} already had a login on this server (its password is unchanged).")
    print(f"Added {account.name} as {_article(account.role)} {account.role}{limit}.")
    return 0


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _password(args: argparse.Namespace) -> str | None:
    """From --password-file, else asked twice without echo; None (after saying why) if not."""
    import getpass

    if args.password_file is not None:
        try:
            with args.password_file.open(encoding="utf-8") as file:
                return str(file.readline()).rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "it is not text"
            print(
                f"coordinator: cannot read the password file {args.password_file}: {reason}.",
                file=sys.stderr,
            )
            return None
    if not sys.stdin.isatty():
        print(
            "coordinator: no terminal to ask for the password: give --password-file FILE.",
            file=sys.stderr,
        )
        return None
    first = getpass.getpass(f"Password for {args.name}: ")
    if getpass.getpass("The same password again: ") != first:
        print("coordinator: the two passwords differ; nothing was changed.", file=sys.stderr)
        return None
    return first


def run_users(args: argparse.Namespace) -> int:
    from coordinator.services.shared import accounts

    db = _open(args.db)
    try:
        people = accounts.list_accounts(db)
    finally:
        db.dispose()
    if not people:
        print("No accounts yet: add one with `coordinator server add-user NAME --role ROLE`.")
        return 0
    width = max(len("account"), *(len(p.name) for p in people))
    print(f"{'account':<{width}}  {'role':<11}  campuses")
    for person in people:
        seen = ", ".join(person.campuses) if person.campuses else "all"
        print(f"{person.name:<{width}}  {person.role:<11}  {seen}")
    return 0
