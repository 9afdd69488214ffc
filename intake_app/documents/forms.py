"""Companion documents: self-return and family pickup statements, and the convoy summary sheet."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from intake_app.documents.blocks import count_table, label_value_table, party_rows, person_table
from intake_app.documents.fonts import register_fonts
from intake_app.documents.model import (
    ConvoySummary,
    FamilyPickupStatement,
    LetterParty,
    SelfReturnStatement,
)
from intake_app.documents.page import (
    BODY,
    BODY_LEFT,
    HEADING,
    build_pdf,
    letterhead,
    markup,
    text,
    title_block,
)
from intake_app.documents.signatures import signature_cell, signature_row, witness_rows

SELF_RETURN_TITLE = "SURAT PERNYATAAN PULANG MANDIRI"
FAMILY_PICKUP_TITLE = "SURAT PERNYATAAN PENJEMPUTAN OLEH KELUARGA"
CONVOY_SUMMARY_TITLE = "REKAPITULASI KEDATANGAN WNI DEPORTAN"
STATEMENT_CLOSING = (
    "Demikian surat pernyataan ini saya buat dengan sebenarnya, dalam keadaan sadar dan tanpa "
    "paksaan dari pihak mana pun, untuk dipergunakan sebagaimana mestinya."
)
SEX_WORDS = {"L": "Laki-laki", "P": "Perempuan"}


def render_self_return_statement(form: SelfReturnStatement) -> bytes:
    """One adult's declaration that they travel home on their own, countersigned by the officer."""
    register_fonts()
    person = form.person
    identity = label_value_table(
        [
            ("Nama", person.full_name),
            ("Jenis kelamin", SEX_WORDS.get(person.sex, person.sex)),
            ("Umur/Tgl lahir", person.age_or_birth),
            ("Dokumen", person.document),
            ("Daerah asal", person.origin),
            ("Alamat", form.address),
            ("Telepon", form.phone),
            ("Tujuan kepulangan", form.destination),
        ]
    )
    story: list[Flowable] = [
        *letterhead(form.letterhead_lines),
        *title_block(SELF_RETURN_TITLE, form.number),
        text("Saya yang bertanda tangan di bawah ini:", BODY_LEFT),
        Spacer(1, 1.5 * mm),
        identity,
        Spacer(1, 3 * mm),
        text(form.statement, BODY),
        Spacer(1, 3 * mm),
        _signed(
            signature_cell("Mengetahui,", "Petugas", form.officer),
            signature_cell("Yang membuat pernyataan,", "", LetterParty(person.full_name)),
            form.place_and_date,
        ),
    ]
    return build_pdf(
        story,
        title=f"{SELF_RETURN_TITLE} {form.number}",
        footer_label=form.number,
        copy_mark=form.copy_mark,
        void_mark=form.void_mark,
    )


def render_family_pickup_statement(form: FamilyPickupStatement) -> bytes:
    """A family member's declaration of taking over the listed persons, with officer and witness."""
    register_fonts()
    story: list[Flowable] = [
        *letterhead(form.letterhead_lines),
        *title_block(FAMILY_PICKUP_TITLE, form.number),
        text("Saya yang bertanda tangan di bawah ini:", BODY_LEFT),
        Spacer(1, 1.5 * mm),
        label_value_table(party_rows(form.recipient, with_contact=True)),
        Spacer(1, 3 * mm),
        text("dengan ini menyatakan telah menjemput dan menerima:", BODY_LEFT),
        Spacer(1, 2 * mm),
        person_table(form.persons),
        Spacer(1, 3 * mm),
        text(form.statement, BODY),
        Spacer(1, 3 * mm),
        _signed(
            signature_cell("Mengetahui,", "Petugas", form.officer),
            signature_cell("Yang membuat pernyataan,", "", form.recipient),
            form.place_and_date,
            witnesses=form.witnesses,
        ),
    ]
    return build_pdf(
        story,
        title=f"{FAMILY_PICKUP_TITLE} {form.number}",
        footer_label=form.number,
        copy_mark=form.copy_mark,
        void_mark=form.void_mark,
    )


def render_convoy_summary(summary: ConvoySummary) -> bytes:
    """Counts, dispositions and the officer's signature on page one; the list of persons after."""
    register_fonts()
    story: list[Flowable] = [
        *letterhead(summary.letterhead_lines),
        *title_block(CONVOY_SUMMARY_TITLE),
        label_value_table(summary.header_rows, indent=0, label_width=52 * mm),
        Spacer(1, 4 * mm),
        markup("A. Jumlah orang", HEADING),
        Spacer(1, 1.5 * mm),
        count_table(summary.count_rows),
        Spacer(1, 4 * mm),
        markup("B. Tindak lanjut", HEADING),
        Spacer(1, 1.5 * mm),
        count_table(summary.disposition_rows, first_header="Tindak lanjut"),
        Spacer(1, 6 * mm),
        _signed(
            [],
            signature_cell("Petugas,", "", summary.officer),
            summary.place_and_date,
            closing=False,
        ),
    ]
    if summary.persons:
        story += [
            PageBreak(),
            markup("C. Daftar nama", HEADING),
            Spacer(1, 2 * mm),
            person_table(summary.persons),
        ]
    return build_pdf(
        story,
        title=f"{CONVOY_SUMMARY_TITLE} {summary.reference}",
        footer_label=summary.reference,
        copy_mark=summary.copy_mark,
    )


def _signed(
    left: list[Flowable],
    right: list[Flowable],
    place_and_date: str,
    *,
    witnesses: tuple[LetterParty, ...] = (),
    closing: bool = True,
) -> Flowable:
    """Closing sentence, signers and witnesses, kept on one page."""
    parts: list[Flowable] = []
    if closing:
        parts += [text(STATEMENT_CLOSING, BODY), Spacer(1, 4 * mm)]
    parts.append(signature_row(left, right, place_and_date=place_and_date))
    parts += witness_rows(witnesses)
    return KeepTogether(parts)
