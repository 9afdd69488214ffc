"""Ingest rules: versions held are no-ops, other payloads are conflicts, restores are safe."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from intake_app.headoffice.content_schema import SCHEMA_FILE, schema_problem
from intake_app.headoffice.ingest import IngestError, IngestErrorCode, ingest_batch
from intake_app.headoffice.keys import HeadOfficeIdentity
from intake_app.headoffice.models import ReceivedBatch, RecordConflict
from intake_app.headoffice.queries import list_records, summary
from intake_app.sync.batch import Change, build_batch, open_batch, read_envelope
from intake_app.sync.crypto import load_signing_key

DOCS_SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "batch-content.schema.json"


def ingest(engine: Engine, identity: HeadOfficeIdentity, data: bytes, now: datetime) -> Any:
    return ingest_batch(engine, identity, data, now=now).receipt


def resealed(post: Any, identity: HeadOfficeIdentity, first: bytes, changes: list[Change]) -> bytes:
    """A new batch from the same post and device, signed with the post's real key."""
    envelope = read_envelope(first)
    return build_batch(
        changes,
        post_code=envelope.post_code,
        device_id=envelope.device_id,
        batch_id=uuid.uuid4(),
        created_at=envelope.created_at,
        signing_key=load_signing_key(post.services.sync_export.post_key_path),
        recipients=[identity.public],
    )


def sent_changes(data: bytes, post: Any, identity: HeadOfficeIdentity) -> list[dict[str, Any]]:
    sender = load_signing_key(post.services.sync_export.post_key_path).public_key()
    content = open_batch(data, recipient_private_key=identity.decrypt_key, sender_public_key=sender)
    return content.changes


def as_change(item: dict[str, Any], seq: int, **payload: Any) -> Change:
    return Change(
        seq,
        str(uuid.uuid4()),
        item["kind"],
        item["record_id"],
        item["record_version"],
        item["created_at"],
        {**item["payload"], **payload},
    )


def test_a_different_payload_for_a_held_version_is_a_conflict_not_an_overwrite(
    trusted: Any, identity: HeadOfficeIdentity, ho_engine: Engine, fixed_now: datetime
) -> None:
    first = trusted.export()
    ingest(ho_engine, identity, first, fixed_now)
    items = sent_changes(first, trusted, identity)
    person = next(item for item in items if item["kind"] == "person")
    convoy = next(item for item in items if item["kind"] == "convoy")
    original_name = person["payload"]["full_name"]
    second = resealed(
        trusted,
        identity,
        first,
        [as_change(convoy, 500), as_change(person, 501, full_name="NAMA LAIN SAMA SEKALI")],
    )
    receipt = ingest(ho_engine, identity, second, fixed_now)
    assert receipt["counts"] == {"applied": 0, "already_held": 1, "conflicts": 1}
    assert receipt["conflicts"] == [
        {"kind": "person", "id": person["record_id"], "version": person["record_version"]}
    ]
    page = list_records(ho_engine, trusted.code, "persons", limit=1000)
    (held,) = [item for item in page["items"] if item["id"] == person["record_id"]]
    assert held["full_name"] == original_name
    with ho_engine.connect() as conn:
        (conflict,) = conn.execute(select(RecordConflict)).all()  # type: ignore[call-overload]
    assert conflict.payload["full_name"] == "NAMA LAIN SAMA SEKALI"
    assert summary(ho_engine)["conflicts"] == 1
    # Delivered again, the conflict is not counted twice.
    assert ingest(ho_engine, identity, second, fixed_now) == receipt
    assert summary(ho_engine)["conflicts"] == 1


def test_an_older_version_arriving_late_never_replaces_a_newer_one(
    trusted: Any, identity: HeadOfficeIdentity, ho_engine: Engine, fixed_now: datetime
) -> None:
    first = trusted.export()
    person = next(i for i in sent_changes(first, trusted, identity) if i["kind"] == "person")
    newer = {**person, "record_version": 2}
    newer_batch = resealed(
        trusted, identity, first, [as_change(newer, 900, full_name="VERSI DUA", version=2)]
    )
    assert ingest(ho_engine, identity, newer_batch, fixed_now)["counts"]["applied"] == 1
    receipt = ingest(ho_engine, identity, first, fixed_now)
    everything = read_envelope(first).change_count  # all the demo post journaled
    assert receipt["counts"] == {"applied": everything, "already_held": 0, "conflicts": 0}
    page = list_records(ho_engine, trusted.code, "persons", limit=1000)
    (current,) = [item for item in page["items"] if item["id"] == person["record_id"]]
    assert current["version"] == 2 and current["full_name"] == "VERSI DUA"


def test_a_post_restored_from_a_backup_sends_old_numbers_and_loses_nothing(
    trusted: Any,
    identity: HeadOfficeIdentity,
    ho_engine: Engine,
    fixed_now: datetime,
    tmp_path: Path,
) -> None:
    from intake_app.domain.enums import Depot
    from intake_app.services.convoys import ConvoyDraft
    from tests.services.accounts_world import open_test_folder

    backup = tmp_path / "backup.sqlite3"
    trusted.backup(backup)  # taken before the first export: every change still pending
    first = trusted.export()
    held = read_envelope(first).change_count
    assert ingest(ho_engine, identity, first, fixed_now)["counts"]["applied"] == held
    # The post's disk fails; the officer restores last night's backup and works on.
    services = trusted.services
    database = Path(services.db.path)
    services.db.dispose()
    for leftover in database.parent.glob(database.name + "-*"):
        leftover.unlink()
    shutil.copyfile(backup, database)
    restored = open_test_folder(services.data_dir, now=lambda: fixed_now, key=services.db.key)
    try:
        restored.convoys.create(
            ConvoyDraft(arrival_at=fixed_now, depot=Depot.BEKENU), officer_id=None
        )
        trusted.services = restored
        second = trusted.export()
    finally:
        restored.db.dispose()
    envelope = read_envelope(second)
    # numbers seen before; new: the convoy and the audit entry of its creation
    assert (envelope.seq_from, envelope.seq_to) == (1, held + 2)
    receipt = ingest(ho_engine, identity, second, fixed_now)
    assert receipt["counts"] == {"applied": 2, "already_held": held, "conflicts": 0}
    assert summary(ho_engine)["total"]["convoys"] == 3
    with ho_engine.connect() as conn:
        flags = conn.execute(
            select(ReceivedBatch.batch_id, ReceivedBatch.seq_overlap)  # type: ignore[call-overload]
        ).all()
    assert {str(envelope.batch_id): True, str(read_envelope(first).batch_id): False} == dict(flags)


