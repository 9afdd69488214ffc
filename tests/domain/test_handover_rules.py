"""Handover eligibility: minors, trafficking, paperwork, and supervisor overrides."""

from __future__ import annotations

import dataclasses
from uuid import UUID, uuid4

import pytest

from intake_app.domain.enums import Disposition
from intake_app.domain.handover_rules import (
    OVERRIDABLE,
    HandoverProposal,
    Override,
    OverrideProblem,
    PersonFacts,
    RecipientFacts,
    RecipientKind,
    RuleCode,
    WitnessFacts,
    check_handover,
    needs_letter,
    recipient_kind,
)

INSTITUTIONAL = [
    Disposition.REGENCY_GOVERNMENT,
    Disposition.SOCIAL_SERVICES,
    Disposition.CHILD_PROTECTION,
    Disposition.POLICE,
    Disposition.BP3MI_SHELTER,
    Disposition.TRANSPORT_PROVIDER,
    Disposition.OTHER,
]
NOT_CHILD_INSTITUTIONS = [
    d
    for d in Disposition
    if d not in (Disposition.CHILD_PROTECTION, Disposition.SOCIAL_SERVICES, Disposition.SELF_RETURN)
]
OFFICER = RecipientFacts(
    name="Siti Rahmawati",
    id_number="198501012010012001",
    position="Pekerja Sosial",
    institution="UPTD PPA Kabupaten Sanggau",
)
RELATIVE = RecipientFacts(
    name="Yohanes Ajan",
    id_number="6103011201800001",
    relationship="kakak kandung",
    address="Dusun Entikong",
)
WITNESS = WitnessFacts(name="Markus", position="Kepala Desa", institution="Desa Entikong")
SUPERVISOR_OK = Override(reason="Kepala desa tidak dapat hadir", by_supervisor=True)


def adult(**changes: object) -> PersonFacts:
    facts = PersonFacts(
        id=uuid4(),
        is_minor=False,
        unaccompanied=False,
        guardian_id=None,
        trafficking_suspected=False,
        pregnant=False,
        closed=False,
        referral_done=False,
    )
    return dataclasses.replace(facts, **changes)


def minor(guardian: PersonFacts | None = None, **changes: object) -> PersonFacts:
    """A child linked to `guardian`, or unaccompanied without one (unless `changes` say so)."""
    linked: dict[str, object] = {
        "is_minor": True,
        "guardian_id": guardian.id if guardian else None,
        "unaccompanied": guardian is None,
    }
    return adult(**(linked | changes))


def proposal(
    to: Disposition,
    *persons: PersonFacts,
    recipient: RecipientFacts | None = None,
    witnesses: tuple[WitnessFacts, ...] = (WITNESS,),
    override: Override | None = None,
) -> HandoverProposal:
    if recipient is None and to is not Disposition.SELF_RETURN:
        recipient = RELATIVE if to is Disposition.FAMILY else OFFICER
    return HandoverProposal(to, tuple(persons), recipient, witnesses, override)


def codes(p: HandoverProposal) -> list[tuple[RuleCode, UUID | None]]:
    return [(v.code, v.person_id) for v in check_handover(p).violations]


# Letter or self-return statement


def test_only_self_return_goes_without_letter() -> None:
    assert recipient_kind(Disposition.SELF_RETURN) is RecipientKind.NONE
    assert recipient_kind(Disposition.FAMILY) is RecipientKind.FAMILY
    assert all(recipient_kind(d) is RecipientKind.INSTITUTION for d in INSTITUTIONAL)
    assert [d for d in Disposition if not needs_letter(d)] == [Disposition.SELF_RETURN]


def test_adult_self_return_needs_no_recipient_or_witness() -> None:
    result = check_handover(proposal(Disposition.SELF_RETURN, adult(), adult(), witnesses=()))
    assert result.allowed and result.violations == ()
    assert not result.overridden


# The proposal itself


def test_empty_person_list_is_refused_even_with_override() -> None:
    result = check_handover(proposal(Disposition.POLICE, override=SUPERVISOR_OK))
    assert [(v.code, v.overridable) for v in result.violations] == [(RuleCode.NO_PERSONS, False)]
    assert not result.allowed


