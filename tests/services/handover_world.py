"""A post, an officer and a convoy to hand people over from, shared by the handover tests."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from intake_app.domain.enums import Depot, Disposition, GuardianRelationship, OfficerRole, Sex
from intake_app.domain.handover_rules import Override
from intake_app.services.bundle import AppServices
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.demo import DEMO_POST
from intake_app.services.handover_facts import HandoverDraft, RecipientDraft, WitnessDraft
from intake_app.services.handovers import HandoverService, IssuedLetter
from intake_app.services.people import PersonDraft
from intake_app.services.posts import create_officer, create_post
from tests.services.accounts_world import open_test_folder

# Arrival Wednesday 4 February 2026, 10:30 WIB; letters on Thursday 5 February, 09:00 WIB.
ARRIVAL = datetime(2026, 2, 4, 3, 30, tzinfo=UTC)
NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)
KJRI_LETTER = "1908/PK/B/SKEL/02/2026/KCH"
RELATIVE = RecipientDraft(
    name="Yohanes Ajun",
    id_number="6103011201800001",
    relationship="Suami",
    address="Dusun Entikong, Kabupaten Sanggau",
    phone="0812-5678-9012",
)
INSTITUTION = RecipientDraft(
    name="Siti Rahmawati, S.Sos.",
    id_number="198501012010012001",
    position="Pekerja Sosial",
    institution="UPTD PPA Kabupaten Sanggau",
)
WITNESS = WitnessDraft(name="Markus Dedi", position="Kepala Desa", institution="Desa Entikong")
SUPERVISOR_OK = Override(reason="Kepala desa berhalangan hadir", by_supervisor=True)


@dataclass
class Clock:
    at: datetime = NOW

    def __call__(self) -> datetime:
        return self.at


@dataclass
class World:
    """One data folder with a post, a supervisor officer and one convoy."""

    services: AppServices
    clock: Clock
    handovers: HandoverService = field(init=False)
    officer_id: uuid.UUID = field(init=False)
    convoy_id: uuid.UUID = field(init=False)

    def __post_init__(self) -> None:
        self.handovers = HandoverService(self.services.db, self.services.data_dir, self.clock)

    def setup(
        self, *, arrival: datetime = ARRIVAL, pattern: str | None = None, desk: str = "A"
    ) -> World:
        post = DEMO_POST.model_copy(
            update={"desk_code": desk}
            | ({"letter_number_pattern": pattern} if pattern is not None else {})
        )
        with self.services.db.write() as session:
            create_post(session, post, now=self.clock())
            self.officer_id = create_officer(
                session,
                username="hendra",
                full_name="Hendra Gunawan, S.H.",
                role=OfficerRole.SUPERVISOR,
                now=self.clock(),
                nip="198703152010011002",
                position="Pengantar Kerja Ahli Muda",
            ).id
        self.convoy_id = self.convoy(arrival)
        return self

    def convoy(self, arrival: datetime) -> uuid.UUID:
        return self.services.convoys.create(
            ConvoyDraft(
                arrival_at=arrival,
                depot=Depot.SEMUJA,
                kjri_letter_number=f"{KJRI_LETTER}/{arrival:%H%M%S%f}",
                kjri_letter_date=date(2026, 2, 2),
            ),
            officer_id=None,
        )

    def person(self, name: str, sex: Sex = Sex.FEMALE, **values: Any) -> uuid.UUID:
        values.setdefault("birth_date", date(1990, 5, 17))
        values.setdefault("convoy_id", self.convoy_id)
        draft = PersonDraft(full_name=name, sex=sex, **values)
        return self.services.people.register(draft, officer_id=self.officer_id).id

    def child(
        self, name: str, guardian: uuid.UUID | None = None, sex: Sex = Sex.MALE, **values: Any
    ) -> uuid.UUID:
        values.setdefault("birth_date", date(2015, 3, 9))
        if guardian is not None:
            values.setdefault("guardian_relationship", GuardianRelationship.MOTHER)
        return self.person(name, sex, guardian_id=guardian, **values)

    def draft(self, to: Disposition, *ids: uuid.UUID, **values: Any) -> HandoverDraft:
        if to is not Disposition.SELF_RETURN:
            values.setdefault("recipient", RELATIVE if to is Disposition.FAMILY else INSTITUTION)
            values.setdefault("witnesses", (WITNESS,))
        values.setdefault("convoy_id", self.convoy_id)
        return HandoverDraft(person_ids=ids, recipient_type=to, **values)

    def issue(
        self, to: Disposition, *ids: uuid.UUID, override: Override | None = None, **values: Any
    ) -> IssuedLetter:
        return self.handovers.issue(
            self.draft(to, *ids, **values), officer_id=self.officer_id, override=override
        )


def make_world(data_dir: Path, clock: Clock | None = None, **setup: Any) -> Iterator[World]:
    clock = clock or Clock()
    services = open_test_folder(data_dir, now=clock)
    try:
        yield World(services, clock).setup(**setup)
    finally:
        services.db.dispose()


def page_texts(pdf: bytes | Path) -> list[str]:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return [page.extract_text() for page in PdfReader(source).pages]


def flat(texts: list[str]) -> str:
    """All pages as one line: text wrapped by the layout compares as one string."""
    return re.sub(r"\s+", " ", " ".join(texts))


def qpdf_ok(path: Path) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.fail("qpdf is not installed (apt-get install qpdf)")
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
