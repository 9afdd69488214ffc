"""Audit entries for looking at sensitive records (a minor, a trafficking or violence case).

The UI calls `record_view` when it opens such a record; edits, prints and exports are
journalled by the services that make them.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from intake_app.storage.database import Database
from intake_app.storage.journal import append_audit


def record_view(
    db: Database,
    *,
    officer_id: uuid.UUID | None,
    record_kind: str,
    record_id: uuid.UUID,
    why_sensitive: str,
    now: datetime,
) -> None:
    """One `view` entry in the hash chain. `why_sensitive` is a code ("minor",
    "trafficking"...), never the person's data."""
    with db.write() as session:
        append_audit(
            session,
            officer_id=officer_id,
            action="view",
            record_kind=record_kind,
            record_id=record_id,
            detail={"sensitive": why_sensitive},
            now=now,
        )
