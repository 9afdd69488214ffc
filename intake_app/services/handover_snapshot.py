"""One handover as its documents print it, read from the records in one short session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from intake_app.documents.model import LetterParty
from intake_app.domain.clock import local_date
from intake_app.domain.enums import Disposition
from intake_app.domain.handover_rules import (
    HandoverProposal,
    RecipientFacts,
    RuleCode,
    WitnessFacts,
    check_handover,
)
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.storage.models import Convoy, Handover, HandoverPerson, Officer, Person, Post


@dataclass(frozen=True)
class ListedPerson:
    """The printable facts of one person on a handover; nothing sensitive is copied in."""

    id: uuid.UUID
    full_name: str
    sex: str
    birth_date: date | None
    birth_year: int | None
    estimated_age: int | None
    document_type: str
    document_number: str | None
    region_code: str | None  # the most precise origin code known
    address: str | None
    phone: str | None
    is_minor: bool
    guardian_id: uuid.UUID | None
    guardian_relationship: str | None


@dataclass(frozen=True)
class HandoverSnapshot:
    """One handover with everything its documents print, read in one short session."""

    id: uuid.UUID
    number: str | None
    recipient_type: Disposition
    recipient: LetterParty
    witnesses: tuple[LetterParty, ...]
    place: str
    handed_over_at: datetime
    basis: str
    condition: str
    items: str
    override_reason: str | None
    overridden: tuple[RuleCode, ...]  # what a supervisor let pass
    status: str
    post_code: str
    letterhead_lines: tuple[str, ...]
    officer: LetterParty
    arrival: date
    persons: tuple[ListedPerson, ...]

    @property
    def day(self) -> date:
        return local_date(self.handed_over_at)

    @property
    def reference(self) -> str:
        """The printed number; a self-return statement has a reference made from its id."""
        return self.number or self_return_reference(self.id)


def self_return_reference(handover_id: uuid.UUID) -> str:
    # Not a letter number (no sequence to reserve): unique through the id, and typed back
    # into a search it finds the record.
    return f"PM-{handover_id.hex[:10].upper()}"


def load_snapshot(session: Session, handover_id: uuid.UUID) -> HandoverSnapshot:
    handover = session.get(Handover, handover_id)
    if handover is None:
        raise ServiceError(ErrorCode.NOT_FOUND, f"no handover {handover_id}")
    post = session.exec(select(Post)).one()
    convoy = session.get(Convoy, handover.convoy_id)
    officer = session.get(Officer, handover.first_party_id) if handover.first_party_id else None
    rows = session.exec(
        select(Person)
        .join(HandoverPerson, col(HandoverPerson.person_id) == col(Person.id))
        .where(HandoverPerson.handover_id == handover_id)
    ).all()
    return HandoverSnapshot(
        id=handover.id,
        number=handover.letter_number,
        recipient_type=Disposition(handover.recipient_type),
        recipient=LetterParty(
            name=handover.recipient_name,
            id_number=handover.recipient_id_number or "",
            position=handover.recipient_position or "",
            institution=handover.recipient_institution or "",
            address=handover.recipient_address or "",
            phone=handover.recipient_phone or "",
            relationship=handover.recipient_relationship or "",
        ),
        witnesses=tuple(
            LetterParty(
                name=w.get("name", ""),
                position=w.get("position", ""),
                institution=w.get("institution", ""),
            )
            for w in handover.witnesses
        ),
        place=handover.place,
        handed_over_at=handover.handed_over_at,
        basis=handover.basis or "",
        condition=handover.condition or "",
        items=handover.items or "",
        override_reason=handover.override_reason,
        overridden=paperwork_gaps(handover),
        status=handover.status,
        post_code=post.code,
        letterhead_lines=tuple(post.letterhead_lines),
        officer=LetterParty(
            name=officer.full_name if officer else "",
            id_number=(officer.nip or "") if officer else "",
            position=(officer.position or "") if officer else "",
            institution=post.name,
        ),
        arrival=local_date(convoy.arrival_at) if convoy else local_date(handover.handed_over_at),
        persons=in_list_order([listed_person(p) for p in rows]),
    )


def paperwork_gaps(handover: Handover) -> tuple[RuleCode, ...]:
    """The overridable rules the stored handover breaks, i.e. what its override let pass.

    They only concern the recipient and witnesses, which the row keeps as they were issued, so
    a reprint names the same gaps as the original without storing them twice.
    """
    proposal = HandoverProposal(
        recipient_type=Disposition(handover.recipient_type),
        persons=(),
        recipient=RecipientFacts(
            name=handover.recipient_name,
            id_number=handover.recipient_id_number or "",
            position=handover.recipient_position or "",
            institution=handover.recipient_institution or "",
            relationship=handover.recipient_relationship or "",
        ),
        witnesses=tuple(
            WitnessFacts(w.get("name", ""), w.get("position", ""), w.get("institution", ""))
            for w in handover.witnesses
        ),
    )
    return tuple(v.code for v in check_handover(proposal).violations if v.overridable)


def listed_person(p: Person) -> ListedPerson:
    return ListedPerson(
        id=p.id,
        full_name=p.full_name,
        sex=p.sex,
        birth_date=p.birth_date,
        birth_year=p.birth_year,
        estimated_age=p.estimated_age,
        document_type=p.document_type,
        document_number=p.document_number,
        region_code=p.village_code or p.district_code or p.regency_code or p.province_code,
        address=p.address,
        phone=p.phone,
        is_minor=p.is_minor,
        guardian_id=p.guardian_id,
        guardian_relationship=p.guardian_relationship,
    )


def in_list_order(persons: list[ListedPerson]) -> tuple[ListedPerson, ...]:
    """Adults by name, each followed by the children they accompany; other children last.

    A stable order is part of the letter: a reprint must list (and hash) exactly the same.
    """

    def by_name(p: ListedPerson) -> tuple[str, str]:
        return (p.full_name.casefold(), str(p.id))

    present = {p.id for p in persons}
    children: dict[uuid.UUID, list[ListedPerson]] = {}
    for p in persons:
        if p.is_minor and p.guardian_id in present:
            children.setdefault(p.guardian_id, []).append(p)  # type: ignore[arg-type]
    ordered: list[ListedPerson] = []
    for adult in sorted((p for p in persons if not p.is_minor), key=by_name):
        ordered.append(adult)
        ordered += sorted(children.get(adult.id, []), key=by_name)
    placed = {p.id for p in ordered}
    ordered += sorted((p for p in persons if p.id not in placed), key=by_name)
    return tuple(ordered)
