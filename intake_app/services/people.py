"""Registering and reading persons; every write journals an outbox and an audit entry."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from intake_app.domain import ages
from intake_app.domain.clock import local_date
from intake_app.domain.completeness import Missing, RecordFacts, missing_fields
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
from intake_app.domain.minors import AgeFacts, derive_flags
from intake_app.domain.names import name_key
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.storage.database import Database
from intake_app.storage.journal import (
    insert_new,
    record_change,
    record_edit,
    record_outbox,
    record_payload,
)
from intake_app.storage.models import Convoy, Family, ManifestEntry, Person


class PersonDraft(BaseModel):
    """What the intake form (or an import) submits for one person. Validated on creation.

    Only name, sex and convoy are required: an officer may save an incomplete record at a
    busy desk and finish it later (see `Person.missing`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    convoy_id: uuid.UUID
    family_id: uuid.UUID | None = None
    manifest_entry_id: uuid.UUID | None = None
    # identity
    full_name: str = Field(min_length=1, max_length=200)
    sex: Sex
    birth_place: str | None = Field(default=None, max_length=200)
    birth_date: date | None = None
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    estimated_age: int | None = Field(default=None, ge=0, le=120)
    nik: str | None = Field(default=None, pattern=r"^\d{16}$")
    document_type: TravelDocType = TravelDocType.NONE
    document_number: str | None = Field(default=None, max_length=64)
    document_issuer: str | None = Field(default=None, max_length=200)
    family_card_number: str | None = Field(default=None, pattern=r"^\d{16}$")
    # origin and contact
    province_code: str | None = Field(default=None, pattern=r"^\d{2}$")
    regency_code: str | None = Field(default=None, pattern=r"^\d{2}\.\d{2}$")
    district_code: str | None = Field(default=None, pattern=r"^\d{2}\.\d{2}\.\d{2}$")
    village_code: str | None = Field(default=None, pattern=r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")
    address: str | None = Field(default=None, max_length=500)
    phone: str | None = Field(default=None, max_length=32)
    family_contact: str | None = Field(default=None, max_length=300)
    # time in Malaysia
    malaysia_state: str | None = Field(default=None, max_length=64)
    years_in_malaysia: int | None = Field(default=None, ge=0, le=80)
    employer: str | None = Field(default=None, max_length=200)
    sector: Sector | None = None
    entry_route: EntryRoute | None = None
    # deportation
    reasons: tuple[DeportationReason, ...] = ()
    detention_days: int | None = Field(default=None, ge=0, le=3650)
    # health and vulnerability
    health_condition: str | None = Field(default=None, max_length=500)
    pregnant: bool = False
    disability: bool = False
    sick: bool = False
    needs_referral: bool = False
    fit_to_travel_letter: bool = False
    trafficking_suspected: bool = False
    violence_victim: bool = False
    needs_birth_registration: bool = False
    # links
    guardian_id: uuid.UUID | None = None
    guardian_relationship: GuardianRelationship | None = None
    notes: str | None = Field(default=None, max_length=2000)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value


class PersonPublic(BaseModel):
    """A registered person as the rest of the app sees it (immutable, no ORM attached)."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: uuid.UUID
    convoy_id: uuid.UUID
    family_id: uuid.UUID | None
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
    earlier_deportations: int
    missing: tuple[Missing, ...]
    status: PersonStatus
    version: int


class Companion(BaseModel):
    """An adult of the same convoy who can be chosen as a minor's accompanying adult."""

    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    full_name: str
    sex: Sex
    family_id: uuid.UUID | None


class PeopleService:
    """Registers and edits the people of a convoy; derives their protection flags."""

    def __init__(self, db: Database, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def register(self, draft: PersonDraft, *, officer_id: uuid.UUID | None) -> PersonPublic:
        with self._db.write() as session:
            return register_in_session(session, draft, officer_id=officer_id, now=self._now())

    def update(
        self, person_id: uuid.UUID, draft: PersonDraft, *, officer_id: uuid.UUID | None
    ) -> PersonPublic:
        """Save an edit; the audit entry keeps every changed field before and after."""
        with self._db.write() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise ServiceError(ErrorCode.NOT_FOUND, f"no person {person_id}")
            if person.status == PersonStatus.CLOSED:
                raise ServiceError(ErrorCode.PERSON_CLOSED, "the person was already handed over")
            if draft.convoy_id != person.convoy_id:
                raise ServiceError(ErrorCode.INVALID_INPUT, "a person cannot change convoy")
            if draft.guardian_id == person.id:
                raise ServiceError(ErrorCode.GUARDIAN_IS_SELF, "a person cannot accompany self")
            before = record_payload(person)
            now = self._now()
            _apply(session, person, draft, now=now)
            _refresh_children(session, person)
            record_edit(
                session,
                kind=ChangeKind.PERSON,
                record=person,
                before=before,
                officer_id=officer_id,
                action="person.update",
                now=now,
            )
            return PersonPublic.model_validate(person)

    def get(self, person_id: uuid.UUID) -> PersonPublic:
        with self._db.read() as session:
            return PersonPublic.model_validate(self._load(session, person_id))

    def draft_of(self, person_id: uuid.UUID) -> PersonDraft:
        """The saved record as a draft, to fill the form for an edit."""
        with self._db.read() as session:
            return _draft_from(self._load(session, person_id))

    def companions(self, convoy_id: uuid.UUID) -> list[Companion]:
        """Adults of the convoy, by name: the choices for a minor's accompanying adult."""
        with self._db.read() as session:
            rows = session.exec(
                select(Person)
                .where(Person.convoy_id == convoy_id, col(Person.is_minor).is_(False))
                .order_by(col(Person.full_name))
            ).all()
            return [
                Companion(id=p.id, full_name=p.full_name, sex=Sex(p.sex), family_id=p.family_id)
                for p in rows
            ]

    def start_family(
        self, convoy_id: uuid.UUID, label: str, *, officer_id: uuid.UUID | None
    ) -> uuid.UUID:
        with self._db.write() as session:
            now = self._now()
            family = Family(convoy_id=convoy_id, label=label, created_at=now)
            session.add(family)
            record_change(
                session,
                kind=ChangeKind.FAMILY,
                record=family,
                officer_id=officer_id,
                action="family.create",
                now=now,
            )
            return family.id

    @staticmethod
    def _load(session: Session, person_id: uuid.UUID) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise ServiceError(ErrorCode.NOT_FOUND, f"no person {person_id}")
        return person


def register_in_session(
    session: Session, draft: PersonDraft, *, officer_id: uuid.UUID | None, now: datetime
) -> PersonPublic:
    """Insert one person inside the caller's transaction (used by imports and the demo too).

    The row, its outbox and its audit entries go to SQLite at once as plain INSERTs built
    from one dict (`insert_new`): no ORM object, no unit of work at commit. The domain
    checks of `_person_values` (convoy, birth date, accompanying adult) run first.
    """
    values = _person_values(session, draft)
    values.update(
        id=uuid.uuid4(),
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
    insert_new(
        session,
        kind=ChangeKind.PERSON,
        table=Person,
        values=values,
        officer_id=officer_id,
        action="person.create",
        now=now,
    )
    if draft.manifest_entry_id is not None:
        entry = session.get(ManifestEntry, draft.manifest_entry_id)
        if entry is None or entry.convoy_id != draft.convoy_id:
            raise ServiceError(ErrorCode.NOT_FOUND, "manifest entry not in this convoy")
        if entry.person_id is not None:
            raise ServiceError(ErrorCode.ALREADY_ARRIVED, "this list entry is already registered")
        # The person's row is in already, as the entry's foreign key needs.
        entry.person_id = values["id"]
        entry.version += 1
        session.add(entry)
        # head office counts who is still expected from the entries: send the new version
        record_outbox(session, kind=ChangeKind.MANIFEST_ENTRY, record=entry, now=now)
    return _public(values)


def _public(values: dict[str, Any]) -> PersonPublic:
    """The saved person as the app sees it, from the values just inserted. They are of
    PersonPublic's types already (from the validated draft, or derived here), so they
    are not validated a second time; only the missing fields are stored as strings."""
    return PersonPublic.model_construct(
        **{name: values[name] for name in _PUBLIC},
        missing=tuple(Missing(item) for item in values["missing"]),
    )


_COPIED = [
    name for name in PersonDraft.model_fields if name not in {"manifest_entry_id", "reasons"}
]
_PUBLIC = [name for name in PersonPublic.model_fields if name != "missing"]
# Built once: constructing a statement costs more than SQLite takes to run this one.
_ARRIVAL = select(Convoy.arrival_at).where(col(Convoy.id) == bindparam("id"))


def _apply(session: Session, person: Person, draft: PersonDraft, *, now: datetime) -> None:
    """Copy the draft onto an existing row and derive what is never typed by hand."""
    for name, value in _person_values(session, draft).items():
        setattr(person, name, value)


def _person_values(session: Session, draft: PersonDraft) -> dict[str, Any]:
    """The draft's columns and the derived ones (flags, name key, what is missing)."""
    # Only the arrival is needed: a Core query of one column, much cheaper than an ORM
    # load of the whole convoy. Autoflush first, as an ORM query would (the arrival may
    # have been edited in this session: rederive_convoy).
    session.flush()
    arrival_at = session.connection().execute(_ARRIVAL, {"id": draft.convoy_id}).scalar()
    if arrival_at is None:
        raise ServiceError(ErrorCode.NOT_FOUND, f"no convoy {draft.convoy_id}")
    arrival = local_date(arrival_at)
    if draft.birth_date is not None:
        problem = ages.plausible_birth_date(draft.birth_date, arrival)
        if problem is not None:
            raise ServiceError(
                ErrorCode.INVALID_INPUT, f"birth date: {problem}", field="birth_date"
            )
    if draft.guardian_id is not None:
        _check_guardian(session, draft.guardian_id, draft.convoy_id)
    values: dict[str, Any] = {name: getattr(draft, name) for name in _COPIED}
    reasons = [str(reason) for reason in draft.reasons]
    facts = AgeFacts(draft.birth_date, draft.birth_year, draft.estimated_age)
    flags = derive_flags(facts, arrival=arrival, has_guardian=draft.guardian_id is not None)
    missing = missing_fields(
        RecordFacts(
            has_age=any(
                v is not None for v in (draft.birth_date, draft.birth_year, draft.estimated_age)
            ),
            document_type=draft.document_type,
            document_number=draft.document_number,
            regency_code=draft.regency_code,
            reasons=tuple(reasons),
        )
    )
    values.update(
        reasons=reasons,
        name_key=name_key(draft.full_name),
        is_minor=flags.is_minor,
        unaccompanied=flags.unaccompanied,
        elderly=flags.elderly,
        missing=[str(item) for item in missing],
        incomplete=bool(missing),
    )
    return values


def rederive_convoy(
    session: Session, convoy_id: uuid.UUID, *, officer_id: uuid.UUID | None, now: datetime
) -> int:
    """Recompute derived flags of a convoy's people (its arrival date changed).

    Returns how many records changed; each change is journaled like an edit.
    """
    changed = 0
    for person in session.exec(select(Person).where(Person.convoy_id == convoy_id)).all():
        before = record_payload(person)
        _apply(session, person, _draft_from(person), now=now)
        if record_payload(person) != before:
            record_edit(
                session,
                kind=ChangeKind.PERSON,
                record=person,
                before=before,
                officer_id=officer_id,
                action="person.rederive",
                now=now,
            )
            changed += 1
    return changed


def _draft_from(person: Person) -> PersonDraft:
    fields = set(PersonDraft.model_fields) - {"manifest_entry_id"}
    return PersonDraft.model_validate({name: getattr(person, name) for name in fields})


def _refresh_children(session: Session, adult: Person) -> None:
    """An adult who became a minor (age corrected) can no longer accompany anyone."""
    if not adult.is_minor:
        return
    children = session.exec(select(Person).where(Person.guardian_id == adult.id)).all()
    if children:
        raise ServiceError(
            ErrorCode.GUARDIAN_IS_MINOR,
            "this person accompanies a minor and cannot become a minor; relink the child first",
        )


def _check_guardian(session: Session, guardian_id: uuid.UUID, convoy_id: uuid.UUID) -> None:
    guardian = session.get(Person, guardian_id)
    if guardian is None or guardian.convoy_id != convoy_id:
        raise ServiceError(
            ErrorCode.GUARDIAN_NOT_IN_CONVOY, "the accompanying adult must be in the same convoy"
        )
    if guardian.is_minor:
        raise ServiceError(ErrorCode.GUARDIAN_IS_MINOR, "the accompanying person is a minor")
