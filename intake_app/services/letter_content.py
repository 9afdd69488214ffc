"""The wording of a handover's documents, built from a snapshot (never health or reasons)."""

from __future__ import annotations

import uuid
from datetime import date

from intake_app.documents.model import (
    FamilyPickupStatement,
    HandoverLetter,
    LetterPerson,
    SelfReturnStatement,
)
from intake_app.domain.enums import GuardianRelationship, TravelDocType
from intake_app.domain.handover_rules import RuleCode
from intake_app.domain.indonesian_words import count_in_words, date_in_words, long_date
from intake_app.domain.minors import AgeFacts, age_on_arrival
from intake_app.services.handover_snapshot import HandoverSnapshot, ListedPerson
from intake_app.services.letter_seal import normalise_cell
from intake_app.services.regions import region_label
from intake_app.storage.models import Convoy

TITLE = "BERITA ACARA SERAH TERIMA"
TRANSFER_STATEMENT = (
    "Sejak Berita Acara ini ditandatangani, tanggung jawab atas Warga Negara Indonesia "
    "tersebut beralih dari PIHAK PERTAMA kepada PIHAK KEDUA."
)
SELF_RETURN_STATEMENT = (
    "Dengan ini menyatakan bahwa saya kembali ke daerah asal secara mandiri, atas kemauan dan "
    "tanggung jawab saya sendiri, dan tidak memerlukan pendampingan petugas."
)
FAMILY_PICKUP_STATEMENT = (
    "Saya bertanggung jawab penuh atas orang-orang tersebut di atas sejak serah terima, "
    "termasuk mengantar mereka sampai ke tempat tinggalnya."
)
DOCUMENT_LABELS = {TravelDocType.PASSPORT: "Paspor", TravelDocType.SPLP: "SPLP"}
# How the remark names the accompanying adult; "lainnya" would read as nonsense in a sentence.
RELATIONSHIP_WORDS = {
    GuardianRelationship.MOTHER: "ibu",
    GuardianRelationship.FATHER: "ayah",
    GuardianRelationship.RELATIVE: "kerabat",
    GuardianRelationship.OTHER: "pendamping",
}
# What a supervisor's override let pass, as the printed note says it.
OVERRIDE_WORDS = {
    RuleCode.WITNESS_MISSING: "tanpa saksi",
    RuleCode.WITNESS_DETAILS_MISSING: "dengan data saksi tidak lengkap",
    RuleCode.RECIPIENT_ID_NUMBER_MISSING: "tanpa NIK/NIP penerima",
    RuleCode.RECIPIENT_POSITION_MISSING: "tanpa jabatan penerima",
}


def kjri_basis(convoy: Convoy) -> str:
    """ "Surat KJRI Kuching Nomor ... tanggal ..."; empty when the convoy has no letter."""
    if not convoy.kjri_letter_number:
        return ""
    basis = f"Surat KJRI Kuching Nomor {convoy.kjri_letter_number}"
    if convoy.kjri_letter_date:
        basis += f" tanggal {long_date(convoy.kjri_letter_date)}"
    return basis


def letter_persons(snapshot: HandoverSnapshot) -> tuple[LetterPerson, ...]:
    names = {p.id: p.full_name for p in snapshot.persons}
    return tuple(
        # "" (not "-") for no remark: the list prints an empty cell there.
        list_row(number, p, snapshot.arrival, _remark(p, names) if p.is_minor else "")
        for number, p in enumerate(snapshot.persons, start=1)
    )


def list_row(number: int, p: ListedPerson, arrival: date, remark: str) -> LetterPerson:
    """One row of an attached list, every cell as the letter prints (and signs) it."""
    return LetterPerson(
        number=number,
        full_name=normalise_cell(p.full_name),
        sex=p.sex,
        age_or_birth=normalise_cell(_age_or_birth(p, arrival)),
        document=normalise_cell(_document(p)),
        origin=normalise_cell(_short_origin(p.region_code)),
        remark=normalise_cell(remark) if remark else "",
    )


def count_sentence(persons: tuple[ListedPerson, ...]) -> str:
    """ "sebanyak 3 (tiga) orang, terdiri dari 1 (satu) laki-laki dan 2 (dua) perempuan, ..." """
    male = sum(1 for p in persons if p.sex == "L")
    female = len(persons) - male
    minors = sum(1 for p in persons if p.is_minor)
    parts = [
        f"{count_in_words(n)} {label}"
        for n, label in ((male, "laki-laki"), (female, "perempuan"))
        if n
    ]
    sentence = f"sebanyak {count_in_words(len(persons))} orang, terdiri dari {' dan '.join(parts)}"
    if minors:
        sentence += f", termasuk {count_in_words(minors)} anak"
    return sentence


