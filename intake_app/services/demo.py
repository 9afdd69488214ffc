"""A realistic demo post: two convoys with families, minors and an unaccompanied child.

Everything is written through the same services an officer uses, so the demo also shows
that the flags (minor, unaccompanied) and the journal (outbox, audit) come out right.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from faker import Faker
from sqlmodel import Session, select

from intake_app.domain.clock import POST_TIMEZONE, local_date
from intake_app.domain.enums import (
    ChangeKind,
    ConvoyKind,
    DeportationReason,
    Depot,
    GuardianRelationship,
    OfficerRole,
    Sex,
    TravelDocType,
)
from intake_app.domain.names import name_key
from intake_app.services import convoys, people, posts
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.storage.database import Database
from intake_app.storage.journal import record_change
from intake_app.storage.models import Convoy, Family, ManifestEntry, Officer

DEMO_USERNAME = "demo"
DEMO_POST = posts.ENTIKONG_POST
# Regencies most deportees through Entikong come from (Kemendagri codes).
ORIGINS = ["61.01", "61.03", "61.05", "61.07", "53.01", "53.10", "52.03", "52.01", "73.22"]
REASONS = [
    (DeportationReason.NO_PASSPORT, DeportationReason.ILLEGAL_ENTRY),
    (DeportationReason.OVERSTAY,),
    (DeportationReason.NO_WORK_PERMIT,),
    (DeportationReason.ILLEGAL_ENTRY,),
]
SECTORS = ["perkebunan", "konstruksi", "jasa", "plrt", "kedai", "industri"]


@dataclass(frozen=True)
class DemoResult:
    post_code: str
    convoys: int
    registered: int
    expected: int


class _People:
    """Deterministic Indonesian identities (Faker id_ID with a fixed seed)."""

    def __init__(self, seed: int, today: date) -> None:
        self.fake = Faker("id_ID")
        self.fake.seed_instance(seed)
        self.rng = random.Random(seed)
        self.today = today

    def name(self, sex: Sex, *, father: str | None = None) -> str:
        first = self.fake.first_name_male() if sex is Sex.MALE else self.fake.first_name_female()
        style = self.rng.random()
        if father and style < 0.5:  # Malay patronymic, common among Sambas families
            return f"{first} {'bin' if sex is Sex.MALE else 'binti'} {father.split()[0]}"
        if style < 0.15:
            return first  # mononyms are normal
        return f"{first} {self.fake.last_name()}"

    def birth(self, age: int) -> date:
        return self.today - timedelta(days=age * 365 + self.rng.randint(1, 360))

    def document(self) -> tuple[TravelDocType, str | None]:
        pick = self.rng.random()
        if pick < 0.5:
            letter = self.rng.choice("CEX")
            return TravelDocType.PASSPORT, f"{letter}{self.rng.randint(1000000, 9999999)}"
        if pick < 0.85:
            return TravelDocType.SPLP, f"KCH-{self.today.year}-{self.rng.randint(1, 9999):05d}"
        return TravelDocType.NONE, None


def holds_demo(db: Database) -> bool:
    with db.read() as session:
        return (
            session.exec(select(Officer.id).where(Officer.username == DEMO_USERNAME)).first()
            is not None
        )


def fill_demo(db: Database, *, now: datetime, seed: int = 2025) -> DemoResult:
    """Fill an empty database with the demo post; refuses a database that holds data."""
    with db.write() as session:
        if session.exec(select(Convoy)).first() or session.exec(select(Officer)).first():
            raise ServiceError(
                ErrorCode.DATA_DIR_NOT_EMPTY,
                "the demo needs a fresh data folder; this one has data",
            )
        posts.create_post(session, DEMO_POST, now=now)
        officer = posts.create_officer(
            session,
            username=DEMO_USERNAME,
            full_name="Petugas Demo",
            role=OfficerRole.SUPERVISOR,
            now=now,
            position="Pengantar Kerja Ahli Muda",
        )
        gen = _People(seed, local_date(now))
        today_arrival = datetime.combine(local_date(now), time(10, 30), POST_TIMEZONE)
        if today_arrival > now:  # before 10:30 the demo convoy "arrived" yesterday
            today_arrival -= timedelta(days=1)
        big = _demo_convoy(
            session,
            gen,
            officer.id,
            today_arrival,
            Depot.SEMUJA,
            now,
            letter_no=f"1908/PK/B/SKEL/{now:%m/%Y}/KCH",
            adults=30,
            missing=6,
        )
        small = _demo_convoy(
            session,
            gen,
            officer.id,
            today_arrival - timedelta(days=6),
            Depot.BEKENU,
            now,
            letter_no=f"1871/PK/B/SKEL/{now:%m/%Y}/KCH",
            adults=18,
            missing=0,
        )
    return DemoResult(DEMO_POST.code, 2, big[0] + small[0], big[1] + small[1])


def _demo_convoy(
    session: Session,
    gen: _People,
    officer_id: uuid.UUID,
    arrival: datetime,
    depot: Depot,
    now: datetime,
    *,
    letter_no: str,
    adults: int,
    missing: int,
) -> tuple[int, int]:
    convoy = convoys.create_in_session(
        session,
        convoys.ConvoyDraft(
            arrival_at=arrival,
            depot=depot,
            kind=ConvoyKind.DEPORTATION,
            kjri_letter_number=letter_no,
            kjri_letter_date=local_date(arrival) - timedelta(days=2),
            vehicles="2 bus (KJRI Kuching)",
            notes="Data demo",
        ),
        officer_id=officer_id,
        now=now,
    )
    registered = 0

    def arrive(sex: Sex, age: int | None, **extra) -> uuid.UUID:  # type: ignore[no-untyped-def]
        nonlocal registered
        doc_type, doc_no = gen.document()
        name = extra.pop("name", None) or gen.name(sex, father=extra.pop("father", None))
        birth = gen.birth(age) if age is not None else None
        entry = _manifest_entry(session, convoy, name, sex, birth, doc_type, doc_no, now)
        draft = people.PersonDraft(
            convoy_id=convoy.id,
            full_name=name,
            sex=sex,
            birth_date=birth,
            document_type=doc_type,
            document_number=doc_no,
            manifest_entry_id=entry.id,
            regency_code=gen.rng.choice(ORIGINS),
            reasons=gen.rng.choice(REASONS),
            **{
                "sector": gen.rng.choice(SECTORS) if age is None or age >= 18 else "ikut_orang_tua",
                **extra,
            },
        )
        draft = draft.model_copy(update={"province_code": draft.regency_code[:2]})
        registered += 1
        return people.register_in_session(session, draft, officer_id=officer_id, now=now).id

    def family(label: str) -> uuid.UUID:
        group = Family(convoy_id=convoy.id, label=label, created_at=now)
        session.add(group)
        record_change(
            session,
            kind=ChangeKind.FAMILY,
            record=group,
            officer_id=officer_id,
            action="family.create",
            now=now,
        )
        return group.id

    # A mother with two children.
    fam = family("Keluarga ibu dan dua anak")
    mother_name = gen.name(Sex.FEMALE)
    mother = arrive(Sex.FEMALE, 34, name=mother_name, family_id=fam)
    for child_sex, child_age in ((Sex.FEMALE, 9), (Sex.MALE, 4)):
        arrive(
            child_sex,
            child_age,
            family_id=fam,
            guardian_id=mother,
            guardian_relationship=GuardianRelationship.MOTHER,
        )
    # A father with his son.
    fam = family("Keluarga ayah dan anak")
    father_name = gen.name(Sex.MALE)
    father = arrive(Sex.MALE, 41, name=father_name, family_id=fam)
    arrive(
        Sex.MALE,
        12,
        family_id=fam,
        guardian_id=father,
        father=father_name,
        guardian_relationship=GuardianRelationship.FATHER,
    )
    if missing:
        # An unaccompanied 15-year-old, and a pregnant woman.
        arrive(Sex.MALE, 15, sector="perkebunan")
        arrive(Sex.FEMALE, 23, pregnant=True)
        # A girl whose age is only estimated, travelling with her aunt.
        aunt = arrive(Sex.FEMALE, 45)
        arrive(
            Sex.FEMALE,
            None,
            estimated_age=16,
            guardian_id=aunt,
            guardian_relationship=GuardianRelationship.RELATIVE,
        )
    for _ in range(adults):
        arrive(gen.rng.choice([Sex.MALE, Sex.MALE, Sex.FEMALE]), gen.rng.randint(19, 58))
    for _ in range(missing):  # on the list, not (yet) arrived
        sex = gen.rng.choice([Sex.MALE, Sex.FEMALE])
        doc_type, doc_no = gen.document()
        _manifest_entry(
            session,
            convoy,
            gen.name(sex),
            sex,
            gen.birth(gen.rng.randint(19, 50)),
            doc_type,
            doc_no,
            now,
        )
    expected = registered + missing
    convoy.expected_count = expected
    session.add(convoy)
    return registered, missing


def _manifest_entry(
    session: Session,
    convoy: Convoy,
    name: str,
    sex: Sex,
    birth: date | None,
    doc_type: TravelDocType,
    doc_no: str | None,
    now: datetime,
) -> ManifestEntry:
    count = len(
        session.exec(select(ManifestEntry.id).where(ManifestEntry.convoy_id == convoy.id)).all()
    )
    entry = ManifestEntry(
        convoy_id=convoy.id,
        row_number=count + 2,
        seq_no=str(count + 1),
        full_name=name,
        sex=sex,
        birth_date=birth,
        document_type=doc_type,
        document_number=doc_no,
        dedup_key=f"{name_key(name)}|{birth}|{doc_no or ''}",
        source_file="demo",
        created_at=now,
    )
    session.add(entry)
    record_change(
        session,
        kind=ChangeKind.MANIFEST_ENTRY,
        record=entry,
        officer_id=None,
        action="manifest.add",
        now=now,
    )
    return entry
