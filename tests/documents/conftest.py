"""Sample parties and the checks every generated PDF must pass: qpdf, embedded fonts, text."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from intake_app.documents.model import LetterParty, LetterPerson

LETTERHEAD = (
    "KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA/",
    "BADAN PELINDUNGAN PEKERJA MIGRAN INDONESIA",
    "BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA KALIMANTAN BARAT",
    "Jalan Letjend. Sutoyo No. 1, Pontianak, Kalimantan Barat 78121",
)
OFFICER = LetterParty(
    name="Yohanes Arief Setiawan, S.Sos.",
    id_number="198705122010011003",
    position="Pengantar Kerja Ahli Pertama",
    institution="BP3MI Kalimantan Barat",
    address="PLBN Entikong, Kabupaten Sanggau",
)
FAMILY = LetterParty(
    name="Siti Aminah binti Abdullah",
    id_number="6103014107850002",
    position="Ibu rumah tangga",
    address="Dusun Sungai Tekam RT 002/RW 001, Desa Entikong, Kab. Sanggau",
    phone="0812-5678-9012",
    relationship="Kakak kandung",
)
WITNESS = LetterParty(
    name="Markus Dedi",
    id_number="6103021203780001",
    position="Kepala Desa",
    institution="Pemerintah Desa Entikong",
)
FAMILY_PERSONS = (
    LetterPerson(1, "Nur'aini binti Ahmad", "P", "34 th", "SPLP 2026/KCH/00123", "Kab. Sambas"),
    LetterPerson(
        2,
        "Muhammad Rizky bin Hamzah",
        "L",
        "09-03-2015",
        "SPLP 2026/KCH/00124",
        "Kab. Sambas",
        "anak, didampingi ibu Nur'aini binti Ahmad",
    ),
    LetterPerson(
        3, "Désirée Anak Jimbun", "P", "± 6 th", "-", "Kab. Sambas", "anak, didampingi ibu"
    ),
)
BASE_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-BoldOblique",
    "Courier-Oblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-BoldOblique",
    "Helvetica-Oblique",
    "Symbol",
    "Times-Bold",
    "Times-BoldItalic",
    "Times-Italic",
    "Times-Roman",
    "ZapfDingbats",
}


@dataclass(frozen=True)
class Samples:
    """Sample parties and persons, handed to tests as the `samples` fixture."""

    letterhead: tuple[str, ...] = LETTERHEAD
    officer: LetterParty = OFFICER
    family: LetterParty = FAMILY
    witness: LetterParty = WITNESS
    family_persons: tuple[LetterPerson, ...] = FAMILY_PERSONS

    @staticmethod
    def many_persons(count: int) -> tuple[LetterPerson, ...]:
        return tuple(
            LetterPerson(
                number=n,
                full_name=f"Orang Nomor{n:03d} bin Abdullah",
                sex="L" if n % 2 else "P",
                age_or_birth=f"{18 + n % 40} th",
                document=f"SPLP 2026/KCH/{n:05d}",
                origin="Kab. Sanggau, Kalimantan Barat",
                remark="anak, didampingi ayah" if n % 17 == 0 else "",
            )
            for n in range(1, count + 1)
        )

    @staticmethod
    def page_texts(pdf: bytes) -> list[str]:
        return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]

    @staticmethod
    def flat(text: str) -> str:
        """Whitespace collapsed: text wrapped over several lines compares as one string."""
        return re.sub(r"\s+", " ", text)


@pytest.fixture
def samples() -> Samples:
    return Samples()


@pytest.fixture
def check_pdf(tmp_path: Path) -> Callable[[bytes], None]:
    """qpdf accepts the file, and every font is an embedded TrueType subset, none base-14."""

    def check(pdf: bytes) -> None:
        qpdf = shutil.which("qpdf")
        if qpdf is None:
            # A failure, not a skip: CI installs the Debian package qpdf, and a skipped check
            # would let a broken PDF through unnoticed.
            pytest.fail("qpdf is not installed (apt-get install qpdf)")
        path = tmp_path / "checked.pdf"
        path.write_bytes(pdf)
        result = subprocess.run(
            [qpdf, "--check", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No syntax or stream encoding errors" in result.stdout

        seen: set[str] = set()
        for page in PdfReader(io.BytesIO(pdf)).pages:
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                base = str(font["/BaseFont"]).lstrip("/")
                seen.add(base)
                assert base.split("+")[-1] not in BASE_14, base
                assert font["/Subtype"] == "/TrueType", base
                assert "/FontFile2" in font["/FontDescriptor"], f"{base} is not embedded"
        assert any("DejaVu" in name for name in seen)

    return check
