"""Ingest in chunks (PostgreSQL moves one chunk while the next is built): the same rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from intake_app.headoffice import store_copy
from intake_app.headoffice.ingest import IngestError, IngestErrorCode, ingest_batch
from intake_app.headoffice.keys import HeadOfficeIdentity
from intake_app.headoffice.models import CurrentRecord, HeldRecord, ReceivedBatch
from intake_app.headoffice.queries import list_records
from intake_app.sync.batch import open_batch
from intake_app.sync.crypto import load_signing_key
from tests.headoffice.test_ingest import as_change, resealed, sent_changes


@pytest.fixture(autouse=True)
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two records per chunk: a batch of five spans three copy-and-move rounds.
    monkeypatch.setattr(store_copy, "MOVE_CHUNK", 2)


def test_a_version_sent_twice_in_one_batch_keeps_the_first_copy(
    trusted: Any, identity: HeadOfficeIdentity, ho_engine: Engine, fixed_now: datetime
) -> None:
    first = trusted.export()
    items = sent_changes(first, trusted, identity)
    person = next(item for item in items if item["kind"] == "person")
    convoy = next(item for item in items if item["kind"] == "convoy")
    newer = {**person, "record_version": 2}
    batch = resealed(
        trusted,
        identity,
        first,
        [
            as_change(person, 1),
            as_change(person, 2, full_name="NAMA LAIN"),  # again, another payload, same chunk
            as_change(convoy, 3),
            as_change(person, 4),  # again, in the next chunk
            as_change(newer, 5, full_name="VERSI DUA", version=2),
        ],
    )
    receipt = ingest_batch(ho_engine, identity, batch, now=fixed_now).receipt
    # As one statement in seq order did: the first copy is stored, later ones are not.
    assert receipt["counts"]["applied"] == 3
    with ho_engine.connect() as conn:
        held = conn.execute(
            select(HeldRecord.payload).where(  # type: ignore[call-overload]
                HeldRecord.record_id == person["record_id"], HeldRecord.version == 1
            )
        ).scalar_one()
    assert held["full_name"] == person["payload"]["full_name"]
    page = list_records(ho_engine, trusted.code, "persons", limit=10)
    (current,) = [item for item in page["items"] if item["id"] == person["record_id"]]
    assert current["version"] == 2 and current["full_name"] == "VERSI DUA"


def test_a_change_only_the_schema_refuses_leaves_nothing_stored(
    trusted: Any, identity: HeadOfficeIdentity, ho_engine: Engine, fixed_now: datetime
) -> None:
    first = trusted.export()
    items = sent_changes(first, trusted, identity)[:5]
    changes = [as_change(item, seq) for seq, item in enumerate(items, start=1)]
    # Arabic-Indic digits: the reader's \d takes them, the schema's [0-9] does not. The check
    # runs while the last chunk is stored, after four records were moved.
    last = changes[-1]
    changes[-1] = type(last)(**{**_fields(last), "created_at": "٢٠٢٦-02-05T02:00:00.000000Z"})
    batch = resealed(trusted, identity, first, changes)
    sender = load_signing_key(trusted.services.sync_export.post_key_path).public_key()
    open_batch(batch, recipient_private_key=identity.decrypt_key, sender_public_key=sender)
    with pytest.raises(IngestError) as refused:
        ingest_batch(ho_engine, identity, batch, now=fixed_now)
    assert refused.value.code is IngestErrorCode.SCHEMA_INVALID
    assert "created_at" in str(refused.value) or "match" in str(refused.value)
    with ho_engine.connect() as conn:
        for table in (ReceivedBatch, HeldRecord, CurrentRecord):
            assert conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
    # The post fixes the change and sends it again: nothing of the refused try is in the way.
    changes[-1] = last
    receipt = ingest_batch(
        ho_engine, identity, resealed(trusted, identity, first, changes), now=fixed_now
    ).receipt
    assert receipt["counts"] == {"applied": 5, "already_held": 0, "conflicts": 0}


def _fields(change: Any) -> dict[str, Any]:
    names = ("seq", "id", "kind", "record_id", "record_version", "created_at", "payload")
    return {name: getattr(change, name) for name in names}
