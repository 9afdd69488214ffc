"""The handover letter: text on the pages, the repeated list header, marks, fonts, qpdf."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader

from intake_app.documents import model
from intake_app.documents.bast import render_handover_letter
from intake_app.documents.model import HandoverLetter, LetterPerson

NUMBER = "B/0012/BP3MI.KB/PB.05.03/II/2026"
OPENING = (
    "Pada hari ini Kamis tanggal lima bulan Februari tahun dua ribu dua puluh enam, "
    "bertempat di Entikong, kami yang bertanda tangan di bawah ini:"
)
COUNT = (
    "sebanyak 3 (tiga) orang, terdiri dari 1 (satu) laki-laki dan 2 (dua) perempuan, "
    "termasuk 2 (dua) anak"
)
LONG_NAME = (
    "Raden Mas Muhammad Abdurrahman Wahyu Kusumaningrat Hadiningrat Prawirodirdjo "
    "Soerjosoemarno bin Haji Abdoel Rachman Sjah"
)


def make_letter(samples: Any, **changes: Any) -> HandoverLetter:
    letter = HandoverLetter(
        letterhead_lines=samples.letterhead,
        title="BERITA ACARA SERAH TERIMA",
        number=NUMBER,
        opening=OPENING,
        first_party=samples.officer,
        recipient=samples.family,
        witnesses=(samples.witness,),
        basis="Surat KJRI Kuching Nomor 1908/PK/B/SKEL/10/2025/08/08/KCH tanggal 3 Februari 2026",
        count_sentence=COUNT,
        statement="Sejak ditandatanganinya Berita Acara ini, tanggung jawab beralih.",
        condition="dalam keadaan sehat",
        items="1 (satu) tas pakaian",
        override_note=None,
        persons=samples.family_persons,
        place_and_date="Entikong, 5 Februari 2026",
        qr_payload="BAST1|" + NUMBER + "|sig=MEUCIQDx3V8kq1y0lU7hZpYyJr2bqkz7l0Jw6Yv0d8m1H7zLw",
    )
    return dataclasses.replace(letter, **changes)


def test_family_letter_carries_the_names_counts_and_parties(
    samples: Any, check_pdf: Callable[[bytes], None]
) -> None:
    pdf = render_handover_letter(make_letter(samples))
    check_pdf(pdf)
    pages = samples.page_texts(pdf)
    text = samples.flat(" ".join(pages))

    assert len(pages) == 2  # the letter, then the attached list
    for expected in (
        "BERITA ACARA SERAH TERIMA",
        f"Nomor: {NUMBER}",
        OPENING,
        COUNT,
        "Nur'aini binti Ahmad",
        "Désirée Anak Jimbun",
        "anak, didampingi ibu Nur'aini binti Ahmad",
        "Siti Aminah binti Abdullah",
        "Kakak kandung",
        "Yohanes Arief Setiawan, S.Sos.",
        "selanjutnya disebut PIHAK PERTAMA",
        "selanjutnya disebut PIHAK KEDUA",
        "Markus Dedi",
        "1908/PK/B/SKEL/10/2025/08/08/KCH",
        "Entikong, 5 Februari 2026",
        "Pindai untuk memeriksa keaslian",
        "DAFTAR NAMA",
    ):
        assert expected in text, expected
    assert "Halaman 1 dari 2" in pages[0]
    assert f"{NUMBER} — Halaman 2 dari 2" in pages[1]
    # Signatures and the QR caption stay on the first page with the body of the letter.
    assert "Pindai untuk memeriksa keaslian" in pages[0]
    assert "SALINAN" not in text and "BATAL" not in text
    assert "Catatan" not in text


def test_a_120_character_name_wraps_and_is_printed_whole(samples: Any) -> None:
    name = LONG_NAME
    assert len(name) == 120
    person = LetterPerson(1, name, "L", "51 th", "Paspor C1234567", "Kab. Sanggau")
    pdf = render_handover_letter(make_letter(samples, persons=(person,)))
    attachment = samples.page_texts(pdf)[-1]

    assert name in samples.flat(attachment)
    assert not any(name in line for line in attachment.splitlines()), "expected it to wrap"


def test_names_with_markup_characters_print_literally(samples: Any) -> None:
    person = LetterPerson(1, "Ali & <Sons> bin 'Umar", "L", "40 th", "-", "Kab. Sambas")
    pdf = render_handover_letter(make_letter(samples, persons=(person,)))
    assert "Ali & <Sons> bin 'Umar" in samples.flat(samples.page_texts(pdf)[-1])


def test_400_person_list_repeats_its_header_on_every_page(
    samples: Any, check_pdf: Callable[[bytes], None]
) -> None:
    persons = samples.many_persons(400)
    pdf = render_handover_letter(make_letter(samples, persons=persons))
    check_pdf(pdf)
    pages = samples.page_texts(pdf)
    total = len(pages)

    assert total >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in page
    for page in pages[1:]:
        flat = samples.flat(page)
        for header in ("No", "Nama", "L/P", "Umur/Tgl lahir", "Dokumen", "Asal", "Keterangan"):
            assert header in flat, (header, page[:200])
    listed = samples.flat(" ".join(pages[1:]))
    assert all(person.full_name in listed for person in persons)


def test_a_reprint_says_salinan_on_every_page(samples: Any) -> None:
    pdf = render_handover_letter(make_letter(samples, copy_mark="SALINAN"))
    assert all("SALINAN" in page for page in samples.page_texts(pdf))


def test_a_voided_letter_says_batal(samples: Any, check_pdf: Callable[[bytes], None]) -> None:
    pdf = render_handover_letter(make_letter(samples, copy_mark="SALINAN", void_mark="BATAL"))
    check_pdf(pdf)
    assert all("BATAL" in page and "SALINAN" in page for page in samples.page_texts(pdf))


def test_a_supervisor_override_is_printed(samples: Any) -> None:
    note = (
        "Diserahkan tanpa saksi desa atas persetujuan supervisor Hendra: kepala desa berhalangan."
    )
    pdf = render_handover_letter(make_letter(samples, override_note=note))
    assert f"Catatan: {note}" in samples.flat(samples.page_texts(pdf)[0])


def test_a_letter_without_list_witness_or_qr_is_one_page(
    samples: Any, check_pdf: Callable[[bytes], None]
) -> None:
    pdf = render_handover_letter(make_letter(samples, persons=(), witnesses=(), qr_payload=""))
    check_pdf(pdf)
    pages = samples.page_texts(pdf)
    assert len(pages) == 1
    assert "Halaman 1 dari 1" in pages[0]
    assert "Pindai" not in pages[0] and "DAFTAR NAMA" not in pages[0]


def test_the_same_letter_renders_to_the_same_bytes(samples: Any) -> None:
    letter = make_letter(samples)
    assert render_handover_letter(letter) == render_handover_letter(letter)


def test_pdf_properties_name_the_letter_but_no_person(samples: Any) -> None:
    pdf = render_handover_letter(make_letter(samples))
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    assert NUMBER in str(info.title)
    assert not any("Aminah" in str(value) for value in info.values())


@pytest.mark.parametrize(
    "dataclass",
    [
        model.LetterParty,
        model.LetterPerson,
        model.HandoverLetter,
        model.SelfReturnStatement,
        model.FamilyPickupStatement,
        model.ConvoySummary,
    ],
)
def test_the_model_has_no_field_for_sensitive_data(dataclass: type) -> None:
    # DESIGN.md §4: health, criminal reasons and trafficking indicators are never printed.
    forbidden = ("health", "sehat", "reason", "alasan", "crime", "pidana", "traffick", "tppo")
    names = [field.name for field in dataclasses.fields(dataclass)]
    assert not [n for n in names if any(word in n.lower() for word in forbidden)]
