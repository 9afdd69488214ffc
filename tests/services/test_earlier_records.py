"""Earlier records of repeat deportees: candidates, their reasons, and linking them."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from search_world import (
    BORN,
    NIK,
    Desk,
    assert_indexed,
    plans,
    register,
)
from sqlmodel import select

from intake_app.domain.matching import MatchReason
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.storage.journal import first_broken_link
from intake_app.storage.models import AuditEntry, OutboxEntry, PersonLink


def test_earlier_record_lookups_use_indexes(people: dict[str, uuid.UUID], desk: Desk) -> None:
    services, _search, earlier, _old, _last, today = desk
    plan = plans(
        services,
        lambda: earlier.find(
            nik=NIK,
            document_number="KCH-2025-00042",
            name="Nuraini",
            birth_date=BORN,
            exclude_convoy_id=today,
        ),
    )
    assert_indexed(plan)
    for index in ("ix_person_nik (nik=?)", "ix_person_document_number (document_number=?)"):
        assert any(index in line for line in plan), plan
    assert any("ix_person_name_key_birth_date (name_key=?" in line for line in plan), plan
    assert any("person_search VIRTUAL TABLE" in line for line in plan), plan


# -- candidates --------------------------------------------------------------------


def test_same_nik_in_an_older_convoy(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, _search, earlier, *_, today = desk
    found = earlier.find(nik=NIK, name="Dewi Kartika", exclude_convoy_id=today)
    assert [(r.full_name, r.reasons) for r in found] == [("Dewi Lestari", (MatchReason.SAME_NIK,))]
    assert found[0].arrival_date == date(2025, 6, 10)


def test_same_document_written_another_way(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, _search, earlier, *_, today = desk
    for typed in ("KCH-2025-00042", "kch-2025-00042", " KCH-2025-00042 "):
        found = earlier.find(document_number=typed, exclude_convoy_id=today)
        assert [(r.full_name, r.reasons) for r in found] == [
            ("Dewi Lestari", (MatchReason.SAME_DOCUMENT,))
        ], typed


def test_similar_name_with_the_same_birth_date(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, _search, earlier, *_, today = desk
    for typed in ("Nuraini", "Nur Aini", "NUR AINIE"):
        found = earlier.find(name=typed, birth_date=BORN, exclude_convoy_id=today)
        assert [(r.full_name, r.reasons) for r in found] == [
            ("Nur Aini", (MatchReason.SIMILAR_NAME_SAME_BIRTH_DATE,))
        ], typed
    other_day = BORN + timedelta(days=1)
    assert earlier.find(name="Nur Aini", birth_date=other_day) == []
    assert earlier.find(name="Nur Aini") == []  # no birth, no guess
    assert earlier.find(name="Nur Aini", birth_year=1990)
    assert earlier.find(name="Nur Aini", birth_year=1991) == []


def test_a_birth_year_only_record_matches_a_full_date(desk: Desk) -> None:
    services, _search, earlier, old, _last, today = desk
    register(services, old, "Hasanah binti Umar", birth_year=1985)
    found = earlier.find(
        name="Hasanah bt Umar", birth_date=date(1985, 3, 2), exclude_convoy_id=today
    )
    assert [r.full_name for r in found] == ["Hasanah binti Umar"]
    assert found[0].birth_year == 1985 and found[0].birth_date is None


def test_only_other_and_earlier_convoys_count(people: dict[str, uuid.UUID], desk: Desk) -> None:
    services, _search, earlier, old, last, today = desk
    # Registered in today's convoy: not an earlier record of someone arriving today...
    register(services, today, "Dewi Lestari", nik=NIK)
    found = earlier.find(nik=NIK, exclude_convoy_id=today)
    assert [r.convoy_id for r in found] == [last]
    # ...and for a convoy two years ago (entered late), last year's record is not earlier.
    assert earlier.find(nik=NIK, exclude_convoy_id=old) == []
    assert len(earlier.find(nik=NIK)) == 2  # no convoy: every record


def test_every_reason_is_listed_and_strongest_first(
    people: dict[str, uuid.UUID], desk: Desk
) -> None:
    services, _search, earlier, old, _last, today = desk
    register(services, old, "Dewi Lestary", birth_date=BORN)
    found = earlier.find(
        nik=NIK,
        document_number="KCH-2025-00042",
        name="Dewi Lestari",
        birth_date=BORN,
        exclude_convoy_id=today,
    )
    assert [(r.full_name, r.reasons) for r in found] == [
        ("Dewi Lestari", (MatchReason.SAME_NIK, MatchReason.SAME_DOCUMENT)),
        ("Dewi Lestary", (MatchReason.SIMILAR_NAME_SAME_BIRTH_DATE,)),
    ]
    assert earlier.find() == []


# -- linking ----------------------------------------------------------------------------


def test_link_counts_journals_and_audits(
    people: dict[str, uuid.UUID], desk: Desk, fixed_now: datetime
) -> None:
    services, _search, records, *_, today = desk
    officer = None
    newcomer = register(services, today, "Dewi Lestari", nik=NIK)
    earlier = people["Dewi Lestari"]
    linked = records.link(newcomer, earlier, officer_id=officer, now=fixed_now)
    assert linked.earlier_deportations == 1 and linked.version == 2
    with services.db.read() as session:
        link = session.exec(select(PersonLink)).one()
        outbox = session.exec(
            select(OutboxEntry).where(OutboxEntry.record_id == newcomer).order_by(OutboxEntry.seq)
        ).all()
        audit = session.exec(
            select(AuditEntry).where(AuditEntry.record_id == newcomer).order_by(AuditEntry.seq)
        ).all()
        assert first_broken_link(session) is None
    assert (link.person_id, link.earlier_person_id) == (newcomer, earlier)
    assert link.reasons == [MatchReason.SAME_NIK.value]
    assert [entry.record_version for entry in outbox] == [1, 2]
    assert outbox[-1].payload["earlier_deportations"] == 1
    assert [entry.action for entry in audit] == [
        "person.create",
        "person.link_earlier",
        "person.link_earlier.detail",
    ]
    assert audit[1].detail["changed"] == {"earlier_deportations": [0, 1]}
    assert audit[2].detail == {
        "earlier_person_id": str(earlier),
        "reasons": ["same_nik"],
        "version": 2,
    }
    # Linking the same pair again is refused, and changes nothing.
    with pytest.raises(ServiceError) as twice:
        records.link(newcomer, earlier, officer_id=officer, now=fixed_now)
    assert twice.value.code == ErrorCode.ALREADY_LINKED
    assert services.people.get(newcomer).version == 2
    with services.db.read() as session:
        assert len(session.exec(select(PersonLink)).all()) == 1


def test_count_follows_the_chain_of_earlier_records(desk: Desk, fixed_now: datetime) -> None:
    services, _search, earlier, old, last, today = desk
    first = register(services, old, "Ani")
    second = register(services, last, "Ani")
    third = register(services, today, "Ani")
    link = earlier.link
    assert link(second, first, officer_id=None, now=fixed_now).earlier_deportations == 1
    assert link(third, second, officer_id=None, now=fixed_now).earlier_deportations == 2
    # The oldest record is already counted through the middle one.
    assert link(third, first, officer_id=None, now=fixed_now).earlier_deportations == 2


def test_two_unrelated_earlier_records_count_twice(desk: Desk, fixed_now: datetime) -> None:
    services, _search, earlier, old, last, today = desk
    person = register(services, today, "Ani")
    earlier.link(person, register(services, old, "Ani"), officer_id=None, now=fixed_now)
    twice = earlier.link(person, register(services, last, "Ani"), officer_id=None, now=fixed_now)
    assert twice.earlier_deportations == 2


def test_links_that_make_no_sense_are_refused(
    people: dict[str, uuid.UUID], desk: Desk, fixed_now: datetime
) -> None:
    services, _search, earlier, old, last, today = desk
    person = register(services, last, "Ani")
    same_convoy = register(services, last, "Ani")
    later = register(services, today, "Ani")
    cases = [
        (person, person, ErrorCode.EARLIER_IS_SELF),
        (person, same_convoy, ErrorCode.EARLIER_NOT_BEFORE),
        (person, later, ErrorCode.EARLIER_NOT_BEFORE),
        (person, uuid.uuid4(), ErrorCode.NOT_FOUND),
        (uuid.uuid4(), person, ErrorCode.NOT_FOUND),
    ]
    for person_id, earlier_id, code in cases:
        with pytest.raises(ServiceError) as failed:
            earlier.link(person_id, earlier_id, officer_id=None, now=fixed_now)
        assert failed.value.code == code
    with services.db.read() as session:
        assert session.exec(select(PersonLink)).all() == []
    assert services.people.get(person).version == 1


def test_records_already_linked_are_marked_and_kept(
    people: dict[str, uuid.UUID], desk: Desk, fixed_now: datetime
) -> None:
    services, _search, records, *_, today = desk
    newcomer = register(services, today, "Dewi Lestari", nik=NIK)
    found = records.find(nik=NIK, exclude_convoy_id=today, person_id=newcomer)
    assert [(r.full_name, r.linked) for r in found] == [("Dewi Lestari", False)]
    records.link(newcomer, found[0].id, officer_id=None, now=fixed_now)
    found = records.find(nik=NIK, exclude_convoy_id=today, person_id=newcomer)
    assert [(r.full_name, r.linked) for r in found] == [("Dewi Lestari", True)]
    # The NIK typed wrong later: the link still shows, with the reasons it was made for.
    kept = records.find(nik="6103015705900009", exclude_convoy_id=today, person_id=newcomer)
    assert [(r.full_name, r.linked, r.reasons) for r in kept] == [
        ("Dewi Lestari", True, (MatchReason.SAME_NIK,))
    ]
    # The person itself is never its own candidate, even without a convoy to exclude.
    assert newcomer not in {r.id for r in records.find(nik=NIK, person_id=newcomer)}
