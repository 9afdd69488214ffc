"""Earlier records of the person on the form: candidates, why they match, and linking one."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.matching import MatchReason
from intake_app.domain.typed_dates import format_date
from intake_app.services.earlier_records import EarlierRecord, EarlierRecords
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.people import PersonPublic
from intake_app.ui.form_messages import message

_CTX = "EarlierRecordsPanel"
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the EarlierRecord of a list item

REASON_LABELS = {
    MatchReason.SAME_NIK: QT_TRANSLATE_NOOP("EarlierRecordsPanel", "NIK sama"),
    MatchReason.SAME_DOCUMENT: QT_TRANSLATE_NOOP("EarlierRecordsPanel", "nomor dokumen sama"),
    MatchReason.SIMILAR_NAME_SAME_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "EarlierRecordsPanel", "nama mirip (%1%) dan tanggal lahir sama"
    ),
}
SAME_NAME_AND_BIRTH = QT_TRANSLATE_NOOP("EarlierRecordsPanel", "nama dan tanggal lahir sama")
# When one side knows only the year of birth, only the year can have matched.
SIMILAR_NAME_SAME_YEAR = QT_TRANSLATE_NOOP(
    "EarlierRecordsPanel", "nama mirip (%1%) dan tahun lahir sama"
)
SAME_NAME_AND_YEAR = QT_TRANSLATE_NOOP("EarlierRecordsPanel", "nama dan tahun lahir sama")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _plain(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def reason_text(
    record: EarlierRecord, typed_name: str | None = None, *, whole_date: bool = True
) -> str:
    """The reasons of a match in plain Indonesian, strongest first.

    `whole_date`: the form has a full birth date (not only a year).
    """
    parts = []
    for reason in record.reasons:
        label = REASON_LABELS[reason]
        if reason == MatchReason.SIMILAR_NAME_SAME_BIRTH_DATE:
            same = typed_name is not None and _plain(typed_name) == _plain(record.full_name)
            year_only = not whole_date or record.birth_date is None
            if year_only:
                label = SAME_NAME_AND_YEAR if same else SIMILAR_NAME_SAME_YEAR
            elif same:
                label = SAME_NAME_AND_BIRTH
        parts.append(_tr(label).replace("%1", f"{record.name_score:.0f}"))
    return ", ".join(parts)


class EarlierRecordsPanel(QGroupBox):
    """Lists possible earlier records of the person on the form and links the chosen one.

    Shown only when there is something to see: a candidate, or earlier deportations on
    record; most people come for the first time. A saved person is linked at once; one
    not saved yet gets the link when the dialog saves them (`pending_ids`, then
    `link_pending`).

    Signals:
        linked(object): the PersonPublic after a link was made, with its new count.
    """

    linked = Signal(object)

    def __init__(
        self,
        records: EarlierRecords,
        *,
        now: Callable[[], datetime],
        officer_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Catatan deportasi sebelumnya"), parent)
        self.setObjectName("earlierRecords")
        self._records = records
        self._now = now
        self._officer_id = officer_id
        self._person_id: uuid.UUID | None = None
        self._count = 0
        self._found: list[EarlierRecord] = []
        self._pending: dict[uuid.UUID, EarlierRecord] = {}
        self._asked: tuple[object, ...] | None = None  # the identity last looked up
        self._typed_name: str | None = None
        self._whole_date = False

        self.count_label = QLabel()
        self.count_label.setObjectName("earlierCount")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.candidates = QListWidget()
        self.candidates.setObjectName("earlierCandidates")
        self.candidates.setAccessibleName(self.tr("Kemungkinan catatan sebelumnya"))
        self.candidates.setWordWrap(True)
        # Two candidates of two lines each; more scroll. The form above needs the room.
        self.candidates.setMaximumHeight(self.fontMetrics().height() * 5)
        list_label = QLabel(self.tr("K&emungkinan orang yang sama:"))
        list_label.setBuddy(self.candidates)
        # Every letter of "Tautkan" is a mnemonic of a form field already; a key of its own.
        self.link_button = QPushButton(self.tr("Tautkan (Ctrl+L)"))
        self.link_button.setObjectName("linkEarlier")
        self.link_button.setShortcut(QKeySequence("Ctrl+L"))
        self.link_button.setAutoDefault(False)
        self.link_button.clicked.connect(self.link_selected)
        self.feedback = QLabel()
        self.feedback.setObjectName("earlierFeedback")
        self.feedback.setWordWrap(True)
        self.candidates.currentRowChanged.connect(self._update_button)
        self.candidates.itemDoubleClicked.connect(lambda _item: self.link_selected())
        # Enter on a candidate links it; it must not also reach the dialog's default
        # button and save a form the officer has not finished.
        self.candidates.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(list_label, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.feedback, 1)
        bottom.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.candidates)
        layout.addLayout(bottom)
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.candidates
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.link_selected()
            return True
        return super().eventFilter(watched, event)

    # -- looking up -----------------------------------------------------------------

    def clear(self, *, person_id: uuid.UUID | None = None, count: int = 0) -> None:
        """A new person on the form: nothing found, nothing pending."""
        self._person_id = person_id
        self._count = count
        self._found = []
        self._pending = {}
        self._asked = None
        self._typed_name = None
        self.feedback.clear()
        self._render()

    def look_up(
        self,
        values: Mapping[str, object],
        *,
        convoy_id: uuid.UUID,
        person_id: uuid.UUID | None = None,
        count: int | None = None,
    ) -> None:
        """Find candidates for the identity typed on the form (PersonForm.values())."""
        names = ("nik", "document_number", "full_name", "birth_date", "birth_year")
        asked = (person_id, convoy_id, *(values.get(name) for name in names))
        if asked == self._asked and count is None:
            return  # leaving a field unchanged: nothing new to look up
        self._asked = asked
        self._typed_name = _text(values.get("full_name"))
        self._whole_date = values.get("birth_date") is not None
        if person_id != self._person_id:
            self._pending = {}
        self._person_id = person_id
        if count is not None:
            self._count = count
        self.feedback.clear()
        self._found = self._records.find(
            nik=_text(values.get("nik")),
            document_number=_text(values.get("document_number")),
            name=_text(values.get("full_name")),
            birth_date=values.get("birth_date"),  # type: ignore[arg-type]
            birth_year=values.get("birth_year"),  # type: ignore[arg-type]
            exclude_convoy_id=convoy_id,
            person_id=person_id,
        )
        # A link chosen for an identity the officer has since changed is dropped, not made.
        still = {record.id for record in self._found}
        self._pending = {key: value for key, value in self._pending.items() if key in still}
        self._render()

    @property
    def found(self) -> list[EarlierRecord]:
        return list(self._found)

    @property
    def count(self) -> int:
        """Earlier deportations shown: the saved count, or what pending links will make."""
        if self._person_id is not None or not self._pending:
            return self._count
        return max(
            self._count,
            len(self._pending),
            *(record.earlier_deportations + 1 for record in self._pending.values()),
        )

    def pending_ids(self) -> list[uuid.UUID]:
        return list(self._pending)

    # -- linking --------------------------------------------------------------------

    def select(self, earlier_id: uuid.UUID) -> None:
        for row in range(self.candidates.count()):
            if self.candidates.item(row).data(RECORD_ROLE).id == earlier_id:
                self.candidates.setCurrentRow(row)

    def link_selected(self) -> None:
        item = self.candidates.currentItem()
        if item is None:
            self.feedback.setText(self.tr("Pilih dulu catatan yang akan ditautkan."))
            return
        record: EarlierRecord = item.data(RECORD_ROLE)
        if record.linked or record.id in self._pending:
            self._refuse(ErrorCode.ALREADY_LINKED)
            return
        if record.id == self._person_id:
            self._refuse(ErrorCode.EARLIER_IS_SELF)
            return
        if self._person_id is None:
            self._pending[record.id] = record
            self._render(keep=record.id)
            self.feedback.setText(self.tr("Akan ditautkan saat data ini disimpan."))
            return
        try:
            saved = self._records.link(
                self._person_id, record.id, officer_id=self._officer_id, now=self._now()
            )
        except ServiceError as error:
            self._refuse(error.code)
            return
        self._count = saved.earlier_deportations
        self._found = [
            found.model_copy(update={"linked": True}) if found.id == record.id else found
            for found in self._found
        ]
        self._render(keep=record.id)
        self.feedback.setText(
            self.tr("Ditautkan dengan catatan %1.").replace(
                "%1", record.arrival_date.strftime("%Y")
            )
        )
        self.linked.emit(saved)

    def link_pending(self, person_id: uuid.UUID) -> tuple[PersonPublic | None, list[str]]:
        """After the person was saved: make the links chosen before. Returns the last
        saved state (None when nothing was linked) and the messages of links refused."""
        saved: PersonPublic | None = None
        problems: list[str] = []
        for earlier_id in list(self._pending):
            try:
                saved = self._records.link(
                    person_id, earlier_id, officer_id=self._officer_id, now=self._now()
                )
            except ServiceError as error:
                problems.append(message(error.code))
        self._pending = {}
        return saved, problems

    def _refuse(self, code: ErrorCode) -> None:
        self.feedback.setText(message(code))
        self.feedback.setStyleSheet("color: #9B1C1C;")

    # -- showing --------------------------------------------------------------------

    def _render(self, *, keep: uuid.UUID | None = None) -> None:
        self.feedback.setStyleSheet("")
        self.candidates.clear()
        for record in self._found:
            item = QListWidgetItem(self._item_text(record))
            item.setData(RECORD_ROLE, record)
            item.setToolTip(item.text())
            self.candidates.addItem(item)
        if keep is not None:
            self.select(keep)
        elif self._found:
            self.candidates.setCurrentRow(0)
        count = self.count
        self.count_label.setText(
            self.tr("Deportasi sebelumnya: %1 kali").replace("%1", str(count))
            if count
            else self.tr("Belum pernah tercatat dideportasi")
        )
        self.setVisible(bool(self._found or count))
        self._update_button()

    def _item_text(self, record: EarlierRecord) -> str:
        if record.birth_date is not None:
            born = format_date(record.birth_date)
        elif record.birth_year is not None:
            born = str(record.birth_year)
        else:
            born = "?"
        first = self.tr("%1, lahir %2, tiba %3").replace("%1", record.full_name)
        first = first.replace("%2", born).replace("%3", format_date(record.arrival_date))
        if record.document_number:
            first += f", {record.document_number}"
        if record.earlier_deportations:
            first += self.tr(" (sudah %1 kali sebelumnya)").replace(
                "%1", str(record.earlier_deportations)
            )
        if record.linked:
            state = self.tr("TERTAUT")
        elif record.id in self._pending:
            state = self.tr("AKAN DITAUTKAN")
        else:
            state = self.tr("Cocok")
        reasons = reason_text(record, self._typed_name, whole_date=self._whole_date)
        return f"{first}\n{state}: {reasons}"

    def _update_button(self, *_args: object) -> None:
        item = self.candidates.currentItem()
        record: EarlierRecord | None = item.data(RECORD_ROLE) if item is not None else None
        self.link_button.setEnabled(record is not None)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
