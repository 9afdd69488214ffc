"""The person intake form: every field of a person, laid out for keyboard-only entry.

The form knows nothing of the database: it is filled from a `PersonDraft`, reads back a
`PersonDraft`, and checks inline what can be checked without one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain import ages, mrz, nik
from intake_app.domain.enums import (
    DeportationReason,
    EntryRoute,
    GuardianRelationship,
    Sector,
    Sex,
    TravelDocType,
)
from intake_app.domain.minors import AgeFacts, derive_flags
from intake_app.domain.typed_dates import format_date, parse_typed_date
from intake_app.services.people import Companion, PersonDraft
from intake_app.services.regions import Region
from intake_app.ui import badges
from intake_app.ui.form_messages import message

_CTX = "PersonForm"

SEX_CHOICES = [
    (None, QT_TRANSLATE_NOOP("PersonForm", "- pilih -")),
    (Sex.MALE, QT_TRANSLATE_NOOP("PersonForm", "L - Laki-laki")),
    (Sex.FEMALE, QT_TRANSLATE_NOOP("PersonForm", "P - Perempuan")),
]
DOCUMENT_CHOICES = [
    (TravelDocType.PASSPORT, QT_TRANSLATE_NOOP("PersonForm", "Paspor")),
    (TravelDocType.SPLP, QT_TRANSLATE_NOOP("PersonForm", "SPLP")),
    (TravelDocType.NONE, QT_TRANSLATE_NOOP("PersonForm", "Tidak ada dokumen")),
]
REASON_LABELS = {
    DeportationReason.NO_PASSPORT: QT_TRANSLATE_NOOP("PersonForm", "Tanpa paspor"),
    DeportationReason.NO_WORK_PERMIT: QT_TRANSLATE_NOOP("PersonForm", "Tanpa izin kerja"),
    DeportationReason.OVERSTAY: QT_TRANSLATE_NOOP("PersonForm", "Melebihi izin tinggal"),
    DeportationReason.ILLEGAL_ENTRY: QT_TRANSLATE_NOOP("PersonForm", "Masuk tanpa izin"),
    DeportationReason.GAMBLING: QT_TRANSLATE_NOOP("PersonForm", "Judi"),
    DeportationReason.DRUGS: QT_TRANSLATE_NOOP("PersonForm", "Narkoba"),
    DeportationReason.OTHER_CRIME: QT_TRANSLATE_NOOP("PersonForm", "Pidana lain"),
    DeportationReason.BORN_IN_MALAYSIA_UNDOCUMENTED: QT_TRANSLATE_NOOP(
        "PersonForm", "Lahir di Malaysia tanpa dokumen"
    ),
    DeportationReason.OTHER: QT_TRANSLATE_NOOP("PersonForm", "Lainnya"),
}
SECTOR_LABELS = {
    Sector.SERVICES: QT_TRANSLATE_NOOP("PersonForm", "Jasa"),
    Sector.CONSTRUCTION: QT_TRANSLATE_NOOP("PersonForm", "Konstruksi"),
    Sector.PLANTATION: QT_TRANSLATE_NOOP("PersonForm", "Perkebunan"),
    Sector.INDUSTRY: QT_TRANSLATE_NOOP("PersonForm", "Industri"),
    Sector.SHIPPING: QT_TRANSLATE_NOOP("PersonForm", "Perkapalan / ABK"),
    Sector.DOMESTIC_WORK: QT_TRANSLATE_NOOP("PersonForm", "PLRT"),
    Sector.SHOP: QT_TRANSLATE_NOOP("PersonForm", "Kedai"),
    Sector.FOLLOWING_SPOUSE: QT_TRANSLATE_NOOP("PersonForm", "Ikut suami/istri"),
    Sector.FOLLOWING_PARENTS: QT_TRANSLATE_NOOP("PersonForm", "Ikut orang tua"),
    Sector.OTHER: QT_TRANSLATE_NOOP("PersonForm", "Lainnya"),
}
ROUTE_LABELS = {
    EntryRoute.OFFICIAL: QT_TRANSLATE_NOOP("PersonForm", "Resmi (PLBN / bandara)"),
    EntryRoute.UNOFFICIAL: QT_TRANSLATE_NOOP("PersonForm", "Tidak resmi (jalan tikus)"),
}
RELATIONSHIP_LABELS = {
    GuardianRelationship.MOTHER: QT_TRANSLATE_NOOP("PersonForm", "Ibu"),
    GuardianRelationship.FATHER: QT_TRANSLATE_NOOP("PersonForm", "Ayah"),
    GuardianRelationship.RELATIVE: QT_TRANSLATE_NOOP("PersonForm", "Kerabat"),
    GuardianRelationship.OTHER: QT_TRANSLATE_NOOP("PersonForm", "Lainnya"),
}
MALAYSIAN_STATES = [
    "Sarawak",
    "Sabah",
    "Johor",
    "Selangor",
    "Kuala Lumpur",
    "Pulau Pinang",
    "Perak",
    "Pahang",
    "Negeri Sembilan",
    "Melaka",
    "Kedah",
    "Kelantan",
    "Terengganu",
    "Perlis",
    "Labuan",
    "Putrajaya",
]
FLAG_FIELDS = {
    "pregnant": QT_TRANSLATE_NOOP("PersonForm", "Hamil"),
    "disability": QT_TRANSLATE_NOOP("PersonForm", "Disabilitas"),
    "sick": QT_TRANSLATE_NOOP("PersonForm", "Sakit"),
    "needs_referral": QT_TRANSLATE_NOOP("PersonForm", "Perlu rujukan"),
    "fit_to_travel_letter": QT_TRANSLATE_NOOP("PersonForm", "Ada surat laik jalan"),
    "trafficking_suspected": QT_TRANSLATE_NOOP("PersonForm", "Indikasi TPPO"),
    "violence_victim": QT_TRANSLATE_NOOP("PersonForm", "Korban kekerasan"),
    "needs_birth_registration": QT_TRANSLATE_NOOP("PersonForm", "Perlu akta kelahiran"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class FormContext:
    """What the form needs to know about where it is used."""

    convoy_id: uuid.UUID
    arrival: date  # the convoy's arrival date at the post: ages are computed on it
    companions: tuple[Companion, ...]
    regions: tuple[Region, ...]


class _Note(QLabel):
    """A message under a field: red blocks saving, amber only warns."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "#9B1C1C")

    def show_warning(self, text: str) -> None:
        self._show(text, "#8A5A00")

    def _show(self, text: str, colour: str) -> None:
        self.setText(text)
        self.setStyleSheet(f"color: {colour};")
        self.setProperty("severity", "error" if colour == "#9B1C1C" else "warning")
        self.show()

    def clear_note(self) -> None:
        self.setText("")
        self.setProperty("severity", None)
        self.hide()

    @property
    def is_error(self) -> bool:
        return self.isVisible() and self.property("severity") == "error"


