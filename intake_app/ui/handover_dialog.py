"""The handover dialog: persons, recipient, witnesses and details, with the rules explained live."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.clock import POST_TIMEZONE
from intake_app.domain.handover_rules import Override, RuleCode, RuleResult
from intake_app.services.bundle import AppServices
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.handover_facts import HandoverDraft
from intake_app.services.handovers import IssuedLetter
from intake_app.ui.combo_select import select_data
from intake_app.ui.handover_messages import error_text, verdict, violation_text
from intake_app.ui.handover_parties import PartiesForm
from intake_app.ui.handover_people_picker import PeoplePicker
from intake_app.ui.notice import Notice
from intake_app.ui.supervisor_gate import SupervisorAction, require_supervisor

CHECK_DELAY_MS = 150


def _text_box(name: str, height: int = 54) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)  # keyboard users leave the box with Tab
    box.setFixedHeight(height)
    return box


class HandoverDialog(QDialog):
    """Builds a HandoverDraft, shows what the rules say about it, and issues the letter.

    Signals:
        issued(object): the IssuedLetter of a handover just recorded.
    """

    issued = Signal(object)

    def __init__(
        self,
        services: AppServices,
        convoy_id: uuid.UUID,
        *,
        officer_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._convoy_id = convoy_id
        self.rules: RuleResult | None = None
        self.letter: IssuedLetter | None = None
        defaults = services.handovers.defaults(convoy_id)
        self._arrival = defaults.arrival
        self.setWindowTitle(
            self.tr("Serah terima baru - kedatangan %1").replace("%1", defaults.convoy_label)
        )
        self.resize(1280, 820)

        self.picker = PeoplePicker()
        self.parties = PartiesForm()
        self.officer = QComboBox()
        self.officer.setObjectName("officer")
        for choice in services.handovers.officers():
            suffix = self.tr(" (supervisor)") if choice.supervisor else ""
            self.officer.addItem(choice.full_name + suffix, choice.id)
        select_data(self.officer, officer_id or services.officer_id)
        self.place = QLineEdit(defaults.place)
        self.place.setObjectName("place")
        self.place.setMaxLength(100)
        # Typed and shown in the post's time (WIB), whatever the desk PC's zone is.
        local = services.now().astimezone(POST_TIMEZONE)
        self.when = QDateTimeEdit(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.when.setObjectName("handedOverAt")
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.basis = QLineEdit(defaults.basis)
        self.basis.setObjectName("basis")
        self.basis.setMaxLength(300)
        self.condition = _text_box("condition")
        self.condition.setPlainText(self.tr("dalam keadaan sehat"))
        self.items = _text_box("items")
        details = QGroupBox(self.tr("Pelaksanaan"))
        details_form = QFormLayout(details)
        for text, widget in (
            (self.tr("Petugas (Pihak &Pertama)"), self.officer),
            (self.tr("&Tempat"), self.place),
            (self.tr("Tan&ggal dan jam"), self.when),
            (self.tr("&Dasar"), self.basis),
            (self.tr("&Kondisi saat diserahkan"), self.condition),
            (self.tr("&Barang yang diserahkan"), self.items),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            details_form.addRow(label, widget)

        self.rules_text = QLabel()
        self.rules_text.setObjectName("rulesExplanation")
        self.rules_text.setWordWrap(True)
        self.rules_text.setTextFormat(Qt.TextFormat.RichText)
        self.rules_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.override_reason = QLineEdit()
        self.override_reason.setObjectName("overrideReason")
        self.override_reason.setMaxLength(500)
        self.override_label = QLabel(self.tr("&Alasan persetujuan supervisor"))
        self.override_label.setBuddy(self.override_reason)
        self.referral_button = QPushButton(self.tr("Catat &rujukan..."))
        self.referral_button.setObjectName("recordReferral")
        rules_box = QGroupBox(self.tr("Pemeriksaan aturan"))
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.rules_text)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_label)
        override_row.addWidget(self.override_reason, 1)
        rules_layout.addLayout(override_row)
        rules_layout.addWidget(self.referral_button, 0, Qt.AlignmentFlag.AlignLeft)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self.parties)
        form_layout.addWidget(details)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        splitter = QSplitter()
        splitter.addWidget(self.picker)
        splitter.addWidget(scroll)
        splitter.setSizes([620, 640])

        self.buttons = QDialogButtonBox()
        self.issue_button = self.buttons.addButton(
            self.tr("&Terbitkan surat"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.issue_button.setObjectName("issueLetter")
        # Issuing reserves a number for good: Enter in a field must not do it by accident.
        self.issue_button.setAutoDefault(False)
        self.issue_button.setDefault(False)
        self.buttons.addButton(self.tr("Bata&l"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(rules_box)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        for signal in (
            self.picker.selection_changed,
            self.parties.changed,
            self.override_reason.textChanged,
        ):
            signal.connect(self._timer.start)
        self.referral_button.clicked.connect(self.record_referral)
        self.picker.set_candidates(services.handovers.candidates(convoy_id))
        self.picker.search.setFocus()
        self.check_now()

    # The draft and the rules

    def draft(self) -> HandoverDraft:
        """Raises ValidationError when a field is too long or malformed."""
        return HandoverDraft(
            convoy_id=self._convoy_id,
            person_ids=self.picker.checked_ids(),
            recipient_type=self.parties.kind(),
            recipient=self.parties.recipient(),
            witnesses=self.parties.witness_drafts(),
            place=self.place.text() or None,
            handed_over_at=self.handed_over_at(),
            basis=self.basis.text() or None,
            condition=self.condition.toPlainText() or None,
            items=self.items.toPlainText() or None,
        )

    def handed_over_at(self) -> datetime:
        day, time = self.when.date(), self.when.time()
        return datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=POST_TIMEZONE
        )

    def override(self) -> Override | None:
        reason = self.override_reason.text()
        # For the live check the officer's claim stands; issuing asks the supervisor gate.
        return Override(reason=reason, by_supervisor=True) if reason.strip() else None

    def check_now(self) -> RuleResult | None:
        self._timer.stop()
        try:
            draft = self.draft()
        except ValidationError:
            self._show_problem(self.tr("Ada isian yang terlalu panjang atau tidak valid."))
            return None
        self.rules = self._services.handovers.check(draft, override=self.override())
        self._explain(self.rules)
        return self.rules

    def _explain(self, result: RuleResult) -> None:
        rows = {r.id: r for r in self.picker.model.rows}
        names = {pid: r.full_name for pid, r in rows.items()}
        guardians = {pid: r.guardian_name or "" for pid, r in rows.items()}
        lines = [violation_text(v, names, guardians) for v in result.violations]  # type: ignore[arg-type]
        summary = verdict(result)
        overridable = bool(result.violations) and all(v.overridable for v in result.violations)
        colour = "#1b5e20" if result.allowed else "#b71c1c"
        html = "".join(f"<li>{_escape(line)}</li>" for line in lines)
        head = summary or self.tr("Serah terima belum dapat dilakukan:")
        self.rules_text.setText(
            f"<p style='color:{colour}'><b>{_escape(head)}</b></p>"
            + (f"<ul style='margin-left:-20px'>{html}</ul>" if html else "")
        )
        self.override_label.setVisible(overridable)
        self.override_reason.setVisible(overridable)
        self.referral_button.setVisible(
            any(v.code is RuleCode.REFERRAL_MISSING for v in result.violations)
        )
        self.issue_button.setEnabled(result.allowed and self.officer.count() > 0)
        if self.officer.count() == 0:
            self.rules_text.setText(
                self.rules_text.text()
                + "<p>"
                + _escape(self.tr("Belum ada akun petugas: surat tidak dapat ditandatangani."))
                + "</p>"
            )

    def _show_problem(self, text: str) -> None:
        self.rules_text.setText(f"<p style='color:#b71c1c'><b>{_escape(text)}</b></p>")
        self.issue_button.setEnabled(False)

    # Actions

    def record_referral(self) -> None:
        """Note the referral (police report, UPTD PPA notice) of each person who needs one."""
        if self.rules is None:
            return
        rows = {r.id: r for r in self.picker.model.rows}
        for violation in self.rules.violations:
            if violation.code is not RuleCode.REFERRAL_MISSING or violation.person_id is None:
                continue
            name = rows[violation.person_id].full_name
            reference = self.ask_referral(self, name)
            if reference is None:
                return
            try:
                self._services.handovers.record_referral(
                    violation.person_id,
                    to=self.parties.kind(),
                    reference=reference,
                    officer_id=self.officer.currentData(),
                )
            except ServiceError as error:
                Notice.error(self, error_text(error.code))
                return
        self.check_now()

    def issue(self) -> None:
        result = self.check_now()
        if result is None or not result.allowed:
            return
        override = None
        if result.overridden:
            if not require_supervisor(self, SupervisorAction.OVERRIDE_RULE, self._services.session):
                Notice.error(self, error_text(ErrorCode.SUPERVISOR_REQUIRED))
                return
            override = self.override()
        try:
            letter = self._services.handovers.issue(
                self.draft(), officer_id=self.officer.currentData(), override=override
            )
        except ServiceError as error:
            if error.code is ErrorCode.HANDOVER_REFUSED:
                self.check_now()  # someone else changed a record meanwhile: explain afresh
            Notice.error(self, error_text(error.code))
            return
        self.letter = letter
        self.issued.emit(letter)
        self.accept()

    @classmethod
    def ask_referral(cls, parent: QWidget | None, name: str) -> str | None:
        """The referral's reference for one person; tests patch this."""
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("HandoverDialog", "Catat rujukan"),
            QCoreApplication.translate(
                "HandoverDialog", "Nomor laporan polisi atau surat rujukan untuk %1:"
            ).replace("%1", name),
        )
        return text.strip() if ok and text.strip() else None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
