"""The "Kirim ke Pusat" page and the status bar, sending to a loopback stub in the background."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from intake_app.services.sync_batches import SyncBatchState, list_batches
from intake_app.sync.crypto import format_fingerprint
from intake_app.ui.main_window import MainWindow, Page
from intake_app.ui.notice import Notice
from intake_app.ui.sync_page import SyncFileDialog, SyncPage
from intake_app.ui.sync_worker import SyncWorker

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from sync_world import SyncWorld, free_port_url, make_world  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def world(demo_services, tmp_path: Path) -> SyncWorld:  # type: ignore[no-untyped-def]
    return make_world(demo_services, tmp_path)


@pytest.fixture
def errors(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(Notice, "error", classmethod(lambda cls, parent, text: shown.append(text)))
    return shown


@pytest.fixture
def page(qtbot, demo_services, world: SyncWorld):  # type: ignore[no-untyped-def]
    worker = SyncWorker(demo_services, pusher=world.pusher)
    built = SyncPage(demo_services, worker)
    qtbot.addWidget(built)
    built.resize(1000, 640)
    built.show()
    built.refresh()
    yield built
    worker.stop()


def _answer(monkeypatch, name: str, value) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(SyncFileDialog, name, classmethod(lambda cls, parent: value))


def test_export_to_usb_lists_the_batch_as_waiting(
    qtbot, page: SyncPage, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "usb"
    usb.mkdir()
    _answer(monkeypatch, "export_folder", usb)
    with qtbot.waitSignal(page.changed, timeout=30_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert len(list(usb.glob("*.intake-batch"))) == 1
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == "Menunggu"
    assert "1 berkas ditulis ke USB" in page.state_label.text()
    _answer(monkeypatch, "export_folder", None)  # cancelled: nothing happens
    assert page.export_to_usb() is False


def test_export_without_headoffice_key_says_so(
    qtbot, demo_services, tmp_path: Path, monkeypatch, errors
) -> None:  # type: ignore[no-untyped-def]
    worker = SyncWorker(demo_services)
    page = SyncPage(demo_services, worker)
    qtbot.addWidget(page)
    page.refresh()
    assert "Belum ada" in page.office_keys_label.text()
    _answer(monkeypatch, "export_folder", tmp_path)
    page.export_to_usb()
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert "Impor berkas kunci" in errors[0] and page.export_button.isEnabled()
    assert list_batches(demo_services.db) == []


def test_send_now_delivers_and_shows_receipt_counts(
    qtbot, page: SyncPage, world: SyncWorld, errors
) -> None:  # type: ignore[no-untyped-def]
    assert page.send_now() is False and "alamat" in errors[0]  # no address yet
    with world.stub.running():
        page.url_edit.setText(world.stub.url)
        qtbot.mouseClick(page.save_url_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(page.worker.round_finished, timeout=30_000) as signal:
            qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    [outcome] = signal.args[0]
    assert outcome.state == SyncBatchState.SENT
    assert page.table.item(0, 2).text() == "Terkirim"
    assert page.table.item(0, 5).text().startswith(f"Diterima {outcome.applied},")
    assert "Terkirim: 1 berkas, gagal: 0 berkas" in page.state_label.text()
    page.grab().save("/tmp/shots/sync_page_sent.png")


def test_a_failed_send_shows_the_reason_and_next_try(
    qtbot, page: SyncPage, world: SyncWorld
) -> None:  # type: ignore[no-untyped-def]
    page.url_edit.setText(free_port_url())
    assert page.save_url()
    with qtbot.waitSignal(page.worker.round_finished, timeout=30_000):
        page.send_now()
    assert page.table.item(0, 2).text() == "Gagal, dicoba lagi"
    assert page.table.item(0, 5).text() == "Tidak dapat terhubung ke kantor pusat"
    assert page.table.item(0, 5).toolTip().startswith("connection_failed:")
    assert page.table.item(0, 4).text()  # when it is tried again
    assert page.table.item(0, 3).text() == "1"
    page.grab().save("/tmp/shots/sync_page_failed.png")


def test_a_bad_address_is_refused_and_the_old_one_kept(page: SyncPage, errors) -> None:  # type: ignore[no-untyped-def]
    page.url_edit.setText("https://pusat.example.go.id/")
    assert page.save_url()
    assert page.url_edit.text() == "https://pusat.example.go.id"
    page.url_edit.setText("pusat.example.go.id")
    assert page.save_url() is False and "http" in errors[0]
    assert page.worker.pusher.headoffice_url() == "https://pusat.example.go.id"


def test_fingerprints_and_key_import(
    page: SyncPage, world: SyncWorld, tmp_path: Path, monkeypatch, errors
) -> None:  # type: ignore[no-untyped-def]
    post = world.exporter.ensure_post_keys().fingerprint
    assert page.post_key_label.text() == format_fingerprint(post)
    [key] = world.exporter.headoffice_keys()
    assert format_fingerprint(key.fingerprint) in page.office_keys_label.text()
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    _answer(monkeypatch, "key_file", bad)
    assert page.import_keys() is False and "tidak dapat dipakai" in errors[0]
    assert world.exporter.headoffice_keys() == (key,)  # nothing lost


def test_status_bar_counts_pending_failed_and_last_sent(
    qtbot, demo_services, world: SyncWorld, fixed_now
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "belum pernah terkirim" in window.sync_label.text()
    assert "0 berkas tertunda" in window.sync_label.text()
    window.nav.setCurrentRow(Page.SYNC)
    assert window.pages.currentIndex() == Page.SYNC
    assert window.pages.currentWidget() is window.sync_page
    window.sync_worker.pusher.set_headoffice_url(free_port_url())
    with qtbot.waitSignal(window.sync_worker.status_changed, timeout=30_000):
        window.sync_worker.send_now()
    qtbot.waitUntil(lambda: not window.sync_worker.busy, timeout=30_000)
    text = window.sync_label.text()
    assert "1 berkas tertunda" in text and "1 gagal" in text
    assert "0 perubahan menunggu" in text  # the round packed them into the batch
    qtbot.wait(50)  # let the status bar lay out the longer text
    window.grab().save("/tmp/shots/sync_status_failed.png")
    assert window.sync_label.width() >= window.sync_label.sizeHint().width()  # not cut off
    with world.stub.running():
        window.sync_worker.pusher.set_headoffice_url(world.stub.url)
        with qtbot.waitSignal(window.sync_worker.round_finished, timeout=30_000):
            window.sync_worker.send_now()
    text = window.sync_label.text()
    assert "0 berkas tertunda" in text and "gagal" not in text
    assert "terkirim 05-02-2026 09:00 WIB" in text
    window.sync_worker.stop()
