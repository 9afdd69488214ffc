"""Sealing a rendered letter PDF with its QR payload and list, and checking a PDF against both."""

from __future__ import annotations

import io
import re
from pathlib import Path

from intake_app.services.letter_seal import (
    LetterContent,
    VerifyKeys,
    VerifyReason,
    VerifyResult,
    verify_letter_qr,
)

# A custom Info key: the payload holds no personal data (post, number, date, count, hashes),
# which is all build_pdf allows in a PDF's properties.
PAYLOAD_KEY = "/EntikongLetterQR"
CONTENT_FILE = "bast-content.json"
COPY_MARK = "SALINAN"
VOID_MARK = "BATAL"


def _list_header() -> str:
    # documents.blocks imports ReportLab: only when a letter is verified.
    from intake_app.documents.blocks import PERSON_COLUMNS

    return "".join("".join(label.split()) for label in PERSON_COLUMNS)


def seal_pdf(pdf: bytes, payload: str, content: LetterContent) -> bytes:
    """The rendered letter with the QR text in its properties and the list as an attachment.

    The QR on the page cannot be read back without an image decoder, so the same text is
    stored where `verify_letter_pdf` can find it; the attachment is the signed list in
    canonical form, which the verifier compares with the list printed on the pages.
    """
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({PAYLOAD_KEY: payload})
    writer.add_attachment(CONTENT_FILE, content.to_json())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def verify_letter_pdf(path: Path, keys: VerifyKeys) -> VerifyResult:
    """Whether the PDF is a letter the post signed, with the recipient and list as signed."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        payload = (reader.metadata or {}).get(PAYLOAD_KEY)
        attachments = reader.attachments
        texts = [page.extract_text() or "" for page in reader.pages]
    except (OSError, PyPdfError, ValueError, KeyError):
        return VerifyResult(False, VerifyReason.UNREADABLE_PDF)
    if not isinstance(payload, str):
        return VerifyResult(False, VerifyReason.NO_PAYLOAD)
    result = verify_letter_qr(payload, keys)
    if not result.genuine or result.facts is None:
        return result
    facts = result.facts
    stored = attachments.get(CONTENT_FILE) or []
    if not stored:
        return VerifyResult(False, VerifyReason.CONTENT_MISSING, facts)
    content = LetterContent.from_json(stored[0])
    if content is None or content.digest != facts.content_hash or len(content.rows) != facts.count:
        return VerifyResult(False, VerifyReason.CONTENT_ALTERED, facts)
    pages = [_squeeze(text) for text in texts]
    header = _list_header()
    first_list_page = next((i for i, t in enumerate(pages) if header in t), len(pages))
    body = "".join(pages[:first_list_page])
    expected_in_body = (f"Nomor:{_squeeze(facts.number)}", _squeeze(content.recipient_name))
    if not all(part in body for part in expected_in_body):
        return VerifyResult(False, VerifyReason.LETTER_ALTERED, facts)
    printed = _printed_rows(pages[first_list_page:], facts.number)
    if printed != "".join(_squeeze("".join(row)) for row in content.rows):
        return VerifyResult(False, VerifyReason.LIST_ALTERED, facts)
    return result


def _printed_rows(list_pages: list[str], number: str) -> str | None:
    """The rows of the attached list as printed, headers and footers cut away."""
    footer = re.compile(
        rf"(?:{COPY_MARK})?(?:{VOID_MARK})?{re.escape(_squeeze(number))}\W*Halaman\d+dari\d+$"
    )
    rows: list[str] = []
    header = _list_header()
    for page in list_pages:
        start = page.find(header)
        if start < 0:
            return None  # a page without the repeated header was put in
        body = page[start + len(header) :]
        match = footer.search(body)
        if match is None:
            return None
        rows.append(body[: match.start()])
    return "".join(rows)


def _squeeze(text: str) -> str:
    # Text extraction breaks lines where the layout wrapped them; only the characters count.
    return "".join(text.split())
