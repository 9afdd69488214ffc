"""`intake-app accounts list|add|passwd|remove`: officer accounts from the command line.

The logged-in officer (--user) acts: adding, resetting and removing need a supervisor
(the service checks). New passwords come from INTAKE_APP_NEW_PASSWORD or are asked twice,
never from the command line, where they would stay in the shell's history.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

EXIT_OK, EXIT_FAILURE = 0, 1
COMMANDS = frozenset({"accounts"})
NEW_PASSWORD_ENV = "INTAKE_APP_NEW_PASSWORD"
ROLES = ("officer", "supervisor")


def add_parsers(subparsers: Any, common_parent: argparse.ArgumentParser) -> None:
    accounts = subparsers.add_parser(
        "accounts",
        parents=[common_parent],
        help="officer accounts (supervisor: add, reset, remove)",
    )
    sub = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    sub.add_parser("list", parents=[common_parent], help="every account with its role")
    add = sub.add_parser("add", parents=[common_parent], help="a new officer account")
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--name", required=True, help="full name, as printed on letters")
    add.add_argument("--role", choices=ROLES, default="officer")
    add.add_argument("--nip", help="the officer's NIP")
    passwd = sub.add_parser(
        "passwd",
        parents=[common_parent],
        help="change your own password, or (supervisor) give USERNAME a new one",
    )
    passwd.add_argument("username", metavar="USERNAME", nargs="?")
    remove = sub.add_parser(
        "remove", parents=[common_parent], help="close an account (its audit entries stay)"
    )
    remove.add_argument("username", metavar="USERNAME")


def _new_password() -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given:
        return given
    first = getpass.getpass("new password: ")
    if first != getpass.getpass("new password again: "):
        raise ValueError("the two passwords differ; nothing changed")
    return first


def run(args: argparse.Namespace, services: Any) -> int:
    """`services` is the AppServices bundle of the logged-in officer."""
    from intake_app.domain.enums import OfficerRole
    from intake_app.services import accounts

    session, now = services.session, services.now()
    action = args.accounts_command
    if action == "list":
        for officer in accounts.list_officers(services.db):
            state = "" if officer.active else "  (removed)"
            print(f"{officer.username:<20} {officer.role:<10} {officer.full_name}{state}")  # noqa: T201
        return EXIT_OK
    try:
        if action == "add":
            made = accounts.create_account(
                session,
                username=args.username,
                full_name=args.name,
                role=OfficerRole(args.role),
                password=_new_password(),
                now=now,
                nip=args.nip,
            )
            print(f"account {made.username} ({made.role}) created")  # noqa: T201
        elif action == "passwd" and args.username in (None, session.officer.username):
            old = os.environ.get("INTAKE_APP_PASSWORD") or getpass.getpass("current password: ")
            accounts.change_own_password(session, old, _new_password(), now)
            print("your password was changed")  # noqa: T201
        elif action == "passwd":
            accounts.reset_password(session, args.username, _new_password(), now)
            print(f"{args.username} has a new password")  # noqa: T201
        else:
            accounts.remove_account(session, args.username, now)
            print(f"account {args.username} removed; its key copy is deleted")  # noqa: T201
    except ValueError as error:  # two different passwords typed
        print(f"intake-app: error: {error}", file=sys.stderr)  # noqa: T201
        return EXIT_FAILURE
    return EXIT_OK
