"""The small forms of the Akun menu: own password, a new officer, a password reset."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.accounts import (
    MIN_PASSWORD_LENGTH,
    AccountRuleError,
    check_password,
    normalize_nip,
    normalize_username,
)
from intake_app.domain.enums import OfficerRole
from intake_app.services import accounts
from intake_app.services.accounts import OfficerPublic
from intake_app.services.bundle import AppServices
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.ui.form_messages import message


def password_problem(password: str, repeat: str, *, username: str) -> str:
    """The Indonesian reason a new password is refused (the domain's own rule), or ""."""
    if password != repeat:
        return QCoreApplication.translate("AccountForm", "Kedua kata sandi tidak sama.")
    try:
        check_password(password, username=username)
    except AccountRuleError:
        if len(password) < MIN_PASSWORD_LENGTH:
            return QCoreApplication.translate(
                "AccountForm", "Kata sandi paling sedikit %1 karakter."
            ).replace("%1", str(MIN_PASSWORD_LENGTH))
        return QCoreApplication.translate(
            "AccountForm", "Kata sandi tidak boleh sama dengan nama pengguna."
        )
    return ""


def refusal_text(refusal: ServiceError) -> str:
    """A service's refusal of an account change, in Indonesian."""
    if refusal.code == ErrorCode.SUPERVISOR_REQUIRED:
        return QCoreApplication.translate(
            "AccountForm", "Hanya supervisor yang dapat mengelola akun petugas."
        )
    if refusal.code == ErrorCode.NOT_FOUND:
        return QCoreApplication.translate(
            "AccountForm", "Akun itu tidak ada atau sudah dinonaktifkan."
        )
    if refusal.code == ErrorCode.USERNAME_TAKEN:
        return QCoreApplication.translate("AccountForm", "Nama pengguna %1 sudah dipakai.").replace(
            "%1", str(refusal.context.get("username", ""))
        )
    if refusal.code == ErrorCode.OWN_ACCOUNT:
        return QCoreApplication.translate(
            "AccountForm", "Akun Anda sendiri tidak dapat dinonaktifkan."
        )
    return message(refusal.code)


class AccountForm(QDialog):
    """A labelled form with a red message line and Simpan/Batal; `_submit` does the work."""

    def __init__(self, services: AppServices, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            QCoreApplication.translate("AccountForm", "&Simpan"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setDefault(True)
        self.cancel_button = buttons.addButton(
            QCoreApplication.translate("AccountForm", "Batal"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def exec_form(self) -> bool:
        """Show the form modally; True once the change is saved (tests patch this)."""
        return self.exec() == QDialog.DialogCode.Accepted

    def _row(self, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)

    @staticmethod
    def _password_field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _refuse(self, text: str, focus: QWidget) -> None:
        self.message.setText(text)
        focus.setFocus()

    def _submit(self) -> None:
        raise NotImplementedError


class OwnPasswordDialog(AccountForm):
    """Any officer changes their own password: the current one, then the new one twice."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Ganti kata sandi saya"), parent)
        assert services.session is not None, "only a logged-in officer changes a password"
        self._session = services.session
        self.current = self._password_field()
        self.new = self._password_field()
        self.repeat = self._password_field()
        officer = self._session.officer
        self._row(self.tr("Akun:"), QLabel(f"{officer.full_name} ({officer.username})"))
        self._row(self.tr("Kata sandi saa&t ini:"), self.current)
        self._row(self.tr("Kata sandi &baru:"), self.new)
        self._row(self.tr("&Ulangi kata sandi baru:"), self.repeat)
        self.current.setFocus()

    def _submit(self) -> None:
        if not self.current.text():
            self._refuse(self.tr("Isi kata sandi saat ini."), self.current)
            return
        username = self._session.officer.username
        problem = password_problem(self.new.text(), self.repeat.text(), username=username)
        if problem:
            self._refuse(problem, self.new)
            return
        try:
            accounts.change_own_password(
                self._session, self.current.text(), self.new.text(), self._services.now()
            )
        except ServiceError as refusal:
            if refusal.code == ErrorCode.LOGIN_FAILED:
                self.current.clear()
                self._refuse(self.tr("Kata sandi saat ini salah."), self.current)
            else:
                self._refuse(refusal_text(refusal), self.new)
            return
        self.accept()


class ResetPasswordDialog(AccountForm):
    """A supervisor gives an officer who forgot their password a new one."""

    def __init__(
        self, services: AppServices, officer: OfficerPublic, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, self.tr("Atur ulang kata sandi"), parent)
        self.officer = officer
        self.new = self._password_field()
        self.repeat = self._password_field()
        self._row(self.tr("Petugas:"), QLabel(f"{officer.full_name} ({officer.username})"))
        self._row(self.tr("Kata sandi &baru:"), self.new)
        self._row(self.tr("&Ulangi kata sandi baru:"), self.repeat)
        hint = QLabel(self.tr("Sampaikan kata sandi baru ini langsung kepada petugas itu."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.new.setFocus()

    def _submit(self) -> None:
        username = self.officer.username
        problem = password_problem(self.new.text(), self.repeat.text(), username=username)
        if problem:
            self._refuse(problem, self.new)
            return
        session = self._services.session
        assert session is not None, "the manage dialog needs a login"
        try:
            accounts.reset_password(session, username, self.new.text(), self._services.now())
        except ServiceError as refusal:
            self._refuse(refusal_text(refusal), self.new)
            return
        self.accept()


class NewOfficerDialog(AccountForm):
    """A supervisor adds an account: username, name, NIP, role, first password twice."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Tambah akun petugas"), parent)
        self.created: OfficerPublic | None = None
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 angka (boleh dikosongkan)"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Petugas"), OfficerRole.OFFICER)
        self.role.addItem(self.tr("Supervisor"), OfficerRole.SUPERVISOR)
        self.password = self._password_field()
        self.repeat = self._password_field()
        self._row(self.tr("&Nama pengguna:"), self.username)
        self._row(self.tr("Nama lengk&ap:"), self.full_name)
        self._row(self.tr("NI&P:"), self.nip)
        self._row(self.tr("Pe&ran:"), self.role)
        self._row(self.tr("&Kata sandi:"), self.password)
        self._row(self.tr("&Ulangi kata sandi:"), self.repeat)
        self.username.setFocus()

    def _submit(self) -> None:
        problem, field = self._problem()
        if problem:
            self._refuse(problem, field)
            return
        session = self._services.session
        assert session is not None, "the manage dialog needs a login"
        try:
            self.created = accounts.create_account(
                session,
                username=self.username.text(),
                full_name=self.full_name.text().strip(),
                role=OfficerRole(self.role.currentData()),
                password=self.password.text(),
                now=self._services.now(),
                nip=self.nip.text() or None,
            )
        except ServiceError as refusal:
            self._refuse(refusal_text(refusal), self.username)
            return
        self.accept()

    def _problem(self) -> tuple[str, QWidget]:
        try:
            username = normalize_username(self.username.text())
        except AccountRuleError:
            text = self.tr("Nama pengguna 2-32 huruf kecil, angka, titik, garis bawah atau strip.")
            return text, self.username
        if not self.full_name.text().strip():
            return self.tr("Nama lengkap wajib diisi."), self.full_name
        try:
            normalize_nip(self.nip.text())
        except AccountRuleError:
            return self.tr("NIP harus 18 angka (atau dikosongkan)."), self.nip
        problem = password_problem(self.password.text(), self.repeat.text(), username=username)
        return problem, self.password
