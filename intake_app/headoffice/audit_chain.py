"""Check the posts' audit trails that arrived as `audit` changes (docs/sync-format.md §5).

Each post database (device) keeps one hash chain: every entry holds the hash of the one
before it. Head office recomputes each entry's hash from its payload and follows the links,
so an entry altered at the post before it was sent, or one left out, shows here too.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Table, select

from intake_app.headoffice.models import HeldRecord
from intake_app.storage.journal import GENESIS_HASH, chain_hash

RECORDS: Table = HeldRecord.__table__  # type: ignore[assignment]
# The fields the post hashes (storage/journal.py `_hash_fields`), in the payload as hashed.
HASHED_FIELDS = ("id", "at", "officer_id", "action", "record_kind", "record_id", "detail")


@dataclass(frozen=True)
class ChainCheck:
    """One device's audit trail as held at head office."""

    post_code: str
    device_id: str
    entries: int
    altered_seq: int | None  # first entry (by sync seq) whose hash does not match its fields
    gap_seq: int | None  # first entry whose predecessor head office does not hold
    forks: int  # entries sharing a predecessor: the post restored a backup and went on
    starts_at_genesis: bool  # the trail's first entry is held

    @property
    def intact(self) -> bool:
        return self.altered_seq is None and self.gap_seq is None


def entry_intact(payload: dict[str, Any]) -> bool:
    """The payload's hash is the one its fields and its predecessor's hash give."""
    try:
        fields = {name: payload[name] for name in HASHED_FIELDS}
        return chain_hash(str(payload["prev_hash"]), fields) == payload["hash"]
    except (KeyError, TypeError, UnicodeEncodeError):
        return False


def check_audit_chains(engine: Engine, post_code: str | None = None) -> list[ChainCheck]:
    """One ChainCheck per (post, device) that sent audit entries, sorted by post and device."""
    statement = select(
        RECORDS.c.post_code, RECORDS.c.device_id, RECORDS.c.seq, RECORDS.c.payload
    ).where(RECORDS.c.kind == "audit")
    if post_code is not None:
        statement = statement.where(RECORDS.c.post_code == post_code)
    trails: dict[tuple[str, str], list[tuple[int, dict[str, Any]]]] = {}
    with engine.connect() as conn:
        for post, device, seq, payload in conn.execute(statement.order_by(RECORDS.c.seq)):
            trails.setdefault((post, device), []).append((seq, payload))
    return [_check(post, device, entries) for (post, device), entries in sorted(trails.items())]


def _check(post: str, device: str, entries: list[tuple[int, dict[str, Any]]]) -> ChainCheck:
    held = {payload.get("hash") for _seq, payload in entries}
    predecessors = Counter(payload.get("prev_hash") for _seq, payload in entries)
    altered = next((seq for seq, payload in entries if not entry_intact(payload)), None)
    gap = next(
        (
            seq
            for seq, payload in entries
            if payload.get("prev_hash") != GENESIS_HASH and payload.get("prev_hash") not in held
        ),
        None,
    )
    return ChainCheck(
        post_code=post,
        device_id=device,
        entries=len(entries),
        altered_seq=altered,
        gap_seq=gap,
        forks=sum(count - 1 for count in predecessors.values() if count > 1),
        starts_at_genesis=predecessors[GENESIS_HASH] > 0,
    )


def describe(check: ChainCheck) -> str:
    """One line for `intake-app headoffice audit-verify`."""
    where = f"{check.post_code} device {check.device_id}: {check.entries} audit entries"
    notes = []
    if check.altered_seq is not None:
        notes.append(f"ALTERED at seq {check.altered_seq}")
    if check.gap_seq is not None:
        notes.append(f"MISSING an entry before seq {check.gap_seq} (or its batch is not in yet)")
    if not check.starts_at_genesis:
        notes.append("the first entry was not received")
    if check.forks:
        notes.append(f"{check.forks} fork(s): the post restored a backup")
    if check.intact:
        return f"{where}, every link intact" + (f" ({'; '.join(notes)})" if notes else "")
    return f"{where}, BROKEN: {'; '.join(notes)}"
