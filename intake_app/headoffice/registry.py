"""The registry of trusted posts: which Ed25519 key speaks for which post code."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine
from sqlmodel import Session

from intake_app.headoffice.models import RegisteredPost
from intake_app.sync.batch_format import POST_CODE
from intake_app.sync.crypto import b64decode, b64encode, fingerprint, raw_public_key

_PEM_BLOCK = re.compile(rb"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", re.DOTALL)
_POST_CODE_LINE = re.compile(rb"^\s*#?\s*post[ _-]?code\s*[:=]\s*(\S+)\s*$", re.I | re.M)


class RegistryError(Exception):
    """A post key file that cannot be read, or a trust that would replace another key."""


@dataclass(frozen=True)
class PostKeyFile:
    public_key: Ed25519PublicKey
    post_code: str | None  # when the file names it


@dataclass(frozen=True)
class TrustResult:
    post_code: str
    fingerprint: str
    changed: bool  # False: the same key was registered already


def read_post_key_file(data: bytes) -> PostKeyFile:
    """A post's public key as `intake-app keys show --out FILE` writes it.

    Accepted: the PEM (SubjectPublicKeyInfo) alone, optionally with a `post_code: CODE` line
    outside the PEM block; or JSON {"post_code": ..., and "public_key_pem" (PEM text) or
    "ed25519" (base64 of the 32 raw bytes), optionally "fingerprint" (checked)}.
    """
    if data.lstrip().startswith(b"{"):
        return _from_json(data)
    block = _PEM_BLOCK.search(data)
    if block is None:
        raise RegistryError("no PEM public key in the file")
    code = _POST_CODE_LINE.search(data[: block.start()] + b"\n" + data[block.end() :])
    return PostKeyFile(_load_pem(block.group(0)), code.group(1).decode() if code else None)


def _from_json(data: bytes) -> PostKeyFile:
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise RegistryError("the key file is not valid JSON") from None
    if not isinstance(document, dict):
        raise RegistryError("the key file must hold one JSON object")
    pem = document.get("public_key_pem") or document.get("public_key")
    if isinstance(pem, str):
        key = _load_pem(pem.encode("ascii", "replace"))
    elif isinstance(document.get("ed25519"), str):
        try:
            key = Ed25519PublicKey.from_public_bytes(b64decode(document["ed25519"], size=32))
        except ValueError:
            raise RegistryError("'ed25519' is not 32 bytes of base64") from None
    else:
        raise RegistryError("the key file has neither 'public_key_pem' nor 'ed25519'")
    stated = document.get("fingerprint")
    if isinstance(stated, str) and stated.replace(" ", "").lower() != fingerprint(key):
        raise RegistryError("the fingerprint in the file does not match its key")
    code = document.get("post_code")
    return PostKeyFile(key, code if isinstance(code, str) else None)


def _load_pem(pem: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError:
        raise RegistryError("the PEM block is not a public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise RegistryError("the post key must be an Ed25519 public key")
    return key


def trust_post(
    engine: Engine,
    key_file: Path,
    *,
    post_code: str | None,
    now: datetime,
    replace: bool = False,
) -> TrustResult:
    """Register (or, with `replace`, re-key) a post; the same key twice changes nothing."""
    parsed = read_post_key_file(Path(key_file).read_bytes())
    if post_code and parsed.post_code and post_code != parsed.post_code:
        raise RegistryError(f"the key file is for post {parsed.post_code}, not {post_code}")
    code = post_code or parsed.post_code
    if not code:
        raise RegistryError("the key file does not name its post: give --post-code")
    if not POST_CODE.fullmatch(code):
        raise RegistryError("a post code is 1-32 letters, digits or . _ -")
    key_print = fingerprint(parsed.public_key)
    with Session(engine) as session:
        known = session.get(RegisteredPost, code)
        if known is not None and known.fingerprint == key_print:
            return TrustResult(code, key_print, changed=False)
        if known is not None and not replace:
            raise RegistryError(
                f"post {code} is registered with another key ({known.fingerprint[:16]}...); "
                "use --replace after checking the new fingerprint with the post"
            )
        row = known or RegisteredPost(code=code, public_key="", fingerprint="", trusted_at=now)
        row.public_key = b64encode(raw_public_key(parsed.public_key))
        row.fingerprint = key_print
        row.trusted_at = now
        session.add(row)
        session.commit()
    return TrustResult(code, key_print, changed=True)


def post_key(session: Session, post_code: str) -> Ed25519PublicKey | None:
    row = session.get(RegisteredPost, post_code)
    if row is None:
        return None
    return Ed25519PublicKey.from_public_bytes(b64decode(row.public_key, size=32))
