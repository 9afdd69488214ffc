"""The registration desk for one convoy: pick from the list, fill the form, Enter, next."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.clock import POST_TIMEZONE
from intake_app.domain.enums import ChangeKind, GuardianRelationship, Sector, Sex
from intake_app.services.audit_views import record_view
from intake_app.services.bundle import AppServices
from intake_app.services.earlier_records import EarlierRecords
from intake_app.services.errors import ServiceError
from intake_app.services.manifests import ManifestEntryPublic
from intake_app.services.people import PersonDraft, PersonPublic
from intake_app.services.regions import regions_down_to_district
from intake_app.ui import badges
from intake_app.ui.earlier_records_panel import EarlierRecordsPanel
from intake_app.ui.form_messages import message
from intake_app.ui.notice import Notice
from intake_app.ui.person_form import FormContext, PersonForm

# Answers that are usually the same for everyone on one bus from one depot.
CARRIED_OVER = (
    "reasons",
    "malaysia_state",
    "sector",
    "entry_route",
    "detention_days",
)
# Not the document type: the next person may travel without one, and a carried-over
# "Paspor" warned about a missing number on every new record.
# What a child shares with the parent registered just before.
CARRIED_TO_CHILD = (
    "province_code",
    "regency_code",
    "district_code",
    "village_code",
    "address",
    "phone",
    "family_contact",
    "reasons",
    "malaysia_state",
    "entry_route",
    "detention_days",
    "family_card_number",
)
# What ties a child started with Ctrl+K to its family, kept when it is picked from the list.
CHILD_LINKS = ("family_id", "guardian_id", "guardian_relationship", "sector")


class RegistrationDialog(QDialog):
    """Registers people of one convoy, one after another, or edits one saved person.

    Signals:
        saved(object): a PersonPublic, after each successful save.
    """

    saved = Signal(object)

    def __init__(
        self,
        services: AppServices,
        convoy_id: uuid.UUID,
        *,
        officer_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._convoy = services.convoys.get(convoy_id)
        self._officer_id = officer_id or services.officer_id
        self._pending: dict[str, ManifestEntryPublic] = {}
        self.setWindowTitle(self.tr("Pendaftaran deportan"))
        self.resize(1180, 760)

        self.form = PersonForm(self._form_context())
        # Not in AppServices yet (bundle.py is being rewired); built here from the database.
        self.earlier = EarlierRecordsPanel(
            EarlierRecords(services.db), now=services.now, officer_id=officer_id
        )
        self.form.identity_changed.connect(self.look_up_earlier)
        self.pick = QLineEdit()
        self.pick.setObjectName("manifestPick")
        self.pick.setPlaceholderText(self.tr("ketik sebagian nama atau nomor dokumen"))
        pick_label = QLabel(self.tr("&Cari di daftar nama"))
        pick_label.setBuddy(self.pick)
        self.pick.setAccessibleName(self.tr("Cari di daftar nama"))
        self.pick_status = QLabel()
        self.header = QLabel()
        self.header.setObjectName("registrationHeader")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)

        self.saved_list = QListWidget()
        self.saved_list.setObjectName("savedList")
        self.saved_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.saved_count = QLabel()

        self.save_next = QPushButton(self.tr("Simpan && berikutnya (Enter)"))
        self.save_next.setObjectName("saveNext")
        self.save_next.setDefault(True)
        self.save_child = QPushButton(self.tr("Simpan && daftarkan anaknya (Ctrl+K)"))
        self.save_child.setObjectName("saveChild")
        self.save_child.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_next, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_child, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        # The button box would close the dialog on AcceptRole; saving must not.
        self.save_next.clicked.connect(self.save_and_next)
        self.save_child.clicked.connect(self.save_and_add_child)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.save_and_add_child)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.pick.setFocus)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        pick_row = QFormLayout()
        pick_row.addRow(pick_label, self.pick)
        pick_row.addRow("", self.pick_status)
        main = QVBoxLayout()
        main.addWidget(self.header)
        main.addLayout(pick_row)
        main.addWidget(scroll, 1)
        main.addWidget(self.earlier)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Tersimpan dalam sesi ini")))
        side.addWidget(self.saved_list, 1)
        side.addWidget(self.saved_count)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(260)
        body = QHBoxLayout()
        body.addLayout(main, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        self._load_pending()
        if person_id is not None:
            draft = services.people.draft_of(person_id)
            self._audit_sensitive_view(person_id, draft)
            self.form.load(draft, editing_id=person_id)
            self.save_next.setText(self.tr("Simpan perubahan (Enter)"))
            self.save_child.hide()
            self.pick.setEnabled(False)
            self.earlier.clear(
                person_id=person_id, count=services.people.get(person_id).earlier_deportations
            )
            self.earlier.linked.connect(self.saved)
            self.look_up_earlier()
        else:
            self.form.start_new()
        self._refresh_header()
        self._focus_start()

    def _audit_sensitive_view(self, person_id: uuid.UUID, draft: PersonDraft) -> None:
        """Opening a child's or a trafficking/violence case's record is on record (UU PDP)."""
        person = self._services.people.get(person_id)
        reasons = [
            code
            for code, flag in (
                ("minor", person.is_minor),
                ("trafficking", draft.trafficking_suspected),
                ("violence", draft.violence_victim),
            )
            if flag
        ]
        if reasons:
            record_view(
                self._services.db,
                officer_id=self._officer_id,
                record_kind=ChangeKind.PERSON,
                record_id=person_id,
                why_sensitive=",".join(reasons),
                now=self._services.now(),
            )

    # -- context -------------------------------------------------------------------------

    def _form_context(self) -> FormContext:
        return FormContext(
            convoy_id=self._convoy.id,
            arrival=self._convoy.arrival_date,
            companions=tuple(self._services.people.companions(self._convoy.id)),
            regions=regions_down_to_district(),
        )

    def _load_pending(self) -> None:
        entries = self._services.manifests.pending(self._convoy.id)
        self._pending = {entry.pick_label(): entry for entry in entries}
        completer = QCompleter(QStringListModel(list(self._pending), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self.pick_entry)
        self.pick.setCompleter(completer)
        self.pick_status.setText(
            self.tr("%n nama di daftar belum tiba", "", len(self._pending))
            if self._pending
            else self.tr("Tidak ada daftar nama untuk kedatangan ini.")
        )

    def _refresh_header(self) -> None:
        arrival = self._convoy.arrival_at.astimezone(POST_TIMEZONE).strftime("%d-%m-%Y %H:%M")
        letter = self._convoy.kjri_letter_number or self.tr("tanpa surat KJRI")
        self.header.setText(
            self.tr("Kedatangan %1 - %2").replace("%1", arrival).replace("%2", letter)
        )

    def _focus_start(self) -> None:
        if self._pending and self.pick.isEnabled():
            self.pick.setFocus()
        else:
            self.form.focus_first()

    # -- picking from the list -----------------------------------------------------------

    def pick_entry(self, label: str) -> None:
        entry = self._pending.get(label)
        if entry is None:
            return
        current = self.form.values()
        names: tuple[str, ...] = CARRIED_OVER
        if current["guardian_id"] is not None:
            # Started by "save and add child" (Ctrl+K): picking the child from the list keeps
            # the family and the accompanying adult, or the child is saved as unaccompanied.
            names = (*CARRIED_OVER, *CARRIED_TO_CHILD, *CHILD_LINKS)
        carried = {name: current.get(name) for name in dict.fromkeys(names)}
        address = entry.address or carried.pop("address", None) or None
        carried.pop("address", None)
        draft = PersonDraft(
            convoy_id=self._convoy.id,
            full_name=entry.full_name,
            sex=entry.sex,
            birth_date=entry.birth_date,
            birth_year=entry.birth_year,
            estimated_age=entry.estimated_age,
            birth_place=entry.birth_place,
            address=address,
            **{
                **carried,
                "document_type": entry.document_type,
                "reasons": entry.reasons or carried.get("reasons", ()),
            },
            document_number=entry.document_number,
            manifest_entry_id=entry.id,
        )
        self.form.load(draft)
        self.earlier.clear()
        self.look_up_earlier()
        self.pick.clear()
        self.form.focus_first()

    # -- saving --------------------------------------------------------------------------

    def save_and_next(self) -> PersonPublic | None:
        draft = self.form.draft()
        if draft is None:
            return None
        saved = self._save(draft)
        if saved is None:
            return None
        if self.form.editing_id is not None:
            self.accept()
            return saved
        self.form.set_context(self._form_context())
        self.form.start_new(self._carry_over(draft))
        self.earlier.clear()
        self._load_pending()
        self._focus_start()
        return saved

    def save_and_add_child(self) -> PersonPublic | None:
        """Save an adult, then start a child of theirs: same family, prefilled, linked."""
        draft = self.form.draft()
        if draft is None:
            return None
        if draft.family_id is None and self.form.editing_id is None:
            family = self._services.people.start_family(
                self._convoy.id,
                self.tr("Keluarga %1").replace("%1", draft.full_name),
                officer_id=self._officer_id,
            )
            draft = draft.model_copy(update={"family_id": family})
        saved = self._save(draft)
        if saved is None:
            return None
        self.form.set_context(self._form_context())
        if saved.is_minor:  # a child's child is not how families come; start a sibling
            child = self._carry_over(draft, to_child=True, guardian=draft.guardian_id)
        else:
            child = self._carry_over(
                draft, to_child=True, guardian=saved.id, guardian_sex=saved.sex
            )
        self.form.start_new(child)
        self.earlier.clear()
        self._load_pending()
        self.form.focus_first()
        return saved

    def _save(self, draft: PersonDraft) -> PersonPublic | None:
        try:
            if self.form.editing_id is not None:
                saved = self._services.people.update(
                    self.form.editing_id, draft, officer_id=self._officer_id
                )
            else:
                saved = self._services.people.register(draft, officer_id=self._officer_id)
        except ServiceError as error:
            self.form.form_error.show_error(message(error.code))
            return None
        if self.form.editing_id is None and self.earlier.pending_ids():
            linked, problems = self.earlier.link_pending(saved.id)
            saved = linked or saved
            if problems:
                Notice.error(self, "\n".join(problems))
        self._add_saved(saved)
        self.saved.emit(saved)
        return saved

    def _add_saved(self, person: PersonPublic) -> None:
        badge = badges.badge_text(person.is_minor, person.unaccompanied)
        # The badge comes first: a narrow list cuts off the end of a line, never the flag.
        text = f"{badge}: {person.full_name}" if badge else person.full_name
        if person.earlier_deportations:
            text += self.tr(" (%1x dideportasi)").replace("%1", str(person.earlier_deportations))
        item = QListWidgetItem(text)
        item.setToolTip(item.text())
        colour = badges.badge_colour(person.is_minor, person.unaccompanied)
        if colour is not None:
            item.setBackground(colour)
        self.saved_list.insertItem(0, item)
        self.saved_count.setText(self.tr("%n orang tersimpan", "", self.saved_list.count()))

    def look_up_earlier(self) -> None:
        """Earlier records of whoever is on the form now (after an identity field)."""
        self.earlier.look_up(
            self.form.values(), convoy_id=self._convoy.id, person_id=self.form.editing_id
        )

    def _carry_over(
        self,
        draft: PersonDraft,
        *,
        to_child: bool = False,
        guardian: uuid.UUID | None = None,
        guardian_sex: Sex | None = None,
    ) -> dict[str, object]:
        names = CARRIED_TO_CHILD if to_child else CARRIED_OVER
        values = {name: getattr(draft, name) for name in names}
        if to_child:
            relationship = {
                Sex.FEMALE: GuardianRelationship.MOTHER,
                Sex.MALE: GuardianRelationship.FATHER,
            }.get(guardian_sex)
            values.update(
                family_id=draft.family_id,
                guardian_id=guardian,
                guardian_relationship=relationship or draft.guardian_relationship,
                sector=Sector.FOLLOWING_PARENTS,
            )
        return values
