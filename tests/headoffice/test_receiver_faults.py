"""The faults of issue 5, each against the real receiver (uvicorn on loopback)."""

from __future__ import annotations

import hashlib
import json
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from ho_client import get_json, upload
from sqlalchemy import Engine, func, select, text

from intake_app.headoffice.keys import PUBLIC_KEYS_FILE, HeadOfficeIdentity, init_keys
from intake_app.headoffice.models import HeldRecord, ReceivedBatch
from intake_app.sync.batch import read_envelope
from intake_app.sync.crypto import load_headoffice_keys
from intake_app.sync.receipts import check_receipt_matches, verify_receipt


@pytest.fixture
def demo_changes(trusted: Any) -> int:
    """What the demo post journaled and has not sent: every change its batch must carry."""
    from intake_app.storage.models import OutboxEntry

    with trusted.services.db.read() as session:
        unsent = select(func.count()).select_from(OutboxEntry).where(OutboxEntry.batch_id.is_(None))
        return session.scalar(unsent)


def held(engine: Engine) -> tuple[int, int]:
    """(batches, record versions) head office holds."""
    with engine.connect() as conn:
        batches = conn.execute(select(func.count()).select_from(ReceivedBatch)).scalar_one()
        records = conn.execute(select(func.count()).select_from(HeldRecord)).scalar_one()
    return batches, records


def assert_ingested_once(engine: Engine, receipt: dict[str, Any], change_count: int) -> None:
    assert receipt["counts"] == {"applied": change_count, "already_held": 0, "conflicts": 0}
    assert held(engine) == (1, change_count)


def test_a_batch_is_received_and_its_receipt_is_signed(
    demo_changes: int, trusted: Any, receiver: Any, ho_engine: Engine, tmp_path: Path
) -> None:
    data = trusted.export()
    answer = upload(receiver.url, data)
    assert answer.status == 200
    receipt = answer.body
    assert_ingested_once(ho_engine, receipt, demo_changes)
    assert receipt["format"] == "entikong-intake-receipt" and receipt["post_code"] == trusted.code
    assert (receipt["seq_from"], receipt["seq_to"]) == (1, demo_changes)
    # The post checks the receipt with the Ed25519 key from the file it imported.
    keys = load_headoffice_keys(tmp_path / "ho-keys" / PUBLIC_KEYS_FILE)
    checked = verify_receipt(json.dumps(receipt), keys)
    check_receipt_matches(
        checked,
        batch_id=read_envelope(data).batch_id,
        batch_sha256=hashlib.sha256(data).hexdigest(),
    )
    assert checked.key_id == keys[0].id == "ho-test-main"


def test_server_down_then_up_loses_nothing(
    demo_changes: int, trusted: Any, start_receiver: Callable[..., Any], ho_engine: Engine
) -> None:
    data = trusted.export()
    first = start_receiver()
    port = first.port
    first.stop()
    with pytest.raises(OSError):  # connection refused: the post keeps the batch and retries
        upload(first.url, data, timeout=5)
    assert held(ho_engine) == (0, 0)
    again = start_receiver(port)
    answer = upload(again.url, data)
    assert answer.status == 200
    assert_ingested_once(ho_engine, answer.body, demo_changes)


