"""The Akun menu: a supervisor adds, resets and deactivates accounts; officers change their own
password; weak or mismatched passwords change nothing and say why in Indonesian."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from intake_app.app import services_for
from intake_app.domain.enums import OfficerRole
from intake_app.services import accounts
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.setup import unlock
from intake_app.ui import accounts_dialog
from intake_app.ui.account_forms import (
    AccountForm,
    NewOfficerDialog,
    OwnPasswordDialog,
    ResetPasswordDialog,
)
from intake_app.ui.accounts_dialog import OFFICER_ROLE, AccountsDialog, AccountsMenu, Column
from intake_app.ui.main_window import MainWindow
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.gui
BUDI = "Rahasia-Entikong-7"


def _can_log_in(services, username: str, password: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        session = unlock(services.data_dir, username, password, now=FIXED_NOW)
    except ServiceError:
        return False
    session.db.dispose()
    return True


def _add_budi(services) -> None:  # type: ignore[no-untyped-def]
    accounts.create_account(
        services.session, username="budi", full_name="Budi Santoso",
        role=OfficerRole.OFFICER, password=BUDI, now=FIXED_NOW,
    )  # fmt: skip


@pytest.fixture
def budi_services(demo_services) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The demo post logged in as budi, an officer (not a supervisor)."""
    _add_budi(demo_services)
    built = services_for(
        unlock(demo_services.data_dir, "budi", BUDI, now=FIXED_NOW), now=lambda: FIXED_NOW
    )
    yield built
    built.db.dispose()


def _submit(qtbot, form: AccountForm, **fields: str) -> None:  # type: ignore[no-untyped-def]
    for name, text in fields.items():
        field = getattr(form, name)
        assert isinstance(field, QLineEdit)
        field.setText(text)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)


def _answer_forms(monkeypatch, qtbot, **fields: str) -> list[tuple[type, str]]:  # type: ignore[no-untyped-def]
    """Every form the dialog opens is filled with `fields` and submitted, not exec()'d;
    the list gets each form's class and the message it showed."""
    shown: list[tuple[type, str]] = []

    def answer(form: AccountForm) -> bool:
        _submit(qtbot, form, **fields)
        shown.append((type(form), form.message.text()))
        return form.result() == AccountForm.DialogCode.Accepted

    monkeypatch.setattr(AccountForm, "exec_form", answer)
    return shown


def _dialog(qtbot, services) -> AccountsDialog:  # type: ignore[no-untyped-def]
    dialog = AccountsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _select(dialog: AccountsDialog, username: str) -> None:
    dialog.refresh(select=username)
    chosen = dialog.selected()
    assert chosen is not None and chosen.username == username


def _rows(dialog: AccountsDialog) -> dict[str, list[str]]:
    model = dialog.model
    return {
        model.index(row, 0).data(OFFICER_ROLE).username: [
            model.index(row, column).data() for column in Column
        ]
        for row in range(model.rowCount())
    }


def test_the_model_lists_every_account_and_passes_qt_checks(
    qtmodeltester, qtbot, demo_services
) -> None:  # type: ignore[no-untyped-def]
    _add_budi(demo_services)
    dialog = _dialog(qtbot, demo_services)
    qtmodeltester.check(dialog.model)
    assert _rows(dialog)["budi"] == ["budi", "Budi Santoso", "Petugas", "Aktif"]
    assert _rows(dialog)["demo"][2:] == ["Supervisor", "Aktif"]


def test_a_supervisor_adds_an_officer_who_can_then_log_in(
    qtbot, monkeypatch, demo_services
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo_services)
    forms = _answer_forms(
        monkeypatch, qtbot, username="Budi", full_name="Budi Santoso", password=BUDI, repeat=BUDI
    )
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert forms[0] == (NewOfficerDialog, "")
    assert _rows(dialog)["budi"] == ["budi", "Budi Santoso", "Petugas", "Aktif"]
    assert dialog.selected().username == "budi"  # type: ignore[union-attr]
    assert dialog.message.text() == "Akun budi dibuat."
    assert _can_log_in(demo_services, "budi", BUDI)

    # The same username again is refused in Indonesian, and nothing is added.
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert forms[1] == (NewOfficerDialog, "Nama pengguna budi sudah dipakai.")
    assert len(accounts.list_officers(demo_services.db)) == 2


