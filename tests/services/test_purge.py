"""Retention purge: only old records head office acknowledged go; unsent data never does."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, func, select
from sync_world import SyncWorld, make_world

from intake_app.domain.enums import OfficerRole
from intake_app.services.accounts import OfficerPublic, OfficerSession
from intake_app.services.demo_letters import issue_demo_letters
from intake_app.services.earlier_records import EarlierRecords
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.purge import PURGE_ACTION, PurgeService
from intake_app.storage.journal import first_broken_link
from intake_app.storage.models import (
    AuditEntry,
    Convoy,
    Family,
    Handover,
    HandoverPerson,
    ManifestEntry,
    OutboxEntry,
    Person,
    PersonLink,
)

LATER = timedelta(days=10)  # the purge runs ten days after the demo's day: both convoys are old


def _count(db: Any, model: Any, *where: Any) -> int:
    with db.read() as session:
        return int(session.exec(select(func.count()).select_from(model).where(*where)).one())


def _snapshot(db: Any) -> dict[str, int]:
    tables = (Person, ManifestEntry, Family, PersonLink, HandoverPerson, Handover, Convoy)
    counts = {model.__name__: _count(db, model) for model in tables}
    return counts | {"outbox": _count(db, OutboxEntry), "audit": _count(db, AuditEntry)}


def _send_everything(world: SyncWorld, services: Any, tmp_path: Path, now: datetime) -> None:
    world.exporter.export(tmp_path / "usb")
    with world.stub.running():
        outcomes = world.pusher.push_due(now, url=world.stub.url, everything=True)
    assert outcomes and all(outcome.state == "sent" for outcome in outcomes)


def _expected_purge(db: Any, cutoff: datetime, pinned: set[uuid.UUID]) -> set[uuid.UUID]:
    """Independently of the service: old persons not tied to a pinned one (fixpoint)."""
    with db.read() as session:
        people = session.exec(select(Person, Convoy.arrival_at).join(Convoy)).all()
        links = session.exec(select(PersonLink.person_id, PersonLink.earlier_person_id)).all()
    old = {p.id for p, arrival in people if arrival < cutoff}
    kept = {p.id for p, _ in people if p.id not in old} | pinned
    ties = [(p.id, p.guardian_id) for p, _ in people if p.guardian_id] + list(links)
    families: dict[uuid.UUID, set[uuid.UUID]] = {}
    for person, _ in people:
        if person.family_id:
            families.setdefault(person.family_id, set()).add(person.id)
    ties += [(a, b) for members in families.values() for a in members for b in members]
    grown = True
    while grown:
        grown = False
        for a, b in ties:
            if (a in kept) != (b in kept):
                kept |= {a, b}
                grown = True
    return old - kept


@pytest.fixture
def world(demo_services: Any, tmp_path: Path) -> SyncWorld:
    return make_world(demo_services, tmp_path)


def test_acknowledged_old_records_go_unsent_ones_and_their_ties_stay(
    world: SyncWorld, demo_services: Any, tmp_path: Path, fixed_now: datetime
) -> None:
    db = demo_services.db
    issue_demo_letters(db, demo_services.data_dir, now=fixed_now)
    with db.read() as session:
        convoys = session.exec(select(Convoy).order_by(col(Convoy.arrival_at))).all()
        child = session.exec(
            select(Person).where(
                Person.convoy_id == convoys[0].id, col(Person.guardian_id).is_not(None)
            )
        ).first()
        everyone = session.exec(select(Person)).all()
    guardians = {p.guardian_id for p in everyone}
    # people on their own: no family, no guardian, nobody's guardian, not handed over
    alone = [
        p
        for p in everyone
        if not p.family_id and not p.guardian_id and p.id not in guardians and not p.handover_id
    ]
    earlier = next(p for p in alone if p.convoy_id == convoys[0].id)
    newer = next(p for p in alone if p.convoy_id == convoys[-1].id)
    assert child and newer and earlier
    EarlierRecords(db).link(newer.id, earlier.id, officer_id=None, now=fixed_now)
    _send_everything(world, demo_services, tmp_path, fixed_now)
    # after the last sync: an edit of the child, a new arrival; neither reached head office
    people = demo_services.people
    draft = people.draft_of(child.id).model_copy(update={"notes": "alamat keluarga dicek"})
    people.update(child.id, draft, officer_id=None)
    arrival = people.register(
        people.draft_of(newer.id).model_copy(update={"full_name": "Orang Baru", "nik": None}),
        officer_id=None,
    )
    purge = PurgeService(db, lambda: fixed_now + LATER)
    cutoff = fixed_now + LATER - timedelta(days=5)
    expected = _expected_purge(db, cutoff, pinned={child.id, arrival.id})
    assert child.guardian_id not in expected and earlier.id in expected and newer.id in expected
    with db.read() as session:
        places = session.exec(
            select(func.count()).where(col(HandoverPerson.person_id).in_(expected))
        ).one()
        entries = session.exec(
            select(func.count()).where(
                col(ManifestEntry.person_id).in_(expected) | col(ManifestEntry.person_id).is_(None)
            )
        ).one()
    letters = sorted((demo_services.data_dir / "letters").rglob("*.pdf"))
    assert places > 0 and letters

    before = _snapshot(db)
    dry = purge.purge(older_than_days=5, session=demo_services.session, dry_run=True)
    assert _snapshot(db) == before  # a dry run changes nothing, not even the audit trail
    done = purge.purge(older_than_days=5, session=demo_services.session)
    assert done.counts == dry.counts and done.cutoff == cutoff

    counts = done.counts
    assert counts.persons == len(expected) > 0
    assert counts.kept_persons == before["Person"] - len(expected)
    assert (counts.handover_links, counts.manifest_entries) == (places, entries)
    assert counts.person_links == 1 and counts.families > 0 and counts.outbox_entries > 0
    after = _snapshot(db)
    assert after["Person"] == before["Person"] - counts.persons
    assert after["Family"] == before["Family"] - counts.families
    assert after["PersonLink"] == before["PersonLink"] - 1
    assert after["HandoverPerson"] == before["HandoverPerson"] - places
    assert after["ManifestEntry"] == before["ManifestEntry"] - entries
    # legal documents and convoys stay; the unsent changes stay in the outbox
    assert (after["Handover"], after["Convoy"]) == (before["Handover"], before["Convoy"])
    assert sorted((demo_services.data_dir / "letters").rglob("*.pdf")) == letters
    assert _count(db, OutboxEntry, col(OutboxEntry.record_id).in_(expected)) == 0
    with db.read() as session:
        remaining = set(session.exec(select(Person.id)).all())
        unsent = session.exec(select(OutboxEntry).where(col(OutboxEntry.batch_id).is_(None)))
        unsent_records = {entry.record_id for entry in unsent.all()}
        audit = session.exec(select(AuditEntry).order_by(col(AuditEntry.seq).desc())).first()
        assert first_broken_link(session) is None
    assert {child.id, child.guardian_id, arrival.id} <= remaining
    assert not remaining & expected
    assert {child.id, arrival.id} <= unsent_records
    assert audit is not None and audit.action == PURGE_ACTION
    assert audit.officer_id == demo_services.session.officer.id
    assert audit.detail["persons"] == counts.persons and audit.detail["older_than_days"] == 5
    assert audit.id in unsent_records  # the purge itself is reported to head office

    again = purge.purge(older_than_days=5, session=demo_services.session)
    assert again.counts.persons == 0 and again.counts.kept_persons == counts.kept_persons


def test_nothing_exported_or_acknowledged_is_ever_purged(
    world: SyncWorld, demo_services: Any, tmp_path: Path, fixed_now: datetime
) -> None:
    db = demo_services.db
    purge = PurgeService(db, lambda: fixed_now + LATER)
    people = _count(db, Person)
    world.exporter.export(tmp_path / "usb")  # exported, never delivered: no receipt
    result = purge.purge(older_than_days=5, session=demo_services.session)
    assert result.counts.persons == 0 and result.counts.kept_persons == people
    assert _count(db, Person) == people
    # twelve days: only the convoy that arrived six days before the demo day is old
    _send_everything(world, demo_services, tmp_path, fixed_now)
    dry = purge.purge(older_than_days=12, session=demo_services.session, dry_run=True)
    with db.read() as session:
        oldest = session.exec(select(Convoy.id).order_by(col(Convoy.arrival_at))).first()
    assert dry.counts.persons + dry.counts.kept_persons == _count(
        db, Person, Person.convoy_id == oldest
    )
    assert dry.counts.persons > 0


def test_only_a_supervisor_purges_and_the_period_is_checked(
    demo_services: Any, fixed_now: datetime
) -> None:
    purge = PurgeService(demo_services.db, lambda: fixed_now + LATER)
    supervisor = demo_services.session
    officer = OfficerSession(
        supervisor.data_dir,
        supervisor.db,
        OfficerPublic.model_validate(
            supervisor.officer.model_dump() | {"role": OfficerRole.OFFICER}
        ),
    )
    before = _snapshot(demo_services.db)
    for session in (officer, None):
        with pytest.raises(ServiceError) as refused:
            purge.purge(older_than_days=5, session=session)
        assert refused.value.code == ErrorCode.SUPERVISOR_REQUIRED
    with pytest.raises(ServiceError) as bad:
        purge.purge(older_than_days=0, session=supervisor)
    assert bad.value.code == ErrorCode.INVALID_INPUT
    assert _snapshot(demo_services.db) == before