class PersonForm(QWidget):
    """All fields of one person. Reads and writes `PersonDraft`s.

    Signals:
        changed(): any input changed (the dialog refreshes its side panel).
        identity_changed(): NIK, document number, name or birth date changed, so earlier
            records of the same person may be looked up again.
    """

    changed = Signal()
    identity_changed = Signal()

    def __init__(self, context: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._family_id: uuid.UUID | None = None
        self._manifest_entry_id: uuid.UUID | None = None
        self._editing_id: uuid.UUID | None = None
        self._region_codes: dict[str, str | None] = {}
        self._build()
        self.set_context(context)
        self._wire()
        self.refresh_checks()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.mrz = QPlainTextEdit()
        self.mrz.setObjectName("mrz")
        self.mrz.setTabChangesFocus(True)
        self.mrz.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.mrz.setPlaceholderText(self.tr("Pindai atau ketik 2 baris MRZ paspor (opsional)"))
        mono = self.mrz.font()
        mono.setFamily("DejaVu Sans Mono")
        mono.setStyleHint(mono.StyleHint.Monospace)
        self.mrz.setFont(mono)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.sex = QComboBox()
        for value, label in SEX_CHOICES:
            self.sex.addItem(_tr(label), value)
        self.birth_place = QLineEdit()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("HH-BB-TTTT, atau tahun saja"))
        self.estimated_age = QSpinBox()
        self.estimated_age.setRange(-1, 120)
        self.estimated_age.setSpecialValueText(self.tr("tidak diisi"))
        self.estimated_age.setValue(-1)
        self.nik = QLineEdit()
        self.nik.setMaxLength(20)
        self.nik.setPlaceholderText(self.tr("16 angka"))
        self.document_type = QComboBox()
        for value, label in DOCUMENT_CHOICES:
            self.document_type.addItem(_tr(label), value)
        self.document_number = QLineEdit()
        self.document_number.setMaxLength(64)
        self.document_issuer = QLineEdit()
        self.family_card_number = QLineEdit()
        self.family_card_number.setMaxLength(16)

        self.origin = QLineEdit()
        self.origin.setPlaceholderText(self.tr("ketik nama kabupaten atau kecamatan"))
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.family_contact = QLineEdit()

        self.reason_boxes: dict[DeportationReason, QCheckBox] = {
            reason: QCheckBox(_tr(label)) for reason, label in REASON_LABELS.items()
        }
        self.detention_days = self._optional_spin(3650)

        self.malaysia_state = QComboBox()
        self.malaysia_state.setEditable(True)
        self.malaysia_state.addItems(["", *MALAYSIAN_STATES])
        self.years_in_malaysia = self._optional_spin(80)
        self.employer = QLineEdit()
        self.sector = self._choice_combo(SECTOR_LABELS)
        self.entry_route = self._choice_combo(ROUTE_LABELS)

        self.guardian = QComboBox()
        self.guardian.setObjectName("guardian")
        self.guardian_relationship = self._choice_combo(RELATIONSHIP_LABELS)
        self.flag_boxes = {name: QCheckBox(_tr(label)) for name, label in FLAG_FIELDS.items()}
        self.health_condition = QLineEdit()
        self.notes = QLineEdit()

        self.badge = QLabel()
        self.badge.setObjectName("protectionBadge")
        self.form_error = _Note()
        self.form_error.setObjectName("formError")
        self.notes_by_field = {
            name: _Note()
            for name in (
                "mrz",
                "full_name",
                "sex",
                "birth_date",
                "nik",
                "document_number",
                "guardian",
            )
        }

        identity = QFormLayout()
        self._row(identity, self.tr("M&RZ paspor"), self.mrz, "mrz")
        self._row(identity, self.tr("&Nama lengkap *"), self.full_name, "full_name")
        self._row(identity, self.tr("&Jenis kelamin *"), self.sex, "sex")
        self._row(identity, self.tr("&Tanggal lahir"), self.birth_date, "birth_date")
        self._row(identity, self.tr("Perkiraan &umur"), self.estimated_age)
        self._row(identity, self.tr("Tempat la&hir"), self.birth_place)
        self._row(identity, self.tr("N&IK"), self.nik, "nik")
        document = QHBoxLayout()
        document.addWidget(self.document_type)
        document.addWidget(self.document_number, 1)
        doc_label = QLabel(self.tr("&Dokumen perjalanan"))
        doc_label.setBuddy(self.document_type)
        self.document_type.setAccessibleName(self.tr("Dokumen perjalanan"))
        identity.addRow(doc_label, document)
        number_label = QLabel(self.tr("Nomor dokumen"))
        number_label.setBuddy(self.document_number)
        self.document_number.setAccessibleName(self.tr("Nomor dokumen"))
        identity.addRow("", self.notes_by_field["document_number"])
        self._row(identity, self.tr("Penerbit dokumen"), self.document_issuer)
        self._row(identity, self.tr("No. &KK"), self.family_card_number)

        origin = QFormLayout()
        self._row(origin, self.tr("Daerah &asal"), self.origin)
        self.origin_label = QLabel()
        self.origin_label.setWordWrap(True)
        origin.addRow("", self.origin_label)
        self._row(origin, self.tr("Alamat"), self.address)
        self._row(origin, self.tr("Telepon"), self.phone)
        self._row(origin, self.tr("Kontak keluarga"), self.family_contact)

        reasons = QGridLayout()
        for number, box in enumerate(self.reason_boxes.values()):
            reasons.addWidget(box, number // 2, number % 2)
        detention = QFormLayout()
        self._row(detention, self.tr("Lama ditahan (hari)"), self.detention_days)
        reasons.addLayout(detention, len(self.reason_boxes) // 2 + 1, 0, 1, 2)

        malaysia = QFormLayout()
        self._row(malaysia, self.tr("Negara bagian"), self.malaysia_state)
        self._row(malaysia, self.tr("Lama di Malaysia (tahun)"), self.years_in_malaysia)
        self._row(malaysia, self.tr("Majikan"), self.employer)
        self._row(malaysia, self.tr("&Sektor"), self.sector)
        self._row(malaysia, self.tr("Jalur masuk"), self.entry_route)

        protection = QFormLayout()
        protection.addRow(self.badge)
        self._row(protection, self.tr("&Pendamping (anak)"), self.guardian, "guardian")
        self._row(protection, self.tr("Hubungan"), self.guardian_relationship)
        flags = QGridLayout()
        for number, box in enumerate(self.flag_boxes.values()):
            flags.addWidget(box, number // 2, number % 2)
        protection.addRow(flags)
        self._row(protection, self.tr("Kondisi kesehatan"), self.health_condition)
        self._row(protection, self.tr("Catatan"), self.notes)

        left = QVBoxLayout()
        left.addWidget(self.form_error)
        left.addWidget(self._group(self.tr("Identitas"), identity))
        left.addWidget(self._group(self.tr("Asal dan kontak"), origin))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("Perlindungan dan kesehatan"), protection))
        right.addWidget(self._group(self.tr("Alasan deportasi"), reasons))
        right.addWidget(self._group(self.tr("Selama di Malaysia"), malaysia))
        right.addStretch(1)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # Reading order: identity, origin, then protection, reasons, Malaysia.
        order: list[QWidget] = [
            self.mrz,
            self.full_name,
            self.sex,
            self.birth_date,
            self.estimated_age,
            self.birth_place,
            self.nik,
            self.document_type,
            self.document_number,
            self.document_issuer,
            self.family_card_number,
            self.origin,
            self.address,
            self.phone,
            self.family_contact,
            self.guardian,
            self.guardian_relationship,
            *self.flag_boxes.values(),
            self.health_condition,
            self.notes,
            *self.reason_boxes.values(),
            self.detention_days,
            self.malaysia_state,
            self.years_in_malaysia,
            self.employer,
            self.sector,
            self.entry_route,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _row(self, form: QFormLayout, label: str, field: QWidget, note: str | None = None) -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        field.setAccessibleName(label.replace("&", "").rstrip(" *"))
        form.addRow(caption, field)
        if note is not None:
            form.addRow("", self.notes_by_field[note])

    @staticmethod
    def _group(title: str, layout) -> QGroupBox:  # type: ignore[no-untyped-def]
        box = QGroupBox(title)
        box.setLayout(layout)
        return box

    @staticmethod
    def _optional_spin(maximum: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1, maximum)
        spin.setSpecialValueText(QCoreApplication.translate("PersonForm", "-"))
        spin.setValue(-1)
        return spin

    @staticmethod
    def _choice_combo(labels: dict) -> QComboBox:  # type: ignore[type-arg]
        combo = QComboBox()
        combo.addItem(QCoreApplication.translate("PersonForm", "-"), None)
        for value, label in labels.items():
            combo.addItem(_tr(label), value)
        return combo

    def _wire(self) -> None:
        for widget in (
            self.full_name,
            self.birth_date,
            self.nik,
            self.document_number,
            self.origin,
            self.address,
            self.birth_place,
        ):
            widget.textEdited.connect(self._on_edit)
        for combo in (self.sex, self.document_type, self.guardian):
            combo.currentIndexChanged.connect(self._on_edit)
        self.estimated_age.valueChanged.connect(self._on_edit)
        self.mrz.textChanged.connect(self._on_mrz)
        for widget in (self.nik, self.document_number, self.birth_date, self.full_name):
            widget.editingFinished.connect(self.identity_changed)

    # -- context and loading -------------------------------------------------------------

    def set_context(self, context: FormContext) -> None:
        self._context = context
        current = self.guardian.currentData()
        self.guardian.blockSignals(True)
        self.guardian.clear()
        self.guardian.addItem(self.tr("- tidak ada / belum dipilih -"), None)
        for companion in context.companions:
            # Item data holds text: Qt cannot compare arbitrary Python objects in findData.
            self.guardian.addItem(
                f"{companion.full_name} ({companion.sex.value})", str(companion.id)
            )
        index = self.guardian.findData(current)
        self.guardian.setCurrentIndex(max(index, 0))
        self.guardian.blockSignals(False)
        completer = QCompleter(QStringListModel([r.label for r in context.regions], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self._choose_region)
        self.origin.setCompleter(completer)
        self._regions_by_label = {r.label: r for r in context.regions}

    def start_new(self, carried: dict[str, object] | None = None) -> None:
        """An empty form for the next person, keeping the answers given in `carried`."""
        placeholder = PersonDraft.model_validate(
            {
                **(carried or {}),
                "convoy_id": self._context.convoy_id,
                "full_name": "-",
                "sex": Sex.MALE,
            }
        )
        self._fill(placeholder, editing_id=None, blank_identity=True)

    def load(self, draft: PersonDraft, *, editing_id: uuid.UUID | None = None) -> None:
        """Fill the form from a draft; `editing_id` marks an edit of a saved person."""
        self._fill(draft, editing_id=editing_id, blank_identity=False)

    def _fill(
        self, draft: PersonDraft, *, editing_id: uuid.UUID | None, blank_identity: bool
    ) -> None:
        self._editing_id = editing_id
        blank = blank_identity
        self.mrz.blockSignals(True)
        self.mrz.clear()
        self.mrz.blockSignals(False)
        self.full_name.setText("" if blank else draft.full_name)
        self.sex.setCurrentIndex(0 if blank else self.sex.findData(draft.sex))
        if draft.birth_date:
            self.birth_date.setText(format_date(draft.birth_date))
        elif draft.birth_year:
            self.birth_date.setText(str(draft.birth_year))
        else:
            self.birth_date.clear()
        self.estimated_age.setValue(-1 if draft.estimated_age is None else draft.estimated_age)
        self.birth_place.setText(draft.birth_place or "")
        self.nik.setText(draft.nik or "")
        self.document_type.setCurrentIndex(self.document_type.findData(draft.document_type))
        self.document_number.setText(draft.document_number or "")
        self.document_issuer.setText(draft.document_issuer or "")
        self.family_card_number.setText(draft.family_card_number or "")
        self._set_origin(draft)
        self.address.setText(draft.address or "")
        self.phone.setText(draft.phone or "")
        self.family_contact.setText(draft.family_contact or "")
        for reason, box in self.reason_boxes.items():
            box.setChecked(reason in draft.reasons)
        self.detention_days.setValue(-1 if draft.detention_days is None else draft.detention_days)
        self.malaysia_state.setCurrentText(draft.malaysia_state or "")
        self.years_in_malaysia.setValue(
            -1 if draft.years_in_malaysia is None else draft.years_in_malaysia
        )
        self.employer.setText(draft.employer or "")
        self.sector.setCurrentIndex(max(self.sector.findData(draft.sector), 0))
        self.entry_route.setCurrentIndex(max(self.entry_route.findData(draft.entry_route), 0))
        guardian = str(draft.guardian_id) if draft.guardian_id else None
        self.guardian.setCurrentIndex(max(self.guardian.findData(guardian), 0))
        self.guardian_relationship.setCurrentIndex(
            max(self.guardian_relationship.findData(draft.guardian_relationship), 0)
        )
        for name, box in self.flag_boxes.items():
            box.setChecked(bool(getattr(draft, name)))
        self.health_condition.setText(draft.health_condition or "")
        self.notes.setText(draft.notes or "")
        self._family_id = draft.family_id
        self._manifest_entry_id = draft.manifest_entry_id
        self.refresh_checks()

    def _set_origin(self, draft: PersonDraft) -> None:
        code = draft.village_code or draft.district_code or draft.regency_code
        self._region_codes = {
            "province_code": draft.province_code,
            "regency_code": draft.regency_code,
            "district_code": draft.district_code,
            "village_code": draft.village_code,
        }
        label = next((r.label for r in self._context.regions if r.code == code), "")
        self.origin.setText(label)
        self.origin_label.setText(code or "")

    def _choose_region(self, label: str) -> None:
        region = self._regions_by_label.get(label)
        if region is not None:
            self._region_codes = region.codes()
            self.origin_label.setText(region.code)

    # -- reading -------------------------------------------------------------------------

    def draft(self) -> PersonDraft | None:
        """The form as a draft, or None (with the reasons shown) when it cannot be saved."""
        self.refresh_checks(final=True)
        if any(note.is_error for note in self.notes_by_field.values()):
            return None
        try:
            return PersonDraft.model_validate(self.values())
        except ValidationError as error:
            fields = sorted({str(e["loc"][0]) for e in error.errors() if e["loc"]})
            self.form_error.show_error(
                self.tr("Isian tidak valid: %1").replace("%1", ", ".join(fields))
            )
            return None

    def values(self) -> dict[str, object]:
        """The inputs as draft fields, unvalidated (for carrying answers over)."""
        typed = parse_typed_date(self.birth_date.text())
        if self.origin.text().strip() not in self._regions_by_label:
            self._region_codes = {}  # free text that matches no region is not a code
        return {
            "convoy_id": self._context.convoy_id,
            "family_id": self._family_id,
            "manifest_entry_id": self._manifest_entry_id,
            "full_name": " ".join(self.full_name.text().split()),
            "sex": self.sex.currentData(),
            "birth_place": self.birth_place.text(),
            "birth_date": typed.exact,
            "birth_year": typed.year,
            "estimated_age": self._spin(self.estimated_age),
            "nik": _digits(self.nik.text()) or None,
            "document_type": self.document_type.currentData(),
            "document_number": self.document_number.text().strip().upper() or None,
            "document_issuer": self.document_issuer.text(),
            "family_card_number": _digits(self.family_card_number.text()) or None,
            **self._region_codes,
            "address": self.address.text(),
            "phone": self.phone.text(),
            "family_contact": self.family_contact.text(),
            "malaysia_state": self.malaysia_state.currentText(),
            "years_in_malaysia": self._spin(self.years_in_malaysia),
            "employer": self.employer.text(),
            "sector": self.sector.currentData(),
            "entry_route": self.entry_route.currentData(),
            "reasons": tuple(r for r, box in self.reason_boxes.items() if box.isChecked()),
            "detention_days": self._spin(self.detention_days),
            "guardian_id": self.guardian.currentData() or None,
            "guardian_relationship": self.guardian_relationship.currentData(),
            "health_condition": self.health_condition.text(),
            "notes": self.notes.text(),
            **{name: box.isChecked() for name, box in self.flag_boxes.items()},
        }

    @staticmethod
    def _spin(spin: QSpinBox) -> int | None:
        return None if spin.value() < 0 else spin.value()

    @property
    def editing_id(self) -> uuid.UUID | None:
        return self._editing_id

    def set_family(self, family_id: uuid.UUID | None) -> None:
        self._family_id = family_id

    def set_manifest_entry(self, entry_id: uuid.UUID | None) -> None:
        self._manifest_entry_id = entry_id

    # -- checks --------------------------------------------------------------------------

    def _on_edit(self) -> None:
        self.refresh_checks()
        self.changed.emit()

    def refresh_checks(self, *, final: bool = False) -> None:
        """Inline checks. Before the first save attempt, empty required fields stay quiet."""
        notes = self.notes_by_field
        self.form_error.clear_note()
        for note in notes.values():
            if note is not notes["mrz"]:
                note.clear_note()
        if final and not self.full_name.text().strip():
            notes["full_name"].show_error(self.tr("Nama wajib diisi."))
        if final and self.sex.currentData() is None:
            notes["sex"].show_error(self.tr("Pilih jenis kelamin (ketik L atau P)."))
        typed = parse_typed_date(self.birth_date.text())
        arrival = self._context.arrival
        if typed.problem is not None:
            notes["birth_date"].show_error(
                self.tr("Tanggal lahir tidak dikenali. Tulis HH-BB-TTTT, atau tahun saja (TTTT).")
            )
        elif typed.exact is not None:
            problem = ages.plausible_birth_date(typed.exact, arrival)
            if problem is not None:
                notes["birth_date"].show_error(message(problem))
        elif typed.year is not None and not arrival.year - 110 <= typed.year <= arrival.year:
            notes["birth_date"].show_error(self.tr("Tahun lahir tidak masuk akal."))
        self._check_nik(typed.exact)
        if (
            self.document_type.currentData() != TravelDocType.NONE
            and not self.document_number.text().strip()
        ):
            notes["document_number"].show_warning(
                self.tr("Nomor dokumen belum diisi (boleh dilengkapi nanti).")
            )
        self._refresh_badge(typed)

    def _check_nik(self, birth_date: date | None) -> None:
        text = self.nik.text().strip()
        if not text:
            return
        parsed = nik.parse_nik(text, today=self._context.arrival)
        note = self.notes_by_field["nik"]
        if parsed.errors:
            note.show_error(message(parsed.errors[0]))
            return
        assert parsed.info is not None
        warnings = (
            *parsed.warnings,
            *nik.nik_mismatches(parsed.info, sex=self.sex.currentData(), birth_date=birth_date),
        )
        if warnings:
            note.show_warning(" ".join(message(w) for w in warnings))

    def _refresh_badge(self, typed) -> None:  # type: ignore[no-untyped-def]
        facts = AgeFacts(typed.exact, typed.year, self._spin(self.estimated_age))
        has_guardian = self.guardian.currentData() is not None
        flags = derive_flags(facts, arrival=self._context.arrival, has_guardian=has_guardian)
        text = badges.badge_text(flags.is_minor, flags.unaccompanied)
        colour = badges.badge_colour(flags.is_minor, flags.unaccompanied)
        self.badge.setText(text)
        self.badge.setVisible(bool(text))
        if colour is not None:
            self.badge.setStyleSheet(
                f"background: {colour.name()}; padding: 4px; font-weight: bold;"
            )
        if flags.unaccompanied:
            self.notes_by_field["guardian"].show_warning(
                self.tr(
                    "Anak tanpa pendamping: pilih orang dewasa dari rombongan ini bila ada. "
                    "Bila tidak ada, anak dirujuk ke UPTD PPA / Dinas Sosial."
                )
            )

    def _on_mrz(self) -> None:
        text = self.mrz.toPlainText().strip()
        note = self.notes_by_field["mrz"]
        if len(text.replace("\n", "").replace(" ", "")) < 88:
            note.clear_note()
            return
        parsed = mrz.parse_td3(text, today=self._context.arrival)
        if parsed.full_name:
            self.full_name.setText(parsed.full_name.title())
        if parsed.sex is not None:
            self.sex.setCurrentIndex(self.sex.findData(parsed.sex))
        if parsed.birth_date is not None:
            self.birth_date.setText(format_date(parsed.birth_date))
        if parsed.document_number:
            self.document_type.setCurrentIndex(self.document_type.findData(TravelDocType.PASSPORT))
            self.document_number.setText(parsed.document_number)
        if parsed.issuing_state:
            self.document_issuer.setText(parsed.issuing_state)
        self.refresh_checks()
        if parsed.ok:
            note.show_warning(self.tr("MRZ terbaca; data paspor sudah diisi. Periksa kembali."))
            note.setStyleSheet("color: #1B6E20;")
        else:
            # Never blocks: the officer may correct the fields by hand instead.
            note.show_warning(" ".join(message(p) for p in parsed.problems))
        self.changed.emit()
        self.identity_changed.emit()

    def focus_first(self) -> None:
        self.full_name.setFocus()
        self.full_name.selectAll()


def _digits(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in ".-")
