"""Convoys (kedatangan): creating them and the per-convoy counts officers look at."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import func
from sqlmodel import Session, col, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import ChangeKind, ConvoyKind, Depot
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.people import rederive_convoy
from intake_app.services.posts import ensure_post
from intake_app.storage.database import Database
from intake_app.storage.journal import record_change, record_edit, record_payload
from intake_app.storage.models import Convoy, ManifestEntry, Person


class ConvoyDraft(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    arrival_at: datetime
    depot: Depot
    depot_other: str | None = None
    kind: ConvoyKind = ConvoyKind.DEPORTATION
    kjri_letter_number: str | None = Field(default=None, max_length=100)
    kjri_letter_date: date | None = None
    expected_count: int | None = Field(default=None, ge=0, le=5000)
    vehicles: str | None = None
    notes: str | None = None

    @field_validator("arrival_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("arrival time needs a time zone")
        return value


class ConvoyOverview(BaseModel):
    """One line of the convoy list: the convoy and the counts that matter at a glance."""

    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    arrival_at: datetime
    depot: Depot
    kind: ConvoyKind
    kjri_letter_number: str | None
    expected_count: int | None
    on_manifest: int
    registered: int
    arrived_from_manifest: int
    minors: int
    unaccompanied: int

    @property
    def not_arrived(self) -> int:
        return self.on_manifest - self.arrived_from_manifest

    @property
    def not_on_manifest(self) -> int:
        return self.registered - self.arrived_from_manifest


class ConvoyPublic(ConvoyDraft):
    """A saved convoy: the draft's fields plus identity and version."""

    model_config = ConfigDict(frozen=True, from_attributes=True, extra="ignore")

    id: uuid.UUID
    version: int

    @property
    def arrival_date(self) -> date:
        return local_date(self.arrival_at)


class ConvoyService:
    def __init__(self, db: Database, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def create(self, draft: ConvoyDraft, *, officer_id: uuid.UUID | None) -> uuid.UUID:
        with self._db.write() as session:
            return create_in_session(session, draft, officer_id=officer_id, now=self._now()).id

    def update(
        self, convoy_id: uuid.UUID, draft: ConvoyDraft, *, officer_id: uuid.UUID | None
    ) -> ConvoyPublic:
        """Save an edit of the convoy; the audit keeps what changed.

        Changing the arrival date changes who is a minor, so the people's flags follow.
        """
        with self._db.write() as session:
            convoy = _load(session, convoy_id)
            before = record_payload(convoy)
            now = self._now()
            for name, value in draft.model_dump().items():
                setattr(convoy, name, value)
            record_edit(
                session,
                kind=ChangeKind.CONVOY,
                record=convoy,
                before=before,
                officer_id=officer_id,
                action="convoy.update",
                now=now,
            )
            if before["arrival_at"] != record_payload(convoy)["arrival_at"]:
                rederive_convoy(session, convoy_id, officer_id=officer_id, now=now)
            return ConvoyPublic.model_validate(convoy)

    def get(self, convoy_id: uuid.UUID) -> ConvoyPublic:
        with self._db.read() as session:
            return ConvoyPublic.model_validate(_load(session, convoy_id))

    def overview(self, limit: int = 200) -> list[ConvoyOverview]:
        with self._db.read() as session:
            return convoy_overview(session, limit=limit)


def _load(session: Session, convoy_id: uuid.UUID) -> Convoy:
    convoy = session.get(Convoy, convoy_id)
    if convoy is None:
        raise ServiceError(ErrorCode.NOT_FOUND, f"no convoy {convoy_id}")
    return convoy


def create_in_session(
    session: Session, draft: ConvoyDraft, *, officer_id: uuid.UUID | None, now: datetime
) -> Convoy:
    post = ensure_post(session, now=now)
    convoy = Convoy.model_validate(
        {
            **draft.model_dump(),
            "post_id": post.id,
            "created_by": officer_id,
            "created_at": now,
            "updated_at": now,
        }
    )
    session.add(convoy)
    record_change(
        session,
        kind=ChangeKind.CONVOY,
        record=convoy,
        officer_id=officer_id,
        action="convoy.create",
        now=now,
    )
    return convoy


def convoy_overview(session: Session, *, limit: int) -> list[ConvoyOverview]:
    convoys = session.exec(
        select(Convoy).order_by(col(Convoy.arrival_at).desc()).limit(limit)
    ).all()
    if not convoys:
        return []
    ids = [c.id for c in convoys]
    people = {
        row[0]: row[1:]
        for row in session.exec(
            select(
                Person.convoy_id,
                func.count(),
                func.count().filter(col(Person.is_minor)),
                func.count().filter(col(Person.unaccompanied)),
            )
            .where(col(Person.convoy_id).in_(ids))
            .group_by(Person.convoy_id)
        ).all()
    }
    manifests = {
        row[0]: row[1:]
        for row in session.exec(
            select(ManifestEntry.convoy_id, func.count(), func.count(ManifestEntry.person_id))
            .where(col(ManifestEntry.convoy_id).in_(ids))
            .group_by(ManifestEntry.convoy_id)
        ).all()
    }
    result = []
    for convoy in convoys:
        registered, minors, unaccompanied = people.get(convoy.id, (0, 0, 0))
        on_manifest, arrived = manifests.get(convoy.id, (0, 0))
        result.append(
            ConvoyOverview(
                id=convoy.id,
                arrival_at=convoy.arrival_at,
                depot=Depot(convoy.depot),
                kind=ConvoyKind(convoy.kind),
                kjri_letter_number=convoy.kjri_letter_number,
                expected_count=convoy.expected_count,
                on_manifest=on_manifest,
                registered=registered,
                arrived_from_manifest=arrived,
                minors=minors or 0,
                unaccompanied=unaccompanied or 0,
            )
        )
    return result