def test_a_batch_whose_manifest_lies_is_refused_as_schema_invalid(
    trusted: Any, identity: HeadOfficeIdentity, ho_engine: Engine, fixed_now: datetime
) -> None:
    from intake_app.sync.batch import seal_content
    from intake_app.sync.batch_format import canonical_json

    first = trusted.export()
    envelope = read_envelope(first)
    item = sent_changes(first, trusted, identity)[0]
    changes_bytes = canonical_json([item])
    import hashlib

    manifest = {
        "format_version": 1,
        "post_code": envelope.post_code,
        "device_id": envelope.device_id,
        "batch_id": str(uuid.uuid4()),
        "created_at": "2026-02-05T02:00:00.000000Z",
        "seq_from": item["seq"],
        "seq_to": item["seq"],
        "change_count": 1,
        "counts": {"handover": 1},  # the change is a post record
        "changes_sha256": hashlib.sha256(changes_bytes).hexdigest(),
    }
    data = seal_content(
        canonical_json({"changes": [item], "manifest": manifest}),
        manifest=manifest,
        signing_key=load_signing_key(trusted.services.sync_export.post_key_path),
        recipients=[identity.public],
    )
    with pytest.raises(IngestError) as refused:
        ingest(ho_engine, identity, data, fixed_now)
    assert refused.value.code is IngestErrorCode.SCHEMA_INVALID
    assert refused.value.http_status == 422
    assert summary(ho_engine)["total"]["convoys"] == 0


def test_the_same_batch_id_with_other_content_is_refused(
    trusted: Any, identity: HeadOfficeIdentity, ho_engine: Engine, fixed_now: datetime
) -> None:
    first = trusted.export()
    ingest(ho_engine, identity, first, fixed_now)
    envelope = read_envelope(first)
    item = sent_changes(first, trusted, identity)[0]
    again = build_batch(
        [as_change(item, 1)],
        post_code=envelope.post_code,
        device_id=envelope.device_id,
        batch_id=envelope.batch_id,
        created_at=envelope.created_at,
        signing_key=load_signing_key(trusted.services.sync_export.post_key_path),
        recipients=[identity.public],
    )
    with pytest.raises(IngestError) as refused:
        ingest(ho_engine, identity, again, fixed_now)
    assert refused.value.code is IngestErrorCode.BATCH_ID_REUSED


def test_the_packaged_schema_is_the_published_one() -> None:
    from importlib import resources

    packaged = resources.files("intake_app.headoffice").joinpath(SCHEMA_FILE).read_text("utf-8")
    assert packaged == DOCS_SCHEMA.read_text(encoding="utf-8"), (
        "copy docs/batch-content.schema.json to intake_app/headoffice/ after changing it"
    )


def test_the_schema_names_what_is_wrong() -> None:
    problem = schema_problem({"changes": [], "manifest": {}})
    assert problem is not None and "changes" in problem


def _broken(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Copies of a valid document, each wrong in one way the schema describes."""
    import copy

    def variant(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
        mutated = copy.deepcopy(document)
        change(mutated)
        return mutated

    yield variant(lambda d: d["manifest"].pop("counts"))
    yield variant(lambda d: d["manifest"].update(format_version=2))
    yield variant(lambda d: d["manifest"].update(post_code="no spaces allowed"))
    yield variant(lambda d: d.update(changes=[]))
    yield variant(lambda d: d.update(extra=1))
    yield variant(lambda d: d["changes"][0].update(seq=0))
    yield variant(lambda d: d["changes"][0].update(kind="Person"))
    yield variant(lambda d: d["changes"][0].update(record_id="not-a-uuid"))
    yield variant(lambda d: d["changes"][0].update(created_at="2026-02-05T02:00:00Z"))
    yield variant(lambda d: d["changes"][0].update(record_version="1"))
    yield variant(lambda d: d["changes"][0].update(surprise=True))
    yield variant(lambda d: d["changes"][0]["payload"].pop("id"))
    yield variant(lambda d: d["changes"][0].update(payload=[]))


def test_the_compiled_validator_agrees_with_the_reference_one(
    trusted: Any, identity: HeadOfficeIdentity
) -> None:
    import json

    from jsonschema import Draft202012Validator

    reference = Draft202012Validator(json.loads(DOCS_SCHEMA.read_text(encoding="utf-8")))
    data = trusted.export()
    sender = load_signing_key(trusted.services.sync_export.post_key_path).public_key()
    document = open_batch(
        data, recipient_private_key=identity.decrypt_key, sender_public_key=sender
    ).document
    assert reference.is_valid(document) and schema_problem(document) is None
    broken = list(_broken(document))
    assert len(broken) == 13
    for number, variant in enumerate(broken):
        assert not reference.is_valid(variant), number
        assert schema_problem(variant) is not None, number
