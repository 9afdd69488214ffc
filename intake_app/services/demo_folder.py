"""`intake-app demo` and `intake-app --demo`: an encrypted demo folder with its login.

The demo is set up like a real post (key file, SQLCipher database), with the supervisor
`demo` whose password is `demo`, filled with two convoys and the demo letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intake_app.paths import database_path
from intake_app.services.accounts import OfficerSession
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.setup import DEMO_PASSWORD, is_set_up, setup_demo, unlock
from intake_app.storage.keyring import KdfParams, Keyring, officer_label

CREDENTIALS = f"supervisor account: demo / password: {DEMO_PASSWORD}"


@dataclass
class DemoFolder:
    session: OfficerSession
    message: str  # what to tell the person who started it (stdout)


def holds_data(data_dir: Path) -> bool:
    return is_set_up(data_dir) or database_path(data_dir).exists()


def create_demo_folder(
    data_dir: Path, *, now: datetime, kdf: KdfParams | None = None
) -> DemoFolder:
    """A fresh folder becomes the demo post; a folder with data is refused untouched."""
    from intake_app.services.demo_letters import issue_demo_letters
    from intake_app.services.summary import summarize

    if holds_data(data_dir):
        raise ServiceError(
            ErrorCode.DATA_DIR_NOT_EMPTY,
            f"the demo needs a fresh data folder; {data_dir} already has data",
        )
    session = setup_demo(data_dir, now=now, kdf=kdf).session
    try:
        letters = issue_demo_letters(session.db, data_dir, now=now)
        counts = summarize(session.db)
    except BaseException:
        session.db.dispose()
        raise
    message = (
        f"demo data written to {data_dir}: {counts.convoys} convoys, "
        f"{counts.registered} people registered, {counts.expected} still expected, "
        f"{len(letters)} handovers; {CREDENTIALS}"
    )
    return DemoFolder(session, message)


def open_demo_folder(data_dir: Path, *, now: datetime) -> DemoFolder:
    """The GUI's --demo: make the demo folder, or log into the one made before."""
    if not holds_data(data_dir):
        return create_demo_folder(data_dir, now=now)
    if not is_set_up(data_dir) or not Keyring.load(data_dir).has(officer_label("demo")):
        raise ServiceError(
            ErrorCode.DATA_DIR_NOT_EMPTY,
            f"{data_dir} holds a post's data, not the demo; give --data-dir a fresh folder",
        )
    session = unlock(data_dir, "demo", DEMO_PASSWORD, now=now)
    return DemoFolder(session, f"demo data already in {data_dir}; opening it ({CREDENTIALS})")
