"""Registering and reading persons; every write journals an outbox and an audit entry."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlmodel import Session

from intake_app.domain.clock import local_date
from intake_app.domain.enums import (
    ChangeKind,
    DeportationReason,
    GuardianRelationship,
    PersonStatus,
    Sex,
    TravelDocType,
)
from intake_app.domain.minors import AgeFacts, age_on_arrival, derive_flags
from intake_app.domain.names import name_key
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.storage.database import Database
from intake_app.storage.journal import record_change
from intake_app.storage.models import Convoy, ManifestEntry, Person


class PersonDraft(BaseModel):
    """What the intake form (or an import) submits for one person. Validated on creation."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    convoy_id: uuid.UUID
    full_name: str = Field(min_length=1, max_length=200)
    sex: Sex
    birth_place: str | None = None
    birth_date: date | None = None
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    estimated_age: int | None = Field(default=None, ge=0, le=120)
    nik: str | None = Field(default=None, pattern=r"^\d{16}$")
    document_type: TravelDocType = TravelDocType.NONE
    document_number: str | None = Field(default=None, max_length=64)
    family_id: uuid.UUID | None = None
    guardian_id: uuid.UUID | None = None
    guardian_relationship: GuardianRelationship | None = None
    manifest_entry_id: uuid.UUID | None = None
    province_code: str | None = None
    regency_code: str | None = None
    address: str | None = None
    phone: str | None = None
    sector: str | None = None
    reasons: tuple[DeportationReason, ...] = ()
    pregnant: bool = False
    disability: bool = False
    sick: bool = False
    trafficking_suspected: bool = False
    violence_victim: bool = False
    needs_birth_registration: bool = False
    notes: str | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value


class PersonPublic(BaseModel):
    """A registered person as the rest of the app sees it (immutable, no ORM attached)."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: uuid.UUID
    convoy_id: uuid.UUID
    full_name: str
    sex: Sex
    birth_date: date | None
    birth_year: int | None
    estimated_age: int | None
    document_type: TravelDocType
    document_number: str | None
    is_minor: bool
    unaccompanied: bool
    elderly: bool
    guardian_id: uuid.UUID | None
    status: PersonStatus
    version: int


class PeopleService:
    """Registers arrivals of a convoy and derives their protection flags."""

    def __init__(self, db: Database, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def register(self, draft: PersonDraft, *, officer_id: uuid.UUID | None) -> PersonPublic:
        with self._db.write() as session:
            person = register_in_session(session, draft, officer_id=officer_id, now=self._now())
            return PersonPublic.model_validate(person)

    def get(self, person_id: uuid.UUID) -> PersonPublic:
        with self._db.read() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise ServiceError(ErrorCode.NOT_FOUND, f"no person {person_id}")
            return PersonPublic.model_validate(person)


def register_in_session(
    session: Session, draft: PersonDraft, *, officer_id: uuid.UUID | None, now: datetime
) -> Person:
    """Insert one person inside the caller's transaction (used by imports and the demo too)."""
    convoy = session.get(Convoy, draft.convoy_id)
    if convoy is None:
        raise ServiceError(ErrorCode.NOT_FOUND, f"no convoy {draft.convoy_id}")
    if draft.guardian_id is not None:
        _check_guardian(session, draft.guardian_id, convoy)
    facts = AgeFacts(draft.birth_date, draft.birth_year, draft.estimated_age)
    flags = derive_flags(
        facts, arrival=local_date(convoy.arrival_at), has_guardian=draft.guardian_id is not None
    )
    values = draft.model_dump(exclude={"manifest_entry_id"})
    person = Person.model_validate(
        {
            **values,
            "reasons": [str(reason) for reason in draft.reasons],
            "name_key": name_key(draft.full_name),
            "is_minor": flags.is_minor,
            "unaccompanied": flags.unaccompanied,
            "elderly": flags.elderly,
            "status": PersonStatus.REGISTERED,
            "created_by": officer_id,
            "updated_by": officer_id,
            "created_at": now,
            "updated_at": now,
        }
    )
    session.add(person)
    session.flush()
    if draft.manifest_entry_id is not None:
        entry = session.get(ManifestEntry, draft.manifest_entry_id)
        if entry is None or entry.convoy_id != convoy.id:
            raise ServiceError(ErrorCode.NOT_FOUND, "manifest entry not in this convoy")
        entry.person_id = person.id
        session.add(entry)
    record_change(
        session,
        kind=ChangeKind.PERSON,
        record=person,
        officer_id=officer_id,
        action="person.create",
        now=now,
    )
    return person


def _check_guardian(session: Session, guardian_id: uuid.UUID, convoy: Convoy) -> None:
    guardian = session.get(Person, guardian_id)
    if guardian is None or guardian.convoy_id != convoy.id:
        raise ServiceError(
            ErrorCode.GUARDIAN_NOT_IN_CONVOY, "the accompanying adult must be in the same convoy"
        )
    if guardian.is_minor:
        raise ServiceError(ErrorCode.GUARDIAN_IS_MINOR, "the accompanying person is a minor")


def display_age(person: Person | PersonPublic, arrival: date) -> tuple[int | None, bool]:
    facts = AgeFacts(person.birth_date, person.birth_year, person.estimated_age)
    return age_on_arrival(facts, arrival=arrival)
