"""Whether the data folder was closed cleanly: one marker file per open database.

Every program that opens the folder's database leaves a small file in `open/` and
removes it when it closes the database. A marker found at the next start means a
program stopped without closing (a crash, a power cut, `kill -9`) or is still running;
only then is the whole file checked before the login finishes. After a clean close the
check runs in the background once the window shows (DESIGN.md §7 and §9: reading and
decrypting every page of a 1.4 GB file takes seconds the officer should not wait).
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

log = logging.getLogger("intake_app.storage")

MARKER_DIR = "open"


def marker_dir(data_dir: Path) -> Path:
    return data_dir / MARKER_DIR


def markers_left(data_dir: Path) -> list[Path]:
    """Markers of programs that never closed the database (or are running now)."""
    folder = marker_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.is_file())


class OpenMarker:
    """This program's marker; `remove` on a clean close (Database.dispose)."""

    def __init__(self, data_dir: Path) -> None:
        folder = marker_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        # The process id is for a person reading the folder; the random part keeps two
        # opens in one process (tests, the CLI) apart.
        self.path = folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.path.write_bytes(b"")

    def remove(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:  # a read-only folder at exit: the next start only checks more
            log.warning("could not remove the open marker %s", self.path.name)


def forget_markers(data_dir: Path, markers: list[Path]) -> None:
    """After a whole-file check passed, the markers it answered for are settled."""
    for path in markers:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the open marker %s", path.name)