@contextmanager
def database_held_busy(engine: Engine, backend: str) -> Iterator[None]:
    """Another writer holds the batch table, so an ingest waits (a slow head office)."""
    if backend == "sqlite":
        other = sqlite3.connect(str(engine.url.database), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # the write lock, as a second writer would hold it
        try:
            yield
        finally:
            other.rollback()
            other.close()
        return
    with engine.connect() as conn:
        conn.execute(text("LOCK TABLE ho_batch IN EXCLUSIVE MODE"))
        yield
        conn.rollback()


def test_a_timed_out_upload_is_retried_and_gets_the_same_receipt(
    demo_changes: int, trusted: Any, receiver: Any, ho_engine: Engine, backend: str
) -> None:
    data = trusted.export()
    with database_held_busy(ho_engine, backend):
        with pytest.raises(TimeoutError):
            upload(receiver.url, data, timeout=0.5)
    # The receiver finished the upload the post gave up on; the retry changes nothing.
    retry = upload(receiver.url, data)
    assert retry.status == 200
    assert_ingested_once(ho_engine, retry.body, demo_changes)
    assert upload(receiver.url, data).body == retry.body


def test_an_http_500_stores_nothing_and_the_retry_succeeds(
    demo_changes: int, trusted: Any, receiver: Any, ho_engine: Engine
) -> None:
    data = trusted.export()
    with ho_engine.begin() as conn:  # the record table is gone: every ingest fails
        conn.execute(text("ALTER TABLE ho_record RENAME TO ho_record_away"))
    failed = upload(receiver.url, data)
    assert failed.status == 500 and failed.body["error"] == "internal"
    with ho_engine.begin() as conn:
        conn.execute(text("ALTER TABLE ho_record_away RENAME TO ho_record"))
    assert held(ho_engine) == (0, 0)  # the batch claim was rolled back with the records
    answer = upload(receiver.url, data)
    assert answer.status == 200
    assert_ingested_once(ho_engine, answer.body, demo_changes)


def test_a_connection_dropped_mid_upload_stores_nothing(
    demo_changes: int, trusted: Any, receiver: Any, ho_engine: Engine
) -> None:
    data = trusted.export()
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=5) as raw:
        raw.sendall(
            b"POST /api/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/octet-stream\r\n"
            + f"Content-Length: {len(data)}\r\n\r\n".encode()
            + data[: len(data) // 2]
        )
    assert get_json(f"{receiver.url}/health")["status"] == "ok"  # the request is over
    assert held(ho_engine) == (0, 0)
    answer = upload(receiver.url, data)
    assert answer.status == 200
    assert_ingested_once(ho_engine, answer.body, demo_changes)


def test_the_same_batch_twice_returns_the_same_receipt(
    demo_changes: int, trusted: Any, receiver: Any, ho_engine: Engine
) -> None:
    data = trusted.export()
    first, second = upload(receiver.url, data), upload(receiver.url, data)
    assert first.status == second.status == 200
    assert first.body == second.body
    assert_ingested_once(ho_engine, first.body, demo_changes)


def test_the_same_batch_at_once_is_stored_once(
    demo_changes: int, trusted: Any, receiver: Any, ho_engine: Engine
) -> None:
    data = trusted.export()
    answers: list[Any] = []
    barrier = threading.Barrier(4)

    def send() -> None:
        barrier.wait()
        answers.append(upload(receiver.url, data))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert [answer.status for answer in answers] == [200] * 4
    assert all(answer.body == answers[0].body for answer in answers)
    assert_ingested_once(ho_engine, answers[0].body, demo_changes)


def refused(receiver: Any, data: bytes, status: int, code: str) -> str:
    answer = upload(receiver.url, data)
    assert (answer.status, answer.body["error"]) == (status, code), answer.body
    assert answer.body["message"]
    return str(answer.body["message"])


@pytest.mark.parametrize("where", ["header", "ciphertext", "last byte"])
def test_a_batch_altered_in_one_byte_is_refused(
    trusted: Any, receiver: Any, ho_engine: Engine, where: str
) -> None:
    data = bytearray(trusted.export())
    if where == "header":
        # A digit of the signed ciphertext hash: still canonical JSON, no longer signed.
        at = data.index(b'"ciphertext":{"length":') + 50
        data[at] = ord("0") if data[at] != ord("0") else ord("1")
        status_code = (403, "bad_signature")
    else:
        at = len(data) - 1 if where == "last byte" else len(data) - 200
        data[at] ^= 0x01
        status_code = (403, "bad_signature")
    refused(receiver, bytes(data), *status_code)
    assert held(ho_engine) == (0, 0)


def test_a_batch_from_an_unregistered_post_is_refused(
    post: Any, receiver: Any, ho_engine: Engine
) -> None:
    message = refused(receiver, post.export(), 403, "unknown_post")
    assert post.code in message
    assert held(ho_engine) == (0, 0)


def test_a_batch_signed_by_another_key_for_a_registered_post_is_refused(
    post: Any, receiver: Any, ho_engine: Engine, tmp_path: Path, fixed_now: Any
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from intake_app.headoffice.registry import trust_post
    from intake_app.sync.crypto import public_key_pem

    impostor: Ed25519PublicKey = Ed25519PrivateKey.generate().public_key()
    (tmp_path / "impostor.pem").write_bytes(public_key_pem(impostor))
    trust_post(ho_engine, tmp_path / "impostor.pem", post_code=post.code, now=fixed_now)
    refused(receiver, post.export(), 403, "unknown_post")
    assert held(ho_engine) == (0, 0)


def test_a_batch_for_another_headoffice_key_is_refused(
    demo_services: Any,
    identity: HeadOfficeIdentity,
    ho_engine: Engine,
    receiver: Any,
    tmp_path: Path,
    fixed_now: Any,
) -> None:
    from intake_app.headoffice.registry import trust_post
    from intake_app.services.posts import the_post

    other = init_keys(tmp_path / "other-office", key_id="ho-elsewhere")
    demo_services.sync_export.add_headoffice_keys(other.public_keys_file)
    demo_services.sync_export.ensure_post_keys()
    with demo_services.db.read() as session:
        code = the_post(session).code
    trust_post(
        ho_engine, demo_services.sync_export.post_public_key_path, post_code=code, now=fixed_now
    )
    data = Path(demo_services.sync_export.export(tmp_path / "usb").path).read_bytes()
    refused(receiver, data, 422, "not_for_this_headoffice")
    assert held(ho_engine) == (0, 0)


def test_an_unknown_format_version_is_refused(
    trusted: Any, receiver: Any, ho_engine: Engine
) -> None:
    data = bytearray(trusted.export())
    data[8:10] = (2).to_bytes(2, "big")
    refused(receiver, bytes(data), 400, "unsupported_version")
    assert held(ho_engine) == (0, 0)


@pytest.mark.parametrize("keep", [0.5, 0.99, 0.001])
def test_a_truncated_file_is_refused(
    trusted: Any, receiver: Any, ho_engine: Engine, keep: float
) -> None:
    data = trusted.export()
    refused(receiver, data[: int(len(data) * keep)], 400, "malformed")
    assert held(ho_engine) == (0, 0)


def test_something_else_entirely_is_refused(receiver: Any) -> None:
    refused(receiver, json.dumps({"hello": "head office"}).encode(), 400, "malformed")


def test_the_posts_own_client_trusts_the_receipt_and_tells_refusals_apart(
    demo_changes: int,
    trusted: Any,
    start_receiver: Callable[..., Any],
    ho_engine: Engine,
    tmp_path: Path,
) -> None:
    from intake_app.sync.client import PermanentUploadError, TransientUploadError
    from intake_app.sync.client import upload as post_upload

    keys = load_headoffice_keys(tmp_path / "ho-keys" / PUBLIC_KEYS_FILE)
    data = trusted.export()
    batch = tmp_path / "batch.intake-batch"
    batch.write_bytes(data)
    receiver = start_receiver()
    base = f"http://127.0.0.1:{receiver.port}"
    receipt = post_upload(batch, base, timeout=30, headoffice_keys=keys)
    assert (receipt.applied, receipt.already_held, receipt.conflict_count) == (demo_changes, 0, 0)
    again = post_upload(batch, base, timeout=30, headoffice_keys=keys)
    assert again.document == receipt.document
    damaged = tmp_path / "damaged.intake-batch"
    damaged.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    with pytest.raises(PermanentUploadError) as refused:
        post_upload(damaged, base, timeout=30, headoffice_keys=keys)
    assert (refused.value.status, refused.value.code) == (403, "bad_signature")
    receiver.stop()
    with pytest.raises(TransientUploadError):
        post_upload(batch, base, timeout=5, headoffice_keys=keys)
    assert held(ho_engine) == (1, demo_changes)
