"""Importing a convoy's list of names: preview, all-or-nothing, no duplicates on re-import."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import ChangeKind, Depot
from intake_app.domain.manifest import ManifestField, ManifestParse, ManifestRow, parse_rows
from intake_app.domain.manifest import recognise_headers as _recognise
from intake_app.services import convoys as convoy_service
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.manifest_files import RawTable, read_manifest_file
from intake_app.services.people import PersonDraft, register_in_session
from intake_app.storage.database import Database
from intake_app.storage.journal import record_change
from intake_app.storage.models import Convoy, ManifestEntry

ColumnMapping = Mapping[int, ManifestField]


@dataclass(frozen=True)
class ImportPreview:
    """What an import of this table into this convoy would do, before anything is written."""

    parse: ManifestParse
    new_rows: tuple[ManifestRow, ...]
    already_imported: tuple[ManifestRow, ...]  # the same person is on the convoy's list already

    @property
    def can_import(self) -> bool:
        return self.parse.ok and bool(self.new_rows)


@dataclass(frozen=True)
class ImportResult:
    convoy_id: uuid.UUID
    convoy_created: bool
    imported: int
    already_imported: int
    registered: int  # with all_arrived: people registered from the list


def recognise_headers(table: RawTable) -> dict[int, ManifestField]:
    return _recognise(table.headers)


class ManifestImporter:
    """Reads list files and imports them into a convoy in one transaction."""

    def __init__(self, db: Database, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    @staticmethod
    def read(path: Path, *, header_row: int | None = None) -> RawTable:
        return read_manifest_file(path, header_row=header_row)

    def preview(
        self, table: RawTable, mapping: ColumnMapping, *, convoy_id: uuid.UUID | None
    ) -> ImportPreview:
        today = local_date(self._now())
        parse = parse_rows(table.rows, table.source_row_numbers, mapping, today=today)
        known: set[str] = set()
        if convoy_id is not None:
            with self._db.read() as session:
                known = _known_keys(session, convoy_id)
        new = tuple(row for row in parse.rows if row.dedup_key() not in known)
        old = tuple(row for row in parse.rows if row.dedup_key() in known)
        return ImportPreview(parse=parse, new_rows=new, already_imported=old)

    def import_table(
        self,
        convoy_id: uuid.UUID,
        table: RawTable,
        mapping: ColumnMapping,
        *,
        source_file: str,
        officer_id: uuid.UUID | None,
        all_arrived: bool = False,
    ) -> ImportResult:
        """Import every row or none: a file with any bad row is refused as a whole."""
        today = local_date(self._now())
        parse = parse_rows(table.rows, table.source_row_numbers, mapping, today=today)
        _refuse_bad(parse)
        with self._db.write() as session:
            if session.get(Convoy, convoy_id) is None:
                raise ServiceError(ErrorCode.NOT_FOUND, f"no convoy {convoy_id}")
            return _import(
                session,
                convoy_id,
                parse,
                source_file,
                officer_id,
                all_arrived,
                self._now(),
                convoy_created=False,
            )

    def import_file(
        self,
        path: Path,
        *,
        arrival_at: datetime,
        depot: Depot,
        depot_other: str | None = None,
        kjri_letter: str | None = None,
        officer_id: uuid.UUID | None,
        all_arrived: bool = False,
    ) -> ImportResult:
        """The command-line import: find the convoy by its KJRI letter, or create it."""
        table = read_manifest_file(path)
        mapping = _recognise(table.headers)
        today = local_date(self._now())
        parse = parse_rows(table.rows, table.source_row_numbers, mapping, today=today)
        _refuse_bad(parse)
        now = self._now()
        with self._db.write() as session:
            convoy = _convoy_by_letter(session, kjri_letter) if kjri_letter else None
            created = convoy is None
            if convoy is None:
                draft = convoy_service.ConvoyDraft(
                    arrival_at=arrival_at,
                    depot=depot,
                    depot_other=depot_other,
                    kjri_letter_number=kjri_letter,
                    notes=f"Daftar nama: {path.name}",
                )
                convoy = convoy_service.create_in_session(
                    session, draft, officer_id=officer_id, now=now
                )
            return _import(
                session,
                convoy.id,
                parse,
                path.name,
                officer_id,
                all_arrived,
                now,
                convoy_created=created,
            )


class ManifestRejected(ServiceError):
    """The file has rows that cannot be imported; `problems` lists every one of them."""

    def __init__(self, parse: ManifestParse) -> None:
        if parse.missing_required:
            text = "required columns not found: " + ", ".join(parse.missing_required)
        else:
            text = f"{len(parse.problems)} bad row(s); nothing was imported"
        super().__init__(ErrorCode.MANIFEST_REJECTED, text)
        self.parse = parse


def _refuse_bad(parse: ManifestParse) -> None:
    if not parse.ok:
        raise ManifestRejected(parse)


def _known_keys(session: Session, convoy_id: uuid.UUID) -> set[str]:
    return set(
        session.exec(select(ManifestEntry.dedup_key).where(ManifestEntry.convoy_id == convoy_id))
    )


def _convoy_by_letter(session: Session, letter: str) -> Convoy | None:
    return session.exec(
        select(Convoy).where(col(Convoy.kjri_letter_number) == letter.strip())
    ).first()


def _import(
    session: Session,
    convoy_id: uuid.UUID,
    parse: ManifestParse,
    source_file: str,
    officer_id: uuid.UUID | None,
    all_arrived: bool,
    now: datetime,
    *,
    convoy_created: bool,
) -> ImportResult:
    known = {
        entry.dedup_key: entry
        for entry in session.exec(select(ManifestEntry).where(ManifestEntry.convoy_id == convoy_id))
    }
    imported = registered = 0
    for row in parse.rows:
        entry = known.get(row.dedup_key())
        if entry is None:
            entry = _entry(convoy_id, row, source_file, now)
            session.add(entry)
            record_change(
                session,
                kind=ChangeKind.MANIFEST_ENTRY,
                record=entry,
                officer_id=officer_id,
                action="manifest.import",
                now=now,
            )
            imported += 1
        # Re-importing with all_arrived registers those of the list still expected, once.
        if all_arrived and entry.person_id is None:
            register_in_session(
                session, _arrival_draft(convoy_id, entry), officer_id=officer_id, now=now
            )
            registered += 1
    return ImportResult(
        convoy_id=convoy_id,
        convoy_created=convoy_created,
        imported=imported,
        already_imported=len(parse.rows) - imported,
        registered=registered,
    )


def _entry(
    convoy_id: uuid.UUID, row: ManifestRow, source_file: str, now: datetime
) -> ManifestEntry:
    remarks = (
        "; ".join(
            part
            for part in (row.remarks, row.nationality and f"Warganegara: {row.nationality}")
            if part
        )
        or None
    )
    return ManifestEntry.model_validate(
        {
            "convoy_id": convoy_id,
            "row_number": row.row_number,
            "seq_no": row.seq_no,
            "full_name": row.full_name,
            "sex": row.sex,
            "birth_date": row.birth_date,
            "birth_year": row.birth_year,
            "estimated_age": row.estimated_age,
            "birth_place": row.birth_place,
            "document_type": row.document_type,
            "document_number": row.document_number,
            "offence": row.offence,
            "reasons": [str(reason) for reason in row.reasons],
            "address": row.address,
            "remarks": remarks,
            "dedup_key": row.dedup_key(),
            "source_file": source_file,
            "created_at": now,
        }
    )


def _arrival_draft(convoy_id: uuid.UUID, entry: ManifestEntry) -> PersonDraft:
    """A person as the list knows them; the officer completes the rest at the desk."""
    return PersonDraft(
        convoy_id=convoy_id,
        manifest_entry_id=entry.id,
        full_name=entry.full_name,
        sex=entry.sex,
        birth_date=entry.birth_date,
        birth_year=entry.birth_year,
        estimated_age=entry.estimated_age,
        birth_place=entry.birth_place,
        document_type=entry.document_type,
        document_number=entry.document_number,
        reasons=tuple(entry.reasons),
        address=entry.address,
    )
