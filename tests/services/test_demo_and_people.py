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


def test_incomplete_record_lists_what_is_missing(services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    saved = services.people.register(_person(convoy_id, document_type="passport"), officer_id=None)
    assert [str(m) for m in saved.missing] == ["age", "document_number", "origin", "reasons"]
    done = services.people.update(
        saved.id,
        _person(
            convoy_id,
            document_type="passport",
            document_number="C1234567",
            birth_date=date(1990, 3, 1),
            regency_code="61.03",
            province_code="61",
            reasons=("overstay",),
        ),
        officer_id=None,
    )
    assert done.missing == () and done.version == 2
    with services.db.read() as session:
        assert session.get(Person, saved.id).incomplete is False


def test_edit_is_audited_with_before_and_after(services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    saved = services.people.register(_person(convoy_id, full_name="Siti Aminah"), officer_id=None)
    services.people.update(
        saved.id, _person(convoy_id, full_name="Siti Aminah binti Umar"), officer_id=None
    )
    with services.db.read() as session:
        audit = session.exec(select(AuditEntry).where(AuditEntry.action == "person.update")).one()
        versions = session.exec(
            select(OutboxEntry.record_version).where(OutboxEntry.record_id == saved.id)
        ).all()
    assert audit.detail["changed"]["full_name"] == ["Siti Aminah", "Siti Aminah binti Umar"]
    assert audit.detail["changed"]["name_key"][1] == "siti aminah binti umar"
    assert sorted(versions) == [1, 2]


def test_linking_a_guardian_later_clears_unaccompanied(services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    child = services.people.register(
        _person(convoy_id, birth_date=date(2014, 5, 1)), officer_id=None
    )
    assert child.unaccompanied
    mother = services.people.register(
        _person(convoy_id, birth_date=date(1985, 5, 1)), officer_id=None
    )
    assert [c.id for c in services.people.companions(convoy_id)] == [mother.id]
    draft = services.people.draft_of(child.id).model_copy(
        update={"guardian_id": mother.id, "guardian_relationship": "ibu"}
    )
    linked = services.people.update(child.id, draft, officer_id=None)
    assert linked.is_minor and not linked.unaccompanied


def test_future_birth_date_is_refused_and_nothing_saved(services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ServiceError) as failed:
        services.people.register(_person(convoy_id, birth_date=date(2026, 2, 6)), officer_id=None)
    assert failed.value.code == ErrorCode.INVALID_INPUT
    assert services.summary().registered == 0


def test_a_guardian_cannot_be_aged_into_a_minor(services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    mother = services.people.register(
        _person(convoy_id, birth_date=date(1985, 5, 1)), officer_id=None
    )
    services.people.register(
        _person(convoy_id, birth_date=date(2014, 5, 1), guardian_id=mother.id), officer_id=None
    )
    with pytest.raises(ServiceError) as failed:
        services.people.update(
            mother.id, _person(convoy_id, birth_date=date(2010, 1, 1)), officer_id=None
        )
    assert failed.value.code == ErrorCode.GUARDIAN_IS_MINOR
    assert services.people.get(mother.id).version == 1
