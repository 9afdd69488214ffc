"""Sync keys: PEM files protected at rest, fingerprints, head-office key files, key wrap."""

from __future__ import annotations

import hashlib
import json
import stat
import sys
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from intake_app.sync.crypto import (
    HeadOfficeKey,
    KeyErrorCode,
    KeyFileError,
    b64encode,
    dump_headoffice_keys,
    fingerprint,
    format_fingerprint,
    generate_encryption_key,
    generate_signing_key,
    load_encryption_key,
    load_headoffice_keys,
    load_signing_key,
    load_verify_key,
    parse_headoffice_keys,
    private_key_pem,
    public_key_pem,
    raw_public_key,
    unwrap_key,
    wrap_key,
    write_private_key,
)


def _headoffice_key(key_id: str) -> HeadOfficeKey:
    return HeadOfficeKey(
        key_id, generate_encryption_key().public_key(), generate_signing_key().public_key()
    )


def test_fingerprint_is_sha256_of_the_raw_public_key_in_groups_of_four() -> None:
    key = generate_signing_key()
    raw = raw_public_key(key)
    assert len(raw) == 32
    assert fingerprint(key) == fingerprint(key.public_key()) == hashlib.sha256(raw).hexdigest()
    shown = format_fingerprint(fingerprint(key))
    groups = shown.split(" ")
    assert len(groups) == 16 and all(len(group) == 4 for group in groups)
    assert shown.replace(" ", "") == fingerprint(key).upper()


def test_key_file_is_created_owner_only_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "post_ed25519.pem"
    key = generate_signing_key()
    write_private_key(path, key)
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert fingerprint(load_signing_key(path)) == fingerprint(key)
    with pytest.raises(KeyFileError) as refused:
        write_private_key(path, generate_signing_key())
    assert refused.value.code is KeyErrorCode.ALREADY_EXISTS
    assert fingerprint(load_signing_key(path)) == fingerprint(key)


def test_a_passphrase_encrypts_the_key_at_rest(tmp_path: Path) -> None:
    path = tmp_path / "post.pem"
    key = generate_signing_key()
    write_private_key(path, key, b"kata sandi pos")
    pem = path.read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem
    assert raw_public_key(key) not in pem
    assert fingerprint(load_signing_key(path, b"kata sandi pos")) == fingerprint(key)
    with pytest.raises(KeyFileError) as missing:
        load_signing_key(path)
    assert missing.value.code is KeyErrorCode.PASSPHRASE_NEEDED
    with pytest.raises(KeyFileError) as wrong:
        load_signing_key(path, b"salah")
    assert wrong.value.code is KeyErrorCode.WRONG_PASSPHRASE
    assert b"ENCRYPTED" not in private_key_pem(key)


def test_loading_checks_the_key_type_and_presence(tmp_path: Path) -> None:
    x25519_file = tmp_path / "ho.pem"
    write_private_key(x25519_file, generate_encryption_key())
    assert load_encryption_key(x25519_file) is not None
    with pytest.raises(KeyFileError) as wrong_type:
        load_signing_key(x25519_file)
    assert wrong_type.value.code is KeyErrorCode.WRONG_KEY_TYPE
    with pytest.raises(KeyFileError) as missing:
        load_signing_key(tmp_path / "absent.pem")
    assert missing.value.code is KeyErrorCode.MISSING
    public_file = tmp_path / "post.pub.pem"
    signing = generate_signing_key()
    public_file.write_bytes(public_key_pem(signing))
    assert fingerprint(load_verify_key(public_file)) == fingerprint(signing)


def test_headoffice_key_file_round_trip(tmp_path: Path) -> None:
    keys = (_headoffice_key("ho-2026-a"), _headoffice_key("ho-backup"))
    path = tmp_path / "headoffice.json"
    path.write_bytes(dump_headoffice_keys(keys))
    loaded = load_headoffice_keys(path)
    assert [key.id for key in loaded] == ["ho-2026-a", "ho-backup"]
    assert [key.fingerprint for key in loaded] == [key.fingerprint for key in keys]
    assert [key.receipt_fingerprint for key in loaded] == [key.receipt_fingerprint for key in keys]


def _key_file(**changes: object) -> bytes:
    entry = {
        "id": "ho-a",
        "x25519": b64encode(raw_public_key(generate_encryption_key())),
        "ed25519": b64encode(raw_public_key(generate_signing_key())),
    }
    document: dict[str, object] = {
        "format": "entikong-intake-headoffice-keys",
        "format_version": 1,
        "keys": [entry],
    }
    for name, value in changes.items():
        if name.startswith("key_"):
            entry[name[4:]] = value
        else:
            document[name] = value
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        _key_file(format="something-else"),
        _key_file(format_version=2),
        _key_file(keys=[]),
        _key_file(key_id="spasi tidak boleh"),
        _key_file(key_x25519="AAAA"),
        _key_file(key_ed25519="***"),
        _key_file(key_label=7),
    ],
    ids=["not-json", "format", "version", "no-keys", "bad-id", "short", "not-b64", "label"],
)
def test_bad_headoffice_key_files_are_refused(data: bytes) -> None:
    with pytest.raises(KeyFileError) as refused:
        parse_headoffice_keys(data)
    assert refused.value.code is KeyErrorCode.BAD_HEADOFFICE_FILE


def test_duplicate_key_ids_are_refused() -> None:
    keys = (_headoffice_key("ho-a"), _headoffice_key("ho-a"))
    with pytest.raises(KeyFileError) as refused:
        parse_headoffice_keys(dump_headoffice_keys(keys))
    assert refused.value.code is KeyErrorCode.BAD_HEADOFFICE_FILE


def test_a_wrapped_key_opens_only_for_its_recipient_and_context() -> None:
    recipient, other = generate_encryption_key(), generate_encryption_key()
    content_key = b"k" * 32
    wrapped = wrap_key(content_key, recipient.public_key(), aad=b"batch-1/ho-a")
    assert len(wrapped.ephemeral_public) == 32 and len(wrapped.wrapped) == 48
    assert unwrap_key(wrapped, recipient, aad=b"batch-1/ho-a") == content_key
    with pytest.raises(InvalidTag):
        unwrap_key(wrapped, other, aad=b"batch-1/ho-a")
    with pytest.raises(InvalidTag):
        unwrap_key(wrapped, recipient, aad=b"batch-2/ho-a")
    again = wrap_key(content_key, recipient.public_key(), aad=b"batch-1/ho-a")
    assert again.ephemeral_public != wrapped.ephemeral_public  # fresh ephemeral key each time
