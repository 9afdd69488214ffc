"""First start: the post's details, the first supervisor, and the recovery code (once)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from intake_app.domain.accounts import AccountRuleError, normalize_username
from intake_app.services.errors import ServiceError
from intake_app.services.posts import ENTIKONG_POST, PostDraft
from intake_app.services.setup import SetupResult, SupervisorDraft
from intake_app.ui.account_forms import password_problem

# (post, first supervisor) -> SetupResult; app.py passes services.setup.setup_post bound
# to the data folder and the clock.
CreatePost = Callable[[PostDraft, SupervisorDraft], SetupResult]


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _row(form: QFormLayout, text: str, field: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)


class PostPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Data pos"))
        self.setSubTitle(self.tr("Identitas pos ini, dipakai pada kop dan nomor surat."))
        self.name = QLineEdit(ENTIKONG_POST.name)
        self.code = QLineEdit(ENTIKONG_POST.code)
        self.place = QLineEdit(ENTIKONG_POST.place)
        self.letterhead = QPlainTextEdit("\n".join(ENTIKONG_POST.letterhead_lines))
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setFixedHeight(80)
        self.pattern = QLineEdit(ENTIKONG_POST.letter_number_pattern)
        self.error = _error_label()
        form = QFormLayout(self)
        _row(form, self.tr("&Nama pos:"), self.name)
        _row(form, self.tr("Ko&de pos:"), self.code)
        _row(form, self.tr("&Tempat:"), self.place)
        _row(form, self.tr("Kop &surat:"), self.letterhead)
        _row(form, self.tr("&Pola nomor surat:"), self.pattern)
        form.addRow(self.error)

    def draft(self) -> PostDraft:
        lines = tuple(
            line.strip() for line in self.letterhead.toPlainText().splitlines() if line.strip()
        )
        return PostDraft(
            code=self.code.text(),
            name=self.name.text(),
            place=self.place.text(),
            letterhead_lines=lines,
            letter_number_pattern=self.pattern.text(),
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        try:
            draft = self.draft()
        except ValidationError:
            draft = None
        if draft is None or not (draft.code and draft.name and draft.place):
            self.error.setText(self.tr("Nama, kode dan tempat pos wajib diisi."))
            return False
        if not draft.letterhead_lines:
            self.error.setText(self.tr("Kop surat paling sedikit satu baris."))
            return False
        self.error.clear()
        return True


class SupervisorPage(QWizardPage):
    def __init__(self, post_page: PostPage, create: CreatePost) -> None:
        super().__init__()
        self._post_page = post_page
        self._create = create
        self.result: SetupResult | None = None
        self.setTitle(self.tr("Supervisor pertama"))
        self.setSubTitle(self.tr("Akun ini dapat membuat akun petugas lain."))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 angka (boleh dikosongkan)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout(self)
        _row(form, self.tr("&Nama pengguna:"), self.username)
        _row(form, self.tr("Nama lengk&ap:"), self.full_name)
        _row(form, self.tr("NI&P:"), self.nip)
        _row(form, self.tr("Kata &sandi:"), self.password)
        _row(form, self.tr("&Ulangi kata sandi:"), self.repeat)
        form.addRow(self.error)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.result is not None:  # already created (Back, then Next again)
            return True
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return False
        draft = SupervisorDraft(
            username=self.username.text(),
            full_name=self.full_name.text().strip(),
            password=self.password.text(),
            nip=self.nip.text() or None,
        )
        try:
            self.result = self._create(self._post_page.draft(), draft)
        except ServiceError as error:
            self.error.setText(self.tr("Gagal menyimpan: %1").replace("%1", str(error)))
            return False
        self.error.clear()
        return True

    def _problem(self) -> str:
        try:
            username = normalize_username(self.username.text())
        except AccountRuleError:
            return self.tr("Nama pengguna 2-32 huruf kecil, angka, titik, garis bawah atau strip.")
        if not self.full_name.text().strip():
            return self.tr("Nama lengkap wajib diisi.")
        return password_problem(self.password.text(), self.repeat.text(), username=username)


class RecoveryPage(QWizardPage):
    """Shows the recovery code once; Finish only after the officer confirms writing it down."""

    def __init__(self, supervisor_page: SupervisorPage) -> None:
        super().__init__()
        self._supervisor_page = supervisor_page
        self.setTitle(self.tr("Kode pemulihan"))
        self.setSubTitle(
            self.tr(
                "Catat kode ini di kertas dan simpan di tempat aman. Kode ini hanya ditampilkan "
                "sekali dan dipakai bila semua kata sandi supervisor hilang."
            )
        )
        self.code = QLabel()
        font = QFont("monospace")
        font.setPointSize(16)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(self.code.textInteractionFlags().TextSelectableByMouse)
        self.confirm = QCheckBox(self.tr("Sudah saya &catat"))
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.confirm)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        result = self._supervisor_page.result
        self.code.setText(result.recovery_code if result else "")

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.confirm.isChecked()


class SetupWizard(QWizard):
    def __init__(self, create: CreatePost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Penyiapan pos baru"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.post_page = PostPage()
        self.supervisor_page = SupervisorPage(self.post_page, create)
        self.recovery_page = RecoveryPage(self.supervisor_page)
        for page in (self.post_page, self.supervisor_page, self.recovery_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setMinimumWidth(640)

    @property
    def result_value(self) -> Any:
        """The SetupResult once the supervisor page saved the post, else None."""
        return self.supervisor_page.result

    def reject(self) -> None:
        # After the post was created the code must be seen: no cancelling past that point.
        if self.supervisor_page.result is None:
            super().reject()