@pytest.mark.parametrize(
    ("password", "repeat", "said"),
    [
        ("pendek", "pendek", "Kata sandi paling sedikit 8 karakter."),
        ("budi", "budi", "Kata sandi paling sedikit 8 karakter."),
        ("Budi.Santoso", "Budi.Santoso", "Kata sandi tidak boleh sama dengan nama pengguna."),
        (BUDI, BUDI + "x", "Kedua kata sandi tidak sama."),
    ],
)
def test_a_weak_or_mismatched_first_password_adds_nobody(
    qtbot, demo_services, password, repeat, said
) -> None:  # type: ignore[no-untyped-def]
    form = NewOfficerDialog(demo_services)
    qtbot.addWidget(form)
    _submit(
        qtbot, form, username="budi.santoso", full_name="Budi", password=password, repeat=repeat
    )
    assert form.message.text() == said
    assert form.result() != NewOfficerDialog.DialogCode.Accepted
    assert [o.username for o in accounts.list_officers(demo_services.db)] == ["demo"]


def test_other_new_account_fields_are_checked_in_indonesian(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    form = NewOfficerDialog(demo_services)
    qtbot.addWidget(form)
    _submit(qtbot, form, username="b", full_name="Budi", password=BUDI, repeat=BUDI)
    assert form.message.text().startswith("Nama pengguna 2-32")
    _submit(qtbot, form, username="budi", full_name="  ")
    assert form.message.text() == "Nama lengkap wajib diisi."
    _submit(qtbot, form, full_name="Budi", nip="1234")
    assert form.message.text() == "NIP harus 18 angka (atau dikosongkan)."
    form.role.setCurrentIndex(1)
    _submit(qtbot, form, nip="19800101 200501 1 001")
    assert form.created is not None and form.created.role == OfficerRole.SUPERVISOR
    assert form.created.nip == "198001012005011001"


def test_resetting_a_password_changes_what_unlocks(qtbot, monkeypatch, demo_services) -> None:  # type: ignore[no-untyped-def]
    _add_budi(demo_services)
    dialog = _dialog(qtbot, demo_services)
    _select(dialog, "budi")
    forms = _answer_forms(monkeypatch, qtbot, new="pendek", repeat="pendek")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert forms == [(ResetPasswordDialog, "Kata sandi paling sedikit 8 karakter.")]
    assert _can_log_in(demo_services, "budi", BUDI)  # a refused reset changed nothing

    _answer_forms(monkeypatch, qtbot, new="Baru-Lagi-2026", repeat="Baru-Lagi-2026")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Kata sandi budi telah diatur ulang."
    assert not _can_log_in(demo_services, "budi", BUDI)
    assert _can_log_in(demo_services, "budi", "Baru-Lagi-2026")


def test_deactivation_is_confirmed_and_then_login_fails(qtbot, monkeypatch, demo_services) -> None:  # type: ignore[no-untyped-def]
    _add_budi(demo_services)
    dialog = _dialog(qtbot, demo_services)
    _select(dialog, "budi")
    answers = [False, True]
    asked: list[str] = []

    def confirm(cls, parent, officer) -> bool:  # type: ignore[no-untyped-def]
        asked.append(officer.username)
        return answers.pop(0)

    monkeypatch.setattr(accounts_dialog.ConfirmDeactivate, "ask", classmethod(confirm))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # "Batal"
    assert _can_log_in(demo_services, "budi", BUDI)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["budi", "budi"]
    assert _rows(dialog)["budi"][3] == "Nonaktif"
    assert dialog.message.text() == "Akun budi dinonaktifkan."
    assert not dialog.remove_button.isEnabled() and not dialog.reset_button.isEnabled()
    assert not _can_log_in(demo_services, "budi", BUDI)


def test_a_supervisor_cannot_deactivate_themself(qtbot, monkeypatch, demo_services) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo_services)
    _select(dialog, "demo")
    monkeypatch.setattr(
        accounts_dialog.ConfirmDeactivate, "ask", classmethod(lambda cls, parent, o: True)
    )
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Akun Anda sendiri tidak dapat dinonaktifkan."
    assert _rows(dialog)["demo"][3] == "Aktif"
    assert _can_log_in(demo_services, "demo", "demo")


def test_an_officer_sees_manage_disabled_and_the_service_refuses(qtbot, budi_services) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(budi_services)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "Aku&n"
    assert window.accounts_menu.own_password_action.isEnabled()
    assert not window.accounts_menu.manage_action.isEnabled()

    dialog = _dialog(qtbot, budi_services)  # should it be opened anyway
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert dialog.message.text() == "Hanya supervisor yang dapat mengelola akun petugas."
    form = NewOfficerDialog(budi_services)
    qtbot.addWidget(form)
    _submit(qtbot, form, username="eve", full_name="Eve", password=BUDI, repeat=BUDI)
    assert form.message.text() == "Hanya supervisor yang dapat mengelola akun petugas."
    assert "eve" not in {o.username for o in accounts.list_officers(budi_services.db)}
    with pytest.raises(ServiceError) as refused:
        accounts.remove_account(budi_services.session, "demo", FIXED_NOW)
    assert refused.value.code == ErrorCode.SUPERVISOR_REQUIRED


