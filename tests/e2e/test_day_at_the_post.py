"""A day at the post, end to end, through the real window with keyboard and mouse only.

Log in, open a convoy, import its Malay list of names, register the arrivals (a mother
with two children, a 15-year-old alone, a worker), see the children flagged, be refused
the boy's handover to family without a witness, make the allowed handovers, print and
save their letters, export a batch to USB, send it to a head-office receiver on loopback,
and find at head office what the post counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from intake_app.app import services_for
from intake_app.services.setup import setup_post
from intake_app.storage.models import AuditEntry
from intake_app.ui.main_window import MainWindow
from intake_app.ui.start import ask_session, guard_window
from tests.conftest import FIXED_NOW
from tests.e2e import day_handover, day_headoffice, day_intake
from tests.e2e.day_driver import Modals
from tests.services.accounts_world import CHEAP_KDF, POST, SUPERVISOR

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("cheap_kdf")]

COMPARED = ("convoys", "expected", "registered", "minors", "unaccompanied_minors", "handovers")


def _now():  # type: ignore[no-untyped-def]
    return FIXED_NOW


def _audited(services, action: str) -> int:  # type: ignore[no-untyped-def]
    with services.db.read() as session:
        return len(session.exec(select(AuditEntry).where(AuditEntry.action == action)).all())


@pytest.fixture
def window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    """The program's start: the post was set up earlier; today sari logs in by keyboard."""
    setup_post(data_dir, POST, SUPERVISOR, now=FIXED_NOW, kdf=CHEAP_KDF).session.db.dispose()
    modals = Modals()
    day_intake.log_in(modals, qtbot, SUPERVISOR.username, SUPERVISOR.password)
    session = ask_session(data_dir, _now)
    modals.check()
    assert session is not None and session.officer.username == SUPERVISOR.username
    services = services_for(session, now=_now)
    win = MainWindow(services)
    qtbot.addWidget(win)
    idle_lock = guard_window(win, services)
    win.show()
    qtbot.waitExposed(win)
    yield win
    idle_lock.uninstall()
    win.sync_worker.stop()
    services.db.dispose()


def test_a_day_at_the_post(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    modals = Modals()
    services = window._services
    assert "Sari Wulandari" in window.findChild(type(window.sync_label), "officerBadge").text()

    day_intake.create_convoy(modals, qtbot, window)
    manifest = day_intake.write_manifest(tmp_path)
    day_intake.import_manifest(modals, qtbot, window, manifest, monkeypatch)
    day_intake.register_arrivals(modals, qtbot, window)
    day_intake.see_minors_flagged(qtbot, window)

    paper = day_handover.install_paper(monkeypatch, tmp_path / "surat")
    day_handover.refused_handover(modals, qtbot, window)
    day_handover.family_handover(modals, qtbot, window)
    day_handover.child_protection_handover(modals, qtbot, window)
    day_handover.check_letters(paper)
    assert _audited(services, "letter.print.original") == 2

    with day_headoffice.head_office(qtbot, tmp_path / "pusat", FIXED_NOW) as office:
        day_headoffice.import_office_key(qtbot, window, office, monkeypatch)
        # The post's public key goes to head office (by e-mail or USB), which trusts it.
        office.trust(services.sync_export.post_public_key_path, POST.code, FIXED_NOW)
        day_headoffice.export_to_usb(qtbot, window, tmp_path / "usb", monkeypatch)
        day_headoffice.send_to_head_office(qtbot, window, office)
        received = office.summary()
        names_at_office = office.person_names(POST.code)

    post = services.summary()
    assert (post.registered, post.minors, post.unaccompanied_minors, post.handovers) == (5, 3, 1, 2)
    at_office = received["posts"][POST.code]
    assert {k: at_office[k] for k in COMPARED} == {k: getattr(post, k) for k in COMPARED}
    assert received["conflicts"] == 0
    assert names_at_office == {person.name for person in day_intake.ARRIVED}
