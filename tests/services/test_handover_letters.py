"""The issued letter: what it says, what it never says, and how it is proven genuine."""

from __future__ import annotations

import base64
import dataclasses
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from handover_world import (
    SUPERVISOR_OK,
    World,
    flat,
    make_world,
    page_texts,
    qpdf_ok,
)
from sqlmodel import select

from intake_app.documents.bast import render_handover_letter
from intake_app.documents.model import LetterParty
from intake_app.domain.enums import DeportationReason, Disposition, GuardianRelationship, Sex
from intake_app.services.handover_snapshot import load_snapshot
from intake_app.services.handovers import IssuedLetter
from intake_app.services.letter_content import handover_letter, letter_persons
from intake_app.services.letter_pdf import seal_pdf, verify_letter_pdf
from intake_app.services.letter_seal import (
    SIGN_CONTEXT,
    VerifyReason,
    letter_content,
    verify_letter_qr,
)
from intake_app.storage.models import AuditEntry

OPENING = (
    "Pada hari ini Kamis tanggal lima bulan Februari tahun dua ribu dua puluh enam, "
    "bertempat di Entikong, kami yang bertanda tangan di bawah ini:"
)


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    yield from make_world(data_dir)


@pytest.fixture
def family(world: World) -> tuple[World, IssuedLetter]:
    """Mother and two children handed to the father, a village head witnessing."""
    mother = world.person(
        "Nur'aini binti Ahmad",
        birth_date=date(1991, 11, 17),
        document_type="splp",
        document_number="KCH-2026-00123",
        regency_code="61.01",
        health_condition="TBC paru dalam pengobatan",
        reasons=(DeportationReason.DRUGS, DeportationReason.OVERSTAY),
        sick=True,
    )
    son = world.child("Muhammad Rizky bin Hamzah", mother, regency_code="61.01")
    daughter = world.person(
        "Désirée Anak Jimbun",
        Sex.FEMALE,
        birth_date=None,
        estimated_age=6,
        guardian_id=mother,
        guardian_relationship=GuardianRelationship.MOTHER,
        violence_victim=True,
    )
    issued = world.issue(
        Disposition.FAMILY,
        mother,
        son,
        daughter,
        condition="dalam keadaan baik",
        items="1 (satu) tas pakaian",
    )
    return world, issued


def test_family_letter_names_counts_and_words(family: tuple[World, IssuedLetter]) -> None:
    world, issued = family
    assert issued.pdf_path is not None
    qpdf_ok(issued.pdf_path)
    pages = page_texts(issued.pdf_path)
    text = flat(pages)
    assert len(pages) == 2
    for expected in (
        "BERITA ACARA SERAH TERIMA",
        "Nomor: B/1/BP3MI.KB/PB.05.03/II/2026",
        OPENING,
        "Hendra Gunawan, S.H.",
        "198703152010011002",
        "Pos Pelayanan P4MI Sanggau - PLBN Entikong",
        "Yohanes Ajun",
        "Suami",
        "Markus Dedi",
        "Surat KJRI Kuching Nomor 1908/PK/B/SKEL/02/2026/KCH",
        "tanggal 2 Februari 2026",
        "sebanyak 3 (tiga) orang, terdiri dari 1 (satu) laki-laki dan 2 (dua) perempuan, "
        "termasuk 2 (dua) anak",
        "tanggung jawab atas Warga Negara Indonesia tersebut beralih dari PIHAK PERTAMA",
        "Kondisi pada saat serah terima: dalam keadaan baik",
        "Entikong, 5 Februari 2026",
        "Nur'aini binti Ahmad",
        "SPLP KCH-2026-00123",
        "17-11-1991",
        "Kab. Sambas, Kalimantan Barat",
        "anak, didampingi ibu Nur'aini binti Ahmad",
        "Désirée Anak Jimbun",
        "± 6 th",
    ):
        assert expected in text, expected
    assert "Catatan" not in text and "SALINAN" not in text


def test_no_sensitive_data_on_any_document(family: tuple[World, IssuedLetter]) -> None:
    _, issued = family
    paths = [issued.pdf_path, issued.family_statement_path]
    text = flat([t for path in paths for t in page_texts(path)]).casefold()
    for secret in ("tbc", "pengobatan", "narkoba", "drugs", "overstay", "kekerasan", "sakit"):
        assert secret not in text, secret


def test_the_family_pickup_statement_lists_the_same_persons(
    family: tuple[World, IssuedLetter],
) -> None:
    _, issued = family
    text = flat(page_texts(issued.family_statement_path))
    assert "SURAT PERNYATAAN PENJEMPUTAN OLEH KELUARGA" in text
    assert "Nur'aini binti Ahmad" in text and "Désirée Anak Jimbun" in text


