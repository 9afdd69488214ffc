"""The signed text in a handover letter's QR code: format, content hash, verification."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from intake_app.documents.model import LetterParty, LetterPerson
from intake_app.storage.database import Database
from intake_app.storage.journal import canonical_json

TAG = "BAST1"
# Signed bytes start with this context, so a letter signature can never be passed off as the
# signature of a sync batch or receipt made with the same post key, nor the other way round.
SIGN_CONTEXT = b"entikong-intake/letter-qr/v1\n"
CONTENT_VERSION = 1
HASH_BYTES = 16  # 128 bits: far beyond forging a second list, and 22 characters in the QR
_POST_CODE = re.compile(r"[^|\s]{1,32}")
_NUMBER = re.compile(r"[^|\r\n]{1,200}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNT = re.compile(r"[1-9]\d{0,4}")
_HASH = re.compile(r"[A-Za-z0-9_-]{22}")
_SIGNATURE = re.compile(r"[A-Za-z0-9_-]{86}")

VerifyKeys = Ed25519PublicKey | Mapping[str, Ed25519PublicKey]


class VerifyReason(StrEnum):
    """Why a letter is not shown to be genuine (English text for each in letters_cli)."""

    BAD_FORMAT = "bad_format"
    UNKNOWN_POST = "unknown_post"
    BAD_SIGNATURE = "bad_signature"
    UNREADABLE_PDF = "unreadable_pdf"
    NO_PAYLOAD = "no_payload"
    CONTENT_MISSING = "content_missing"
    CONTENT_ALTERED = "content_altered"
    LETTER_ALTERED = "letter_altered"
    LIST_ALTERED = "list_altered"
    VOIDED = "voided"


@dataclass(frozen=True)
class LetterContent:
    """What the content hash covers: the recipient and every printed cell of the list."""

    recipient_type: str
    recipient_name: str
    recipient_institution: str
    rows: tuple[tuple[str, ...], ...]  # (No, name, L/P, age/birth, document, origin, remark)

    def to_json(self) -> bytes:
        return canonical_json(
            {
                "v": CONTENT_VERSION,
                "recipient_type": self.recipient_type,
                "recipient": self.recipient_name,
                "institution": self.recipient_institution,
                "persons": [list(row) for row in self.rows],
            }
        )

    @classmethod
    def from_json(cls, data: bytes) -> LetterContent | None:
        """None unless `data` is exactly the canonical JSON `to_json` makes."""
        try:
            doc = json.loads(data.decode("utf-8"))
            rows = tuple(tuple(str(cell) for cell in row) for row in doc["persons"])
            content = cls(
                str(doc["recipient_type"]), str(doc["recipient"]), str(doc["institution"]), rows
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        if doc.get("v") != CONTENT_VERSION or content.to_json() != data:
            return None
        return content

    @property
    def digest(self) -> str:
        return _b64url(hashlib.sha256(self.to_json()).digest()[:HASH_BYTES])


@dataclass(frozen=True)
class SealFacts:
    """The signed fields of a QR payload, in payload order."""

    post_code: str
    number: str
    issued_on: date
    count: int
    content_hash: str

    def body(self) -> str:
        return "|".join(
            (
                TAG,
                self.post_code,
                self.number,
                self.issued_on.isoformat(),
                str(self.count),
                self.content_hash,
            )
        )


@dataclass(frozen=True)
class VerifyResult:
    """`genuine` or a `reason`; the facts are filled whenever the payload could be read."""

    genuine: bool
    reason: VerifyReason | None = None
    facts: SealFacts | None = None


def normalise_cell(value: str) -> str:
    """One printed cell as hashed: NFC, whitespace runs as one space, "-" for nothing."""
    text = " ".join(unicodedata.normalize("NFC", value).split())
    return text or "-"


def letter_content(
    recipient_type: str, recipient: LetterParty, persons: Sequence[LetterPerson]
) -> LetterContent:
    rows = tuple(
        (
            str(p.number),
            p.full_name,
            p.sex,
            p.age_or_birth,
            p.document,
            p.origin,
            p.remark,
        )
        for p in persons
    )
    return LetterContent(recipient_type, recipient.name, recipient.institution, rows)


def make_payload(facts: SealFacts, key: Ed25519PrivateKey) -> str:
    if not _POST_CODE.fullmatch(facts.post_code) or not _NUMBER.fullmatch(facts.number):
        # Configuration, not data: the setup screen must refuse such a code or pattern.
        raise ValueError("post code or letter number cannot be carried in a QR payload")
    body = facts.body()
    signature = key.sign(SIGN_CONTEXT + body.encode("utf-8"))
    return f"{body}|{_b64url(signature)}"


def parse_payload(text: str) -> tuple[SealFacts, bytes] | None:
    """The facts and the raw signature, or None when `text` is not a BAST1 payload."""
    parts = text.strip().split("|")
    # The number sits in the middle so that the fixed-form fields are found from both ends.
    if len(parts) != 7 or parts[0] != TAG:
        return None
    _, post, number, issued, count, content_hash, signature = parts
    checks = (
        (_POST_CODE, post),
        (_NUMBER, number),
        (_DATE, issued),
        (_COUNT, count),
        (_HASH, content_hash),
        (_SIGNATURE, signature),
    )
    if not all(pattern.fullmatch(value) for pattern, value in checks):
        return None
    try:
        issued_on = date.fromisoformat(issued)
        raw_signature = _b64url_decode(signature)
    except ValueError:
        return None
    return SealFacts(post, number, issued_on, int(count), content_hash), raw_signature


def verify_letter_qr(text: str, keys: VerifyKeys) -> VerifyResult:
    """Check a QR payload offline. `keys` is one post's public key, or post code → key."""
    parsed = parse_payload(text)
    if parsed is None:
        return VerifyResult(False, VerifyReason.BAD_FORMAT)
    facts, signature = parsed
    if isinstance(keys, Ed25519PublicKey):
        key: Ed25519PublicKey | None = keys
    else:
        key = keys.get(facts.post_code)
    if key is None:
        return VerifyResult(False, VerifyReason.UNKNOWN_POST, facts)
    try:
        key.verify(signature, SIGN_CONTEXT + facts.body().encode("utf-8"))
    except InvalidSignature:
        return VerifyResult(False, VerifyReason.BAD_SIGNATURE, facts)
    return VerifyResult(True, None, facts)


def post_signing_key(
    db: Database, data_dir: Path, now: Callable[[], datetime], passphrase: bytes | None = None
) -> Ed25519PrivateKey:
    """The post's Ed25519 key, the same one that signs sync batches (made on first use)."""
    # Imported here: key handling is only needed when a letter is rendered.
    from intake_app.services.sync_export import SyncExporter
    from intake_app.sync.crypto import load_signing_key

    # SyncExporter owns the key file (mode 0600, never replaced) and its public twin.
    keys = SyncExporter(db, data_dir, now, key_passphrase=passphrase).ensure_post_keys()
    return load_signing_key(keys.path, passphrase)


def local_verify_keys(data_dir: Path, post_code: str) -> dict[str, Ed25519PublicKey]:
    """This post's own public key under its code; empty when no key was made yet."""
    from intake_app.sync.crypto import POST_PUBLIC_KEY_FILE, load_verify_key

    path = data_dir / POST_PUBLIC_KEY_FILE
    return {post_code: load_verify_key(path)} if path.exists() else {}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as error:
        raise ValueError("not base64url") from error
    # The last character carries spare bits; only the canonical spelling is accepted, so
    # one signature has one text.
    if _b64url(data) != text:
        raise ValueError("not canonical base64url")
    return data
