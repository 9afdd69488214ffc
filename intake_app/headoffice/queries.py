"""What head office reads: the summary (as `intake-app summary`) and records per post."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Table, func, select, true

from intake_app.headoffice.models import CurrentRecord, HeldRecord, RecordConflict, RegisteredPost

CURRENT: Table = CurrentRecord.__table__  # type: ignore[assignment]
RECORDS: Table = HeldRecord.__table__  # type: ignore[assignment]
# The newest version of each record, with its payload.
NEWEST = CURRENT.join(
    RECORDS,
    (RECORDS.c.post_code == CURRENT.c.post_code)
    & (RECORDS.c.kind == CURRENT.c.kind)
    & (RECORDS.c.record_id == CURRENT.c.record_id)
    & (RECORDS.c.version == CURRENT.c.version),
)
LISTED_KINDS = {"persons": "person", "convoys": "convoy", "handovers": "handover"}
MAX_PAGE = 1000

# The keys of `intake-app summary --json`. Head office holds no outbox, so pending_sync
# is always 0; it stays in so the two outputs compare key for key.
SUMMARY_KEYS = (
    "convoys",
    "expected",
    "registered",
    "minors",
    "unaccompanied_minors",
    "handovers",
    "pending_sync",
)


def summary(engine: Engine) -> dict[str, Any]:
    """{"total": {...}, "posts": {code: {...}}, "conflicts": n}, counted on newest versions."""
    payload = RECORDS.c.payload
    kind = CURRENT.c.kind
    statement = (
        select(
            CURRENT.c.post_code,
            func.count().filter(kind == "convoy"),
            func.count().filter(
                kind == "manifest_entry", payload["person_id"].as_string().is_(None)
            ),
            func.count().filter(kind == "person"),
            func.count().filter(kind == "person", payload["is_minor"].as_boolean() == true()),
            func.count().filter(kind == "person", payload["unaccompanied"].as_boolean() == true()),
            func.count().filter(kind == "handover", payload["status"].as_string() == "issued"),
        )
        .select_from(NEWEST)
        .group_by(CURRENT.c.post_code)
    )
    posts: dict[str, dict[str, int]] = {}
    with engine.connect() as conn:
        for code in conn.execute(select(RegisteredPost.code)).scalars():  # type: ignore[arg-type]
            posts[code] = dict.fromkeys(SUMMARY_KEYS, 0)
        for code, *counts in conn.execute(statement):
            posts[code] = {**dict(zip(SUMMARY_KEYS, counts, strict=False)), "pending_sync": 0}
        conflicts = conn.execute(select(func.count()).select_from(RecordConflict)).scalar_one()
    total = {key: sum(post[key] for post in posts.values()) for key in SUMMARY_KEYS}
    return {"total": total, "posts": dict(sorted(posts.items())), "conflicts": conflicts}


def list_records(
    engine: Engine, post_code: str, what: str, *, offset: int = 0, limit: int = 100
) -> dict[str, Any]:
    """One page of a post's persons, convoys or handovers (newest versions) and the total."""
    kind = LISTED_KINDS[what]
    limit = max(1, min(limit, MAX_PAGE))
    where = (CURRENT.c.post_code == post_code, CURRENT.c.kind == kind)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(CURRENT).where(*where)).scalar_one()
        rows = conn.execute(
            select(CURRENT.c.version, RECORDS.c.payload)
            .select_from(NEWEST)
            .where(*where)
            .order_by(CURRENT.c.record_id)
            .offset(max(offset, 0))
            .limit(limit)
        ).all()
    items = [{**payload, "version": version} for version, payload in rows]
    return {
        "post_code": post_code,
        "kind": kind,
        "total": total,
        "offset": max(offset, 0),
        "limit": limit,
        "items": items,
    }


def post_known(engine: Engine, post_code: str) -> bool:
    with engine.connect() as conn:
        found = conn.execute(
            select(RegisteredPost.code).where(RegisteredPost.code == post_code)  # type: ignore[arg-type]
        ).first()
    return found is not None
