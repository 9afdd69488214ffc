"""The convoy summary sheet (rekapitulasi kedatangan): counts, dispositions, list of persons."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, select

from intake_app.documents.model import ConvoySummary, CountRow, LetterParty
from intake_app.domain.clock import POST_TIMEZONE, local_date
from intake_app.domain.enums import ConvoyKind, Depot, Disposition
from intake_app.domain.indonesian_words import day_name, long_date
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.handover_snapshot import in_list_order, listed_person
from intake_app.services.letter_content import list_row
from intake_app.services.posts import the_post
from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, Officer, Person

DEPOT_WORDS = {
    Depot.SEMUJA: "Depot Tahanan Imigresen Semuja, Serian",
    Depot.BEKENU: "Depot Tahanan Imigresen Bekenu, Miri",
}
KIND_WORDS = {
    ConvoyKind.DEPORTATION: "Deportasi",
    ConvoyKind.CONSULATE_REPATRIATION: "Pemulangan oleh KJRI",
    ConvoyKind.OTHER: "Lainnya",
}
DISPOSITION_WORDS = {
    Disposition.SELF_RETURN: "Pulang mandiri",
    Disposition.FAMILY: "Dijemput keluarga",
    Disposition.REGENCY_GOVERNMENT: "Pemerintah kabupaten / Satgas",
    Disposition.SOCIAL_SERVICES: "Dinas Sosial",
    Disposition.CHILD_PROTECTION: "UPTD PPA / DP3A",
    Disposition.POLICE: "Kepolisian",
    Disposition.BP3MI_SHELTER: "Shelter BP3MI Pontianak",
    Disposition.TRANSPORT_PROVIDER: "Penyedia angkutan",
    Disposition.OTHER: "Lainnya",
}
STILL_HERE = "Belum diserahterimakan"
# The list names each person; "Kepolisian" beside a name would tell every reader of the sheet
# of a criminal or trafficking referral (sensitive under UU 27/2022). The count table keeps it.
# No officer chosen (the convoy page prints without one): a line to write the name on.
UNSIGNED_NAME = "(" + "." * 40 + ")"
LIST_WORDS = DISPOSITION_WORDS | {Disposition.POLICE: "Serah terima instansi"}


def convoy_summary_pdf(
    db: Database, convoy_id: uuid.UUID, *, officer_id: uuid.UUID | None, now: datetime
) -> bytes:
    with db.read() as session:
        summary = convoy_summary(session, convoy_id, officer_id=officer_id, now=now)
    from intake_app.documents.forms import render_convoy_summary  # ReportLab: when printing

    return render_convoy_summary(summary)


def convoy_summary(
    session: Session, convoy_id: uuid.UUID, *, officer_id: uuid.UUID | None, now: datetime
) -> ConvoySummary:
    convoy = session.get(Convoy, convoy_id)
    if convoy is None:
        raise ServiceError(ErrorCode.NOT_FOUND, f"no convoy {convoy_id}")
    post = the_post(session)
    officer = session.get(Officer, officer_id) if officer_id else None
    people = list(session.exec(select(Person).where(Person.convoy_id == convoy_id)).all())
    arrival = local_date(convoy.arrival_at)
    dispositions = {p.id: _disposition(p) for p in people}
    listed = in_list_order([listed_person(p) for p in people])
    rows = tuple(
        list_row(number, p, arrival, _remark(p.is_minor, dispositions[p.id]))
        for number, p in enumerate(listed, start=1)
    )
    reference = convoy.kjri_letter_number or f"Kedatangan {arrival:%d-%m-%Y}"
    return ConvoySummary(
        letterhead_lines=tuple(post.letterhead_lines),
        reference=reference,
        header_rows=_header_rows(convoy),
        count_rows=(
            _count("Dewasa", (p for p in people if not p.is_minor)),
            _count("Anak (di bawah 18 tahun)", (p for p in people if p.is_minor)),
            _count(
                "\u00a0" * 6 + "di antaranya anak tanpa pendamping",
                (p for p in people if p.unaccompanied),
            ),
            _count("Jumlah", people),
        ),
        disposition_rows=(
            *(
                _count(DISPOSITION_WORDS[d], (p for p in people if dispositions[p.id] is d))
                for d in Disposition
                if any(dispositions[p.id] is d for p in people)
            ),
            *(
                [_count(STILL_HERE, (p for p in people if dispositions[p.id] is None))]
                if any(dispositions[p.id] is None for p in people)
                else []
            ),
            _count("Jumlah", people),
        ),
        persons=rows,
        place_and_date=f"{post.place}, {long_date(local_date(now))}",
        officer=LetterParty(
            name=officer.full_name if officer else UNSIGNED_NAME,
            id_number=(officer.nip or "") if officer else "",
            position=(officer.position or "") if officer else "",
            institution=post.name,
        ),
    )


def _header_rows(convoy: Convoy) -> tuple[tuple[str, str], ...]:
    local = convoy.arrival_at.astimezone(POST_TIMEZONE)
    day = local.date()
    depot = DEPOT_WORDS.get(Depot(convoy.depot)) or convoy.depot_other or "Lainnya"
    kjri = "-"
    if convoy.kjri_letter_number:
        kjri = convoy.kjri_letter_number
        if convoy.kjri_letter_date:
            kjri += f" tanggal {long_date(convoy.kjri_letter_date)}"
    return (
        ("Tanggal kedatangan", f"{day_name(day)}, {long_date(day)}, pukul {local:%H.%M} WIB"),
        ("Asal", depot),
        ("Jenis kedatangan", KIND_WORDS.get(ConvoyKind(convoy.kind), convoy.kind)),
        ("Surat KJRI Kuching", kjri),
        (
            "Jumlah menurut daftar",
            f"{convoy.expected_count} orang" if convoy.expected_count is not None else "-",
        ),
        ("Kendaraan", convoy.vehicles or "-"),
    )


def _disposition(p: Person) -> Disposition | None:
    return Disposition(p.disposition) if p.disposition and p.handover_id else None


def _remark(is_minor: bool, disposition: Disposition | None) -> str:
    words = LIST_WORDS[disposition] if disposition else STILL_HERE
    return f"anak; {words}" if is_minor else words


def _count(label: str, people: Iterable[Person]) -> CountRow:
    listed = list(people)
    male = sum(1 for p in listed if p.sex == "L")
    return CountRow(label, male, len(listed) - male, len(listed))
