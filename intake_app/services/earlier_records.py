"""Earlier records of repeat deportees: finding candidates and linking the officer's pick."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, Integer, and_, column, literal_column, or_, text
from sqlmodel import Session, col, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import ChangeKind, PersonStatus
from intake_app.domain.matching import Identity, MatchReason, document_key, same_person_likelihood
from intake_app.domain.names import name_key
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.name_queries import fuzzy_name_query
from intake_app.services.people import PersonPublic
from intake_app.services.search import CANDIDATE_CAP
from intake_app.storage.database import Database
from intake_app.storage.journal import (
    append_audit,
    record_edit,
    record_outbox,
    record_payload,
)
from intake_app.storage.models import Convoy, Person, PersonLink

_ROWID = literal_column("person.rowid")
_COLUMNS = (
    Person.id,
    Person.full_name,
    Person.name_key,
    Person.nik,
    Person.document_number,
    Person.birth_date,
    Person.birth_year,
    Person.convoy_id,
    Person.earlier_deportations,
    Convoy.arrival_at,
)


class EarlierRecord(BaseModel):
    """A person from an earlier convoy who may be the one being registered.

    `linked` says the officer already linked it to the person asked about.
    """

    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    full_name: str
    birth_date: date | None
    birth_year: int | None
    document_number: str | None
    convoy_id: uuid.UUID
    arrival_date: date
    earlier_deportations: int
    reasons: tuple[MatchReason, ...]
    name_score: float
    linked: bool = False


class EarlierRecords:
    """Repeat-deportee lookups for the registration form, and the links the officer makes.

    Lookups go through indexes (NIK, document number, name key with birth date, and the
    FTS5 trigram table), never a scan of the person table.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- candidates -----------------------------------------------------------------

    def find(
        self,
        *,
        nik: str | None = None,
        document_number: str | None = None,
        name: str | None = None,
        birth_date: date | None = None,
        birth_year: int | None = None,
        exclude_convoy_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
    ) -> list[EarlierRecord]:
        """People of convoys that arrived before `exclude_convoy_id` who may be this person.

        Same NIK, same document number, or a similar name with the same birth date (or
        year, when only a year is known). The officer decides; nothing is linked here.
        With `person_id` (a saved person), the records already linked to it come too,
        marked `linked`, even when the typed identity no longer matches them.
        """
        key = name_key(name or "")
        new = Identity(key, nik or None, document_number, birth_date, birth_year)
        conditions: list[ColumnElement[bool]] = []
        if new.nik:
            conditions.append(col(Person.nik) == new.nik)
        typed = (document_number or "").strip()
        if document_key(typed):
            # The index compares exactly; these are the spellings a number usually has.
            spellings = {typed, typed.upper(), document_key(typed)}
            conditions.append(col(Person.document_number).in_(spellings))
        year = birth_date.year if birth_date else birth_year
        if key and year is not None:
            conditions.extend(_name_conditions(key, birth_date, year))
        if not conditions and person_id is None:
            return []
        with self._db.read() as session:
            found = self._candidates(session, conditions, exclude_convoy_id)
            linked = _linked(session, person_id) if person_id is not None else {}
            for earlier_id in set(linked) - set(found):
                statement = select(*_COLUMNS).join(Convoy, col(Convoy.id) == Person.convoy_id)
                row = session.exec(statement.where(Person.id == earlier_id)).first()
                if row is not None:
                    found[earlier_id] = row
        records = []
        for row in found.values():
            if row[0] == person_id:
                continue
            match = same_person_likelihood(new, Identity(row[2], row[3], row[4], row[5], row[6]))
            reasons = match.reasons or linked.get(row[0], ())
            if reasons:
                records.append(_record(row, reasons, match.name_score, row[0] in linked))
        records.sort(key=lambda r: (-len(r.reasons), -r.name_score, -r.arrival_date.toordinal()))
        return records

    def _candidates(
        self,
        session: Session,
        conditions: list[ColumnElement[bool]],
        exclude_convoy_id: uuid.UUID | None,
    ) -> dict[uuid.UUID, Any]:
        before = None
        if exclude_convoy_id is not None:
            convoy = session.get(Convoy, exclude_convoy_id)
            before = convoy.arrival_at if convoy else None
        found: dict[uuid.UUID, Any] = {}
        for condition in conditions:
            statement = (
                select(*_COLUMNS).join(Convoy, col(Convoy.id) == Person.convoy_id).where(condition)
            )
            if exclude_convoy_id is not None:
                statement = statement.where(Person.convoy_id != exclude_convoy_id)
            if before is not None:
                statement = statement.where(col(Convoy.arrival_at) < before)
            for row in session.exec(statement.limit(CANDIDATE_CAP)).all():
                found[row[0]] = row
        return found

    # -- linking --------------------------------------------------------------------

    def link(
        self,
        person_id: uuid.UUID,
        earlier_id: uuid.UUID,
        *,
        officer_id: uuid.UUID | None,
        now: datetime,
    ) -> PersonPublic:
        """Record the officer's finding that `earlier_id` is this person deported before.

        Sets `earlier_deportations` to what the links prove: the earlier records reached
        through links, and at least one more than any linked record's own count. Linking
        a person to itself, to a record that did not arrive before, or to the same record
        twice is refused with a code the form explains.
        """
        with self._db.write() as session:
            person = session.get(Person, person_id)
            earlier = session.get(Person, earlier_id)
            if person is None or earlier is None:
                raise ServiceError(ErrorCode.NOT_FOUND, "no such person")
            if person.id == earlier.id:
                raise ServiceError(ErrorCode.EARLIER_IS_SELF, "a person is not their own record")
            if session.get(PersonLink, (person_id, earlier_id)) is not None:
                raise ServiceError(ErrorCode.ALREADY_LINKED, "these records are already linked")
            if person.status == PersonStatus.CLOSED:
                raise ServiceError(ErrorCode.PERSON_CLOSED, "the person was already handed over")
            _check_earlier(session, person, earlier)
            match = same_person_likelihood(_identity(person), _identity(earlier))
            before = record_payload(person)
            link = PersonLink(
                person_id=person_id,
                earlier_person_id=earlier_id,
                reasons=[str(reason) for reason in match.reasons],
                linked_by=officer_id,
                linked_at=now,
            )
            session.add(link)
            # The link travels to head office too; its audit is the ".detail" entry below.
            record_outbox(session, kind=ChangeKind.PERSON_LINK, record=link, now=now)
            person.earlier_deportations = max(
                person.earlier_deportations,
                _earlier_count(session, person_id),
                earlier.earlier_deportations + 1,
            )
            record_edit(
                session,
                kind=ChangeKind.PERSON,
                record=person,
                before=before,
                officer_id=officer_id,
                action="person.link_earlier",
                now=now,
            )
            # record_change keeps only changed fields; which record was linked, and why,
            # goes into an entry of its own so the chain says it too.
            append_audit(
                session,
                officer_id=officer_id,
                action="person.link_earlier.detail",
                record_kind=ChangeKind.PERSON,
                record_id=person_id,
                detail={
                    "earlier_person_id": str(earlier_id),
                    "reasons": [str(reason) for reason in match.reasons],
                    "version": person.version,
                },
                now=now,
            )
            return PersonPublic.model_validate(person)