def handover_letter(
    snapshot: HandoverSnapshot,
    persons: tuple[LetterPerson, ...],
    *,
    qr_payload: str,
    copy_mark: str | None = None,
    void_mark: str | None = None,
) -> HandoverLetter:
    day = snapshot.day
    return HandoverLetter(
        letterhead_lines=snapshot.letterhead_lines,
        title=TITLE,
        number=snapshot.reference,
        opening=(
            f"Pada hari ini {date_in_words(day)}, bertempat di {snapshot.place}, "
            "kami yang bertanda tangan di bawah ini:"
        ),
        first_party=snapshot.officer,
        recipient=snapshot.recipient,
        witnesses=snapshot.witnesses,
        basis=snapshot.basis,
        count_sentence=count_sentence(snapshot.persons),
        statement=TRANSFER_STATEMENT,
        condition=snapshot.condition,
        items=snapshot.items,
        override_note=override_note(snapshot),
        persons=persons,
        place_and_date=f"{snapshot.place}, {long_date(day)}",
        qr_payload=qr_payload,
        copy_mark=copy_mark,
        void_mark=void_mark,
    )


def override_note(snapshot: HandoverSnapshot) -> str | None:
    if not snapshot.override_reason:
        return None
    what = [OVERRIDE_WORDS[code] for code in snapshot.overridden if code in OVERRIDE_WORDS]
    done = f"Serah terima dilakukan {', '.join(what)} " if what else "Serah terima dilakukan "
    return f"{done}atas persetujuan supervisor. Alasan: {snapshot.override_reason}"


def self_return_statements(
    snapshot: HandoverSnapshot, *, copy_mark: str | None = None, void_mark: str | None = None
) -> list[SelfReturnStatement]:
    """One statement per person: each adult declares and signs for themselves."""
    listed = letter_persons(snapshot)
    several = len(listed) > 1
    return [
        SelfReturnStatement(
            letterhead_lines=snapshot.letterhead_lines,
            number=f"{snapshot.reference}-{row.number}" if several else snapshot.reference,
            person=row,
            address=person.address or "",
            phone=person.phone or "",
            destination=region_label(person.region_code) or "",
            statement=SELF_RETURN_STATEMENT,
            place_and_date=f"{snapshot.place}, {long_date(snapshot.day)}",
            officer=snapshot.officer,
            copy_mark=copy_mark,
            void_mark=void_mark,
        )
        for row, person in zip(listed, snapshot.persons, strict=True)
    ]


def family_pickup_statement(
    snapshot: HandoverSnapshot,
    persons: tuple[LetterPerson, ...],
    *,
    copy_mark: str | None = None,
    void_mark: str | None = None,
) -> FamilyPickupStatement:
    return FamilyPickupStatement(
        letterhead_lines=snapshot.letterhead_lines,
        number=snapshot.reference,
        recipient=snapshot.recipient,
        persons=persons,
        statement=FAMILY_PICKUP_STATEMENT,
        place_and_date=f"{snapshot.place}, {long_date(snapshot.day)}",
        officer=snapshot.officer,
        witnesses=snapshot.witnesses,
        copy_mark=copy_mark,
        void_mark=void_mark,
    )


def _age_or_birth(p: ListedPerson, arrival: date) -> str:
    if p.birth_date is not None:
        return p.birth_date.strftime("%d-%m-%Y")
    age, approximate = age_on_arrival(
        AgeFacts(p.birth_date, p.birth_year, p.estimated_age), arrival=arrival
    )
    if age is None:
        return "-"
    return f"± {age} th" if approximate else f"{age} th"


def _document(p: ListedPerson) -> str:
    label = DOCUMENT_LABELS.get(TravelDocType(p.document_type), "")
    return f"{label} {p.document_number or ''}".strip()


def _short_origin(code: str | None) -> str:
    """The regency and province: a village path would not fit the narrow column."""
    if not code:
        return ""
    label = region_label(code[:5] if len(code) >= 5 else code) or ""
    return label.replace("Kabupaten ", "Kab. ")


def _remark(p: ListedPerson, names: dict[uuid.UUID, str]) -> str:
    # Only the guardian in this very handover is named: a child handed to an institution
    # on its own is just "anak".
    if p.guardian_id is None or p.guardian_id not in names:
        return "anak"
    words = RELATIONSHIP_WORDS.get(GuardianRelationship(p.guardian_relationship or "lainnya"))
    return f"anak, didampingi {words} {names[p.guardian_id]}"
