"""Importing lists of names: all or nothing, no duplicates, arrivals registered on request."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from intake_app.cli import main
from intake_app.domain.enums import Depot
from intake_app.paths import resource
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.manifest_import import (
    ManifestImporter,
    ManifestRejected,
    recognise_headers,
)
from intake_app.storage.models import ManifestEntry, OutboxEntry, Person

ARRIVAL = datetime(2026, 2, 5, 3, 30, tzinfo=UTC)
MALAY = resource("samples", "manifest_semuja_malay.csv")
INDONESIAN = resource("samples", "manifest_bekenu_indonesian.xlsx")
BAD = resource("samples", "manifest_bad_rows.csv")


@pytest.fixture
def importer(services):  # type: ignore[no-untyped-def]
    return ManifestImporter(services.db, now=services.now)


@pytest.fixture
def convoy_id(services):  # type: ignore[no-untyped-def]
    return services.convoys.create(
        ConvoyDraft(arrival_at=ARRIVAL, depot=Depot.SEMUJA), officer_id=None
    )


def _entries(services) -> list[ManifestEntry]:  # type: ignore[no-untyped-def]
    with services.db.read() as session:
        return list(session.exec(select(ManifestEntry)).all())


def test_malay_list_imports_every_row_once(services, importer, convoy_id) -> None:  # type: ignore[no-untyped-def]
    table = importer.read(MALAY)
    mapping = recognise_headers(table)
    preview = importer.preview(table, mapping, convoy_id=convoy_id)
    assert preview.can_import and len(preview.new_rows) == 25
    result = importer.import_table(
        convoy_id, table, mapping, source_file=MALAY.name, officer_id=None
    )
    assert (result.imported, result.already_imported, result.registered) == (25, 0, 0)
    again = importer.import_table(
        convoy_id, table, mapping, source_file=MALAY.name, officer_id=None
    )
    assert (again.imported, again.already_imported) == (0, 25)
    assert len(_entries(services)) == 25
    assert importer.preview(table, mapping, convoy_id=convoy_id).can_import is False
    assert services.summary().expected == 25
    with services.db.read() as session:
        kinds = session.exec(select(OutboxEntry.kind)).all()
    assert kinds.count("manifest_entry") == 25


def test_a_file_with_bad_rows_imports_nothing_and_names_each_row(services, importer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ManifestRejected) as rejected:
        importer.import_file(BAD, arrival_at=ARRIVAL, depot=Depot.SEMUJA, officer_id=None)
    rows = sorted(p.row_number for p in rejected.value.parse.problems)
    assert rows == [4, 6, 8]
    assert _entries(services) == [] and services.summary().convoys == 0


def test_all_arrived_registers_the_list_with_minors_derived(services, importer) -> None:  # type: ignore[no-untyped-def]
    result = importer.import_file(
        MALAY,
        arrival_at=ARRIVAL,
        depot=Depot.SEMUJA,
        kjri_letter="1908/KCH",
        officer_id=None,
        all_arrived=True,
    )
    assert result.convoy_created and result.registered == 25
    with services.db.read() as session:
        people = session.exec(select(Person)).all()
        linked = session.exec(select(ManifestEntry).where(ManifestEntry.person_id != None)).all()  # noqa: E711
    assert len(people) == 25 and len(linked) == 25
    minors = [p for p in people if p.is_minor]
    assert minors and all(p.unaccompanied for p in minors)  # nobody linked them yet
    # The same letter finds the same convoy; nobody is registered twice.
    again = importer.import_file(
        MALAY,
        arrival_at=ARRIVAL,
        depot=Depot.SEMUJA,
        kjri_letter="1908/KCH",
        officer_id=None,
        all_arrived=True,
    )
    assert not again.convoy_created and again.registered == 0
    assert services.summary().registered == 25 and services.summary().convoys == 1


def test_indonesian_xlsx_imports(services, importer) -> None:  # type: ignore[no-untyped-def]
    result = importer.import_file(
        INDONESIAN, arrival_at=ARRIVAL, depot=Depot.BEKENU, officer_id=None
    )
    assert result.imported == 15


def test_cli_import_manifest(cli_login, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = str(cli_login.data_dir)
    args = [
        "import-manifest",
        str(MALAY),
        "--arrival",
        "2026-02-05 10:30",
        "--depot",
        "semuja",
        "--kjri-letter",
        "1908/KCH",
        "--data-dir",
        folder,
    ]
    assert main(args) == 0
    assert "25 imported" in capsys.readouterr().out
    assert main([*args, "--all-arrived"]) == 0
    assert "0 imported, 25 already on the list, 25 registered" in capsys.readouterr().out
    bad = [
        "import-manifest",
        str(BAD),
        "--arrival",
        "2026-02-05 10:30",
        "--depot",
        "Kemayan",
        "--data-dir",
        folder,
    ]
    assert main(bad) == 1
    err = capsys.readouterr().err
    for row in ("row 4", "row 6", "row 8"):
        assert row in err
    with pytest.raises(SystemExit) as usage:
        main(["import-manifest", str(MALAY), "--arrival", "tomorrow", "--depot", "x"])
    assert usage.value.code == 2