def test_closed_person_cannot_be_handed_over_again() -> None:
    gone = adult(closed=True)
    p = proposal(Disposition.SELF_RETURN, gone, override=SUPERVISOR_OK)
    assert codes(p) == [(RuleCode.PERSON_ALREADY_CLOSED, gone.id)]
    assert not check_handover(p).allowed


def test_person_listed_twice_is_refused() -> None:
    person = adult()
    assert codes(proposal(Disposition.SELF_RETURN, person, person)) == [
        (RuleCode.PERSON_LISTED_TWICE, person.id)
    ]


# Minors


def test_minor_never_self_returns_even_beside_guardian() -> None:
    mother = adult()
    child = minor(mother)
    p = proposal(Disposition.SELF_RETURN, mother, child, override=SUPERVISOR_OK)
    result = check_handover(p)
    assert codes(p) == [(RuleCode.MINOR_SELF_RETURN, child.id)]
    assert not result.violations[0].overridable and not result.allowed


@pytest.mark.parametrize("to", [Disposition.FAMILY, *INSTITUTIONAL])
def test_minor_leaves_with_linked_adult_in_same_handover(to: Disposition) -> None:
    mother = adult()
    assert check_handover(proposal(to, mother, minor(mother))).allowed


@pytest.mark.parametrize("to", NOT_CHILD_INSTITUTIONS)
def test_minor_without_linked_adult_is_refused_outside_child_institutions(
    to: Disposition,
) -> None:
    mother = adult()
    child = minor(mother)
    p = proposal(to, child, override=SUPERVISOR_OK)  # the mother stays behind
    assert codes(p) == [(RuleCode.MINOR_WITHOUT_GUARDIAN, child.id)]
    assert not check_handover(p).allowed


def test_minor_with_someone_elses_adult_is_refused() -> None:
    mother, stranger = adult(), adult()
    child = minor(mother)
    assert codes(proposal(Disposition.FAMILY, stranger, child)) == [
        (RuleCode.MINOR_WITHOUT_GUARDIAN, child.id)
    ]


def test_guardian_who_is_a_minor_does_not_count() -> None:
    sibling = minor(None, unaccompanied=False)
    child = minor(sibling)
    assert (RuleCode.MINOR_WITHOUT_GUARDIAN, child.id) in codes(
        proposal(Disposition.REGENCY_GOVERNMENT, sibling, child)
    )


@pytest.mark.parametrize("to", [Disposition.CHILD_PROTECTION, Disposition.SOCIAL_SERVICES])
def test_minor_alone_goes_to_child_institution_with_witness(to: Disposition) -> None:
    child = minor(referral_done=True)
    assert check_handover(proposal(to, child)).allowed


@pytest.mark.parametrize("to", [Disposition.CHILD_PROTECTION, Disposition.SOCIAL_SERVICES])
def test_minor_alone_to_child_institution_without_witness_cannot_be_overridden(
    to: Disposition,
) -> None:
    child = minor(referral_done=True)
    p = proposal(to, child, witnesses=(), override=SUPERVISOR_OK)
    assert codes(p) == [(RuleCode.MINOR_WITNESS_MISSING, child.id)]
    assert not check_handover(p).allowed


def test_blank_witness_does_not_count() -> None:
    child = minor(referral_done=True)
    p = proposal(Disposition.CHILD_PROTECTION, child, witnesses=(WitnessFacts(name="  "),))
    assert codes(p) == [(RuleCode.MINOR_WITNESS_MISSING, child.id)]


def test_minor_with_guardian_to_child_institution_needs_no_witness() -> None:
    mother = adult()
    assert check_handover(
        proposal(Disposition.SOCIAL_SERVICES, mother, minor(mother), witnesses=())
    ).allowed


@pytest.mark.parametrize("to", NOT_CHILD_INSTITUTIONS)
def test_unaccompanied_minor_only_to_child_institutions(to: Disposition) -> None:
    child = minor(referral_done=True)
    p = proposal(to, adult(), child, override=SUPERVISOR_OK)
    assert codes(p) == [(RuleCode.UNACCOMPANIED_MINOR_WRONG_RECIPIENT, child.id)]
    assert not check_handover(p).allowed


