"""`intake-app report`: the period report or a convoy recap as PDF or XLSX, from a script."""

from __future__ import annotations

import argparse
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import Any

COMMANDS = frozenset({"report"})
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
SUFFIXES = (".pdf", ".xlsx")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report",
        parents=[common],
        help="write the statistics of a period (arrival dates, WIB) as PDF or XLSX",
    )
    report.add_argument("--from", dest="date_from", metavar="DATE", type=_date)
    report.add_argument("--to", dest="date_to", metavar="DATE", type=_date)
    report.add_argument(
        "--out", metavar="FILE", type=Path, required=True, help="FILE.pdf or FILE.xlsx"
    )
    report.add_argument(
        "--convoy", metavar="ID", type=_convoy_id, help="recap of one convoy (its UUID)"
    )
    report.add_argument(
        "--release",
        action="store_true",
        help='for use outside the office: counts of 1 or 2 are shown as "<3"',
    )


def output_problem(date_from: date | None, date_to: date | None, out: Path) -> tuple[str, int]:
    """What is wrong with a report's period and output file ("" when nothing), and the exit
    code for it; shared with `intake-app headoffice report`."""
    if date_from and date_to and date_from > date_to:
        return f"--from {date_from} is after --to {date_to}", EXIT_USAGE
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        return (
            f"unknown output format {suffix or '(no extension)'}: --out must end in .pdf or .xlsx",
            EXIT_USAGE,
        )
    if not out.parent.is_dir():
        return f"folder does not exist: {out.parent}", EXIT_FAILURE
    return "", EXIT_OK


def run(args: argparse.Namespace, services: Any) -> int:
    """Check the arguments, build the report, write it; 0, 1 (failure) or 2 (bad usage)."""
    if args.convoy is None and (args.date_from is None or args.date_to is None):
        return _fail("give --from and --to (or --convoy for a convoy recap)", EXIT_USAGE)
    problem, code = output_problem(args.date_from, args.date_to, args.out)
    if problem:
        return _fail(problem, code)
    from intake_app.services.errors import ServiceError
    from intake_app.services.reports import ReportService

    reports = ReportService(services.db, now=services.now)
    try:
        # A convoy recap takes the convoy's own arrival date.
        report = reports.report(
            args.date_from or date.min,
            args.date_to or date.min,
            convoy_id=args.convoy,
            for_release=args.release,
        )
        path = reports.write(report, args.out)
    except ServiceError as error:
        return _fail(f"{error.code}: {error}", EXIT_FAILURE)
    except OSError as error:
        return _fail(f"{error.strerror or error}: {error.filename or args.out}", EXIT_FAILURE)
    print(f"{path} ({report.persons} persons, {report.convoys} convoys)")  # noqa: T201
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


def _convoy_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a convoy UUID, got {text!r}") from None


def _fail(reason: str, code: int) -> int:
    print(f"intake-app: error: {reason}", file=sys.stderr)  # noqa: T201
    return code
