"""Registers people in a loop, printing each id once its transaction committed.

Run by test_encryption_kill9.py and killed with SIGKILL at random moments.
Arguments: DATA_DIR KEY_HEX CONVOY_ID.
"""

from __future__ import annotations

import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from intake_app.domain.enums import Sex
from intake_app.paths import database_path
from intake_app.services.people import PeopleService, PersonDraft
from intake_app.storage.database import Database


def main() -> None:
    data_dir, key_hex, convoy_id = sys.argv[1:4]
    db = Database(database_path(Path(data_dir)), key=bytes.fromhex(key_hex))
    people = PeopleService(db, now=lambda: datetime.now(UTC))
    n = 0
    while True:
        n += 1
        draft = PersonDraft(
            convoy_id=uuid.UUID(convoy_id), full_name=f"Orang Uji {n}", sex=Sex.MALE,
            estimated_age=30,
        )  # fmt: skip
        saved = people.register(draft, officer_id=None)
        print(saved.id, flush=True)  # noqa: T201 - the parent reads what was reported saved


if __name__ == "__main__":
    main()
