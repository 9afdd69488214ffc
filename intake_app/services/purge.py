"""Retention (DESIGN.md §7): a supervisor removes old records head office has acknowledged.

What is purged: the persons of convoys that arrived more than N days ago, with their list
(manifest) entries, families, earlier-record links and places on handover letters, and the
outbox entries that carried them (which hold the same personal data), but only when head
office acknowledged every change of all of them: each outbox entry is in a batch that is
`sent`, that is, whose signed receipt was verified and stored (services/sync_push.py).
List entries of such convoys for people who never arrived go on the same terms.

What stays: anything with a change not yet acknowledged, and everything tied to it: a
family stays whole, a guardian stays with the child and the child with the guardian, both
ends of an earlier-record link stay together. Convoys, handover rows (letter numbers,
recipients, status) and the letter PDFs in the data folder stay: a letter is a legal
document. The audit trail stays (it is hash-chained); the purge adds an entry to it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import delete, or_, update
from sqlmodel import Session, col, select

from intake_app.services.accounts import OfficerSession
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.sync_batches import SyncBatchState
from intake_app.storage.database import Database
from intake_app.storage.journal import append_audit
from intake_app.storage.models import (
    Convoy,
    Family,
    HandoverPerson,
    ManifestEntry,
    OutboxEntry,
    Person,
    PersonLink,
    SyncBatch,
)

CHUNK = 500  # ids per IN (...)
PURGE_ACTION = "records.purge"


class PurgeCounts(BaseModel):
    model_config = ConfigDict(frozen=True)

    persons: int = 0
    manifest_entries: int = 0
    families: int = 0
    person_links: int = 0
    handover_links: int = 0  # persons' places on handover letters (the letters stay)
    outbox_entries: int = 0
    kept_persons: int = 0  # old enough, but something of theirs is not acknowledged yet


class PurgeResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    older_than_days: int
    cutoff: datetime
    dry_run: bool
    counts: PurgeCounts


class _Plan:
    """What one purge removes, worked out inside its transaction."""

    def __init__(self) -> None:
        self.persons: set[uuid.UUID] = set()
        self.kept_persons = 0
        self.manifest_entries: set[uuid.UUID] = set()
        self.families: set[uuid.UUID] = set()
        self.links: set[uuid.UUID] = set()
        self.handover_links = 0
        self.acknowledged: Any = None  # the subquery of sent batches


class PurgeService:
    def __init__(self, db: Database, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def purge(
        self, *, older_than_days: int, session: OfficerSession | None, dry_run: bool = False
    ) -> PurgeResult:
        """Remove (with `dry_run`: only count) what is old and acknowledged. Supervisors only."""
        if session is None or not session.is_supervisor:
            raise ServiceError(ErrorCode.SUPERVISOR_REQUIRED, "only a supervisor may purge records")
        if older_than_days < 1:
            raise ServiceError(ErrorCode.INVALID_INPUT, "--older-than-days must be at least 1")
        now = self._now()
        cutoff = now - timedelta(days=older_than_days)
        opened = self._db.read() if dry_run else self._db.write()
        with opened as db_session:
            plan = _plan(db_session, cutoff)
            outbox = _outbox_count(db_session, plan)
            if not dry_run:
                outbox = _remove(db_session, plan)
            counts = PurgeCounts(
                persons=len(plan.persons),
                manifest_entries=len(plan.manifest_entries),
                families=len(plan.families),
                person_links=len(plan.links),
                handover_links=plan.handover_links,
                outbox_entries=outbox,
                kept_persons=plan.kept_persons,
            )
            if not dry_run:
                append_audit(
                    db_session,
                    officer_id=session.officer.id,
                    action=PURGE_ACTION,
                    detail={
                        "older_than_days": older_than_days,
                        "cutoff": cutoff.isoformat(),
                        **counts.model_dump(),
                    },
                    now=now,
                )
        return PurgeResult(
            older_than_days=older_than_days, cutoff=cutoff, dry_run=dry_run, counts=counts
        )


def _plan(session: Session, cutoff: datetime) -> _Plan:
    plan = _Plan()
    plan.acknowledged = select(SyncBatch.id).where(
        SyncBatch.state == SyncBatchState.SENT, col(SyncBatch.receipt).is_not(None)
    )
    unacknowledged = set(
        session.exec(
            select(OutboxEntry.record_id)
            .where(
                or_(
                    col(OutboxEntry.batch_id).is_(None),
                    col(OutboxEntry.batch_id).not_in(plan.acknowledged),
                )
            )
            .distinct()
        ).all()
    )
    old_convoys = set(session.exec(select(Convoy.id).where(Convoy.arrival_at < cutoff)).all())
    people = session.exec(select(Person.id, Person.convoy_id, Person.family_id, Person.guardian_id))
    groups = _Groups()
    old: set[uuid.UUID] = set()
    pinned: set[uuid.UUID] = set()
    for person_id, convoy_id, family_id, guardian_id in people.all():
        if convoy_id in old_convoys:
            old.add(person_id)
        if convoy_id not in old_convoys or person_id in unacknowledged:
            pinned.add(person_id)
        for other in (family_id, guardian_id):
            if other is not None:
                groups.join(person_id, other)
                if other in unacknowledged:
                    pinned.add(person_id)
    links = session.exec(
        select(PersonLink.id, PersonLink.person_id, PersonLink.earlier_person_id)
    ).all()
    for link_id, person_id, earlier_id in links:
        groups.join(person_id, earlier_id)
        if link_id in unacknowledged:
            pinned.add(person_id)
    # Every list entry: one naming a person goes with that person, whatever its convoy.
    entries = session.exec(
        select(ManifestEntry.id, ManifestEntry.convoy_id, ManifestEntry.person_id)
    ).all()
    for entry_id, _convoy_id, person_id in entries:
        if person_id is not None and entry_id in unacknowledged:
            pinned.add(person_id)
    places = session.exec(select(HandoverPerson.handover_id, HandoverPerson.person_id)).all()
    for handover_id, person_id in places:
        if handover_id in unacknowledged:
            pinned.add(person_id)
    kept_groups = {groups.root(person_id) for person_id in pinned}
    plan.persons = {p for p in old if groups.root(p) not in kept_groups}
    plan.kept_persons = len(old) - len(plan.persons)
    plan.manifest_entries = {
        entry_id
        for entry_id, convoy_id, person_id in entries
        if person_id in plan.persons
        or (person_id is None and convoy_id in old_convoys and entry_id not in unacknowledged)
    }
    people_families = session.exec(
        select(Person.id, Person.family_id).where(col(Person.family_id).is_not(None))
    ).all()
    in_use = {family for person, family in people_families if person not in plan.persons}
    plan.families = {
        family for person, family in people_families if person in plan.persons
    } - in_use
    plan.links = {
        link_id
        for link_id, person_id, earlier_id in links
        if person_id in plan.persons or earlier_id in plan.persons
    }
    plan.handover_links = sum(1 for _h, person_id in places if person_id in plan.persons)
    return plan


def _record_ids(plan: _Plan) -> set[uuid.UUID]:
    return plan.persons | plan.manifest_entries | plan.families | plan.links


def _outbox_count(session: Session, plan: _Plan) -> int:
    total = 0
    for chunk in _chunks(_record_ids(plan)):
        total += len(
            session.exec(
                select(OutboxEntry.seq).where(
                    col(OutboxEntry.record_id).in_(chunk),
                    col(OutboxEntry.batch_id).in_(plan.acknowledged),
                )
            ).all()
        )
    return total


def _remove(session: Session, plan: _Plan) -> int:
    """Delete in the order the foreign keys allow; returns the outbox entries removed."""
    conn = session.connection()
    persons = sorted(plan.persons)
    for chunk in _chunks(persons):
        conn.execute(delete(HandoverPerson).where(col(HandoverPerson.person_id).in_(chunk)))
    for chunk in _chunks(plan.links):
        conn.execute(delete(PersonLink).where(col(PersonLink.id).in_(chunk)))
    for chunk in _chunks(plan.manifest_entries):
        conn.execute(delete(ManifestEntry).where(col(ManifestEntry.id).in_(chunk)))
    # A guardian and the child go together, maybe in different chunks: unlink first.
    for chunk in _chunks(persons):
        conn.execute(update(Person).where(col(Person.id).in_(chunk)).values(guardian_id=None))
    for chunk in _chunks(persons):
        conn.execute(delete(Person).where(col(Person.id).in_(chunk)))
    for chunk in _chunks(plan.families):
        conn.execute(delete(Family).where(col(Family.id).in_(chunk)))
    removed = 0
    for chunk in _chunks(_record_ids(plan)):
        result = conn.execute(
            delete(OutboxEntry).where(
                col(OutboxEntry.record_id).in_(chunk),
                col(OutboxEntry.batch_id).in_(plan.acknowledged),
            )
        )
        removed += result.rowcount
    return removed


def _chunks(ids: Iterable[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    items = sorted(ids)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class _Groups:
    """Union-find over person and family ids: what must stay (or go) together."""

    def __init__(self) -> None:
        self._parent: dict[uuid.UUID, uuid.UUID] = {}

    def root(self, node: uuid.UUID) -> uuid.UUID:
        parent = self._parent
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # path halving
            node = parent[node]
        return node

    def join(self, a: uuid.UUID, b: uuid.UUID) -> None:
        root_a, root_b = self.root(a), self.root(b)
        if root_a != root_b:
            self._parent[root_a] = root_b
