"""A handover's PDFs from its snapshot, signed and sealed, and where they are kept on disk."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake_app.domain.enums import Disposition
from intake_app.services.handover_snapshot import HandoverSnapshot
from intake_app.services.letter_content import (
    family_pickup_statement,
    handover_letter,
    letter_persons,
    self_return_statements,
)
from intake_app.services.letter_pdf import seal_pdf
from intake_app.services.letter_seal import SealFacts, letter_content, make_payload

LETTERS_DIR = "letters"
FAMILY_SUFFIX = "-penjemputan"


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    qr_payload: str | None  # None for self-return statements, which carry no QR
    family_pdf: bytes | None = None  # the family pickup statement beside a family BAST


def render_documents(
    snapshot: HandoverSnapshot,
    key: Ed25519PrivateKey | None,
    *,
    copy_mark: str | None = None,
    void_mark: str | None = None,
    with_family_statement: bool = True,
) -> Rendered:
    """The BAST (sealed) or the self-return statements; `key` is needed for a BAST only."""
    # ReportLab and pypdf load on the first letter, not when the window starts.
    from intake_app.documents.bast import render_handover_letter
    from intake_app.documents.forms import (
        render_family_pickup_statement,
        render_self_return_statement,
    )

    if snapshot.number is None:
        forms = self_return_statements(snapshot, copy_mark=copy_mark, void_mark=void_mark)
        return Rendered(merge_pdfs([render_self_return_statement(f) for f in forms]), None)
    if key is None:
        raise ValueError("a handover letter is signed: the post key is needed")
    persons = letter_persons(snapshot)
    content = letter_content(snapshot.recipient_type, snapshot.recipient, persons)
    facts = SealFacts(
        post_code=snapshot.post_code,
        number=snapshot.number,
        issued_on=snapshot.day,
        count=len(persons),
        content_hash=content.digest,
    )
    # Ed25519 signatures are deterministic: a reprint carries the very same QR text.
    payload = make_payload(facts, key)
    letter = handover_letter(
        snapshot, persons, qr_payload=payload, copy_mark=copy_mark, void_mark=void_mark
    )
    pdf = seal_pdf(render_handover_letter(letter), payload, content)
    family: bytes | None = None
    if with_family_statement and snapshot.recipient_type is Disposition.FAMILY:
        family = render_family_pickup_statement(
            family_pickup_statement(snapshot, persons, copy_mark=copy_mark, void_mark=void_mark)
        )
    return Rendered(pdf, payload, family)


def merge_pdfs(pdfs: list[bytes]) -> bytes:
    if len(pdfs) == 1:
        return pdfs[0]
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(io.BytesIO(pdf)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def safe_file_name(reference: str) -> str:
    """A letter number as a file name on every system: "B/001/.../II/2026" → "B_001_..."."""
    return re.sub(r"[^A-Za-z0-9.-]+", "_", reference).strip("._") or "surat"


def letter_path(data_dir: Path, snapshot: HandoverSnapshot) -> Path:
    return letter_file(data_dir, snapshot.reference, snapshot.day)


def letter_file(data_dir: Path, reference: str, day: date) -> Path:
    """data_dir/letters/<year>/<safe number>.pdf, the original as issued."""
    return data_dir / LETTERS_DIR / str(day.year) / f"{safe_file_name(reference)}.pdf"


def family_statement_path(letter: Path) -> Path:
    return letter.with_name(f"{letter.stem}{FAMILY_SUFFIX}.pdf")
