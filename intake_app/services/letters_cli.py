"""`intake-app letters list` and `intake-app verify-letter`: letters as scriptable commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only argparse at import time: cli.py builds its parser on every start, the window's too,
# and the letter machinery (ReportLab, pypdf, cryptography) loads only when a command runs.
if TYPE_CHECKING:
    from intake_app.services.bundle import AppServices
    from intake_app.services.handovers import HandoverService, LetterInfo
    from intake_app.services.letter_seal import VerifyKeys, VerifyResult

COMMANDS = frozenset({"letters", "verify-letter"})
EXIT_OK, EXIT_FAILURE = 0, 1
# English for the command line; the GUI shows its own Indonesian text for each code.
# Keyed by VerifyReason value.
REASONS = {
    "bad_format": "not the verification text of a handover letter",
    "unknown_post": "no public key for post {post}",
    "bad_signature": "the signature does not match: not issued by this post, or changed",
    "unreadable_pdf": "the file is not a readable PDF",
    "no_payload": "the PDF carries no verification data",
    "content_missing": "the PDF lacks its signed list",
    "content_altered": "the list attached to the PDF differs from the signed list",
    "letter_altered": "the number or recipient printed differs from the signed letter",
    "list_altered": "the printed list of persons differs from the signed list",
    "voided": "the letter is genuine but was voided by the post",
}


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `letters` and `verify-letter` to the top-level subcommands."""
    letters = sub.add_parser("letters", parents=[common], help="handover letters of this desk")
    actions = letters.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help="issued letters, newest first (self-returns included)"
    )
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.add_argument("--year", type=int, help="only letters numbered in this year")
    listing.add_argument("--limit", type=int, default=500, help="at most this many (500)")
    summary = actions.add_parser(
        "summary", parents=[common], help="write a convoy's summary sheet (rekapitulasi) as PDF"
    )
    summary.add_argument("out", metavar="PDF", type=Path, help="where to write the sheet")
    summary.add_argument(
        "--convoy", metavar="ID", help="convoy id or KJRI letter number (default: the newest)"
    )
    verify = sub.add_parser(
        "verify-letter",
        parents=[common],
        help="check that a letter PDF or QR text is genuine (exit 0) or say why not (exit 1)",
    )
    source = verify.add_mutually_exclusive_group(required=True)
    source.add_argument("pdf", metavar="PDF", nargs="?", type=Path, help="the letter's PDF")
    source.add_argument("--qr", metavar="TEXT", help="the text read from the letter's QR code")
    verify.add_argument(
        "--key",
        metavar="PEM",
        type=Path,
        help="the issuing post's public key (default: this data folder's post key)",
    )


def run(args: argparse.Namespace, services: AppServices) -> int:
    from intake_app.services.handovers import HandoverService

    handovers = HandoverService(services.db, services.data_dir, services.now)
    if args.command == "letters" and args.letters_command == "summary":
        return _summary(args, services, handovers)
    if args.command == "letters":
        return _list(args, handovers)
    return _verify(args, handovers)


def _list(args: argparse.Namespace, handovers: HandoverService) -> int:
    letters = handovers.letters(year=args.year, limit=args.limit)
    if args.json:
        print(json.dumps([_as_json(info) for info in letters], ensure_ascii=False))  # noqa: T201
        return EXIT_OK
    for info in letters:
        state = "VOID" if info.voided else "    "
        print(  # noqa: T201
            f"{info.reference:<40} {info.issued_on} {info.recipient_type:<20} "
            f"{info.persons:>4} persons {info.minors:>3} minors {state} {info.pdf_path or '-'}"
        )
    return EXIT_OK


def _summary(args: argparse.Namespace, services: AppServices, handovers: HandoverService) -> int:
    from intake_app.storage.files import write_atomically

    convoys = services.convoys.overview()
    wanted = args.convoy
    found = [c for c in convoys if wanted is None or wanted in (str(c.id), c.kjri_letter_number)]
    if not found:
        print(f"intake-app: no convoy {wanted or ''}".rstrip(), file=sys.stderr)  # noqa: T201
        return EXIT_FAILURE
    write_atomically(
        args.out, handovers.convoy_summary(found[0].id, officer_id=services.officer_id)
    )
    print(f"convoy summary written to {args.out}")  # noqa: T201
    return EXIT_OK


def _as_json(info: LetterInfo) -> dict[str, Any]:
    return {
        "handover_id": str(info.handover_id),
        "number": info.number,
        "reference": info.reference,
        "recipient_type": str(info.recipient_type),
        "issued_on": info.issued_on.isoformat(),
        "persons": info.persons,
        "minors": info.minors,
        "voided": info.voided,
        "pdf_path": str(info.pdf_path) if info.pdf_path else None,
    }


def _verify(args: argparse.Namespace, handovers: HandoverService) -> int:
    from intake_app.services.letter_pdf import verify_letter_pdf
    from intake_app.services.letter_seal import VerifyReason, VerifyResult, verify_letter_qr

    keys = _keys(args, handovers)
    if args.qr is not None:
        result = verify_letter_qr(args.qr, keys)
    else:
        result = verify_letter_pdf(args.pdf, keys)
    if result.genuine and result.facts is not None and args.key is None:
        # Only this post's own record can say a genuine letter was voided later.
        known = handovers.find_by_number(result.facts.number)
        if known is not None and known.voided:
            result = VerifyResult(False, VerifyReason.VOIDED, result.facts)
    return _report(result)


def _keys(args: argparse.Namespace, handovers: HandoverService) -> VerifyKeys:
    from intake_app.services.errors import ServiceError

    if args.key is not None:
        from intake_app.sync.crypto import load_verify_key

        return load_verify_key(args.key)
    try:
        return handovers.verify_keys()
    except ServiceError:  # a data folder without a post knows no key
        return {}


def _report(result: VerifyResult) -> int:
    facts = result.facts
    if result.genuine and facts is not None:
        print(  # noqa: T201
            f"genuine: letter {facts.number} of post {facts.post_code}, "
            f"{facts.issued_on.isoformat()}, {facts.count} persons"
        )
        return EXIT_OK
    reason = str(result.reason or "bad_format")
    text = REASONS[reason].format(post=facts.post_code if facts else "?")
    print(f"intake-app: letter rejected: {text} ({reason})", file=sys.stderr)  # noqa: T201
    return EXIT_FAILURE
