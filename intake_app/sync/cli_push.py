"""The `keys` and `sync` subcommands (cli_commands.py parses and dispatches them).

The services bundle is the only way in: sync/ may not import services, so the exporter
(`services.sync_export`) hands out the pusher.
"""

from __future__ import annotations

import argparse
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from intake_app.sync.crypto import format_fingerprint

ROUND_PAUSE_SECONDS = 30


def add_parsers(subparsers: Any, common_parent: argparse.ArgumentParser) -> None:
    keys = subparsers.add_parser(
        "keys", parents=[common_parent], help="this post's sync key and the head-office keys"
    )
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    show = keys_sub.add_parser(
        "show",
        parents=[common_parent],
        help="fingerprints of the post key (made if missing) and the head-office keys",
    )
    show.add_argument(
        "--out", metavar="FILE", type=_path, help="also write the post's public key (PEM) here"
    )
    add = keys_sub.add_parser(
        "add-headoffice", parents=[common_parent], help="import a head-office key file"
    )
    add.add_argument("file", metavar="FILE", type=_path, help="the key file head office sent")
    sync = subparsers.add_parser(
        "sync", parents=[common_parent], help="send pending changes to head office over HTTP"
    )
    sync.add_argument(
        "--url", metavar="URL", help="head office's address (default: the one set in the app)"
    )
    sync.add_argument(
        "--once",
        action="store_true",
        help="one round, then exit (1 if any batch failed); without it, repeat until Ctrl+C",
    )


def _path(text: str) -> Path:
    return Path(text)


def run_keys(args: argparse.Namespace, services: Any, say: Callable[[str], None]) -> int:
    exporter = services.sync_export
    if args.keys_command == "add-headoffice":
        keys = exporter.add_headoffice_keys(args.file)
        say(f"imported {args.file}; head-office keys now:")
    else:
        post = exporter.ensure_post_keys()
        say(f"post key: {format_fingerprint(post.fingerprint)}")
        say(f"  public key file: {exporter.post_public_key_path}")
        if args.out is not None:
            shutil.copyfile(exporter.post_public_key_path, args.out)
            say(f"  copied to: {args.out}")
        keys = exporter.headoffice_keys() if exporter.headoffice_keys_path.exists() else ()
        say("head-office keys:" if keys else "head-office keys: none imported")
    for key in keys:
        label = f" ({key.label})" if key.label else ""
        say(f"  {key.id}{label}")
        say(f"    encryption: {format_fingerprint(key.fingerprint)}")
        say(f"    receipts:   {format_fingerprint(key.receipt_fingerprint)}")
    return 0


def run_sync(
    args: argparse.Namespace,
    services: Any,
    say: Callable[[str], None],
    fail: Callable[[str], int],
) -> int:
    pusher = services.sync_export.pusher()
    url = args.url or pusher.headoffice_url()
    if not url:
        return fail("no head-office address: give --url or set it in the app")
    from intake_app.sync.client import upload_url

    upload_url(url)  # a bad address fails now, in one line, not once per batch
    pusher.recover_interrupted()
    while True:
        failed = _round(pusher, services, url, say)
        if args.once:
            return 1 if failed else 0
        try:
            time.sleep(ROUND_PAUSE_SECONDS)
        except KeyboardInterrupt:
            return 0


def _round(pusher: Any, services: Any, url: str, say: Callable[[str], None]) -> int:
    pusher.export_pending()
    outcomes = pusher.push_due(services.now(), url=url, everything=True)
    if not outcomes:
        say("nothing to send")
    failed = 0
    for outcome in outcomes:
        if outcome.code is None:
            say(
                f"sent    {outcome.file_name}: applied={outcome.applied}"
                f" already_held={outcome.already_held} conflicts={outcome.conflicts}"
            )
        else:
            failed += 1
            say(f"failed  {outcome.file_name}: {outcome.code}: {outcome.message}")
    return failed
