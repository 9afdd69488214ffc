"""Registering writes its rows with Core INSERTs: the same rows, payloads and audit chain
as the ORM path (Person object, `record_change`, flush at commit) wrote before."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from intake_app.domain.enums import (
    ChangeKind,
    DeportationReason,
    EntryRoute,
    GuardianRelationship,
    PersonStatus,
    Sector,
    Sex,
    TravelDocType,
)
from intake_app.headoffice.audit_chain import entry_intact
from intake_app.services.people import (
    PersonDraft,
    PersonPublic,
    _person_values,
    register_in_session,
)
from intake_app.storage.journal import (
    append_audit,
    first_broken_link,
    insert_new,
    record_change,
    record_payload,
    row_payload,
)
from intake_app.storage.models import AuditEntry, Convoy, Family, Person


def _orm_register(
    session: Session, draft: PersonDraft, officer_id: uuid.UUID | None, now: Any
) -> uuid.UUID:
    """The ORM path as register_in_session was before the Core INSERTs (the reference)."""
    person = Person(
        id=uuid.uuid4(),
        **_person_values(session, draft),
        earlier_deportations=0,
        status=PersonStatus.REGISTERED,
        disposition=None,
        handover_id=None,
        created_by=officer_id,
        updated_by=officer_id,
        created_at=now,
        updated_at=now,
        version=1,
    )
    session.add(person)
    record_change(
        session,
        kind=ChangeKind.PERSON,
        record=person,
        officer_id=officer_id,
        action="person.create",
        now=now,
        flush=False,
    )
    return person.id


def _raw(session: Session, sql: str, **params: Any) -> list[Any]:
    return list(session.connection().execute(text(sql), params).one())


def _rows_of(session: Session, person_id: uuid.UUID) -> dict[str, Any]:
    """The stored bytes of a person, its outbox entry and its audit entry (and the audit's
    outbox entry), with the ids that differ between two registrations masked."""
    pid = person_id.hex
    person = _raw(session, "SELECT * FROM person WHERE id = :id", id=pid)
    outbox_sql = (
        "SELECT payload, kind, record_version, created_at, batch_id FROM outboxentry "
        "WHERE record_id = :id"
    )
    payload, *outbox = _raw(session, outbox_sql, id=pid)
    audit = _raw(
        session,
        "SELECT id, at, officer_id, action, record_kind, detail FROM auditentry "
        "WHERE record_id = :id",
        id=pid,
    )
    audit_payload, *audit_outbox = _raw(session, outbox_sql, id=audit[0])
    masked = json.loads(audit_payload)
    assert entry_intact(masked)  # head office's check of the chain
    for key in ("id", "record_id", "prev_hash", "hash"):
        masked[key] = key
    return {
        "person": person[1:],
        "payload": payload.replace(str(person_id), "ID"),
        "outbox": outbox,
        "audit_outbox": audit_outbox,
        "audit": audit[1:],
        "audit_payload_keys": list(json.loads(audit_payload)),
        "audit_payload": masked,
    }


def _drafts(convoy_id: uuid.UUID, family_id: uuid.UUID, mother_id: uuid.UUID) -> list[PersonDraft]:
    return [
        PersonDraft(convoy_id=convoy_id, full_name="Siti", sex=Sex.FEMALE),
        PersonDraft(
            convoy_id=convoy_id,
            family_id=family_id,
            full_name="  Dewi  Lestari ",
            sex=Sex.FEMALE,
            birth_place="Sambas",
            birth_date=date(2014, 3, 9),
            nik="6101054903140002",
            document_type=TravelDocType.SPLP,
            document_number="KCH-2026-00042",
            document_issuer="KJRI Kuching",
            family_card_number="6101051203100004",
            province_code="61",
            regency_code="61.01",
            district_code="61.01.05",
            village_code="61.01.05.2001",
            address="Dusun Sungai Baru",
            phone="0812 5555 0101",
            family_contact="Ibu Aminah (nenek)",
            malaysia_state="Sarawak",
            years_in_malaysia=3,
            employer="Ladang Sawit Bintulu",
            sector=Sector.PLANTATION,
            entry_route=EntryRoute.UNOFFICIAL,
            reasons=(DeportationReason.NO_PASSPORT, DeportationReason.OVERSTAY),
            detention_days=21,
            health_condition="batuk",
            sick=True,
            needs_referral=True,
            needs_birth_registration=True,
            guardian_id=mother_id,
            guardian_relationship=GuardianRelationship.MOTHER,
            notes="ikut ibu",
        ),
        PersonDraft(
            convoy_id=convoy_id, full_name="Budi", sex=Sex.MALE, birth_year=1950, pregnant=False
        ),
        PersonDraft(convoy_id=convoy_id, full_name="Rina", sex=Sex.FEMALE, estimated_age=15),
    ]


def _types(person: PersonPublic) -> dict[str, Any]:
    return {
        name: [type(item) for item in value] if isinstance(value, tuple) else type(value)
        for name, value in dict(person).items()
    }


def test_core_rows_are_byte_for_byte_what_the_orm_wrote(demo_services) -> None:  # type: ignore[no-untyped-def]
    services, officer_id = demo_services, demo_services.officer_id
    with services.db.read() as session:
        convoy = session.exec(select(Convoy)).first()
        family = session.exec(select(Family).where(Family.convoy_id == convoy.id)).first()
    mother = services.people.register(
        PersonDraft(convoy_id=convoy.id, full_name="Aminah", sex=Sex.FEMALE, estimated_age=40),
        officer_id=officer_id,
    )
    now = services.people._now()
    for draft in _drafts(convoy.id, family.id, mother.id):
        core = services.people.register(draft, officer_id=officer_id)
        with services.db.write() as session:
            orm_id = _orm_register(session, draft, officer_id, now)
        with services.db.read() as session:
            assert _rows_of(session, core.id) == _rows_of(session, orm_id)
            stored = session.get(Person, core.id)
            assert stored is not None
            # What the service returns (built without validating again) is what a
            # validation of the stored row gives, field for field and type for type.
            again = PersonPublic.model_validate(stored)
            assert core == again
            assert _types(core) == _types(again)
            assert row_payload(Person, stored.model_dump()) == record_payload(stored)
    with services.db.read() as session:
        assert first_broken_link(session) is None


def test_core_and_orm_journal_entries_chain_in_one_transaction(demo_services) -> None:  # type: ignore[no-untyped-def]
    """Pending ORM audit entries go in before a Core one: seq order stays chain order."""
    services = demo_services
    with services.db.read() as session:
        convoy_id = session.exec(select(Convoy)).first().id
    now = services.people._now()
    with services.db.write() as session:
        family = Family(convoy_id=convoy_id, label="Keluarga Uji", created_at=now)
        session.add(family)
        record_change(
            session,
            kind=ChangeKind.FAMILY,
            record=family,
            officer_id=None,
            action="family.create",
            now=now,
        )
        draft = PersonDraft(
            convoy_id=convoy_id, family_id=family.id, full_name="Yusuf", sex=Sex.MALE
        )
        person = register_in_session(session, draft, officer_id=None, now=now)
        append_audit(session, officer_id=None, action="test.between", now=now)
        # insert_new on its own (no flush before it here): the pending entry goes first
        second = {"id": uuid.uuid4(), "convoy_id": convoy_id, "label": "Kedua", "created_at": now}
        payload = insert_new(
            session,
            kind=ChangeKind.FAMILY,
            table=Family,
            values=second,
            officer_id=None,
            action="family.create",
            now=now,
        )
        append_audit(session, officer_id=None, action="test.after", now=now)
    with services.db.read() as session:
        assert first_broken_link(session) is None
        newest = session.exec(
            select(AuditEntry).order_by(col(AuditEntry.seq).desc()).limit(5)
        ).all()
        assert [e.action for e in reversed(newest)] == [
            "family.create",
            "person.create",
            "test.between",
            "family.create",
            "test.after",
        ]
        assert newest[3].record_id == person.id
        stored = session.get(Family, second["id"])
        assert stored is not None and record_payload(stored) == payload
        assert session.get(Person, person.id).family_id == family.id  # type: ignore[union-attr]