def test_a_child_handed_to_an_institution_is_just_anak(world: World) -> None:
    child = world.child("Andi Saputra")
    world.handovers.record_referral(
        child, to=Disposition.CHILD_PROTECTION, reference="Nota 1", officer_id=None
    )
    issued = world.issue(Disposition.CHILD_PROTECTION, child)
    text = flat(page_texts(issued.pdf_path))
    assert "UPTD PPA Kabupaten Sanggau" in text and "Andi Saputra" in text
    assert "termasuk 1 (satu) anak" in text
    assert "didampingi" not in text and "anak" in text.split("Andi Saputra")[-1]


def test_an_override_is_printed_with_its_reason(world: World) -> None:
    adult = world.person("Wati")
    issued = world.issue(Disposition.FAMILY, adult, witnesses=(), override=SUPERVISOR_OK)
    text = flat(page_texts(issued.pdf_path))
    assert (
        "Catatan: Serah terima dilakukan tanpa saksi atas persetujuan supervisor. "
        f"Alasan: {SUPERVISOR_OK.reason}"
    ) in text
    reprint = flat(page_texts(world.handovers.reprint(issued.handover_id)))
    assert f"Alasan: {SUPERVISOR_OK.reason}" in reprint


# QR and verification


def test_genuine_letter_verifies_from_pdf_and_qr(family: tuple[World, IssuedLetter]) -> None:
    world, issued = family
    keys = world.handovers.verify_keys()
    payload = issued.qr_payload
    assert payload.startswith("BAST1|P4MI-SGU|B/1/BP3MI.KB/PB.05.03/II/2026|2026-02-05|3|")
    assert len(payload) < 260
    assert verify_letter_qr(payload, keys).genuine
    result = verify_letter_pdf(issued.pdf_path, keys)
    assert result.genuine and result.facts is not None and result.facts.count == 3


def test_the_printed_qr_code_holds_the_payload(
    family: tuple[World, IssuedLetter], tmp_path: Path
) -> None:
    _, issued = family
    # .ci/run installs both (zbar-tools, poppler-utils): missing tools fail, never skip.
    assert shutil.which("zbarimg") and shutil.which("pdftoppm"), "install zbar-tools poppler-utils"
    image = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(issued.pdf_path), str(image)],
        check=True,
    )
    scanned = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page-1.png")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert scanned == issued.qr_payload


def test_altered_signature_wrong_key_or_garbage_fails(family: tuple[World, IssuedLetter]) -> None:
    world, issued = family
    keys = world.handovers.verify_keys()
    payload: str = issued.qr_payload
    body, signature = payload.rsplit("|", 1)
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    assert verify_letter_qr(f"{body}|{flipped}", keys).reason is VerifyReason.BAD_SIGNATURE
    more = body.replace("|3|", "|4|")
    assert verify_letter_qr(f"{more}|{signature}", keys).reason is VerifyReason.BAD_SIGNATURE
    stranger = Ed25519PrivateKey.generate().public_key()
    assert verify_letter_qr(payload, stranger).reason is VerifyReason.BAD_SIGNATURE
    assert verify_letter_qr(payload, {}).reason is VerifyReason.UNKNOWN_POST
    assert verify_letter_qr("BAST1|x|y", keys).reason is VerifyReason.BAD_FORMAT
    assert verify_letter_qr("https://example.org", keys).reason is VerifyReason.BAD_FORMAT
    # The signed bytes start with a context: a signature over the bare text (as another
    # protocol using the post key might make) is not a letter signature.
    other_use = Ed25519PrivateKey.generate()
    bare = base64.urlsafe_b64encode(other_use.sign(body.encode())).rstrip(b"=").decode()
    assert verify_letter_qr(f"{body}|{bare}", other_use.public_key()).reason is (
        VerifyReason.BAD_SIGNATURE
    )
    assert SIGN_CONTEXT.startswith(b"entikong-intake/letter-qr/")


def _resealed(world: World, issued: IssuedLetter, tmp_path: Path, **changes: object) -> Path:
    """The letter rendered again with `changes`, but sealed with the original QR and list."""
    with world.services.db.read() as session:
        snapshot = load_snapshot(session, issued.handover_id)
    persons = letter_persons(snapshot)
    original = letter_content(snapshot.recipient_type, snapshot.recipient, persons)
    letter = handover_letter(snapshot, persons, qr_payload=issued.qr_payload)
    forged = render_handover_letter(dataclasses.replace(letter, **changes))
    path = tmp_path / "forged.pdf"
    path.write_bytes(seal_pdf(forged, issued.qr_payload, original))
    return path


