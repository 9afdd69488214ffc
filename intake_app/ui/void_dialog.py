"""Asking why a handover letter is voided (the supervisor's reason is kept with the letter)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from intake_app.services.handovers import LetterInfo


class VoidDialog(QDialog):
    """Asks the reason for voiding a letter; the number stays on record."""

    def __init__(self, info: LetterInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batalkan surat %1").replace("%1", info.reference))
        text = QLabel(
            self.tr(
                "Surat dan nomornya tetap tercatat dengan tanda BATAL; orang-orangnya dapat "
                "diserahterimakan lagi dengan surat baru. Pembatalan adalah tindakan supervisor."
            )
        )
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("voidReason")
        self.reason.setMaxLength(1000)
        label = QLabel(self.tr("&Alasan pembatalan"))
        label.setBuddy(self.reason)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("&Batalkan surat"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("&Kembali"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, info: LetterInfo) -> str | None:
        dialog = cls(info, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip() or None
