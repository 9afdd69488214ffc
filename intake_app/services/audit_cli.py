"""The `audit verify`, `backup` and `restore` subcommands; cli.py adds them with
add_parsers() and calls run()."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

# The storage modules (SQLAlchemy, SQLModel) are imported when a command runs, not when
# cli.py builds its parser: the window's start must not wait for them.

EXIT_OK, EXIT_FAILURE = 0, 1
COMMANDS = frozenset({"audit", "backup", "restore"})


def add_parsers(subparsers: Any, common_parent: argparse.ArgumentParser) -> None:
    audit = subparsers.add_parser("audit", parents=[common_parent], help="check the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser(
        "verify",
        parents=[common_parent],
        help="recompute the hash chain; report the first altered or missing entry (exit 1)",
    )
    subparsers.add_parser(
        "backup", parents=[common_parent], help="write a backup copy of the database now"
    )
    restore = subparsers.add_parser(
        "restore",
        parents=[common_parent],
        help="replace the database with a backup (the current one is kept as a backup first)",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="a backup .sqlite3 file")


def run(args: argparse.Namespace, services: Any) -> int:
    """`services` is the AppServices bundle (db, data_dir, now)."""
    from intake_app.services import backups

    if args.command == "audit":
        return _verify(services)
    if args.command == "backup":
        path = backups.make_backup(services.db, services.data_dir, now=services.now())
        print(f"backup written: {path}")  # noqa: T201
        return EXIT_OK
    result = backups.restore(services.db, services.data_dir, args.file, now=services.now())
    kept = (
        f"; the previous database was saved as {result.safety_copy}" if result.safety_copy else ""
    )
    print(  # noqa: T201
        f"restored from {result.restored_from}{kept}; "
        f"the sync sequence continues after {result.sequence_kept_at}"
    )
    return EXIT_OK


def _verify(services: Any) -> int:
    from sqlmodel import func, select

    from intake_app.storage.journal import first_broken_link
    from intake_app.storage.models import AuditEntry

    with services.db.read() as session:
        count = session.exec(select(func.count()).select_from(AuditEntry)).one()
        broken = first_broken_link(session)
    if broken is None:
        print(f"audit trail OK: {count} entries, every link intact")  # noqa: T201
        return EXIT_OK
    print(  # noqa: T201
        f"audit trail BROKEN at entry {broken}: it was altered, or the entry before it was removed",
        file=sys.stderr,
    )
    return EXIT_FAILURE
