"""Handing persons over: rules, letter numbers, closing the records, the signed letter PDFs."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict
from sqlalchemy import func
from sqlmodel import col, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import ChangeKind, Disposition
from intake_app.domain.handover_rules import Override, RuleResult, check_handover
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.handover_candidates import (
    HandoverCandidate,
    HandoverDefaults,
    OfficerChoice,
    active_officers,
    convoy_candidates,
    handover_defaults,
)
from intake_app.services.handover_facts import (
    HandoverDraft,
    build_proposal,
    load_persons,
    record_referral,
)
from intake_app.services.handover_records import VOIDED, record_handover, void_in_session
from intake_app.services.handover_snapshot import (
    HandoverSnapshot,
    load_snapshot,
    self_return_reference,
)
from intake_app.services.letter_convoy_summary import convoy_summary_pdf
from intake_app.services.letter_pdf import COPY_MARK, VOID_MARK
from intake_app.services.letter_render import (
    family_statement_path,
    letter_file,
    letter_path,
    render_documents,
)
from intake_app.services.letter_seal import local_verify_keys, post_signing_key
from intake_app.services.posts import the_post
from intake_app.storage.database import Database
from intake_app.storage.files import write_atomically
from intake_app.storage.journal import append_audit
from intake_app.storage.models import AuditEntry, Handover, HandoverPerson, Person

log = logging.getLogger("intake_app.services.handovers")
PRINT_ACTION = "letter.print"  # a reprint (SALINAN); counted as the letter's copies
ORIGINAL_PRINT_ACTION = "letter.print.original"  # the original sent to a printer


@dataclass(frozen=True)
class Stored:
    path: Path
    family_path: Path | None
    qr_payload: str | None


class IssuedLetter(BaseModel):
    """What `issue` did. `pdf_path` is None when rendering failed: the handover still stands
    and `ensure_pdf` makes the file later; `render_error` names the failure, no details."""

    model_config = ConfigDict(frozen=True)

    handover_id: uuid.UUID
    number: str | None  # None for a self-return statement (no BAST number)
    reference: str  # what is printed as "Nomor"
    recipient_type: Disposition
    issued_on: date
    persons: int
    minors: int
    overridden: bool
    pdf_path: Path | None
    family_statement_path: Path | None = None
    qr_payload: str | None = None
    render_error: str | None = None


class LetterInfo(BaseModel):
    """One line of the list of letters (`intake-app letters list`)."""

    model_config = ConfigDict(frozen=True)

    handover_id: uuid.UUID
    number: str | None
    reference: str
    recipient_type: Disposition
    recipient_name: str
    issued_on: date
    persons: int
    minors: int
    voided: bool
    pdf_path: Path | None  # None until the file exists
    copies: int = 0  # reprints marked SALINAN so far
    void_reason: str | None = None


class HandoverService:
    """Issues, reprints and voids handovers; the post key (shared with sync) signs letters."""

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        now: Callable[[], datetime],
        *,
        key_passphrase: bytes | None = None,
    ) -> None:
        self._db = db
        self._data_dir = data_dir
        self._now = now
        self._passphrase = key_passphrase
        self._key: Ed25519PrivateKey | None = None

    def check(self, draft: HandoverDraft, *, override: Override | None = None) -> RuleResult:
        """The rules against fresh records, for the form to explain before anything is saved."""
        with self._db.read() as session:
            _, persons = load_persons(session, draft)
            return check_handover(build_proposal(session, draft, persons, override))

    def candidates(self, convoy_id: uuid.UUID) -> list[HandoverCandidate]:
        """The convoy's persons for the handover form's picker (closed ones marked)."""
        with self._db.read() as session:
            return convoy_candidates(session, convoy_id)

    def officers(self) -> list[OfficerChoice]:
        """Who can sign as first party, until accounts say who is logged in."""
        with self._db.read() as session:
            return active_officers(session)

    def defaults(self, convoy_id: uuid.UUID) -> HandoverDefaults:
        with self._db.read() as session:
            return handover_defaults(session, convoy_id)

    def convoy_summary(self, convoy_id: uuid.UUID, *, officer_id: uuid.UUID | None) -> bytes:
        """The convoy summary sheet (rekapitulasi kedatangan) as PDF bytes."""
        return convoy_summary_pdf(self._db, convoy_id, officer_id=officer_id, now=self._now())

    def record_referral(
        self,
        person_id: uuid.UUID,
        *,
        to: Disposition,
        reference: str,
        officer_id: uuid.UUID | None,
    ) -> None:
        """Note that a person who needs it was referred (police report, UPTD PPA notice)."""
        with self._db.write() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise ServiceError(ErrorCode.NOT_FOUND, f"no person {person_id}")
            record_referral(
                session, person, to=to, reference=reference, officer_id=officer_id, now=self._now()
            )

    def issue(
        self, draft: HandoverDraft, *, officer_id: uuid.UUID, override: Override | None = None
    ) -> IssuedLetter:
        """Check, number, record and close in one transaction; then render outside it.

        The number is reserved inside the write transaction (BEGIN IMMEDIATE), so two windows
        or processes on one database can never take the same one.
        """
        with self._db.write() as session:
            now = self._now()
            handover, result, minors = record_handover(session, draft, officer_id, override, now)
        with self._db.read() as session:
            snapshot = load_snapshot(session, handover.id)
        stored, error = None, None
        try:
            stored = self._store(snapshot)
        except Exception as failure:  # the handover stands; `ensure_pdf` renders it later
            # The type only: messages of rendering errors may quote a person's name.
            error = type(failure).__name__
            log.error("letter %s not rendered: %s", handover.id, error)
        return IssuedLetter(
            handover_id=handover.id,
            number=handover.letter_number,
            reference=snapshot.reference,
            recipient_type=Disposition(handover.recipient_type),
            issued_on=snapshot.day,
            persons=len(snapshot.persons),
            minors=minors,
            overridden=result.overridden,
            pdf_path=stored.path if stored else None,
            family_statement_path=stored.family_path if stored else None,
            qr_payload=stored.qr_payload if stored else None,
            render_error=error,
        )

    def ensure_pdf(self, handover_id: uuid.UUID) -> Path:
        """The stored original, made now if rendering failed at issue time."""
        with self._db.read() as session:
            snapshot = load_snapshot(session, handover_id)
        path = letter_path(self._data_dir, snapshot)
        if not path.exists():
            self._store(snapshot)
        return path

    def record_original_print(
        self, handover_id: uuid.UUID, *, officer_id: uuid.UUID | None = None
    ) -> None:
        """Audit that the original (not a SALINAN) went to a printer."""
        with self._db.write() as session:
            handover = session.get(Handover, handover_id)
            if handover is None:
                raise ServiceError(ErrorCode.NOT_FOUND, f"no handover {handover_id}")
            append_audit(
                session,
                officer_id=officer_id,
                action=ORIGINAL_PRINT_ACTION,
                record_kind=ChangeKind.HANDOVER,
                record_id=handover_id,
                detail={"reference": handover.letter_number or self_return_reference(handover.id)},
                now=self._now(),
            )

    def reprint(
        self,
        handover_id: uuid.UUID,
        *,
        officer_id: uuid.UUID | None = None,
        family_statement: bool = False,
    ) -> bytes:
        """A copy marked SALINAN (and BATAL when voided); every print is audited."""
        with self._db.read() as session:
            snapshot = load_snapshot(session, handover_id)
        rendered = render_documents(
            snapshot,
            self._signing_key() if snapshot.number else None,
            copy_mark=COPY_MARK,
            void_mark=VOID_MARK if snapshot.status == VOIDED else None,
            with_family_statement=family_statement,
        )
        with self._db.write() as session:
            append_audit(
                session,
                officer_id=officer_id,
                action=PRINT_ACTION,
                record_kind=ChangeKind.HANDOVER,
                record_id=handover_id,
                detail={"reference": snapshot.reference, "family_statement": family_statement},
                now=self._now(),
            )
        if family_statement:
            if rendered.family_pdf is None:
                raise ServiceError(ErrorCode.NOT_FOUND, "only a family handover has that form")
            return rendered.family_pdf
        return rendered.pdf

    def void(
        self, handover_id: uuid.UUID, reason: str, *, officer_id: uuid.UUID, supervisor: bool
    ) -> LetterInfo:
        """Void a letter: it keeps its number and stays on record; its persons are open again
        so that they can be handed over by a new letter."""
        if not supervisor:
            raise ServiceError(ErrorCode.SUPERVISOR_REQUIRED, "only a supervisor may void")
        if not reason.strip():
            raise ServiceError(ErrorCode.REASON_REQUIRED, "a void needs its reason")
        with self._db.write() as session:
            now = self._now()
            handover = session.get(Handover, handover_id)
            if handover is None:
                raise ServiceError(ErrorCode.NOT_FOUND, f"no handover {handover_id}")
            if handover.status == VOIDED:
                raise ServiceError(ErrorCode.ALREADY_VOIDED, "the letter is already void")
            void_in_session(session, handover, reason, officer_id=officer_id, now=now)
        with self._db.read() as session:
            snapshot = load_snapshot(session, handover_id)
        try:
            # The file in the letters folder must not pass for a valid letter any more.
            self._store(snapshot, void_mark=VOID_MARK)
        except Exception as failure:  # the void stands; a reprint shows BATAL anyway
            log.error("voided letter %s not re-rendered: %s", handover_id, type(failure).__name__)
        return self._infos([handover_id])[0]

    def letters(
        self, *, year: int | None = None, convoy_id: uuid.UUID | None = None, limit: int = 500
    ) -> list[LetterInfo]:
        """Newest first; self-return statements included (number None)."""
        with self._db.read() as session:
            query = select(Handover.id).order_by(col(Handover.handed_over_at).desc()).limit(limit)
            if convoy_id is not None:
                query = query.where(Handover.convoy_id == convoy_id)
            if year is not None:
                query = query.where(Handover.letter_year == year)
            ids = list(session.exec(query).all())
        return self._infos(ids)

    def letter_pdf_path(self, handover_id: uuid.UUID) -> Path:
        """Where the original PDF is kept (whether or not it was written yet)."""
        with self._db.read() as session:
            return letter_path(self._data_dir, load_snapshot(session, handover_id))

    def verify_keys(self) -> dict[str, Ed25519PublicKey]:
        """This post's public key under its code, for verifying its own letters."""
        with self._db.read() as session:
            code = the_post(session).code
        return local_verify_keys(self._data_dir, code)

    def find_by_number(self, number: str) -> LetterInfo | None:
        with self._db.read() as session:
            found = session.exec(
                select(Handover.id).where(Handover.letter_number == number)
            ).first()
        return self._infos([found])[0] if found else None

    # Internals

    def _store(self, snapshot: HandoverSnapshot, *, void_mark: str | None = None) -> Stored:
        key = self._signing_key() if snapshot.number else None
        rendered = render_documents(snapshot, key, void_mark=void_mark)
        path = letter_path(self._data_dir, snapshot)
        write_atomically(path, rendered.pdf)
        family = None
        if rendered.family_pdf is not None:
            family = family_statement_path(path)
            write_atomically(family, rendered.family_pdf)
        return Stored(path, family, rendered.qr_payload)

    def _signing_key(self) -> Ed25519PrivateKey:
        if self._key is None:
            self._key = post_signing_key(self._db, self._data_dir, self._now, self._passphrase)
        return self._key

    def _infos(self, ids: list[uuid.UUID]) -> list[LetterInfo]:
        if not ids:
            return []
        with self._db.read() as session:
            counts = {
                row[0]: (row[1], row[2] or 0)
                for row in session.exec(
                    select(
                        HandoverPerson.handover_id,
                        func.count(),
                        func.count().filter(col(Person.is_minor)),
                    )
                    .join(Person, col(Person.id) == col(HandoverPerson.person_id))
                    .where(col(HandoverPerson.handover_id).in_(ids))
                    .group_by(HandoverPerson.handover_id)
                ).all()
            }
            rows = {
                h.id: h for h in session.exec(select(Handover).where(col(Handover.id).in_(ids)))
            }
            copies = dict(
                session.exec(
                    select(AuditEntry.record_id, func.count())
                    .where(AuditEntry.action == PRINT_ACTION, col(AuditEntry.record_id).in_(ids))
                    .group_by(AuditEntry.record_id)
                ).all()
            )
        result = []
        for hid in ids:
            h = rows[hid]
            reference = h.letter_number or self_return_reference(h.id)
            day = local_date(h.handed_over_at)
            path = letter_file(self._data_dir, reference, day)
            persons, minors = counts.get(hid, (0, 0))
            result.append(
                LetterInfo(
                    handover_id=hid,
                    number=h.letter_number,
                    reference=reference,
                    recipient_type=Disposition(h.recipient_type),
                    recipient_name=h.recipient_name,
                    issued_on=day,
                    persons=persons,
                    minors=minors,
                    voided=h.status == VOIDED,
                    pdf_path=path if path.exists() else None,
                    copies=copies.get(hid, 0),
                    void_reason=h.void_reason,
                )
            )
        return result
