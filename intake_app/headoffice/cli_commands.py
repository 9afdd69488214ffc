"""`intake-app headoffice ...`: the receiver's commands; cli.py adds them with add_parsers().

Nothing heavy is imported at module level: the desktop app builds this parser at every start.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
COMMANDS = frozenset({"headoffice"})
DB_HELP = "postgresql+psycopg://USER:PASSWORD@HOST/DB, or sqlite:///PATH for a trial"


def add_parsers(subparsers: Any, common_parent: argparse.ArgumentParser) -> None:
    headoffice = subparsers.add_parser(
        "headoffice", parents=[common_parent], help="head office: receive and read posts' batches"
    )
    sub = headoffice.add_subparsers(dest="ho_command", metavar="ACTION", required=True)

    def action(name: str, text: str, *, key_dir: bool = False) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=text, description=text)
        parser.add_argument("--db", metavar="URL", required=True, help=DB_HELP)
        if key_dir:
            parser.add_argument("--key-dir", metavar="DIR", type=Path, required=True,
                                help="folder with head office's private keys")  # fmt: skip
        return parser

    init = action("init", "create the tables and head office's key pair", key_dir=True)
    init.add_argument("--key-id", help="id posts see for this key (default: from its fingerprint)")
    init.add_argument("--label", help='e.g. "KemenP2MI Jakarta, main"')
    trust = action("trust", "register a post's public key (after a phone check of its fingerprint)")
    trust.add_argument("key_file", metavar="POST_KEY_FILE", type=Path)
    trust.add_argument("--post-code", help="needed when the key file does not name its post")
    trust.add_argument("--replace", action="store_true", help="replace the post's registered key")
    ingest = action("ingest", "ingest a batch file carried by hand", key_dir=True)
    ingest.add_argument("file", metavar="FILE", type=Path)
    ingest.add_argument("--receipt", metavar="FILE", type=Path, help="also write the receipt here")
    ingest.add_argument("--json", action="store_true", help="print the receipt as JSON")
    serve = action("serve", "run the HTTP receiver and read API", key_dir=True)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    summary = action("summary", "counts as `intake-app summary`, totalled and per post")
    summary.add_argument("--json", action="store_true", help="print one JSON object")
    report = action("report", "write the period report over all posts (or one) as PDF or XLSX")
    report.add_argument("--from", dest="date_from", metavar="DATE", type=_date, required=True)
    report.add_argument("--to", dest="date_to", metavar="DATE", type=_date, required=True)
    report.add_argument("--out", metavar="FILE", type=Path, required=True,
                        help="FILE.pdf or FILE.xlsx")  # fmt: skip
    report.add_argument("--post", metavar="CODE", help="only this post (default: every post)")
    release_help = 'for use outside the office: counts of 1 or 2 are shown as "<3"'
    report.add_argument("--release", action="store_true", help=release_help)
    for what in ("persons", "convoys", "handovers"):
        listing = action(what, f"list one post's {what} (newest versions)")
        listing.add_argument("--post", metavar="CODE", required=True)
        listing.add_argument("--offset", type=int, default=0)
        listing.add_argument("--limit", type=int, default=100)
        listing.add_argument("--json", action="store_true", help="print the page as JSON")
    verify = action("audit-verify", "check the posts' audit trails (hash chains) as received")
    verify.add_argument("--post", metavar="CODE", help="only this post (default: every post)")


def run(args: argparse.Namespace) -> int:
    from intake_app.headoffice.database import DatabaseUrlError, open_engine
    from intake_app.headoffice.ingest import IngestError
    from intake_app.headoffice.registry import RegistryError
    from intake_app.sync.crypto import KeyFileError

    try:
        engine = open_engine(args.db)
        try:
            return _ACTIONS[args.ho_command](args, engine)
        finally:
            engine.dispose()
    except (IngestError, KeyFileError) as error:
        return _fail(f"{error.code}: {error}")
    except (RegistryError, DatabaseUrlError, ValueError) as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))


def _init(args: argparse.Namespace, engine: Any) -> int:
    from intake_app.headoffice.database import create_schema
    from intake_app.headoffice.keys import init_keys
    from intake_app.sync.crypto import format_fingerprint

    create_schema(engine)
    result = init_keys(args.key_dir, key_id=args.key_id, label=args.label)
    state = "created" if result.created else "already there, kept"
    _say(f"keys {state}: {result.identity.key_id}")
    _say(f"fingerprint: {format_fingerprint(result.identity.fingerprint)}")
    _say(f"give the posts: {result.public_keys_file}")
    return EXIT_OK


def _trust(args: argparse.Namespace, engine: Any) -> int:
    from intake_app.headoffice.registry import trust_post
    from intake_app.sync.crypto import format_fingerprint

    result = trust_post(
        engine, args.key_file, post_code=args.post_code, now=datetime.now(UTC), replace=args.replace
    )
    state = "registered" if result.changed else "already registered with this key"
    _say(f"post {result.post_code} {state}: {format_fingerprint(result.fingerprint)}")
    return EXIT_OK


def _ingest(args: argparse.Namespace, engine: Any) -> int:
    from intake_app.headoffice.ingest import ingest_batch
    from intake_app.headoffice.keys import load_identity

    result = ingest_batch(
        engine, load_identity(args.key_dir), args.file.read_bytes(), now=datetime.now(UTC)
    )
    receipt = result.receipt
    if args.receipt is not None:
        from intake_app.storage.files import write_atomically

        write_atomically(args.receipt, (json.dumps(receipt, indent=2) + "\n").encode("utf-8"))
    if args.json:
        _say(json.dumps(receipt, sort_keys=True))
        return EXIT_OK
    counts = receipt["counts"]
    again = "" if result.first_time else " (received before; same receipt)"
    _say(
        f"batch {receipt['batch_id']} from {receipt['post_code']}{again}: "
        f"{counts['applied']} applied, {counts['already_held']} already held, "
        f"{counts['conflicts']} conflicts"
    )
    for conflict in receipt["conflicts"]:
        _say(f"  conflict: {conflict['kind']} {conflict['id']} version {conflict['version']}")
    return EXIT_OK


def _serve(args: argparse.Namespace, engine: Any) -> int:
    import uvicorn

    from intake_app.headoffice.api import create_app
    from intake_app.headoffice.keys import load_identity

    app = create_app(engine, load_identity(args.key_dir), now=lambda: datetime.now(UTC))
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return EXIT_OK


def _summary(args: argparse.Namespace, engine: Any) -> int:
    from intake_app.headoffice.queries import summary

    counts = summary(engine)
    if args.json:
        _say(json.dumps(counts, sort_keys=True))
        return EXIT_OK
    for label, values in [("total", counts["total"]), *counts["posts"].items()]:
        _say(label)
        for key, value in values.items():
            _say(f"{key:>22}: {value}")
    _say(f"{'conflicts':>22}: {counts['conflicts']}")
    return EXIT_OK


def _listing(args: argparse.Namespace, engine: Any) -> int:
    from intake_app.headoffice.queries import list_records, post_known

    if not post_known(engine, args.post):
        return _fail(f"no post {args.post} is registered")
    page = list_records(engine, args.post, args.ho_command, offset=args.offset, limit=args.limit)
    if args.json:
        _say(json.dumps(page, sort_keys=True, ensure_ascii=False))
        return EXIT_OK
    shown = page["offset"] + len(page["items"])
    _say(f"{args.ho_command} of {args.post}: {page['offset'] + 1}-{shown} of {page['total']}")
    for item in page["items"]:
        _say(_one_line(args.ho_command, item))
    return EXIT_OK


def _report(args: argparse.Namespace, engine: Any) -> int:
    from intake_app.headoffice.report import headoffice_report
    from intake_app.services.errors import ServiceError
    from intake_app.services.report_cli import output_problem
    from intake_app.services.reports import write_report

    problem, code = output_problem(args.date_from, args.date_to, args.out)
    if problem:
        return _fail(problem, code)
    try:
        report = headoffice_report(
            engine,
            args.date_from,
            args.date_to,
            post_code=args.post,
            for_release=args.release,
            now=datetime.now(UTC),
        )
        path = write_report(report, args.out)
    except ServiceError as error:
        return _fail(f"{error.code}: {error}")
    posts = args.post or f"{len(report.posts)} posts"
    _say(f"{path} ({posts}: {report.persons} persons, {report.convoys} convoys)")
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


def _one_line(what: str, item: dict[str, Any]) -> str:
    if what == "persons":
        return f"{item['id']}  {item.get('full_name', '')}  {item.get('status', '')}"
    if what == "convoys":
        return f"{item['id']}  {item.get('arrival_at', '')}  {item.get('depot', '')}"
    return f"{item['id']}  {item.get('letter_number') or '-'}  {item.get('status', '')}"


def _audit_verify(args: argparse.Namespace, engine: Any) -> int:
    from intake_app.headoffice.audit_chain import check_audit_chains, describe

    checks = check_audit_chains(engine, args.post)
    if not checks:
        _say("no audit entries held")
    for check in checks:
        _say(describe(check))
    return EXIT_OK if all(check.intact for check in checks) else EXIT_FAILURE


_ACTIONS = {
    "init": _init,
    "trust": _trust,
    "ingest": _ingest,
    "serve": _serve,
    "summary": _summary,
    "report": _report,
    "persons": _listing,
    "convoys": _listing,
    "handovers": _listing,
    "audit-verify": _audit_verify,
}


def _say(line: str) -> None:
    print(line)  # noqa: T201  (the command's output is its contract)


def _fail(reason: str, code: int = EXIT_FAILURE) -> int:
    print(f"intake-app: error: {reason}", file=sys.stderr)  # noqa: T201
    return code
