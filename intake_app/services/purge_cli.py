"""The `purge` subcommand (retention, DESIGN.md §7); cli.py adds it with add_parsers()."""

from __future__ import annotations

import argparse
from typing import Any

EXIT_OK = 0
COMMANDS = frozenset({"purge"})


def add_parsers(subparsers: Any, common_parent: argparse.ArgumentParser) -> None:
    purge = subparsers.add_parser(
        "purge",
        parents=[common_parent],
        help="remove persons of convoys older than N days whose every change head office "
        "acknowledged (supervisor; letters and convoys stay)",
    )
    purge.add_argument(
        "--older-than-days", metavar="N", type=int, required=True, help="convoys arrived before"
    )
    purge.add_argument("--dry-run", action="store_true", help="only count, change nothing")


def run(args: argparse.Namespace, services: Any) -> int:
    """`services` is the AppServices bundle; its session must be a supervisor's."""
    from intake_app.services.purge import PurgeService

    result = PurgeService(services.db, services.now).purge(
        older_than_days=args.older_than_days, session=services.session, dry_run=args.dry_run
    )
    counts = result.counts
    verb = "would remove" if result.dry_run else "removed"
    print(  # noqa: T201
        f"{verb} {counts.persons} persons of convoys arrived before "
        f"{result.cutoff:%Y-%m-%d %H:%M} UTC, {counts.manifest_entries} list entries, "
        f"{counts.families} families, {counts.person_links} earlier-record links, "
        f"{counts.handover_links} places on handover letters, "
        f"{counts.outbox_entries} sent outbox entries; "
        f"kept {counts.kept_persons} old persons with changes head office has not acknowledged"
    )
    return EXIT_OK
