"""What the handover rules are told about a draft: fresh facts of its persons, and referrals."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlmodel import Session, col, select

from intake_app.domain.enums import ChangeKind, Disposition, PersonStatus
from intake_app.domain.handover_rules import (
    HandoverProposal,
    Override,
    PersonFacts,
    RecipientFacts,
    WitnessFacts,
)
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.storage.journal import append_audit
from intake_app.storage.models import AuditEntry, Convoy, Person

REFERRAL_ACTION = "person.referral"


class RecipientDraft(BaseModel):
    """The receiving party (pihak kedua) as typed; lengths are those of the Handover columns."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str = Field(default="", max_length=200)
    id_number: str = Field(default="", max_length=32)  # NIK for family, NIP for an officer
    position: str = Field(default="", max_length=200)
    institution: str = Field(default="", max_length=200)
    address: str = Field(default="", max_length=500)
    phone: str = Field(default="", max_length=32)
    relationship: str = Field(default="", max_length=64)


class WitnessDraft(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str = Field(default="", max_length=200)
    position: str = Field(default="", max_length=200)
    institution: str = Field(default="", max_length=200)


class HandoverDraft(BaseModel):
    """What the handover form submits. Place, time and basis default to the post, the clock
    and the convoy's KJRI letter; the rules, not this model, decide what is missing."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    convoy_id: uuid.UUID
    person_ids: tuple[uuid.UUID, ...]
    recipient_type: Disposition
    recipient: RecipientDraft = RecipientDraft()
    witnesses: tuple[WitnessDraft, ...] = ()
    place: str | None = Field(default=None, max_length=100)
    handed_over_at: datetime | None = None
    basis: str | None = Field(default=None, max_length=300)
    condition: str | None = Field(default=None, max_length=1000)
    items: str | None = Field(default=None, max_length=1000)

    @field_validator("handed_over_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("handover time needs a time zone")
        return value

    @field_validator("witnesses")
    @classmethod
    def _drop_blank(cls, value: tuple[WitnessDraft, ...]) -> tuple[WitnessDraft, ...]:
        # An empty witness row left in the form is not a witness.
        return tuple(w for w in value if w.name or w.position or w.institution)


def load_persons(session: Session, draft: HandoverDraft) -> tuple[Convoy, list[Person]]:
    """The convoy and the draft's persons in draft order; all must belong to that convoy."""
    convoy = session.get(Convoy, draft.convoy_id)
    if convoy is None:
        raise ServiceError(ErrorCode.NOT_FOUND, f"no convoy {draft.convoy_id}")
    unique = list(dict.fromkeys(draft.person_ids))
    found = {p.id: p for p in session.exec(select(Person).where(col(Person.id).in_(unique))).all()}
    if len(found) != len(unique):
        raise ServiceError(ErrorCode.NOT_FOUND, "a person of the handover does not exist")
    if any(p.convoy_id != convoy.id for p in found.values()):
        raise ServiceError(
            ErrorCode.NOT_IN_CONVOY, "every person of a handover must be in its convoy"
        )
    # Duplicates are kept: the rules report a person listed twice.
    return convoy, [found[pid] for pid in draft.person_ids]


def build_proposal(
    session: Session,
    draft: HandoverDraft,
    persons: Sequence[Person],
    override: Override | None,
) -> HandoverProposal:
    referred = referred_persons(session, [p.id for p in persons if _may_need_referral(p)])
    facts = tuple(
        PersonFacts(
            id=p.id,
            is_minor=p.is_minor,
            unaccompanied=p.unaccompanied,
            guardian_id=p.guardian_id,
            trafficking_suspected=p.trafficking_suspected,
            pregnant=p.pregnant,
            closed=p.status == PersonStatus.CLOSED,
            referral_done=p.id in referred,
        )
        for p in persons
    )
    recipient = RecipientFacts(**draft.recipient.model_dump())
    witnesses = tuple(WitnessFacts(**w.model_dump()) for w in draft.witnesses)
    return HandoverProposal(draft.recipient_type, facts, recipient, witnesses, override)


def referred_persons(session: Session, person_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Who among `person_ids` has a referral on record.

    Interim store: the referral is an audit entry until a referral table exists (see the
    handover issue's notes); only persons who need one are looked up, which is rare.
    """
    if not person_ids:
        return set()
    rows = session.exec(
        select(AuditEntry.record_id).where(
            AuditEntry.action == REFERRAL_ACTION, col(AuditEntry.record_id).in_(person_ids)
        )
    ).all()
    return {row for row in rows if row is not None}


def record_referral(
    session: Session,
    person: Person,
    *,
    to: Disposition,
    reference: str,
    officer_id: uuid.UUID | None,
    now: datetime,
) -> None:
    if person.status == PersonStatus.CLOSED:
        raise ServiceError(ErrorCode.PERSON_CLOSED, "the person was already handed over")
    if not reference.strip():
        raise ServiceError(ErrorCode.REASON_REQUIRED, "a referral needs its reference")
    append_audit(
        session,
        officer_id=officer_id,
        action=REFERRAL_ACTION,
        record_kind=ChangeKind.PERSON,
        record_id=person.id,
        detail={"to": str(to), "reference": reference.strip()[:300]},
        now=now,
    )


def _may_need_referral(p: Person) -> bool:
    return p.trafficking_suspected or (p.is_minor and (p.unaccompanied or p.pregnant))
