"""Time to render a 400-person handover letter (DESIGN.md §9: under 1 s), signed and sealed."""

from __future__ import annotations

import io
import shutil
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from intake_app.domain.enums import Depot, Disposition, OfficerRole, Sex, TravelDocType
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.handover_facts import HandoverDraft, RecipientDraft, WitnessDraft
from intake_app.services.people import PersonDraft
from intake_app.services.posts import create_officer
from tests.bench.synthetic import set_up

LETTER_PERSONS = 400
LETTER_TARGET_S = 1.0
NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)
FIRST = ("Nur'aini", "Muhammad", "Siti", "Yohanes", "Agustinus", "Dewi", "Fransiska", "Rizky")
LAST = ("binti Ahmad", "bin Hamzah", "anak Jugah", "Simanjuntak", "Ng", "O'Brien", "Setiawan")


def measure_letter(root: Path, reps: int) -> tuple[float, list[float], int, float]:
    """(seconds to issue, seconds per re-render, pages, seconds for the raw ReportLab
    baseline) for one 400-person transport letter, in a fresh set-up folder."""
    work = Path(tempfile.mkdtemp(prefix="letter-bench-", dir=root))
    services = set_up(work / "post", NOW)
    try:
        with services.db.write() as session:
            officer = create_officer(
                session,
                username="bench",
                full_name="Petugas Benchmark",
                role=OfficerRole.SUPERVISOR,
                now=NOW,
                position="Pengantar Kerja",
            ).id
        convoy = services.convoys.create(
            ConvoyDraft(
                arrival_at=NOW - timedelta(hours=3),
                depot=Depot.SEMUJA,
                kjri_letter_number="1908/PK/B/SKEL/02/2026/KCH",
                kjri_letter_date=date(2026, 2, 2),
            ),
            officer_id=None,
        )
        ids = tuple(
            services.people.register(
                PersonDraft(
                    convoy_id=convoy,
                    full_name=f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]} {i:03d}",
                    sex=Sex.FEMALE if i % 3 == 0 else Sex.MALE,
                    birth_date=date(1970 + i % 30, 1 + i % 12, 1 + i % 28),
                    document_type=TravelDocType.SPLP,
                    document_number=f"KCH-2026-{i:05d}",
                    regency_code="61.03",
                ),
                officer_id=officer,
            ).id
            for i in range(LETTER_PERSONS)
        )
        draft = HandoverDraft(
            convoy_id=convoy,
            person_ids=ids,
            recipient_type=Disposition.TRANSPORT_PROVIDER,
            recipient=RecipientDraft(
                name="Agus Salim",
                id_number="6171010506780003",
                position="Koordinator Angkutan",
                institution="PO Bus Setia Kawan Pontianak",
            ),
            witnesses=(
                WitnessDraft(
                    name="Markus Dedi",
                    position="Kepala Desa",
                    institution="Pemerintah Desa Entikong",
                ),
            ),
        )
        began = time.perf_counter()
        letter = services.handovers.issue(draft, officer_id=officer)
        issue_s = time.perf_counter() - began
        renders = []
        for _ in range(reps):
            began = time.perf_counter()
            services.handovers.reprint(letter.handover_id, officer_id=officer)
            renders.append(time.perf_counter() - began)
        from pypdf import PdfReader

        pages = len(PdfReader(letter.pdf_path).pages) if letter.pdf_path else 0
        people = [services.people.get(person_id) for person_id in ids]
        return issue_s, renders, pages, raw_reportlab(people)
    finally:
        services.db.dispose()
        shutil.rmtree(work, ignore_errors=True)


def raw_reportlab(people: list) -> float:  # type: ignore[type-arg]
    """Baseline: the same 400 rows as a plain ReportLab table (no letterhead, fonts,
    seal or signatures), rendered to memory."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    rows = [("No", "Nama", "L/P", "Tanggal lahir", "Dokumen", "Nomor")] + [
        (
            str(i),
            p.full_name,
            p.sex,
            p.birth_date.isoformat() if p.birth_date else "",
            p.document_type,
            p.document_number or "",
        )
        for i, p in enumerate(people, 1)
    ]
    began = time.perf_counter()
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([LongTable(rows, repeatRows=1)])
    return time.perf_counter() - began