def test_a_supervisor_session_has_manage_enabled(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    menu = AccountsMenu(demo_services)
    qtbot.addWidget(menu)
    assert menu.manage_action.isEnabled() and menu.own_password_action.isEnabled()


def test_own_password_change_and_the_old_one_no_longer_unlocks(
    qtbot, monkeypatch, budi_services
) -> None:  # type: ignore[no-untyped-def]
    menu = AccountsMenu(budi_services)
    qtbot.addWidget(menu)
    notices: list[str] = []
    monkeypatch.setattr(
        accounts_dialog.Notice,
        "info",
        classmethod(lambda cls, p, title, text: notices.append(text)),
    )
    steps: list[Callable[[OwnPasswordDialog], None]] = [
        lambda f: _submit(qtbot, f, current="salah-sandi", new="Baru-2026!", repeat="Baru-2026!"),
        lambda f: _submit(qtbot, f, current=BUDI, new="Baru-2026!", repeat="Baru-2026?"),
        lambda f: _submit(qtbot, f, repeat="Baru-2026!"),
    ]
    seen: list[str] = []

    def answer(form: AccountForm) -> bool:
        qtbot.addWidget(form)
        assert isinstance(form, OwnPasswordDialog)
        for step in steps:
            step(form)
            seen.append(form.message.text())
        return form.result() == AccountForm.DialogCode.Accepted

    monkeypatch.setattr(AccountForm, "exec_form", answer)
    menu.own_password_action.trigger()
    assert seen[:2] == ["Kata sandi saat ini salah.", "Kedua kata sandi tidak sama."]
    assert len(notices) == 1 and "telah diganti" in notices[0]
    assert not _can_log_in(budi_services, "budi", BUDI)
    assert _can_log_in(budi_services, "budi", "Baru-2026!")


def test_a_refused_own_password_changes_nothing(qtbot, budi_services) -> None:  # type: ignore[no-untyped-def]
    form = OwnPasswordDialog(budi_services)
    qtbot.addWidget(form)
    _submit(qtbot, form, current=BUDI, new="budi", repeat="budi")
    assert form.message.text() == "Kata sandi paling sedikit 8 karakter."
    _submit(qtbot, form, current="", new="Baru-2026!", repeat="Baru-2026!")
    assert form.message.text() == "Isi kata sandi saat ini."
    assert form.result() != OwnPasswordDialog.DialogCode.Accepted
    assert _can_log_in(budi_services, "budi", BUDI)


def test_keyboard_only_enter_saves_and_escape_closes(qtbot, budi_services) -> None:  # type: ignore[no-untyped-def]
    form = OwnPasswordDialog(budi_services)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.current)
    qtbot.keyClicks(form.current, BUDI)
    qtbot.keyClick(form.current, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.new
    qtbot.keyClicks(form.new, "Lewat-Papan-1")
    qtbot.keyClick(form.new, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.repeat, "Lewat-Papan-1")
    qtbot.keyClick(form.repeat, Qt.Key.Key_Return)
    assert form.result() == OwnPasswordDialog.DialogCode.Accepted
    assert _can_log_in(budi_services, "budi", "Lewat-Papan-1")

    dialog = _dialog(qtbot, budi_services)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_manage_dialog_works_from_the_keyboard(qtbot, monkeypatch, demo_services) -> None:  # type: ignore[no-untyped-def]
    _add_budi(demo_services)
    dialog = _dialog(qtbot, demo_services)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.view)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Home)  # the first row: budi
    assert dialog.selected().username == "budi"  # type: ignore[union-attr]
    qtbot.keyClick(dialog.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.add_button
    forms = _answer_forms(monkeypatch, qtbot, new="Baru-Lagi-2026", repeat="Baru-Lagi-2026")
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Atur &ulang
    # A button's shortcut clicks it the way a mouse would: after a short press.
    qtbot.waitUntil(lambda: len(forms) == 1, timeout=2000)
    assert forms == [(ResetPasswordDialog, "")]
    assert _can_log_in(demo_services, "budi", "Baru-Lagi-2026")
