"""The sync subcommands; cli.py adds them with add_parsers() and calls run().

`export`, `verify` here; `keys` and `sync` in cli_push.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from intake_app.sync import cli_push
from intake_app.sync.batch import BatchError, open_batch, read_envelope, verify_envelope
from intake_app.sync.batch_format import format_timestamp
from intake_app.sync.crypto import (
    POST_PUBLIC_KEY_FILE,
    KeyErrorCode,
    KeyFileError,
    format_fingerprint,
    load_encryption_key,
    load_verify_key,
)

EXIT_OK, EXIT_FAILURE = 0, 1
# The decryption key's name in head office's key folder (intake_app/headoffice/keys.py).
HEADOFFICE_DECRYPT_KEY_FILE = "headoffice_x25519.pem"
COMMANDS = frozenset({"export", "verify", "keys", "sync"})


def add_parsers(subparsers: Any, common_parent: argparse.ArgumentParser) -> None:
    export = subparsers.add_parser(
        "export",
        parents=[common_parent],
        help="write all changes not yet sent into one encrypted batch file for head office",
    )
    export.add_argument("--out", metavar="DIR", type=Path, required=True, help="target folder")
    verify = subparsers.add_parser(
        "verify",
        parents=[common_parent],
        help="check a batch file's signature and integrity; decrypt it with --key",
    )
    verify.add_argument("file", metavar="FILE", type=Path, help="an .intake-batch file")
    verify.add_argument(
        "--key",
        metavar="HEADOFFICE_PRIVATE_KEY_PEM",
        type=Path,
        help="head-office X25519 private key: also decrypt and validate the content",
    )
    verify.add_argument(
        "--sender-key",
        metavar="POST_PUBLIC_KEY_PEM",
        type=Path,
        help="the sending post's Ed25519 public key (default: this post's own key)",
    )
    verify.add_argument(
        "--headoffice-key-dir",
        metavar="DIR",
        type=Path,
        help=f"head office's key folder: decrypt with its {HEADOFFICE_DECRYPT_KEY_FILE}",
    )
    cli_push.add_parsers(subparsers, common_parent)


def run(args: argparse.Namespace, services: Any) -> int:
    """Run `export` or `verify`; 0 on success, 1 with a one-line reason on stderr.

    `services` is the AppServices bundle; `export` uses its `sync_export` (a SyncExporter).
    This module sits in sync/, below services, so it reaches the exporter only through it.
    """
    try:
        if args.command == "export":
            return _export(args, services)
        if args.command == "verify":
            return _verify(args, services)
        if args.command == "keys":
            return cli_push.run_keys(args, services, _say)
        if args.command == "sync":
            return cli_push.run_sync(args, services, _say, _fail)
    except (BatchError, KeyFileError) as error:
        return _fail(f"{error.code}: {error}")
    except BrokenPipeError:
        raise  # the reader of our output left (`| head`): cli.main ends quietly
    except OSError as error:
        return _fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
    except Exception as error:
        # Service errors (no post, no head-office key...) carry a code; anything without
        # one is a bug and goes up to cli.main, which logs the traceback.
        code = getattr(error, "code", None)
        if code is None:
            raise
        return _fail(f"{code}: {error}")
    raise ValueError(f"not a sync command: {args.command}")


def _export(args: argparse.Namespace, services: Any) -> int:
    result = services.sync_export.export(args.out)
    if result.path is None:
        _say("nothing to send: every change is already in a batch")
    else:
        _say(str(result.path))
    return EXIT_OK


def _verify(args: argparse.Namespace, services: Any) -> int:
    data = args.file.read_bytes()
    envelope = read_envelope(data)
    sender = _sender_key(args, services.data_dir)
    verify_envelope(envelope, sender)
    lines = [
        ("post", envelope.post_code),
        ("device", envelope.device_id),
        ("batch", str(envelope.batch_id)),
        ("created", format_timestamp(envelope.created_at)),
        ("sequence", f"{envelope.seq_from}-{envelope.seq_to} ({envelope.change_count} changes)"),
        ("counts", ", ".join(f"{kind}={n}" for kind, n in sorted(envelope.counts.items()))),
        ("sender key", format_fingerprint(envelope.sender_fingerprint)),
        ("recipients", ", ".join(entry.key_id for entry in envelope.recipients)),
        ("signature", "valid, ciphertext intact"),
    ]
    key_path = args.key
    if key_path is None and args.headoffice_key_dir is not None:
        key_path = args.headoffice_key_dir / HEADOFFICE_DECRYPT_KEY_FILE
    if key_path is not None:
        content = open_batch(
            data, recipient_private_key=load_encryption_key(key_path), sender_public_key=sender
        )
        lines.append(("content", f"decrypted, {len(content.changes)} changes match the manifest"))
    for label, value in lines:
        _say(f"{label:>10}: {value}")
    return EXIT_OK


def _sender_key(args: argparse.Namespace, data_dir: Path) -> Ed25519PublicKey:
    if args.sender_key is not None:
        return load_verify_key(args.sender_key)
    own = data_dir / POST_PUBLIC_KEY_FILE
    if not own.exists():
        raise KeyFileError(KeyErrorCode.MISSING, "this post has no key yet; give --sender-key")
    return load_verify_key(own)


def _say(line: str) -> None:
    print(line)  # noqa: T201  (the command's output is its contract)


def _fail(reason: str) -> int:
    print(f"intake-app: error: {reason}", file=sys.stderr)  # noqa: T201
    return EXIT_FAILURE