@pytest.mark.parametrize("to", NOT_CHILD_INSTITUTIONS)
def test_pregnant_minor_only_to_child_institutions_even_with_guardian(to: Disposition) -> None:
    mother = adult()
    girl = minor(mother, pregnant=True, referral_done=True)
    p = proposal(to, mother, girl, override=SUPERVISOR_OK)
    assert codes(p) == [(RuleCode.PREGNANT_MINOR_WRONG_RECIPIENT, girl.id)]
    assert not check_handover(p).allowed


def test_pregnant_minor_to_child_protection_is_allowed() -> None:
    girl = minor(pregnant=True, referral_done=True)
    assert check_handover(proposal(Disposition.CHILD_PROTECTION, girl)).allowed


def test_pregnant_adult_is_not_restricted() -> None:
    assert check_handover(proposal(Disposition.SELF_RETURN, adult(pregnant=True))).allowed


# Trafficking and referral


@pytest.mark.parametrize(
    "to", [Disposition.POLICE, Disposition.SOCIAL_SERVICES, Disposition.BP3MI_SHELTER]
)
def test_trafficking_suspect_goes_to_allowed_institutions(to: Disposition) -> None:
    person = adult(trafficking_suspected=True, referral_done=True)
    assert check_handover(proposal(to, person)).allowed


@pytest.mark.parametrize(
    "to",
    [
        Disposition.SELF_RETURN,
        Disposition.FAMILY,
        Disposition.REGENCY_GOVERNMENT,
        Disposition.CHILD_PROTECTION,  # not for an adult
        Disposition.TRANSPORT_PROVIDER,
        Disposition.OTHER,
    ],
)
def test_trafficking_suspect_refused_elsewhere(to: Disposition) -> None:
    person = adult(trafficking_suspected=True, referral_done=True)
    p = proposal(to, person, override=SUPERVISOR_OK)
    assert codes(p) == [(RuleCode.TRAFFICKING_WRONG_RECIPIENT, person.id)]
    assert not check_handover(p).allowed


def test_trafficking_suspected_minor_may_go_to_child_protection() -> None:
    child = minor(trafficking_suspected=True, referral_done=True)
    assert check_handover(proposal(Disposition.CHILD_PROTECTION, child)).allowed


def test_trafficking_suspected_minor_to_police_needs_the_guardian_too() -> None:
    child = minor(trafficking_suspected=True, referral_done=True, unaccompanied=False)
    assert codes(proposal(Disposition.POLICE, child)) == [
        (RuleCode.MINOR_WITHOUT_GUARDIAN, child.id)
    ]


@pytest.mark.parametrize(
    "person",
    [
        adult(trafficking_suspected=True),
        minor(),  # unaccompanied
        minor(adult(), pregnant=True),  # even with the mother, a pregnant child is referred
    ],
)
def test_referral_required_before_closing(person: PersonFacts) -> None:
    p = proposal(Disposition.SOCIAL_SERVICES, person, override=SUPERVISOR_OK)
    assert codes(p) == [(RuleCode.REFERRAL_MISSING, person.id)]
    assert not check_handover(p).allowed


def test_accompanied_minor_needs_no_referral() -> None:
    mother = adult()
    assert check_handover(proposal(Disposition.FAMILY, mother, minor(mother))).allowed


# Paperwork


def test_family_handover_complete_is_allowed() -> None:
    assert check_handover(proposal(Disposition.FAMILY, adult())).allowed


def test_family_handover_checks_recipient_and_witness() -> None:
    p = proposal(Disposition.FAMILY, adult(), recipient=RecipientFacts(), witnesses=())
    assert [c for c, _ in codes(p)] == [
        RuleCode.RECIPIENT_NAME_MISSING,
        RuleCode.RECIPIENT_ID_NUMBER_MISSING,
        RuleCode.RECIPIENT_RELATIONSHIP_MISSING,
        RuleCode.WITNESS_MISSING,
    ]
    assert all(person_id is None for _, person_id in codes(p))


