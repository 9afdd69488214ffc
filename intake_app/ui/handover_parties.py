"""The receiving party and the witnesses of a handover, as typed into the handover dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.enums import Disposition
from intake_app.domain.handover_rules import RecipientKind, recipient_kind
from intake_app.services.handover_facts import RecipientDraft, WitnessDraft
from intake_app.ui.handover_messages import recipient_label

# Family first: the usual pickup; self-return last, as it is no handover to another party.
RECIPIENT_ORDER = (
    Disposition.FAMILY,
    Disposition.REGENCY_GOVERNMENT,
    Disposition.SOCIAL_SERVICES,
    Disposition.CHILD_PROTECTION,
    Disposition.POLICE,
    Disposition.BP3MI_SHELTER,
    Disposition.TRANSPORT_PROVIDER,
    Disposition.OTHER,
    Disposition.SELF_RETURN,
)
WITNESS_ROWS = 2


def _line(name: str, max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    return edit


class PartiesForm(QWidget):
    """Recipient type, recipient identity, witnesses; labels follow the recipient type.

    Signals:
        changed(): any field changed (the dialog re-checks the rules).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipient_type = QComboBox()
        self.recipient_type.setObjectName("recipientType")
        for kind in RECIPIENT_ORDER:
            self.recipient_type.addItem(recipient_label(kind), kind)
        type_form = QFormLayout()
        type_label = QLabel(self.tr("&Jenis penerima"))
        type_label.setBuddy(self.recipient_type)
        type_form.addRow(type_label, self.recipient_type)

        self.name = _line("recipientName", 200)
        self.id_number = _line("recipientIdNumber", 32)
        self.relationship = _line("recipientRelationship", 64)
        self.relationship.setPlaceholderText(self.tr("mis. suami, kakak kandung, paman"))
        self.position = _line("recipientPosition", 200)
        self.institution = _line("recipientInstitution", 200)
        self.address = _line("recipientAddress", 500)
        self.phone = _line("recipientPhone", 32)
        self.recipient_box = QGroupBox(self.tr("Penerima (Pihak Kedua)"))
        recipient_form = QFormLayout(self.recipient_box)
        self._labels: dict[str, QLabel] = {}
        for key, text, edit in (
            ("name", self.tr("&Nama"), self.name),
            ("id_number", self.tr("N&IK"), self.id_number),
            ("relationship", self.tr("&Hubungan keluarga"), self.relationship),
            ("position", self.tr("&Jabatan"), self.position),
            ("institution", self.tr("I&nstansi"), self.institution),
            ("address", self.tr("Ala&mat"), self.address),
            ("phone", self.tr("Tele&pon"), self.phone),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            self._labels[key] = label
            recipient_form.addRow(label, edit)

        self.witness_box = QGroupBox(self.tr("Saksi"))
        witness_form = QFormLayout(self.witness_box)
        self.witnesses: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for number in range(1, WITNESS_ROWS + 1):
            row = (
                _line(f"witness{number}Name", 200),
                _line(f"witness{number}Position", 200),
                _line(f"witness{number}Institution", 200),
            )
            for text, edit in zip(
                (
                    self.tr("Nama saksi %1").replace("%1", str(number)),
                    self.tr("Jabatan saksi %1").replace("%1", str(number)),
                    self.tr("Instansi saksi %1").replace("%1", str(number)),
                ),
                row,
                strict=True,
            ):
                label = QLabel(text)
                label.setBuddy(edit)
                witness_form.addRow(label, edit)
            self.witnesses.append(row)
        self.witnesses[0][0].setPlaceholderText(self.tr("mis. kepala desa atau petugas Pemda"))
        # Mnemonics on the first witness only: the second is reached by Tab.
        witness_form.labelForField(self.witnesses[0][0]).setText(self.tr("Nama &saksi 1"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(type_form)
        layout.addWidget(self.recipient_box)
        layout.addWidget(self.witness_box)

        self.recipient_type.currentIndexChanged.connect(self._type_changed)
        for edit in self._edits():
            edit.textChanged.connect(self.changed)
        self._type_changed()

    def kind(self) -> Disposition:
        return Disposition(self.recipient_type.currentData())

    def set_kind(self, kind: Disposition) -> None:
        self.recipient_type.setCurrentIndex(RECIPIENT_ORDER.index(kind))

    def recipient(self) -> RecipientDraft:
        if self.kind() is Disposition.SELF_RETURN:
            return RecipientDraft()
        family = recipient_kind(self.kind()) is RecipientKind.FAMILY
        return RecipientDraft(
            name=self.name.text(),
            id_number=self.id_number.text(),
            position=self.position.text(),
            institution=self.institution.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            relationship=self.relationship.text() if family else "",
        )

    def witness_drafts(self) -> tuple[WitnessDraft, ...]:
        if self.kind() is Disposition.SELF_RETURN:
            return ()
        return tuple(
            WitnessDraft(name=n.text(), position=p.text(), institution=i.text())
            for n, p, i in self.witnesses
        )

    def _edits(self) -> list[QLineEdit]:
        fixed = [
            self.name,
            self.id_number,
            self.relationship,
            self.position,
            self.institution,
            self.address,
            self.phone,
        ]
        return fixed + [edit for row in self.witnesses for edit in row]

    def _type_changed(self) -> None:
        kind = self.kind()
        family = recipient_kind(kind) is RecipientKind.FAMILY
        self_return = kind is Disposition.SELF_RETURN
        self.recipient_box.setEnabled(not self_return)
        self.witness_box.setEnabled(not self_return)
        self._labels["id_number"].setText(self.tr("N&IK") if family else self.tr("N&IP / NIK"))
        self._labels["relationship"].setVisible(family)
        self.relationship.setVisible(family)
        self.recipient_box.setTitle(
            self.tr(
                "Penerima (Pihak Kedua): tidak ada, orang yang pulang menandatangani "
                "surat pernyataan"
            )
            if self_return
            else self.tr("Penerima (Pihak Kedua)")
        )
        self.changed.emit()
