"""Companion forms: self-return statement, family pickup statement, convoy summary."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from intake_app.documents.forms import (
    render_convoy_summary,
    render_family_pickup_statement,
    render_self_return_statement,
)
from intake_app.documents.model import (
    ConvoySummary,
    CountRow,
    FamilyPickupStatement,
    SelfReturnStatement,
)

KJRI_LETTER = "1908/PK/B/SKEL/10/2025/08/08/KCH"
PLACE_AND_DATE = "Entikong, 5 Februari 2026"


def test_self_return_statement(samples: Any, check_pdf: Callable[[bytes], None]) -> None:
    statement = (
        "menyatakan bahwa saya akan pulang ke daerah asal secara mandiri dengan biaya sendiri."
    )
    form = SelfReturnStatement(
        letterhead_lines=samples.letterhead,
        number="SPM/0042/P4MI-SGU/II/2026",
        person=samples.family_persons[0],
        address="Dusun Sebunga RT 003/RW 002, Desa Sebunga, Kab. Sambas",
        phone="0813-4567-8901",
        destination="Kab. Sambas, Kalimantan Barat",
        statement=statement,
        place_and_date=PLACE_AND_DATE,
        officer=samples.officer,
    )
    pdf = render_self_return_statement(form)
    check_pdf(pdf)
    pages = samples.page_texts(pdf)
    text = samples.flat(" ".join(pages))

    assert len(pages) == 1
    for expected in (
        "SURAT PERNYATAAN PULANG MANDIRI",
        "Nomor: SPM/0042/P4MI-SGU/II/2026",
        "Nur'aini binti Ahmad",
        "Perempuan",
        "SPLP 2026/KCH/00123",
        "0813-4567-8901",
        statement,
        "Yang membuat pernyataan",
        "Yohanes Arief Setiawan, S.Sos.",
        PLACE_AND_DATE,
        "SPM/0042/P4MI-SGU/II/2026 — Halaman 1 dari 1",
    ):
        assert expected in text, expected


def test_family_pickup_statement(samples: Any, check_pdf: Callable[[bytes], None]) -> None:
    form = FamilyPickupStatement(
        letterhead_lines=samples.letterhead,
        number="SPK/0007/P4MI-SGU/II/2026",
        recipient=samples.family,
        persons=samples.family_persons,
        statement="Saya bertanggung jawab penuh atas kepulangan orang-orang tersebut di atas.",
        place_and_date=PLACE_AND_DATE,
        officer=samples.officer,
        witnesses=(samples.witness,),
        copy_mark="SALINAN",
    )
    pdf = render_family_pickup_statement(form)
    check_pdf(pdf)
    pages = samples.page_texts(pdf)
    text = samples.flat(" ".join(pages))

    for expected in (
        "SURAT PERNYATAAN PENJEMPUTAN OLEH KELUARGA",
        "Siti Aminah binti Abdullah",
        "6103014107850002",
        "Kakak kandung",
        "Nur'aini binti Ahmad",
        "Muhammad Rizky bin Hamzah",
        "Désirée Anak Jimbun",
        "Markus Dedi",
        "Umur/Tgl lahir",
        form.statement,
    ):
        assert expected in text, expected
    assert all("SALINAN" in page for page in pages)
    assert f"Halaman 1 dari {len(pages)}" in pages[0]


def test_convoy_summary_counts_and_long_list(
    samples: Any, check_pdf: Callable[[bytes], None]
) -> None:
    persons = samples.many_persons(120)
    summary = ConvoySummary(
        letterhead_lines=samples.letterhead,
        reference=KJRI_LETTER,
        header_rows=(
            ("Tanggal kedatangan", "Kamis, 5 Februari 2026, pukul 10.15 WIB"),
            ("Asal", "Depot Tahanan Imigresen Semuja, Serian"),
        ),
        count_rows=(
            CountRow("Dewasa", 57, 51, 108),
            CountRow("Anak (di bawah 18 tahun)", 5, 7, 12),
            CountRow("Jumlah", 62, 58, 120),
        ),
        disposition_rows=(
            CountRow("Pulang mandiri", 40, 33, 73),
            CountRow("Dijemput keluarga", 22, 25, 47),
            CountRow("Jumlah", 62, 58, 120),
        ),
        persons=persons,
        place_and_date=PLACE_AND_DATE,
        officer=samples.officer,
    )
    pdf = render_convoy_summary(summary)
    check_pdf(pdf)
    pages = samples.page_texts(pdf)
    first = samples.flat(pages[0])

    assert "REKAPITULASI KEDATANGAN WNI DEPORTAN" in first
    assert "Depot Tahanan Imigresen Semuja, Serian" in first
    assert "Dewasa 57 51 108" in first
    assert "Anak (di bawah 18 tahun) 5 7 12" in first
    assert "Dijemput keluarga 22 25 47" in first
    assert "Jumlah 62 58 120" in first
    assert "Yohanes Arief Setiawan, S.Sos." in first
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"{KJRI_LETTER} — Halaman {number} dari {len(pages)}" in page
    for page in pages[1:]:
        assert "Umur/Tgl lahir" in samples.flat(page)
    listed = samples.flat(" ".join(pages[1:]))
    assert all(person.full_name in listed for person in persons)
