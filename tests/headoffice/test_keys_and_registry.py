"""Head office's key pair and its registry of trusted posts."""

from __future__ import annotations

import json
import stat
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine

from intake_app.headoffice.keys import (
    DECRYPT_KEY_FILE,
    PUBLIC_KEYS_FILE,
    RECEIPT_KEY_FILE,
    init_keys,
    load_identity,
)
from intake_app.headoffice.registry import RegistryError, read_post_key_file, trust_post
from intake_app.sync.crypto import (
    KeyFileError,
    b64encode,
    fingerprint,
    load_headoffice_keys,
    public_key_pem,
    raw_public_key,
)


def test_init_creates_private_keys_for_the_owner_only_and_a_file_posts_can_import(
    tmp_path: Path,
) -> None:
    result = init_keys(tmp_path / "keys", key_id="ho-2026-a", label="KemenP2MI Jakarta, main")
    assert result.created
    for name in (DECRYPT_KEY_FILE, RECEIPT_KEY_FILE):
        mode = stat.S_IMODE((tmp_path / "keys" / name).stat().st_mode)
        assert mode == 0o600, name
    (key,) = load_headoffice_keys(result.public_keys_file)
    assert (key.id, key.label) == ("ho-2026-a", "KemenP2MI Jakarta, main")
    assert key.fingerprint == result.identity.fingerprint
    assert load_identity(tmp_path / "keys").key_id == "ho-2026-a"


def test_init_twice_keeps_the_keys_posts_already_trust(tmp_path: Path) -> None:
    first = init_keys(tmp_path / "keys")
    second = init_keys(tmp_path / "keys", key_id="ho-other")
    assert not second.created
    assert second.identity.fingerprint == first.identity.fingerprint
    assert second.identity.key_id == first.identity.key_id


def test_a_lone_private_key_is_not_silently_completed(tmp_path: Path) -> None:
    init_keys(tmp_path / "keys")
    (tmp_path / "keys" / RECEIPT_KEY_FILE).unlink()
    with pytest.raises(KeyFileError, match="partner key"):
        init_keys(tmp_path / "keys")
    assert (tmp_path / "keys" / DECRYPT_KEY_FILE).exists()


def test_a_public_key_file_of_other_keys_is_refused(tmp_path: Path) -> None:
    init_keys(tmp_path / "a")
    init_keys(tmp_path / "b")
    (tmp_path / "a" / PUBLIC_KEYS_FILE).write_bytes(
        (tmp_path / "b" / PUBLIC_KEYS_FILE).read_bytes()
    )
    with pytest.raises(KeyFileError, match="does not list"):
        load_identity(tmp_path / "a")


POST_KEY = Ed25519PrivateKey.generate().public_key()


@pytest.mark.parametrize(
    "content",
    [
        public_key_pem(POST_KEY),
        b"post_code: P4MI-SGU\n" + public_key_pem(POST_KEY),
        json.dumps(
            {"post_code": "P4MI-SGU", "public_key_pem": public_key_pem(POST_KEY).decode()}
        ).encode(),
        json.dumps(
            {
                "post_code": "P4MI-SGU",
                "ed25519": b64encode(raw_public_key(POST_KEY)),
                "fingerprint": fingerprint(POST_KEY),
            }
        ).encode(),
    ],
    ids=["pem", "pem-with-code", "json-pem", "json-raw"],
)
def test_post_key_files_in_every_accepted_form(content: bytes) -> None:
    parsed = read_post_key_file(content)
    assert fingerprint(parsed.public_key) == fingerprint(POST_KEY)
    assert parsed.post_code == (None if content.startswith(b"-----") else "P4MI-SGU")


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"hello", "no PEM"),
        (b"{", "not valid JSON"),
        (json.dumps({"post_code": "X"}).encode(), "neither"),
        (
            json.dumps(
                {"ed25519": b64encode(raw_public_key(POST_KEY)), "fingerprint": "00" * 32}
            ).encode(),
            "fingerprint",
        ),
    ],
)
def test_unreadable_post_key_files_say_why(content: bytes, reason: str) -> None:
    with pytest.raises(RegistryError, match=reason):
        read_post_key_file(content)


def test_trust_needs_a_post_code_and_never_swaps_a_key_silently(
    ho_engine: Engine, tmp_path: Path, fixed_now: datetime
) -> None:
    pem = tmp_path / "post.pub.pem"
    pem.write_bytes(public_key_pem(POST_KEY))
    with pytest.raises(RegistryError, match="--post-code"):
        trust_post(ho_engine, pem, post_code=None, now=fixed_now)
    assert trust_post(ho_engine, pem, post_code="P4MI-SGU", now=fixed_now).changed
    assert not trust_post(ho_engine, pem, post_code="P4MI-SGU", now=fixed_now).changed
    other = tmp_path / "other.pub.pem"
    other.write_bytes(public_key_pem(Ed25519PrivateKey.generate().public_key()))
    with pytest.raises(RegistryError, match="--replace"):
        trust_post(ho_engine, other, post_code="P4MI-SGU", now=fixed_now)
    assert trust_post(ho_engine, other, post_code="P4MI-SGU", now=fixed_now, replace=True).changed