def _record(
    row: Any, reasons: tuple[MatchReason, ...], name_score: float, linked: bool
) -> EarlierRecord:
    return EarlierRecord(
        id=row[0],
        full_name=row[1],
        birth_date=row[5],
        birth_year=row[6],
        document_number=row[4],
        convoy_id=row[7],
        earlier_deportations=row[8],
        arrival_date=local_date(row[9]),
        reasons=reasons,
        name_score=round(name_score, 1),
        linked=linked,
    )


def _name_conditions(key: str, birth_date: date | None, year: int) -> list[ColumnElement[bool]]:
    """Same-birth conditions for the exact name key and for similar names.

    A record with only a birth year matches a full date in that year, and the other
    way round, as in matching.same_birth.
    """
    in_year = and_(
        col(Person.birth_date) >= date(year, 1, 1), col(Person.birth_date) <= date(year, 12, 31)
    )
    only_year = and_(col(Person.birth_date).is_(None), col(Person.birth_year) == year)
    if birth_date is not None:
        born: ColumnElement[bool] = or_(col(Person.birth_date) == birth_date, only_year)
    else:
        born = or_(in_year, col(Person.birth_year) == year)
    similar = _ROWID.in_(
        text("SELECT rowid FROM person_search WHERE person_search MATCH :similar")
        .bindparams(similar=fuzzy_name_query(key))
        .columns(column("rowid", Integer))
    )
    return [and_(col(Person.name_key) == key, born), and_(similar, born)]


def _linked(session: Session, person_id: uuid.UUID) -> dict[uuid.UUID, tuple[MatchReason, ...]]:
    """The records already linked to the person, with the reasons stored on each link."""
    rows = session.exec(
        select(PersonLink.earlier_person_id, PersonLink.reasons).where(
            PersonLink.person_id == person_id
        )
    ).all()
    return {
        earlier: tuple(MatchReason(reason) for reason in reasons if reason in set(MatchReason))
        for earlier, reasons in rows
    }


def _check_earlier(session: Session, person: Person, earlier: Person) -> None:
    if person.convoy_id == earlier.convoy_id:
        raise ServiceError(
            ErrorCode.EARLIER_NOT_BEFORE, "an earlier record must come from another convoy"
        )
    arrivals = dict(
        session.exec(
            select(Convoy.id, Convoy.arrival_at).where(
                col(Convoy.id).in_([person.convoy_id, earlier.convoy_id])
            )
        ).all()
    )
    if arrivals[earlier.convoy_id] >= arrivals[person.convoy_id]:
        raise ServiceError(
            ErrorCode.EARLIER_NOT_BEFORE, "the earlier record's convoy must have arrived before"
        )


def _identity(person: Person) -> Identity:
    return Identity(
        person.name_key, person.nik, person.document_number, person.birth_date, person.birth_year
    )


def _earlier_count(session: Session, person_id: uuid.UUID) -> int:
    """Distinct earlier records reachable through links (earlier ones' own links too)."""
    chain = text(
        "WITH RECURSIVE chain(id) AS ("
        " SELECT earlier_person_id FROM personlink WHERE person_id = :person"
        " UNION SELECT link.earlier_person_id FROM personlink AS link"
        " JOIN chain ON link.person_id = chain.id"
        ") SELECT count(*) FROM chain"
    )
    count = session.connection().execute(chain, {"person": person_id.hex}).scalar_one()
    return int(count)
