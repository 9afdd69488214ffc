"""The write side of handovers: numbering, recording, closing and voiding in one transaction."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import ChangeKind, Disposition, PersonStatus
from intake_app.domain.handover_rules import Override, RuleResult, check_handover, needs_letter
from intake_app.domain.letter_numbers import format_number, next_sequence, validate_pattern
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.handover_facts import HandoverDraft, build_proposal, load_persons
from intake_app.services.letter_content import kjri_basis
from intake_app.services.posts import the_post
from intake_app.storage.journal import append_audit, record_change, record_edit, record_payload
from intake_app.storage.models import Handover, HandoverPerson, Officer, Person, Post

ISSUED, VOIDED = "issued", "voided"
# A desk PC's clock may run a little ahead of the officer's watch.
CLOCK_SLACK = timedelta(minutes=10)


def record_handover(
    session: Session,
    draft: HandoverDraft,
    officer_id: uuid.UUID,
    override: Override | None,
    now: datetime,
) -> tuple[Handover, RuleResult, int]:
    """Check against fresh facts, reserve the number, insert, close, journal: the caller's
    write transaction (BEGIN IMMEDIATE) makes the number race-free between processes.

    Returns the handover, the rules' result and how many minors it hands over.
    """
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise ServiceError(ErrorCode.NOT_FOUND, "the handing-over officer is unknown")
    convoy, persons = load_persons(session, draft)
    result = check_handover(build_proposal(session, draft, persons, override))
    if not result.allowed:
        raise ServiceError(
            ErrorCode.HANDOVER_REFUSED, "the handover rules refuse it", result=result
        )
    at = draft.handed_over_at or now
    if at > now + CLOCK_SLACK or at < convoy.arrival_at - CLOCK_SLACK:
        raise ServiceError(
            ErrorCode.HANDOVER_TIME_INVALID, "handover before the arrival or in the future"
        )
    post = the_post(session)
    number, year, seq = None, None, None
    if needs_letter(draft.recipient_type):
        number, year, seq = reserve_number(session, post, local_date(at))
    handover = Handover.model_validate(
        {
            "convoy_id": convoy.id,
            "letter_number": number,
            "letter_year": year,
            "letter_seq": seq,
            "recipient_type": draft.recipient_type,
            # A self-return has no recipient: the name column holds "" then.
            **{f"recipient_{k}": v or None for k, v in draft.recipient.model_dump().items()},
            "recipient_name": draft.recipient.name,
            "witnesses": [w.model_dump() for w in draft.witnesses],
            "place": draft.place or post.place,
            "handed_over_at": at,
            "basis": draft.basis or kjri_basis(convoy) or None,
            "condition": draft.condition,
            "items": draft.items,
            "override_reason": override.reason.strip() if result.overridden and override else None,
            "status": ISSUED,
            "first_party_id": officer.id,
            "created_at": now,
        }
    )
    session.add(handover)
    record_change(
        session,
        kind=ChangeKind.HANDOVER,
        record=handover,
        officer_id=officer_id,
        action="handover.create",
        now=now,
    )
    for person in persons:
        session.add(HandoverPerson(handover_id=handover.id, person_id=person.id))
        set_outcome(
            session, person, draft.recipient_type, handover.id, officer_id=officer_id, now=now
        )
    append_audit(
        session,
        officer_id=officer_id,
        action="letter.issue",
        record_kind=ChangeKind.HANDOVER,
        record_id=handover.id,
        detail={
            "number": number,
            "recipient_type": str(draft.recipient_type),
            "persons": len(persons),
            "overridden": [str(v.code) for v in result.violations] if result.overridden else [],
        },
        now=now,
    )
    return handover, result, sum(1 for p in persons if p.is_minor)


def void_in_session(
    session: Session,
    handover: Handover,
    reason: str,
    *,
    officer_id: uuid.UUID | None,
    now: datetime,
) -> None:
    """Mark the letter void (number kept) and open its persons again, all journaled."""
    before = record_payload(handover)
    handover.status = VOIDED
    handover.void_reason = reason.strip()[:1000]
    record_edit(
        session,
        kind=ChangeKind.HANDOVER,
        record=handover,
        before=before,
        officer_id=officer_id,
        action="letter.void",
        now=now,
    )
    closed = session.exec(select(Person).where(Person.handover_id == handover.id)).all()
    for person in closed:
        set_outcome(session, person, None, None, officer_id=officer_id, now=now)


def reserve_number(session: Session, post: Post, day: date) -> tuple[str, int, int]:
    """The next number of the year: highest sequence on record (voided ones too) plus one."""
    pattern = post.letter_number_pattern
    if validate_pattern(pattern):
        raise ServiceError(
            ErrorCode.LETTER_PATTERN_INVALID, "the letter number pattern is unusable"
        )
    last = session.exec(
        select(func.max(Handover.letter_seq)).where(Handover.letter_year == day.year)
    ).one()
    seq = next_sequence(last)
    try:
        number = format_number(pattern, seq=seq, issued_on=day, desk=post.desk_code)
    except ValueError:
        raise ServiceError(ErrorCode.LETTER_PATTERN_INVALID, "invalid desk code") from None
    return number, day.year, seq


def set_outcome(
    session: Session,
    person: Person,
    disposition: Disposition | None,
    handover_id: uuid.UUID | None,
    *,
    officer_id: uuid.UUID | None,
    now: datetime,
) -> None:
    """Close a person by a handover, or (both None) open them again after a void."""
    before = record_payload(person)
    person.status = PersonStatus.CLOSED if handover_id else PersonStatus.REGISTERED
    person.disposition = disposition
    person.handover_id = handover_id
    record_edit(
        session,
        kind=ChangeKind.PERSON,
        record=person,
        before=before,
        officer_id=officer_id,
        action="person.close" if handover_id else "person.reopen",
        now=now,
    )
