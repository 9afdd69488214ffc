"""The figures of the dashboard: recent convoys, open cases, handovers by recipient, sync."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from intake_app.domain.clock import POST_TIMEZONE, local_date
from intake_app.services import report_labels as labels
from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, Handover, ManifestEntry, OutboxEntry, Person

RECENT_CONVOYS = 8
HANDOVER_DAYS = 30


@dataclass(frozen=True)
class ConvoyFigures:
    id: uuid.UUID
    arrival_at: datetime
    depot: str  # label
    expected: int | None  # announced head count, else the manifest's length, else unknown
    registered: int
    minors: int
    unaccompanied: int
    waiting: int  # registered, no disposition yet


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    arrived_today: int  # persons registered in convoys that arrived today
    convoys: tuple[ConvoyFigures, ...]  # newest first
    minors_waiting: int
    unaccompanied_waiting: int
    waiting: int
    handovers_by_recipient: tuple[tuple[str, int], ...]  # label, letters issued (last 30 days)
    pending_sync: int


class DashboardQuery:
    """One short read per refresh; every figure is a GROUP BY or a count in SQL."""

    def __init__(self, db: Database, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def figures(self) -> DashboardFigures:
        now = self._now()
        today = local_date(now)
        with self._db.read() as session:
            newest_first = Convoy.arrival_at.desc()  # type: ignore[attr-defined]
            recent = session.execute(
                select(Convoy).order_by(newest_first).limit(RECENT_CONVOYS)
            ).scalars()
            rows = [_convoy(session, convoy) for convoy in recent]
            start = datetime.combine(today, time(), POST_TIMEZONE)
            arrived_today = session.execute(
                select(func.count())
                .select_from(Person)
                .join(Convoy, Person.convoy_id == Convoy.id)  # type: ignore[arg-type]
                .where(Convoy.arrival_at >= start, Convoy.arrival_at < start + timedelta(days=1))
            ).scalar_one()
            open_cases = _waiting_counts(session)
            since = now - timedelta(days=HANDOVER_DAYS)
            by_type = session.execute(
                select(Handover.recipient_type, func.count())
                .where(Handover.status == "issued", Handover.handed_over_at >= since)
                .group_by(Handover.recipient_type)
                .order_by(func.count().desc(), Handover.recipient_type)
            ).all()
            pending = session.execute(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.batch_id.is_(None))  # type: ignore[union-attr]
            ).scalar_one()
        return DashboardFigures(
            today=today,
            arrived_today=int(arrived_today),
            convoys=tuple(rows),
            waiting=int(open_cases[0]),
            minors_waiting=int(open_cases[1]),
            unaccompanied_waiting=int(open_cases[2]),
            handovers_by_recipient=tuple(
                (labels.DISPOSITION.get(kind, kind), int(n)) for kind, n in by_type
            ),
            pending_sync=int(pending),
        )


def _waiting_counts(session) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """Waiting, minors waiting, unaccompanied waiting: three searches of the partial index
    of persons without a disposition (migration 0007). One FILTERed count would read every
    person row. Unaccompanied implies minor (domain/minors.py), which lets the third count
    use both columns of the index."""
    waiting = Person.disposition.is_(None)  # type: ignore[union-attr]
    minor = Person.is_minor == True  # noqa: E712
    alone = Person.unaccompanied == True  # noqa: E712
    return tuple(  # type: ignore[return-value]
        int(session.execute(select(func.count()).select_from(Person).where(*terms)).scalar_one())
        for terms in ((waiting,), (waiting, minor), (waiting, minor, alone))
    )


def _convoy(session, convoy: Convoy) -> ConvoyFigures:  # type: ignore[no-untyped-def]
    people = session.execute(
        select(
            func.count(),
            func.count().filter(Person.is_minor.is_(True)),  # type: ignore[attr-defined]
            func.count().filter(Person.unaccompanied.is_(True)),  # type: ignore[attr-defined]
            func.count().filter(Person.disposition.is_(None)),  # type: ignore[union-attr]
        ).where(Person.convoy_id == convoy.id)
    ).one()
    expected = convoy.expected_count
    if expected is None:
        listed = session.execute(
            select(func.count()).where(ManifestEntry.convoy_id == convoy.id)
        ).scalar_one()
        expected = int(listed) or None
    return ConvoyFigures(
        id=convoy.id,
        arrival_at=convoy.arrival_at,
        depot=labels.DEPOT.get(convoy.depot, convoy.depot_other or convoy.depot),
        expected=expected,
        registered=int(people[0]),
        minors=int(people[1]),
        unaccompanied=int(people[2]),
        waiting=int(people[3]),
    )
