"""Screenshots for the officer's guide (docs/panduan-petugas.md), taken from the real app.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python docs/guide/screenshots.py

Builds the demo post in a throwaway folder (supervisor demo / demo), opens the real
windows and dialogs on it and saves one PNG per step into docs/guide/img/ (or --out).
Run it after a change to the UI so the guide shows what officers see; the test
tests/test_guide_screenshots.py checks that every picture the guide names is made here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from the repository
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from intake_app.app import services_for  # noqa: E402
from intake_app.services.bundle import AppServices  # noqa: E402
from intake_app.services.demo_folder import create_demo_folder  # noqa: E402
from intake_app.storage.types import utcnow  # noqa: E402

IMG = Path(__file__).resolve().parent / "img"
SIZE = (1280, 760)

# file name -> what it shows; the guide names each file once
SHOTS = {
    "01-masuk.png": "login dialog",
    "02-pengaturan-awal.png": "setup wizard, first page",
    "03-kedatangan.png": "Kedatangan page",
    "04-kedatangan-baru.png": "new convoy dialog",
    "05-pendaftaran.png": "registration form",
    "06-deportan.png": "Deportan page with a search",
    "07-serah-terima.png": "Serah Terima page",
    "08-serah-terima-baru.png": "new handover dialog",
    "09-pratinjau-surat.png": "letter preview",
    "10-kirim-ke-pusat.png": "Kirim ke Pusat page",
    "11-laporan.png": "Laporan page",
}


def _settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def _save(app: QApplication, widget: QWidget, out: Path, name: str) -> Path:
    assert name in SHOTS, name
    _settle(app, widget)
    path = out / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _dialogs(app: QApplication, services: AppServices, data_dir: Path, out: Path) -> list[Path]:
    from intake_app.ui.convoy_dialog import ConvoyDialog
    from intake_app.ui.handover_dialog import HandoverDialog
    from intake_app.ui.pdf_preview import PdfPreviewDialog
    from intake_app.ui.registration_dialog import RegistrationDialog
    from intake_app.ui.start import start_dialog

    convoy = services.convoys.overview(limit=1)[0].id
    made: list[tuple[str, Callable[[], QWidget]]] = [
        ("01-masuk.png", lambda: start_dialog(data_dir, utcnow)),
        ("02-pengaturan-awal.png", lambda: start_dialog(data_dir / "baru", utcnow)),
        ("04-kedatangan-baru.png", lambda: ConvoyDialog(None, services.now())),
        (
            "05-pendaftaran.png",
            lambda: RegistrationDialog(services, convoy, officer_id=services.officer_id),
        ),
        (
            "08-serah-terima-baru.png",
            lambda: HandoverDialog(services, convoy, officer_id=services.officer_id),
        ),
    ]
    letter = next(iter(sorted((data_dir / "letters").rglob("B_*.pdf"))), None)
    if letter is not None:
        made.append(
            (
                "09-pratinjau-surat.png",
                lambda: PdfPreviewDialog(
                    letter.read_bytes(), title=letter.stem, suggested_name=letter.name
                ),
            )
        )
    paths = []
    for name, build in made:
        dialog = build()
        if name == "09-pratinjau-surat.png":
            dialog.resize(*SIZE)
        paths.append(_save(app, dialog, out, name))
        dialog.close()
        dialog.deleteLater()
    return paths


def _pages(app: QApplication, services: AppServices, out: Path) -> list[Path]:
    from PySide6.QtTest import QTest

    from intake_app.ui.main_window import MainWindow, Page
    from intake_app.ui.start import guard_window

    window = MainWindow(services)
    window.resize(*SIZE)
    idle_lock = guard_window(window, services)  # the officer's name in the status bar
    paths = []
    try:
        for page, name in (
            (Page.CONVOYS, "03-kedatangan.png"),
            (Page.PEOPLE, "06-deportan.png"),
            (Page.HANDOVER, "07-serah-terima.png"),
            (Page.SYNC, "10-kirim-ke-pusat.png"),
            (Page.REPORTS, "11-laporan.png"),
        ):
            loaded: list[bool] = []
            if page == Page.REPORTS:  # its figures load in the background
                window.pages.widget(page).refreshed.connect(lambda done=loaded: done.append(True))
            window.nav.setCurrentRow(page)
            _settle(app, window)
            if page == Page.PEOPLE:  # the search box, as an officer uses it
                search = window.people_page.search_box
                search.setFocus()
                QTest.keyClicks(search, "siti")
                QTest.qWait(400)  # the list searches 200 ms after the last key
            if page == Page.REPORTS:
                for _ in range(100):
                    if loaded:
                        break
                    QTest.qWait(100)
                QTest.qWait(300)  # the charts animate in
            paths.append(_save(app, window, out, name))
    finally:
        idle_lock.uninstall()
        window.sync_worker.stop()
        window.close()
    return paths


def make_screenshots(out: Path, work: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    data_dir = work / "demo"
    folder = create_demo_folder(data_dir, now=utcnow())
    services = services_for(folder.session)
    try:
        return _pages(app, services, out) + _dialogs(app, services, data_dir, out)
    finally:
        services.db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=IMG, help="folder for the PNGs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="intake-guide-") as work:
        for path in make_screenshots(args.out, Path(work)):
            print(path)  # noqa: T201 (a script's output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
