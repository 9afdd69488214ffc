"""Handovers through the service: every rule, numbering, closing, voiding, the journal."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from handover_world import (
    INSTITUTION,
    RELATIVE,
    SUPERVISOR_OK,
    Clock,
    World,
    make_world,
    page_texts,
    qpdf_ok,
)
from sqlmodel import col, select

from intake_app.domain.enums import Disposition, PersonStatus, Sex
from intake_app.domain.handover_rules import Override, OverrideProblem, RuleCode
from intake_app.services import handovers as handovers_module
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.handover_facts import RecipientDraft, WitnessDraft
from intake_app.services.people import PersonDraft
from intake_app.storage.models import AuditEntry, Handover, OutboxEntry, Person


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    yield from make_world(data_dir)


def refused(world: World, to: Disposition, *ids: uuid.UUID, **values: object) -> set[RuleCode]:
    """The codes `issue` refuses with; `check` must have said the same beforehand."""
    override = values.pop("override", None)
    draft = world.draft(to, *ids, **values)
    checked = world.handovers.check(draft, override=override)  # type: ignore[arg-type]
    with pytest.raises(ServiceError) as failed:
        world.handovers.issue(draft, officer_id=world.officer_id, override=override)  # type: ignore[arg-type]
    assert failed.value.code == ErrorCode.HANDOVER_REFUSED
    result = failed.value.context["result"]
    assert not result.allowed and result == checked
    return {v.code for v in result.violations}


def status(world: World, person_id: uuid.UUID) -> tuple[str, str | None, uuid.UUID | None]:
    with world.services.db.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person.status, person.disposition, person.handover_id


# Allowed handovers close the persons


def test_adult_goes_home_alone_with_a_statement_and_no_number(world: World) -> None:
    adult = world.person("Laras Hardiansyah")
    issued = world.issue(Disposition.SELF_RETURN, adult)

    assert issued.number is None and issued.reference.startswith("PM-")
    assert issued.pdf_path is not None and issued.pdf_path.exists()
    assert issued.qr_payload is None
    assert status(world, adult) == ("closed", "self_return", issued.handover_id)


def test_mother_and_children_go_to_family_together(world: World) -> None:
    mother = world.person("Nur'aini binti Ahmad")
    kids = [world.child("Rizky", mother), world.child("Putri", mother, Sex.FEMALE)]
    issued = world.issue(Disposition.FAMILY, mother, *kids)

    assert issued.number == "B/1/BP3MI.KB/PB.05.03/II/2026"
    assert (issued.persons, issued.minors, issued.overridden) == (3, 2, False)
    assert issued.family_statement_path is not None
    qpdf_ok(issued.family_statement_path)
    for person in (mother, *kids):
        assert status(world, person) == ("closed", "family", issued.handover_id)


def test_unaccompanied_child_goes_to_child_protection_after_referral(world: World) -> None:
    child = world.child("Andi")
    assert refused(world, Disposition.CHILD_PROTECTION, child, witnesses=()) == {
        RuleCode.MINOR_WITNESS_MISSING,
        RuleCode.REFERRAL_MISSING,
    }
    world.handovers.record_referral(
        child, to=Disposition.CHILD_PROTECTION, reference="Nota UPTD PPA 12", officer_id=None
    )
    issued = world.issue(Disposition.CHILD_PROTECTION, child)
    assert status(world, child) == ("closed", "child_protection", issued.handover_id)


def test_trafficking_suspect_goes_to_police_after_referral(world: World) -> None:
    adult = world.person("Rina", trafficking_suspected=True)
    assert refused(world, Disposition.POLICE, adult) == {RuleCode.REFERRAL_MISSING}
    assert refused(world, Disposition.TRANSPORT_PROVIDER, adult) == {
        RuleCode.TRAFFICKING_WRONG_RECIPIENT,
        RuleCode.REFERRAL_MISSING,
    }
    world.handovers.record_referral(
        adult, to=Disposition.POLICE, reference="LP/B/12/II/2026", officer_id=None
    )
    assert world.issue(Disposition.POLICE, adult).number is not None


# Refused handovers change nothing


def test_a_minor_never_goes_home_alone_even_beside_the_mother(world: World) -> None:
    mother = world.person("Siti")
    child = world.child("Rizky", mother)
    assert refused(world, Disposition.SELF_RETURN, mother, child) == {RuleCode.MINOR_SELF_RETURN}


def test_a_minor_goes_to_family_only_with_the_linked_adult(world: World) -> None:
    mother = world.person("Siti")
    child = world.child("Rizky", mother)
    stranger = world.person("Wati")
    assert refused(world, Disposition.FAMILY, child, stranger) == {RuleCode.MINOR_WITHOUT_GUARDIAN}


def test_an_unaccompanied_minor_never_goes_to_family(world: World) -> None:
    child = world.child("Andi")
    codes = refused(world, Disposition.FAMILY, child)
    assert codes == {RuleCode.UNACCOMPANIED_MINOR_WRONG_RECIPIENT, RuleCode.REFERRAL_MISSING}


def test_a_pregnant_minor_goes_to_an_institution_even_with_her_mother(world: World) -> None:
    mother = world.person("Siti")
    girl = world.child("Ayu", mother, Sex.FEMALE, birth_date=date(2009, 1, 1), pregnant=True)
    world.handovers.record_referral(
        girl, to=Disposition.SOCIAL_SERVICES, reference="Rujukan Puskesmas", officer_id=None
    )
    assert refused(world, Disposition.FAMILY, mother, girl) == {
        RuleCode.PREGNANT_MINOR_WRONG_RECIPIENT
    }
    assert world.issue(Disposition.SOCIAL_SERVICES, mother, girl).minors == 1


@pytest.mark.parametrize(
    ("to", "recipient", "code"),
    [
        (Disposition.FAMILY, RELATIVE.model_copy(update={"name": ""}), "recipient_name_missing"),
        (
            Disposition.FAMILY,
            RELATIVE.model_copy(update={"relationship": ""}),
            "recipient_relationship_missing",
        ),
        (
            Disposition.POLICE,
            INSTITUTION.model_copy(update={"institution": ""}),
            "recipient_institution_missing",
        ),
    ],
)
def test_recipient_paperwork_that_no_one_may_waive(
    world: World, to: Disposition, recipient: RecipientDraft, code: str
) -> None:
    adult = world.person("Wati")
    codes = refused(world, to, adult, recipient=recipient, override=SUPERVISOR_OK)
    assert codes == {RuleCode(code)}


@pytest.mark.parametrize(
    ("to", "values", "code"),
    [
        (Disposition.FAMILY, {"witnesses": ()}, RuleCode.WITNESS_MISSING),
        (
            Disposition.FAMILY,
            {"witnesses": (WitnessDraft(name="Markus"),)},
            RuleCode.WITNESS_DETAILS_MISSING,
        ),
        (
            Disposition.FAMILY,
            {"recipient": RELATIVE.model_copy(update={"id_number": ""})},
            RuleCode.RECIPIENT_ID_NUMBER_MISSING,
        ),
        (
            Disposition.TRANSPORT_PROVIDER,
            {"recipient": INSTITUTION.model_copy(update={"position": ""})},
            RuleCode.RECIPIENT_POSITION_MISSING,
        ),
    ],
)
def test_paperwork_gaps_pass_only_with_a_supervisor_and_a_reason(
    world: World, to: Disposition, values: dict[str, object], code: RuleCode
) -> None:
    adult = world.person("Wati")
    assert refused(world, to, adult, **values) == {code}
    officer_only = Override(reason="tidak ada", by_supervisor=False)
    draft = world.draft(to, adult, **values)  # type: ignore[arg-type]
    result = world.handovers.check(draft, override=officer_only)
    assert result.override_problem is OverrideProblem.NOT_SUPERVISOR and not result.allowed
    blank = Override(reason="  ", by_supervisor=True)
    assert world.handovers.check(draft, override=blank).override_problem == (
        OverrideProblem.REASON_MISSING
    )

    issued = world.issue(to, adult, override=SUPERVISOR_OK, **values)  # type: ignore[arg-type]
    assert issued.overridden
    with world.services.db.read() as session:
        handover = session.get(Handover, issued.handover_id)
        audit = session.exec(select(AuditEntry).where(AuditEntry.action == "letter.issue")).one()
    assert handover is not None and handover.override_reason == SUPERVISOR_OK.reason
    assert audit.detail["overridden"] == [str(code)]


def test_proposal_mistakes_are_refused_even_with_override(world: World) -> None:
    adult = world.person("Wati")
    assert refused(world, Disposition.POLICE, override=SUPERVISOR_OK) == {RuleCode.NO_PERSONS}
    assert refused(world, Disposition.POLICE, adult, adult) == {RuleCode.PERSON_LISTED_TWICE}
    world.issue(Disposition.POLICE, adult)
    assert refused(world, Disposition.FAMILY, adult, override=SUPERVISOR_OK) == {
        RuleCode.PERSON_ALREADY_CLOSED
    }


def test_a_refused_handover_writes_nothing_and_takes_no_number(world: World) -> None:
    child = world.child("Andi")
    refused(world, Disposition.SELF_RETURN, child)
    with world.services.db.read() as session:
        assert session.exec(select(Handover)).all() == []
    assert status(world, child) == ("registered", None, None)
    assert world.issue(Disposition.POLICE, world.person("Wati")).number.startswith("B/1/")  # type: ignore[union-attr]


def test_persons_of_another_convoy_or_unknown_are_refused(world: World) -> None:
    other = world.convoy(datetime(2026, 2, 4, 1, 0, tzinfo=UTC))
    stranger = world.services.people.register(
        PersonDraft(convoy_id=other, full_name="Budi", sex=Sex.MALE), officer_id=None
    )
    with pytest.raises(ServiceError) as failed:
        world.issue(Disposition.POLICE, world.person("Wati"), stranger.id)
    assert failed.value.code == ErrorCode.NOT_IN_CONVOY
    with pytest.raises(ServiceError) as failed:
        world.issue(Disposition.POLICE, uuid.uuid4())
    assert failed.value.code == ErrorCode.NOT_FOUND


def test_handover_time_must_be_after_arrival_and_not_in_future(world: World) -> None:
    adult = world.person("Wati")
    for at in (datetime(2026, 2, 3, tzinfo=UTC), datetime(2026, 2, 6, tzinfo=UTC)):
        with pytest.raises(ServiceError) as failed:
            world.issue(Disposition.POLICE, adult, handed_over_at=at)
        assert failed.value.code == ErrorCode.HANDOVER_TIME_INVALID


def test_a_closed_person_cannot_be_edited(world: World) -> None:
    adult = world.person("Wati")
    world.issue(Disposition.POLICE, adult)
    draft = world.services.people.draft_of(adult)
    with pytest.raises(ServiceError) as failed:
        world.services.people.update(adult, draft, officer_id=None)
    assert failed.value.code == ErrorCode.PERSON_CLOSED


# The journal


def test_issue_journals_handover_and_persons_with_outbox_and_audit(world: World) -> None:
    mother = world.person("Siti")
    child = world.child("Rizky", mother)
    issued = world.issue(Disposition.FAMILY, mother, child)
    with world.services.db.read() as session:
        outbox = session.exec(
            select(OutboxEntry).where(col(OutboxEntry.kind).in_(["handover", "person"]))
        ).all()
        actions = [a.action for a in session.exec(select(AuditEntry).order_by(AuditEntry.seq))]
    handover_entries = [e for e in outbox if e.kind == "handover"]
    assert [e.payload["letter_number"] for e in handover_entries] == [issued.number]
    closed = [e for e in outbox if e.kind == "person" and e.payload["status"] == "closed"]
    assert {e.record_id for e in closed} == {mother, child}
    assert all(e.payload["handover_id"] == str(issued.handover_id) for e in closed)
    assert actions[-4:] == ["handover.create", "person.close", "person.close", "letter.issue"]


# Numbers


def test_numbers_restart_with_the_year_of_the_letter(data_dir: Path) -> None:
    clock = Clock(datetime(2025, 12, 31, 14, 0, tzinfo=UTC))  # 21:00 WIB on 31 December
    for w in make_world(data_dir, clock, arrival=datetime(2025, 12, 31, 3, 0, tzinfo=UTC)):
        first = w.issue(Disposition.POLICE, w.person("A"))
        second = w.issue(Disposition.POLICE, w.person("B"))
        clock.at = datetime(2025, 12, 31, 17, 30, tzinfo=UTC)  # 00:30 WIB, 1 January 2026
        new_year = w.issue(Disposition.POLICE, w.person("C"))
        late = w.issue(  # typed in afterwards, dated in the old year
            Disposition.POLICE,
            w.person("D"),
            handed_over_at=datetime(2025, 12, 31, 15, 0, tzinfo=UTC),
        )
    assert first.number == "B/1/BP3MI.KB/PB.05.03/XII/2025"
    assert second.number == "B/2/BP3MI.KB/PB.05.03/XII/2025"
    assert new_year.number == "B/1/BP3MI.KB/PB.05.03/I/2026"
    assert late.number == "B/3/BP3MI.KB/PB.05.03/XII/2025"


def test_a_voided_number_is_never_reused(world: World) -> None:
    first = world.issue(Disposition.POLICE, world.person("A"))
    second = world.issue(Disposition.POLICE, world.person("B"))
    world.handovers.void(
        second.handover_id, "salah penerima", officer_id=world.officer_id, supervisor=True
    )
    third = world.issue(Disposition.POLICE, world.person("C"))
    assert [first.number, second.number, third.number] == [
        "B/1/BP3MI.KB/PB.05.03/II/2026",
        "B/2/BP3MI.KB/PB.05.03/II/2026",
        "B/3/BP3MI.KB/PB.05.03/II/2026",
    ]


def test_desk_codes_keep_two_desks_apart(tmp_path: Path) -> None:
    pattern = "B/{seq:03}/{desk}/BP3MI.KB/{month_roman}/{year}"
    numbers = []
    for desk in ("A", "B"):
        for w in make_world(tmp_path / desk, pattern=pattern, desk=desk):
            numbers.append(w.issue(Disposition.POLICE, w.person("Wati")).number)
    assert numbers == ["B/001/A/BP3MI.KB/II/2026", "B/001/B/BP3MI.KB/II/2026"]


def test_an_unusable_pattern_refuses_before_anything_is_written(data_dir: Path) -> None:
    for w in make_world(data_dir, pattern="B/{seq}/BP3MI"):
        adult = w.person("Wati")
        with pytest.raises(ServiceError) as failed:
            w.issue(Disposition.POLICE, adult)
        assert failed.value.code == ErrorCode.LETTER_PATTERN_INVALID
        assert status(w, adult)[0] == "registered"


# Voiding


def test_void_needs_a_supervisor_and_a_reason(world: World) -> None:
    issued = world.issue(Disposition.POLICE, world.person("Wati"))
    cases = [
        ("salah", False, ErrorCode.SUPERVISOR_REQUIRED),
        (" ", True, ErrorCode.REASON_REQUIRED),
    ]
    for reason, supervisor, code in cases:
        with pytest.raises(ServiceError) as failed:
            world.handovers.void(
                issued.handover_id, reason, officer_id=world.officer_id, supervisor=supervisor
            )
        assert failed.value.code == code
    world.handovers.void(issued.handover_id, "salah", officer_id=world.officer_id, supervisor=True)
    with pytest.raises(ServiceError) as failed:
        world.handovers.void(
            issued.handover_id, "lagi", officer_id=world.officer_id, supervisor=True
        )
    assert failed.value.code == ErrorCode.ALREADY_VOIDED


def test_void_keeps_the_letter_and_reopens_its_persons(world: World) -> None:
    mother = world.person("Siti")
    child = world.child("Rizky", mother)
    issued = world.issue(Disposition.FAMILY, mother, child)
    info = world.handovers.void(
        issued.handover_id, "penerima salah", officer_id=world.officer_id, supervisor=True
    )

    assert info.voided and info.number == issued.number and info.persons == 2
    assert status(world, mother) == (PersonStatus.REGISTERED, None, None)
    with world.services.db.read() as session:
        handover = session.get(Handover, issued.handover_id)
        actions = [a.action for a in session.exec(select(AuditEntry).order_by(AuditEntry.seq))]
    assert handover is not None and handover.void_reason == "penerima salah"
    assert actions[-3:] == ["letter.void", "person.reopen", "person.reopen"]
    world.clock.at = datetime(2026, 2, 5, 3, 0, tzinfo=UTC)
    again = world.issue(Disposition.FAMILY, mother, child)
    assert again.number == "B/2/BP3MI.KB/PB.05.03/II/2026"
    assert [(i.number, i.voided) for i in world.handovers.letters()] == [
        (again.number, False),
        (issued.number, True),
    ]


# Rendering failures leave the handover standing


def test_a_failed_rendering_keeps_the_handover_and_ensure_pdf_makes_it(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    adult = world.person("Wati")

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("Wati")  # a message with a name must not reach the log

    monkeypatch.setattr(handovers_module, "render_documents", broken)
    issued = world.issue(Disposition.POLICE, adult)
    assert issued.pdf_path is None and issued.render_error == "RuntimeError"
    assert status(world, adult)[0] == "closed"
    monkeypatch.undo()

    path = world.handovers.ensure_pdf(issued.handover_id)
    assert path.exists() and path == world.handovers.letter_pdf_path(issued.handover_id)
    assert world.handovers.letters()[0].pdf_path == path


def test_several_self_returns_make_one_statement_each(world: World) -> None:
    adults = [world.person(name) for name in ("Wati", "Budi", "Sari")]
    issued = world.issue(Disposition.SELF_RETURN, *adults)
    assert issued.pdf_path is not None
    qpdf_ok(issued.pdf_path)
    pages = page_texts(issued.pdf_path)
    assert len(pages) == 3
    assert all("SURAT PERNYATAAN PULANG MANDIRI" in page for page in pages)
    assert {n for n in ("Wati", "Budi", "Sari") for page in pages if n in page} == {
        "Wati",
        "Budi",
        "Sari",
    }
    assert f"{issued.reference}-1" in pages[0]


def test_letters_lists_newest_first_with_counts(world: World) -> None:
    mother = world.person("Siti")
    child = world.child("Rizky", mother)
    family = world.issue(Disposition.FAMILY, mother, child)
    world.clock.at = datetime(2026, 2, 5, 3, 0, tzinfo=UTC)
    alone = world.issue(Disposition.SELF_RETURN, world.person("Wati"))
    listed = world.handovers.letters()
    assert [(i.reference, i.persons, i.minors, i.recipient_type) for i in listed] == [
        (alone.reference, 1, 0, Disposition.SELF_RETURN),
        (family.reference, 2, 1, Disposition.FAMILY),
    ]
    assert listed[1].pdf_path == family.pdf_path
    assert world.handovers.letters(year=2026)[0].number == family.number
    assert world.handovers.find_by_number(family.number or "") == listed[1]
