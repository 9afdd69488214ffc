"""`intake-app import-manifest`: the manifest import as a scriptable command."""

from __future__ import annotations

import argparse
import sys

from intake_app.domain.enums import Depot
from intake_app.services.bundle import AppServices
from intake_app.services.manifest_files import ManifestFileError
from intake_app.services.manifest_import import ManifestImporter, ManifestRejected

# English reasons for the command line; the GUI shows its own Indonesian ones.
ROW_PROBLEMS = {
    "missing_name": "name is empty",
    "bad_sex": "sex is not L/P",
    "bad_date": "birth date is not a date",
    "future_date": "birth date is in the future",
    "implausible_date": "birth date is more than 110 years ago",
    "bad_age": "age is not a number of years",
    "duplicate_row": "same person as row {value}",
}


def _depot(name: str) -> tuple[Depot, str | None]:
    key = name.strip().casefold()
    for depot in (Depot.SEMUJA, Depot.BEKENU):
        if depot.value in key:
            return depot, None
    return Depot.OTHER, name.strip()


def import_manifest(args: argparse.Namespace, services: AppServices) -> int:
    depot, other = _depot(args.depot)
    importer = ManifestImporter(services.db, now=services.now)
    try:
        result = importer.import_file(
            args.file,
            arrival_at=args.arrival,
            depot=depot,
            depot_other=other,
            kjri_letter=args.kjri_letter,
            officer_id=services.officer_id,
            all_arrived=args.all_arrived,
        )
    except ManifestFileError as error:
        print(f"intake-app: error: {args.file}: {error}", file=sys.stderr)  # noqa: T201
        return 1
    except ManifestRejected as rejected:
        print(f"intake-app: error: {args.file}: {rejected}", file=sys.stderr)  # noqa: T201
        for problem in rejected.parse.problems:
            reason = ROW_PROBLEMS.get(problem.code, problem.code).format(value=problem.value)
            column = f" [{problem.column}]" if problem.column else ""
            print(  # noqa: T201
                f"  row {problem.row_number}{column}: {reason} ({problem.value!r})",
                file=sys.stderr,
            )
        return 1
    state = "created" if result.convoy_created else "found"
    print(  # noqa: T201
        f"convoy {result.convoy_id} ({state}): {result.imported} imported, "
        f"{result.already_imported} already on the list, {result.registered} registered"
    )
    return 0
