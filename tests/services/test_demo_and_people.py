"""Registration derives protection flags; the demo goes through the same path."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError
from sqlmodel import select

from intake_app.domain.enums import Depot, GuardianRelationship, Sex
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.demo import DEMO_POST
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.people import PersonDraft
from intake_app.services.posts import create_post
from intake_app.storage.models import AuditEntry, OutboxEntry, Person

ARRIVAL = datetime(2026, 2, 5, 3, 30, tzinfo=UTC)  # 10:30 WIB


@pytest.fixture
def convoy_id(services, fixed_now):  # type: ignore[no-untyped-def]
    with services.db.write() as session:
        create_post(session, DEMO_POST, now=fixed_now)
    return services.convoys.create(
        ConvoyDraft(arrival_at=ARRIVAL, depot=Depot.SEMUJA), officer_id=None
    )


def _person(convoy_id, **values) -> PersonDraft:  # type: ignore[no-untyped-def]
    return PersonDraft(convoy_id=convoy_id, **{"full_name": "Siti", "sex": Sex.FEMALE, **values})


def test_child_turning_18_on_arrival_day_is_an_adult(services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    adult = services.people.register(
        _person(convoy_id, birth_date=date(2008, 2, 5)), officer_id=None
    )
    child = services.people.register(
        _person(convoy_id, birth_date=date(2008, 2, 6)), officer_id=None
    )
    assert not adult.is_minor and not adult.unaccompanied
    assert child.is_minor and child.unaccompanied


def test_minor_with_guardian_is_accompanied(services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    mother = services.people.register(
        _person(convoy_id, birth_date=date(1990, 1, 1)), officer_id=None
    )
    child = services.people.register(
        _person(
            convoy_id,
            estimated_age=17,
            guardian_id=mother.id,
            guardian_relationship=GuardianRelationship.MOTHER,
        ),
        officer_id=None,
    )
    assert child.is_minor and not child.unaccompanied


def test_a_minor_cannot_be_the_guardian(services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    child = services.people.register(
        _person(convoy_id, birth_date=date(2015, 1, 1)), officer_id=None
    )
    with pytest.raises(ServiceError) as failed:
        services.people.register(
            _person(convoy_id, birth_date=date(2020, 1, 1), guardian_id=child.id), officer_id=None
        )
    assert failed.value.code == ErrorCode.GUARDIAN_IS_MINOR
    with services.db.read() as session:
        assert len(session.exec(select(Person)).all()) == 1  # nothing half-written


def test_register_journals_outbox_and_audit(services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    person = services.people.register(_person(convoy_id), officer_id=None)
    with services.db.read() as session:
        outbox = session.exec(select(OutboxEntry).where(OutboxEntry.record_id == person.id)).one()
        audit = session.exec(select(AuditEntry).where(AuditEntry.record_id == person.id)).one()
    assert outbox.kind == "person" and outbox.payload["full_name"] == "Siti"
    assert audit.action == "person.create"


def test_drafts_reject_bad_input() -> None:
    with pytest.raises(ValidationError):
        PersonDraft(convoy_id="00000000-0000-0000-0000-000000000000", full_name="  ", sex=Sex.MALE)
    with pytest.raises(ValidationError):
        PersonDraft(
            convoy_id="00000000-0000-0000-0000-000000000000",
            full_name="Budi",
            sex=Sex.MALE,
            nik="12345",
        )
    with pytest.raises(ValidationError):
        ConvoyDraft(arrival_at=datetime(2026, 2, 5, 10, 0), depot=Depot.SEMUJA)


def test_demo_has_families_minors_and_an_unaccompanied_child(demo_services) -> None:  # type: ignore[no-untyped-def]
    with demo_services.db.read() as session:
        people = session.exec(select(Person)).all()
    by_id = {p.id: p for p in people}
    minors = [p for p in people if p.is_minor]
    assert len(minors) == 8
    unaccompanied = [p for p in minors if p.unaccompanied]
    assert len(unaccompanied) == 1 and unaccompanied[0].guardian_id is None
    for child in minors:
        if child.guardian_id:
            guardian = by_id[child.guardian_id]
            assert not guardian.is_minor and guardian.convoy_id == child.convoy_id
    assert {p.document_type for p in people} == {"passport", "splp", "none"}
    assert any(p.estimated_age is not None for p in minors)
