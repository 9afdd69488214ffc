"""The `intake-app` command: the GUI by default, scriptable subcommands beside it.

Exit codes: 0 success, 1 failure (one-line reason on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from intake_app import __version__
from intake_app.paths import DATA_DIR_ENV, resolve_data_dir

log = logging.getLogger("intake_app.cli")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
USER_ENV, PASSWORD_ENV = "INTAKE_APP_USER", "INTAKE_APP_PASSWORD"


def _data_dir_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"data folder (default: ${DATA_DIR_ENV}, else the user data folder)",
    )
    parent.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"officer account the command acts as (default: ${USER_ENV}); "
        f"the password comes from ${PASSWORD_ENV}, else a prompt",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_option()
    parser = argparse.ArgumentParser(
        prog="intake-app",
        description="Registration of deportees at PLBN Entikong. "
        "Without a subcommand the window opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo folder, filling a fresh one with a demo convoy first "
        "(supervisor demo, password demo)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser(
        "demo",
        parents=[common],
        help="fill a fresh data folder with demo data and the supervisor demo "
        "(password demo), no window",
    )
    summary = sub.add_parser(
        "summary", parents=[common], help="count convoys, people, minors and handovers"
    )
    summary.add_argument("--json", action="store_true", help="print one JSON object")
    manifest = sub.add_parser(
        "import-manifest",
        parents=[common],
        help="import a convoy's list of names (CSV or XLSX, Malay or Indonesian headers)",
    )
    manifest.add_argument("file", metavar="FILE", type=Path)
    manifest.add_argument(
        "--arrival",
        required=True,
        type=_arrival,
        help='arrival time at the post, "YYYY-MM-DD HH:MM" (WIB)',
    )
    manifest.add_argument(
        "--depot", required=True, help="semuja, bekenu, or the name of another depot"
    )
    manifest.add_argument(
        "--kjri-letter",
        metavar="NO",
        help="KJRI letter number; the convoy with this letter is reused",
    )
    manifest.add_argument(
        "--all-arrived", action="store_true", help="register everyone on the list as arrived"
    )
    from intake_app.services import letters_cli
    from intake_app.sync import cli_commands as sync_cli

    sync_cli.add_parsers(sub, common)
    letters_cli.add_parsers(sub, common)
    from intake_app.services import report_cli

    report_cli.add_parsers(sub, common)
    from intake_app.services import audit_cli

    audit_cli.add_parsers(sub, common)
    from intake_app.services import purge_cli

    purge_cli.add_parsers(sub, common)
    from intake_app.services import accounts_cli

    accounts_cli.add_parsers(sub, common)
    from intake_app.headoffice import cli_commands as headoffice_cli

    headoffice_cli.add_parsers(sub, common)
    selftest = sub.add_parser(
        "self-test", help="run the whole program once, headless, in a throwaway data folder"
    )
    selftest.add_argument(
        "--work-dir", metavar="PATH", type=Path, help="use and keep this folder instead"
    )
    return parser


def _arrival(text: str):  # type: ignore[no-untyped-def]
    from datetime import datetime

    from intake_app.domain.clock import POST_TIMEZONE

    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=POST_TIMEZONE)
    except ValueError:
        raise argparse.ArgumentTypeError(f'expected "YYYY-MM-DD HH:MM", got {text!r}') from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on bad usage
    if args.command == "self-test":  # never opens the officer's data folder
        from intake_app.selftest import run_self_test

        return run_self_test(args.work_dir)
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        if args.command == "headoffice":  # head office has no post data folder to open
            from intake_app.headoffice import cli_commands as headoffice_cli

            return headoffice_cli.run(args)
        return _dispatch(args, data_dir)
    except BrokenPipeError:  # `intake-app ... | head`: the reader left, nothing went wrong here
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return EXIT_FAILURE
    except Exception as error:  # the scriptable contract: one line, exit 1
        from intake_app.services.errors import ServiceError

        if not isinstance(error, ServiceError | OSError):
            log.exception("command failed")
        print(f"intake-app: error: {error}", file=sys.stderr)  # noqa: T201
        return EXIT_FAILURE


def _dispatch(args: argparse.Namespace, data_dir: Path) -> int:
    from intake_app.app import run_gui

    if args.command is None:
        return run_gui(data_dir, demo=args.demo)
    if args.command == "demo":
        from intake_app.services.demo_folder import create_demo_folder
        from intake_app.storage.types import utcnow

        made = create_demo_folder(data_dir, now=utcnow())
        made.session.db.dispose()
        print(made.message)  # noqa: T201
        return EXIT_OK
    services = _log_in(args, data_dir)
    try:
        return _run_command(args, services)
    finally:
        services.db.dispose()


def _log_in(args: argparse.Namespace, data_dir: Path):  # type: ignore[no-untyped-def]
    """The officer named by --user (or $INTAKE_APP_USER), password from the environment
    or a prompt; refusals raise a ServiceError (one line, exit 1)."""
    from intake_app.app import NOT_SET_UP_HINT, open_data_dir
    from intake_app.services.errors import ErrorCode, ServiceError
    from intake_app.services.setup import is_set_up

    if not is_set_up(data_dir):
        raise ServiceError(ErrorCode.NOT_SET_UP, f"{data_dir} is not set up; {NOT_SET_UP_HINT}")
    user = (getattr(args, "user", None) or os.environ.get(USER_ENV, "")).strip()
    if not user:
        raise ServiceError(
            ErrorCode.LOGIN_FAILED,
            f"this data folder needs a login: give --user NAME (password from "
            f"${PASSWORD_ENV} or a prompt)",
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        import getpass

        try:
            password = getpass.getpass(f"password for {user}: ")
        except EOFError:
            raise ServiceError(ErrorCode.LOGIN_FAILED, "no password given") from None
    return open_data_dir(data_dir, user, password)


def _run_command(args: argparse.Namespace, services) -> int:  # type: ignore[no-untyped-def]
    if args.command == "summary":
        summary = services.summary()
        if args.json:
            print(json.dumps(summary.model_dump(), sort_keys=True))  # noqa: T201
        else:
            for key, value in summary.model_dump().items():
                print(f"{key:>22}: {value}")  # noqa: T201
        return EXIT_OK
    from intake_app.services import letters_cli
    from intake_app.sync import cli_commands as sync_cli

    if args.command in sync_cli.COMMANDS:
        return sync_cli.run(args, services)
    if args.command in letters_cli.COMMANDS:
        return letters_cli.run(args, services)
    from intake_app.services import report_cli

    if args.command in report_cli.COMMANDS:
        return report_cli.run(args, services)
    from intake_app.services import audit_cli

    if args.command in audit_cli.COMMANDS:
        return audit_cli.run(args, services)
    from intake_app.services import purge_cli

    if args.command in purge_cli.COMMANDS:
        return purge_cli.run(args, services)
    from intake_app.services import accounts_cli

    if args.command in accounts_cli.COMMANDS:
        return accounts_cli.run(args, services)
    from intake_app.services.manifest_cli import import_manifest

    return import_manifest(args, services)  # the last command left: import-manifest
