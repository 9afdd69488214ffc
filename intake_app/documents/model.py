"""What the renderers print: frozen, already-worded values built by the services from the DB."""

from __future__ import annotations

from dataclasses import dataclass

# Deliberately absent everywhere below: health, deportation (criminal) reasons and trafficking
# indicators. They are sensitive data under UU 27/2022 and never printed (DESIGN.md §4); having
# no field for them means no caller can print them by mistake.


@dataclass(frozen=True, slots=True)
class LetterParty:
    """One signer or witness: officer handing over, recipient, witness. Empty text prints "-"."""

    name: str
    id_number: str = ""
    position: str = ""
    institution: str = ""
    address: str = ""
    phone: str = ""
    relationship: str = ""


@dataclass(frozen=True, slots=True)
class LetterPerson:
    """One row of an attached list of persons, every cell already formatted by the caller."""

    number: int
    full_name: str
    sex: str  # "L" or "P"
    age_or_birth: str  # "34 th", "± 40 th" or "17-05-1990"
    document: str  # "Paspor C1234567", "SPLP ...", "-"
    origin: str
    remark: str = ""  # "anak, didampingi ibu Siti Aminah"


@dataclass(frozen=True, slots=True)
class HandoverLetter:
    """A Berita Acara Serah Terima (Permen P2MI 32/2025 Pasal 13) and its list of persons."""

    letterhead_lines: tuple[str, ...]
    title: str  # "BERITA ACARA SERAH TERIMA"
    number: str
    opening: str  # "Pada hari ini Kamis tanggal lima ... kami yang bertanda tangan di bawah ini:"
    first_party: LetterParty
    recipient: LetterParty
    witnesses: tuple[LetterParty, ...]
    basis: str  # "Surat KJRI Kuching Nomor ... tanggal ..."; "" when there is none
    count_sentence: str  # "sebanyak 3 (tiga) orang, terdiri dari ..."
    statement: str
    condition: str
    items: str
    override_note: str | None
    persons: tuple[LetterPerson, ...]
    place_and_date: str  # "Entikong, 5 Februari 2026"
    qr_payload: str  # opaque signed text; "" prints no QR code
    copy_mark: str | None = None  # "SALINAN" on reprints
    void_mark: str | None = None  # "BATAL" on a voided letter


@dataclass(frozen=True, slots=True)
class SelfReturnStatement:
    """Surat pernyataan pulang mandiri: one adult declares they travel home on their own."""

    letterhead_lines: tuple[str, ...]
    number: str
    person: LetterPerson
    address: str
    phone: str
    destination: str
    statement: str
    place_and_date: str
    officer: LetterParty
    copy_mark: str | None = None
    void_mark: str | None = None


@dataclass(frozen=True, slots=True)
class FamilyPickupStatement:
    """Surat pernyataan penjemputan: a family member takes responsibility for listed persons."""

    letterhead_lines: tuple[str, ...]
    number: str
    recipient: LetterParty  # the family member, with relationship
    persons: tuple[LetterPerson, ...]
    statement: str
    place_and_date: str
    officer: LetterParty
    witnesses: tuple[LetterParty, ...] = ()
    copy_mark: str | None = None
    void_mark: str | None = None


@dataclass(frozen=True, slots=True)
class CountRow:
    """One line of a count table: a label and its figures by sex."""

    label: str
    male: int
    female: int
    total: int


@dataclass(frozen=True, slots=True)
class ConvoySummary:
    """Rekapitulasi of one convoy: header facts, counts, dispositions and the list of persons."""

    letterhead_lines: tuple[str, ...]
    reference: str  # printed in each page footer, e.g. the KJRI letter number
    header_rows: tuple[tuple[str, str], ...]  # ("Tanggal kedatangan", "5 Februari 2026"), ...
    count_rows: tuple[CountRow, ...]
    disposition_rows: tuple[CountRow, ...]
    persons: tuple[LetterPerson, ...]  # remark carries the disposition
    place_and_date: str
    officer: LetterParty
    copy_mark: str | None = None
