"""Who may leave the post with whom, and what a handover needs on paper (DESIGN.md §4)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from intake_app.domain.enums import Disposition


class RecipientKind(StrEnum):
    """Who signs for the persons; tells the service which document to make."""

    NONE = "none"  # pulang mandiri: the person signs a self-return statement, no BAST number
    FAMILY = "family"  # BAST plus family pickup statement, Pasal 13(e)
    INSTITUTION = "institution"  # BAST signed by an officer of the receiving institution


class RuleCode(StrEnum):
    # The proposal itself.
    NO_PERSONS = "no_persons"
    PERSON_LISTED_TWICE = "person_listed_twice"
    PERSON_ALREADY_CLOSED = "person_already_closed"
    # Minors, trafficking, pregnancy: never overridable.
    MINOR_SELF_RETURN = "minor_self_return"
    MINOR_WITHOUT_GUARDIAN = "minor_without_guardian"
    MINOR_WITNESS_MISSING = "minor_witness_missing"
    UNACCOMPANIED_MINOR_WRONG_RECIPIENT = "unaccompanied_minor_wrong_recipient"
    PREGNANT_MINOR_WRONG_RECIPIENT = "pregnant_minor_wrong_recipient"
    TRAFFICKING_WRONG_RECIPIENT = "trafficking_wrong_recipient"
    REFERRAL_MISSING = "referral_missing"
    # The receiving party and witnesses.
    RECIPIENT_NAME_MISSING = "recipient_name_missing"
    RECIPIENT_RELATIONSHIP_MISSING = "recipient_relationship_missing"
    RECIPIENT_INSTITUTION_MISSING = "recipient_institution_missing"
    RECIPIENT_ID_NUMBER_MISSING = "recipient_id_number_missing"
    RECIPIENT_POSITION_MISSING = "recipient_position_missing"
    WITNESS_MISSING = "witness_missing"
    WITNESS_DETAILS_MISSING = "witness_details_missing"


# What a supervisor may override, with a recorded reason. Only paperwork that can genuinely be
# unobtainable at the border: the village official who should witness a family pickup cannot
# come (Pasal 13(e)), a relative arrives without a KTP, the institution's driver does not know
# their officer's position. Everything else either protects a person (minors, trafficking,
# pregnancy, referral: no reason at a desk outweighs these), is always obtainable by asking
# (who receives, their relationship, which institution), or is a fact an override cannot change
# (already closed, listed twice, nobody listed). The witness for a child handed to an
# institution is not overridable: DESIGN.md §4 makes it part of the child's protection, and an
# officer of another agency at the post can always serve.
OVERRIDABLE: frozenset[RuleCode] = frozenset(
    {
        RuleCode.WITNESS_MISSING,
        RuleCode.WITNESS_DETAILS_MISSING,
        RuleCode.RECIPIENT_ID_NUMBER_MISSING,
        RuleCode.RECIPIENT_POSITION_MISSING,
    }
)

# Institutions that take a child without the accompanying adult (UPTD PPA / DP3A, Dinas Sosial).
CHILD_INSTITUTIONS: frozenset[Disposition] = frozenset(
    {
        Disposition.CHILD_PROTECTION,
        Disposition.SOCIAL_SERVICES,
    }
)
# Where a suspected trafficking victim may go (UU 21/2007 referral); child protection only
# for a child, added in `_trafficking_allowed`.
TRAFFICKING_RECIPIENTS: frozenset[Disposition] = frozenset(
    {
        Disposition.POLICE,
        Disposition.SOCIAL_SERVICES,
        Disposition.BP3MI_SHELTER,
    }
)


class OverrideProblem(StrEnum):
    NOT_SUPERVISOR = "not_supervisor"
    REASON_MISSING = "reason_missing"


@dataclass(frozen=True)
class PersonFacts:
    """What the rules need of one person, taken from the record at proposal time.

    `guardian_id` is the linked accompanying adult (pendamping) of a minor; `referral_done`
    says a referral (police report, UPTD PPA, health) is recorded, which trafficking
    indicators, an unaccompanied minor or a pregnant minor require before closing.
    """

    # No defaults on purpose: a fact the caller forgot must not silently read as "not a minor".
    id: UUID
    is_minor: bool
    unaccompanied: bool
    guardian_id: UUID | None
    trafficking_suspected: bool
    pregnant: bool
    closed: bool
    referral_done: bool

    @property
    def needs_referral(self) -> bool:
        return self.trafficking_suspected or (
            self.is_minor and (self.unaccompanied or self.pregnant)
        )


@dataclass(frozen=True)
class RecipientFacts:
    """The receiving party (pihak kedua) as typed; blank text counts as missing."""

    name: str = ""
    id_number: str = ""  # NIK for family, NIP for a civil servant
    position: str = ""
    institution: str = ""
    address: str = ""
    phone: str = ""
    relationship: str = ""  # to the persons handed over; family only


@dataclass(frozen=True)
class WitnessFacts:
    name: str = ""
    position: str = ""
    institution: str = ""


@dataclass(frozen=True)
class Override:
    reason: str
    by_supervisor: bool


@dataclass(frozen=True)
class HandoverProposal:
    """One disposition for one or more persons; `recipient` is ignored for SELF_RETURN."""

    recipient_type: Disposition
    persons: tuple[PersonFacts, ...]
    recipient: RecipientFacts | None = None
    witnesses: tuple[WitnessFacts, ...] = ()
    override: Override | None = None


@dataclass(frozen=True)
class RuleViolation:
    code: RuleCode
    person_id: UUID | None  # None when the violation is about the proposal, not one person
    overridable: bool


@dataclass(frozen=True)
class RuleResult:
    """`overridden` is True when violations remain but a valid override lets it pass (record it).

    `override_problem` says why a given override was not accepted for overridable violations.
    """

    violations: tuple[RuleViolation, ...]
    allowed: bool
    overridden: bool = False
    override_problem: OverrideProblem | None = None


def recipient_kind(recipient_type: Disposition) -> RecipientKind:
    if recipient_type is Disposition.SELF_RETURN:
        return RecipientKind.NONE
    if recipient_type is Disposition.FAMILY:
        return RecipientKind.FAMILY
    return RecipientKind.INSTITUTION


def needs_letter(recipient_type: Disposition) -> bool:
    """Whether the disposition is a BAST with a letter number (else a self-return statement)."""
    return recipient_kind(recipient_type) is not RecipientKind.NONE


def check_handover(proposal: HandoverProposal) -> RuleResult:
    """Every rule the proposal breaks, and whether it may go ahead."""
    codes = [*_proposal_codes(proposal), *_person_codes(proposal)]
    violations = tuple(
        RuleViolation(code, person_id, code in OVERRIDABLE) for code, person_id in codes
    )
    if not violations:
        return RuleResult(violations=(), allowed=True)
    if not all(v.overridable for v in violations) or proposal.override is None:
        return RuleResult(violations=violations, allowed=False)
    problem = _override_problem(proposal.override)
    return RuleResult(
        violations=violations,
        allowed=problem is None,
        overridden=problem is None,
        override_problem=problem,
    )


def _override_problem(override: Override) -> OverrideProblem | None:
    if not override.by_supervisor:
        return OverrideProblem.NOT_SUPERVISOR
    if not override.reason.strip():
        return OverrideProblem.REASON_MISSING
    return None


def _proposal_codes(proposal: HandoverProposal) -> Iterator[tuple[RuleCode, UUID | None]]:
    if not proposal.persons:
        yield RuleCode.NO_PERSONS, None
    kind = recipient_kind(proposal.recipient_type)
    if kind is RecipientKind.NONE:
        return
    recipient = proposal.recipient or RecipientFacts()
    if _blank(recipient.name):
        yield RuleCode.RECIPIENT_NAME_MISSING, None
    if kind is RecipientKind.FAMILY:
        if _blank(recipient.id_number):
            yield RuleCode.RECIPIENT_ID_NUMBER_MISSING, None
        if _blank(recipient.relationship):
            yield RuleCode.RECIPIENT_RELATIONSHIP_MISSING, None
        if not _witnessed(proposal):
            yield RuleCode.WITNESS_MISSING, None
    else:
        if _blank(recipient.institution):
            yield RuleCode.RECIPIENT_INSTITUTION_MISSING, None
        if _blank(recipient.position):
            yield RuleCode.RECIPIENT_POSITION_MISSING, None
    # A witness named but not placed cannot be found again if the handover is questioned.
    if any(
        not _blank(w.name) and (_blank(w.position) or _blank(w.institution))
        for w in proposal.witnesses
    ):
        yield RuleCode.WITNESS_DETAILS_MISSING, None


def _person_codes(proposal: HandoverProposal) -> Iterator[tuple[RuleCode, UUID | None]]:
    to = proposal.recipient_type
    adults_here = {p.id for p in proposal.persons if not p.is_minor}
    seen: set[UUID] = set()
    for person in proposal.persons:
        if person.id in seen:
            yield RuleCode.PERSON_LISTED_TWICE, person.id
            continue
        seen.add(person.id)
        if person.closed:
            yield RuleCode.PERSON_ALREADY_CLOSED, person.id
        if person.is_minor:
            yield from ((code, person.id) for code in _minor_codes(person, proposal, adults_here))
        if person.trafficking_suspected and not _trafficking_allowed(person, to):
            yield RuleCode.TRAFFICKING_WRONG_RECIPIENT, person.id
        if person.needs_referral and not person.referral_done:
            yield RuleCode.REFERRAL_MISSING, person.id


def _minor_codes(
    person: PersonFacts, proposal: HandoverProposal, adults_here: set[UUID]
) -> Iterator[RuleCode]:
    to = proposal.recipient_type
    if to is Disposition.SELF_RETURN:
        # Never, even beside the guardian: a child leaves by a handover someone signs for.
        yield RuleCode.MINOR_SELF_RETURN
        return
    # The guardian must be an adult in this very handover; an unaccompanied minor has none.
    with_guardian = (
        not person.unaccompanied
        and person.guardian_id is not None
        and person.guardian_id in adults_here
    )
    if to in CHILD_INSTITUTIONS:
        if not with_guardian and not _witnessed(proposal):
            yield RuleCode.MINOR_WITNESS_MISSING
    else:
        if person.unaccompanied:
            yield RuleCode.UNACCOMPANIED_MINOR_WRONG_RECIPIENT
        elif not with_guardian:
            yield RuleCode.MINOR_WITHOUT_GUARDIAN
        if person.pregnant:
            yield RuleCode.PREGNANT_MINOR_WRONG_RECIPIENT


def _trafficking_allowed(person: PersonFacts, to: Disposition) -> bool:
    if to in TRAFFICKING_RECIPIENTS:
        return True
    return person.is_minor and to is Disposition.CHILD_PROTECTION


def _witnessed(proposal: HandoverProposal) -> bool:
    return any(not _blank(w.name) for w in proposal.witnesses)


def _blank(text: str) -> bool:
    return not text.strip()
