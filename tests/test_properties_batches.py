"""Property-based tests of batch files: random and mutated bytes always end in BatchError."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.sync.batch import build_batch, open_batch, read_envelope
from intake_app.sync.batch_format import MAGIC, BatchError, Change
from intake_app.sync.crypto import HeadOfficeKey, generate_encryption_key, generate_signing_key

CREATED = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)
POST_KEY: Ed25519PrivateKey = generate_signing_key()
OFFICE = generate_encryption_key()
RECIPIENT = HeadOfficeKey("ho", OFFICE.public_key(), generate_signing_key().public_key())


def _batch() -> bytes:
    ids = [uuid.uuid4() for _ in range(3)]
    changes = [
        Change.of(
            seq=n + 1,
            id=uuid.uuid4(),
            kind="person",
            record_id=record_id,
            record_version=1,
            created_at=CREATED,
            payload={"id": str(record_id), "full_name": f"Orang {n}"},
        )  # fmt: skip
        for n, record_id in enumerate(ids)
    ]
    return build_batch(
        changes, post_code="P4MI-SGU", device_id=str(uuid.uuid4()), batch_id=uuid.uuid4(),
        created_at=CREATED, signing_key=POST_KEY, recipients=[RECIPIENT],
    )  # fmt: skip


GOOD = _batch()


def _open(data: bytes) -> None:
    open_batch(data, recipient_private_key=OFFICE, sender_public_key=POST_KEY.public_key())


def test_the_unmutated_batch_opens() -> None:
    _open(GOOD)  # the baseline: mutations below are what break it


@given(st.binary(max_size=600))
def test_random_bytes_are_not_a_batch(data: bytes) -> None:
    with pytest.raises(BatchError):
        read_envelope(data)


@given(st.binary(max_size=300))
def test_random_bytes_after_the_magic_are_a_batch_error(tail: bytes) -> None:
    with pytest.raises(BatchError):
        read_envelope(MAGIC + tail)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_flipped_truncated_or_inserted_bytes_are_refused(data) -> None:  # type: ignore[no-untyped-def]
    mutated = bytearray(GOOD)
    how = data.draw(st.sampled_from(["flip", "truncate", "insert"]))
    at = data.draw(st.integers(0, len(mutated) - 1))
    if how == "flip":
        mutated[at] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        del mutated[at:]
    else:
        mutated[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    with pytest.raises(BatchError):
        _open(bytes(mutated))