def test_missing_recipient_counts_as_blank() -> None:
    p = HandoverProposal(Disposition.POLICE, (adult(),), None, ())
    assert [c for c, _ in codes(p)] == [
        RuleCode.RECIPIENT_NAME_MISSING,
        RuleCode.RECIPIENT_INSTITUTION_MISSING,
        RuleCode.RECIPIENT_POSITION_MISSING,
    ]


@pytest.mark.parametrize("to", INSTITUTIONAL)
def test_institutional_handover_needs_name_position_institution(to: Disposition) -> None:
    bare = RecipientFacts(name=" ", id_number="", relationship="ibu")
    p = proposal(to, adult(), recipient=bare, witnesses=())
    assert [c for c, _ in codes(p)] == [
        RuleCode.RECIPIENT_NAME_MISSING,
        RuleCode.RECIPIENT_INSTITUTION_MISSING,
        RuleCode.RECIPIENT_POSITION_MISSING,
    ]


def test_institution_officer_needs_no_nip_nor_witness() -> None:
    officer = dataclasses.replace(OFFICER, id_number="")
    p = proposal(Disposition.POLICE, adult(), recipient=officer, witnesses=())
    assert check_handover(p).allowed


def test_witness_without_position_or_institution_is_flagged() -> None:
    p = proposal(Disposition.FAMILY, adult(), witnesses=(WitnessFacts(name="Markus"),))
    assert codes(p) == [(RuleCode.WITNESS_DETAILS_MISSING, None)]


# Overrides


def test_overridable_set_is_paperwork_only() -> None:
    assert OVERRIDABLE == {
        RuleCode.WITNESS_MISSING,
        RuleCode.WITNESS_DETAILS_MISSING,
        RuleCode.RECIPIENT_ID_NUMBER_MISSING,
        RuleCode.RECIPIENT_POSITION_MISSING,
    }


def _family_without_witness_or_ktp(override: Override | None) -> HandoverProposal:
    no_ktp = dataclasses.replace(RELATIVE, id_number="")
    return proposal(Disposition.FAMILY, adult(), recipient=no_ktp, witnesses=(), override=override)


def test_paperwork_gaps_without_override_are_refused() -> None:
    result = check_handover(_family_without_witness_or_ktp(None))
    assert [v.code for v in result.violations] == [
        RuleCode.RECIPIENT_ID_NUMBER_MISSING,
        RuleCode.WITNESS_MISSING,
    ]
    assert all(v.overridable for v in result.violations)
    assert not result.allowed and result.override_problem is None


def test_supervisor_override_with_reason_allows_paperwork_gaps() -> None:
    result = check_handover(_family_without_witness_or_ktp(SUPERVISOR_OK))
    assert result.allowed and result.overridden and result.override_problem is None
    assert len(result.violations) == 2  # kept, so the service records what was overridden


@pytest.mark.parametrize(
    ("override", "problem"),
    [
        (Override(reason="Kepala desa tidak hadir", by_supervisor=False), "not_supervisor"),
        (Override(reason="   ", by_supervisor=True), "reason_missing"),
        (Override(reason="", by_supervisor=True), "reason_missing"),
    ],
)
def test_invalid_override_is_refused(override: Override, problem: str) -> None:
    result = check_handover(_family_without_witness_or_ktp(override))
    assert not result.allowed and not result.overridden
    assert result.override_problem is OverrideProblem(problem)


def test_one_non_overridable_violation_blocks_the_override() -> None:
    mother = adult()
    child = minor(mother)
    no_ktp = dataclasses.replace(RELATIVE, id_number="")
    p = proposal(Disposition.FAMILY, child, recipient=no_ktp, override=SUPERVISOR_OK)
    result = check_handover(p)
    assert {v.code for v in result.violations} == {
        RuleCode.RECIPIENT_ID_NUMBER_MISSING,
        RuleCode.MINOR_WITHOUT_GUARDIAN,
    }
    assert not result.allowed and not result.overridden


def test_override_not_needed_is_not_recorded() -> None:
    result = check_handover(proposal(Disposition.FAMILY, adult(), override=SUPERVISOR_OK))
    assert result.allowed and not result.overridden


def test_person_facts_have_no_defaults() -> None:
    with pytest.raises(TypeError):
        PersonFacts(id=uuid4())  # type: ignore[call-arg]
