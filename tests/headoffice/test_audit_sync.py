"""The post's audit trail travels in the sync batches; head office keeps it and checks the chain."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import col, func, select

from intake_app.cli import main
from intake_app.domain.enums import Depot
from intake_app.headoffice.audit_chain import check_audit_chains
from intake_app.headoffice.keys import HeadOfficeIdentity
from intake_app.headoffice.models import HeldRecord
from intake_app.services.convoys import ConvoyDraft
from intake_app.storage.models import AuditEntry
from tests.headoffice.test_ingest import as_change, ingest, resealed, sent_changes


def _post_audit(post: Any) -> list[AuditEntry]:
    with post.services.db.read() as session:
        return list(session.exec(select(AuditEntry).order_by(col(AuditEntry.seq))).all())


def _verify(capsys: Any, ho_url: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["headoffice", "audit-verify", "--db", ho_url])
    return code, capsys.readouterr().out


def test_audit_entries_are_exported_ingested_and_their_chain_checks(
    trusted: Any,
    identity: HeadOfficeIdentity,
    ho_engine: Engine,
    ho_url: str,
    fixed_now: datetime,
    capsys: Any,
) -> None:
    first = trusted.export()
    audit = [c for c in sent_changes(first, trusted, identity) if c["kind"] == "audit"]
    entries = _post_audit(trusted)
    assert len(audit) == len(entries) > 10
    assert [c["payload"]["hash"] for c in audit] == [e.hash for e in entries]
    assert [c["payload"]["prev_hash"] for c in audit] == [e.prev_hash for e in entries]
    assert all(c["record_id"] == str(e.id) for c, e in zip(audit, entries, strict=True))
    assert ingest(ho_engine, identity, first, fixed_now)["counts"]["conflicts"] == 0

    # a few more actions at the post: their audit entries follow in the next batch
    trusted.services.convoys.create(
        ConvoyDraft(arrival_at=fixed_now, depot=Depot.BEKENU), officer_id=None
    )
    second = trusted.export()
    new = [c for c in sent_changes(second, trusted, identity) if c["kind"] == "audit"]
    assert [c["payload"]["action"] for c in new] == ["convoy.create"]
    assert new[0]["payload"]["prev_hash"] == entries[-1].hash
    assert ingest(ho_engine, identity, second, fixed_now)["counts"]["applied"] == 2

    with ho_engine.connect() as conn:
        held = conn.execute(
            select(func.count()).select_from(HeldRecord).where(col(HeldRecord.kind) == "audit")
        ).scalar_one()
    assert held == len(entries) + 1
    [check] = check_audit_chains(ho_engine)
    assert check.intact and check.starts_at_genesis and check.forks == 0
    assert (check.post_code, check.entries) == (trusted.code, len(entries) + 1)
    assert check_audit_chains(ho_engine, "NO-SUCH-POST") == []
    code, out = _verify(capsys, ho_url)
    assert code == 0 and f"{len(entries) + 1} audit entries, every link intact" in out


def test_an_altered_or_missing_audit_entry_shows_at_head_office(
    trusted: Any,
    identity: HeadOfficeIdentity,
    ho_engine: Engine,
    ho_url: str,
    fixed_now: datetime,
    capsys: Any,
) -> None:
    first = trusted.export()
    changes = sent_changes(first, trusted, identity)
    audit = [c for c in changes if c["kind"] == "audit"]
    forged, dropped = audit[3], audit[6]
    kept = [
        as_change(c, c["seq"], action="forged") if c is forged else as_change(c, c["seq"])
        for c in changes
        if c is not dropped
    ]
    assert ingest(ho_engine, identity, resealed(trusted, identity, first, kept), fixed_now)
    [check] = check_audit_chains(ho_engine)
    assert not check.intact
    assert check.altered_seq == forged["seq"]
    assert check.gap_seq == audit[7]["seq"]  # the entry after the one left out
    assert check.entries == len(audit) - 1
    code, out = _verify(capsys, ho_url)
    assert code == 1 and f"BROKEN: ALTERED at seq {forged['seq']}" in out
    assert f"MISSING an entry before seq {audit[7]['seq']}" in out
