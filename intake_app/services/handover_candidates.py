"""What the handover form offers: a convoy's persons still at the post, officers, defaults."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, ConfigDict
from sqlmodel import Session, col, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import PersonStatus, Sex
from intake_app.domain.minors import AgeFacts, age_on_arrival
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.letter_content import kjri_basis
from intake_app.services.posts import the_post
from intake_app.storage.models import Convoy, Family, Officer, Person


class HandoverCandidate(BaseModel):
    """One person the picker lists; nothing sensitive (no health, reasons, trafficking)."""

    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    full_name: str
    sex: Sex
    age: int | None
    age_approximate: bool
    document_number: str | None
    is_minor: bool
    unaccompanied: bool
    guardian_id: uuid.UUID | None
    guardian_name: str | None
    family_id: uuid.UUID | None
    family_label: str | None
    closed: bool


class OfficerChoice(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    full_name: str
    position: str | None
    supervisor: bool


class HandoverDefaults(BaseModel):
    """What the form fills in before the officer types: the post's place, the KJRI letter."""

    model_config = ConfigDict(frozen=True)

    convoy_label: str
    arrival: date
    place: str
    basis: str


def convoy_candidates(session: Session, convoy_id: uuid.UUID) -> list[HandoverCandidate]:
    """Every person of the convoy by name; closed ones too, so the picker can say why not."""
    convoy = _convoy(session, convoy_id)
    arrival = local_date(convoy.arrival_at)
    persons = session.exec(
        select(Person).where(Person.convoy_id == convoy_id).order_by(col(Person.full_name))
    ).all()
    names = {p.id: p.full_name for p in persons}
    family_ids = {p.family_id for p in persons if p.family_id is not None}
    labels = {
        f.id: f.label
        for f in session.exec(select(Family).where(col(Family.id).in_(family_ids))).all()
    }
    result = []
    for p in persons:
        age, approximate = age_on_arrival(
            AgeFacts(p.birth_date, p.birth_year, p.estimated_age), arrival=arrival
        )
        result.append(
            HandoverCandidate(
                id=p.id,
                full_name=p.full_name,
                sex=Sex(p.sex),
                age=age,
                age_approximate=approximate,
                document_number=p.document_number,
                is_minor=p.is_minor,
                unaccompanied=p.unaccompanied,
                guardian_id=p.guardian_id,
                guardian_name=names.get(p.guardian_id) if p.guardian_id else None,
                family_id=p.family_id,
                family_label=labels.get(p.family_id) if p.family_id else None,
                closed=p.status == PersonStatus.CLOSED,
            )
        )
    return result


def active_officers(session: Session) -> list[OfficerChoice]:
    rows = session.exec(
        select(Officer).where(col(Officer.active)).order_by(col(Officer.full_name))
    ).all()
    return [
        OfficerChoice(
            id=o.id, full_name=o.full_name, position=o.position, supervisor=o.role == "supervisor"
        )
        for o in rows
    ]


def handover_defaults(session: Session, convoy_id: uuid.UUID) -> HandoverDefaults:
    convoy = _convoy(session, convoy_id)
    arrival = local_date(convoy.arrival_at)
    label = f"{arrival:%d-%m-%Y}"
    if convoy.kjri_letter_number:
        label += f" ({convoy.kjri_letter_number})"
    return HandoverDefaults(
        convoy_label=label,
        arrival=arrival,
        place=the_post(session).place,
        basis=kjri_basis(convoy),
    )


def _convoy(session: Session, convoy_id: uuid.UUID) -> Convoy:
    convoy = session.get(Convoy, convoy_id)
    if convoy is None:
        raise ServiceError(ErrorCode.NOT_FOUND, f"no convoy {convoy_id}")
    return convoy
