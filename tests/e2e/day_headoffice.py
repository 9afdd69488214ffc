"""Evening: export a batch to USB, push it to head office on loopback, check what arrived."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import Engine

from intake_app.headoffice.database import create_schema, open_engine
from intake_app.headoffice.keys import PUBLIC_KEYS_FILE, HeadOfficeIdentity, init_keys
from intake_app.headoffice.queries import list_records, summary
from intake_app.headoffice.registry import trust_post
from intake_app.ui.sync_batch_table import COLUMNS
from intake_app.ui.sync_page import SyncFileDialog
from tests.e2e.day_driver import WAIT_MS, click, go_to, key, type_into

STATE_COLUMN = COLUMNS.index("Status")


@dataclass
class HeadOffice:
    """The receiver (`intake_app.headoffice`) on a SQLite database, served by uvicorn."""

    engine: Engine
    identity: HeadOfficeIdentity
    key_dir: Path
    url: str = ""

    @property
    def public_keys(self) -> Path:
        return self.key_dir / PUBLIC_KEYS_FILE

    def trust(self, post_public_key: Path, post_code: str, now: datetime) -> None:
        """What `intake-app-headoffice trust` does with the key file the post sent."""
        trust_post(self.engine, post_public_key, post_code=post_code, now=now)

    def summary(self) -> dict[str, Any]:
        return summary(self.engine)

    def person_names(self, post_code: str) -> set[str]:
        page = list_records(self.engine, post_code, "persons")
        return {item["full_name"] for item in page["items"]}


@contextmanager
def head_office(qtbot: Any, folder: Path, now: datetime) -> Iterator[HeadOffice]:
    """`headoffice init` (keys), an empty database, and the API on a free loopback port."""
    import uvicorn

    from intake_app.headoffice.api import create_app

    folder.mkdir()
    engine = open_engine(f"sqlite:///{folder / 'headoffice.sqlite3'}")
    create_schema(engine)
    key_dir = folder / "keys"
    office = HeadOffice(engine, init_keys(key_dir, key_id="pusat-e2e").identity, key_dir)
    app = create_app(engine, office.identity, now=lambda: now)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        qtbot.waitUntil(lambda: server.started or not thread.is_alive(), timeout=WAIT_MS)
        assert server.started, "the head-office receiver did not start"
        port = server.servers[0].sockets[0].getsockname()[1]
        office.url = f"http://127.0.0.1:{port}"  # the post adds /api/v1/batches
        yield office
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        engine.dispose()
        assert not thread.is_alive(), "the head-office receiver did not stop"


def import_office_key(qtbot: Any, window: Any, office: HeadOffice, monkeypatch: Any) -> None:
    """Impor kunci pusat: the file head office gave the post (through the file hook)."""
    monkeypatch.setattr(
        SyncFileDialog, "key_file", classmethod(lambda cls, parent: office.public_keys)
    )
    go_to(qtbot, window, 4)
    page = window.sync_page
    assert "Belum ada" in page.office_keys_label.text()
    click(qtbot, page.import_button)
    assert "Kunci pusat diimpor" in page.state_label.text()
    assert "pusat-e2e" in page.office_keys_label.text()


def export_to_usb(qtbot: Any, window: Any, usb: Path, monkeypatch: Any) -> None:
    """Ekspor ke USB: one batch file on the stick, waiting to be sent as well."""
    usb.mkdir()
    monkeypatch.setattr(SyncFileDialog, "export_folder", classmethod(lambda cls, parent: usb))
    page = window.sync_page
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: "ditulis ke USB" in page.state_label.text(), timeout=WAIT_MS)
    assert "1 berkas ditulis ke USB" in page.state_label.text()
    assert len(list(usb.iterdir())) == 1
    assert batch_states(page) == ["Menunggu"]
    qtbot.waitUntil(lambda: "0 perubahan menunggu" in window.sync_label.text(), timeout=WAIT_MS)
    assert "1 berkas tertunda" in window.sync_label.text()


def send_to_head_office(qtbot: Any, window: Any, office: HeadOffice) -> None:
    """Type the address, Enter saves it; "Kirim sekarang"; the batch turns Terkirim."""
    page = window.sync_page
    type_into(qtbot, page.url_edit, office.url)
    key(qtbot, page.url_edit, Qt.Key.Key_Return)
    assert "Alamat kantor pusat disimpan" in page.state_label.text()
    click(qtbot, page.send_button)
    qtbot.waitUntil(
        lambda: batch_states(page) not in (["Menunggu"], ["Sedang dikirim"]), timeout=30_000
    )
    assert batch_states(page) == ["Terkirim"], (batch_states(page), page.state_label.text())
    assert "Terkirim: 1 berkas, gagal: 0 berkas" in page.state_label.text()
    qtbot.waitUntil(lambda: "belum pernah" not in window.sync_label.text(), timeout=WAIT_MS)
    status = window.sync_label.text()
    assert "terkirim 05-02-2026" in status and "0 berkas tertunda" in status, status
    reason = page.table.item(0, COLUMNS.index("Keterangan")).text()
    assert reason.startswith("Diterima ") and "konflik 0" in reason, reason


def batch_states(page: Any) -> list[str]:
    table = page.table
    return [table.item(row, STATE_COLUMN).text() for row in range(table.rowCount())]