def test_an_altered_list_is_detected(family: tuple[World, IssuedLetter], tmp_path: Path) -> None:
    world, issued = family
    keys = world.handovers.verify_keys()
    with world.services.db.read() as session:
        persons = letter_persons(load_snapshot(session, issued.handover_id))
    swapped = (dataclasses.replace(persons[0], full_name="Orang Lain"), *persons[1:])
    assert verify_letter_pdf(_resealed(world, issued, tmp_path, persons=swapped), keys).reason is (
        VerifyReason.LIST_ALTERED
    )
    added = (*persons, dataclasses.replace(persons[0], number=4, full_name="Penumpang Gelap"))
    assert verify_letter_pdf(_resealed(world, issued, tmp_path, persons=added), keys).reason is (
        VerifyReason.LIST_ALTERED
    )
    dropped = persons[:2]
    assert verify_letter_pdf(_resealed(world, issued, tmp_path, persons=dropped), keys).reason is (
        VerifyReason.LIST_ALTERED
    )


def test_an_altered_recipient_or_attachment_is_detected(
    family: tuple[World, IssuedLetter], tmp_path: Path
) -> None:
    world, issued = family
    keys = world.handovers.verify_keys()
    other = LetterParty(name="Tuan Penjemput Palsu", relationship="Paman")
    path = _resealed(world, issued, tmp_path, recipient=other)
    assert verify_letter_pdf(path, keys).reason is VerifyReason.LETTER_ALTERED

    with world.services.db.read() as session:
        snapshot = load_snapshot(session, issued.handover_id)
    persons = letter_persons(snapshot)
    letter = handover_letter(snapshot, persons, qr_payload=issued.qr_payload)
    swapped = (dataclasses.replace(persons[0], full_name="Orang Lain"), *persons[1:])
    tampered = letter_content(snapshot.recipient_type, snapshot.recipient, swapped)
    path.write_bytes(seal_pdf(render_handover_letter(letter), issued.qr_payload, tampered))
    assert verify_letter_pdf(path, keys).reason is VerifyReason.CONTENT_ALTERED

    path.write_bytes(render_handover_letter(letter))
    assert verify_letter_pdf(path, keys).reason is VerifyReason.NO_PAYLOAD
    path.write_bytes(b"not a pdf")
    assert verify_letter_pdf(path, keys).reason is VerifyReason.UNREADABLE_PDF


# Reprints


def test_reprint_is_marked_salinan_audited_and_still_genuine(
    family: tuple[World, IssuedLetter], tmp_path: Path
) -> None:
    world, issued = family
    pdf = world.handovers.reprint(issued.handover_id, officer_id=world.officer_id)
    pages = page_texts(pdf)
    assert all("SALINAN" in page for page in pages) and not any("BATAL" in p for p in pages)
    copy = tmp_path / "salinan.pdf"
    copy.write_bytes(pdf)
    qpdf_ok(copy)
    assert verify_letter_pdf(copy, world.handovers.verify_keys()).genuine
    with world.services.db.read() as session:
        prints = session.exec(select(AuditEntry).where(AuditEntry.action == "letter.print")).all()
    assert [(p.record_id, p.officer_id) for p in prints] == [(issued.handover_id, world.officer_id)]
    statement = world.handovers.reprint(issued.handover_id, family_statement=True)
    assert "SALINAN" in page_texts(statement)[0]


def test_a_voided_letter_reprints_as_batal(family: tuple[World, IssuedLetter]) -> None:
    world, issued = family
    world.handovers.void(
        issued.handover_id,
        "salah penerima",
        officer_id=world.officer_id,
        supervisor=True,
    )
    pages = page_texts(world.handovers.reprint(issued.handover_id))
    assert all("SALINAN" in page and "BATAL" in page for page in pages)
    stored = page_texts(issued.pdf_path)
    assert all("BATAL" in page for page in stored)


def test_a_400_person_transport_letter(data_dir: Path) -> None:
    for world in make_world(data_dir):
        ids = [
            world.person(f"Penumpang Nomor{n:03d} bin Abdullah", Sex.MALE if n % 3 else Sex.FEMALE)
            for n in range(1, 401)
        ]
        issued = world.issue(Disposition.TRANSPORT_PROVIDER, *ids)
        assert issued.pdf_path is not None
        qpdf_ok(issued.pdf_path)
        pages = page_texts(issued.pdf_path)
        assert len(pages) > 5
        assert "sebanyak 400 (empat ratus) orang" in flat(pages[:1])
        assert verify_letter_pdf(issued.pdf_path, world.handovers.verify_keys()).genuine
