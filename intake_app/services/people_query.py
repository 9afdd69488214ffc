"""Pages of the people list, filtered and ordered in SQL so a million rows stay quick."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op
from sqlmodel import Session, col, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import PersonStatus, Sex, TravelDocType
from intake_app.domain.minors import AgeFacts, age_on_arrival
from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, Person


class PersonFilter(BaseModel):
    model_config = ConfigDict(frozen=True)

    convoy_id: uuid.UUID | None = None
    minors_only: bool = False
    unaccompanied_only: bool = False
    incomplete_only: bool = False
    status: PersonStatus | None = None


class PersonRow(BaseModel):
    """One line of the people list: only what the list shows, nothing sensitive."""

    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    convoy_id: uuid.UUID
    full_name: str
    sex: Sex
    age: int | None
    age_approximate: bool
    document_type: TravelDocType
    document_number: str | None
    is_minor: bool
    unaccompanied: bool
    guardian_name: str | None
    status: PersonStatus
    arrival_at: datetime
    missing: tuple[str, ...]
    earlier_deportations: int = 0


def _filtered(statement, flt: PersonFilter, *, use_indexes: bool = True):  # type: ignore[no-untyped-def]
    """The filter's conditions; without `use_indexes` SQLite may not pick an index for them.

    Rows already chosen by primary key (search hits) must be looked up by it: without
    statistics SQLite would rather walk the index of a filter column, which at a million
    people can mean most of the table.
    """

    def column(attribute: Any) -> Any:
        if use_indexes:
            return col(attribute)
        # Unary plus is a no-op on any value, and a term with it cannot use an index.
        return UnaryExpression(col(attribute), operator=custom_op("+"), type_=attribute.type)

    if flt.convoy_id is not None:
        statement = statement.where(column(Person.convoy_id) == flt.convoy_id)
    if flt.minors_only:
        statement = statement.where(column(Person.is_minor))
    if flt.unaccompanied_only:
        statement = statement.where(column(Person.unaccompanied))
    if flt.incomplete_only:
        statement = statement.where(column(Person.incomplete))
    if flt.status is not None:
        statement = statement.where(column(Person.status) == flt.status)
    return statement


class PeopleQuery:
    """Read side of the people list; each call is one short read transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, flt: PersonFilter) -> int:
        with self._db.read() as session:
            return int(session.exec(_filtered(select(func.count()).select_from(Person), flt)).one())

    def page(self, flt: PersonFilter, *, offset: int, limit: int) -> list[PersonRow]:
        with self._db.read() as session:
            return page_rows(session, flt, offset=offset, limit=limit)

    def rows_by_id(self, ids: Sequence[uuid.UUID], flt: PersonFilter) -> list[PersonRow]:
        """The people of `ids` (search hits, best first) that pass the filter, in that order.

        Bounded by the length of `ids`: one primary-key lookup each, never a scan.
        """
        if not ids:
            return []
        with self._db.read() as session:
            statement = select(Person, Convoy.arrival_at).join(Convoy)
            statement = _filtered(statement, flt, use_indexes=False)
            rows = session.exec(statement.where(col(Person.id).in_(list(ids)))).all()
            built = _rows(session, rows)
        rank = {person_id: number for number, person_id in enumerate(ids)}
        return sorted(built, key=lambda row: rank[row.id])


def page_rows(session: Session, flt: PersonFilter, *, offset: int, limit: int) -> list[PersonRow]:
    statement = _filtered(select(Person, Convoy.arrival_at).join(Convoy), flt)
    # Within a convoy officers look people up by name (index convoy_id, full_name);
    # across convoys the newest registrations come first (index created_at, id).
    if flt.convoy_id is not None:
        order = (col(Person.full_name), col(Person.id))
    else:
        order = (col(Person.created_at).desc(), col(Person.id))
    statement = statement.order_by(*order).offset(offset).limit(limit)
    return _rows(session, session.exec(statement).all())


def _rows(session: Session, rows: Sequence[Any]) -> list[PersonRow]:
    guardian_ids = {p.guardian_id for p, _ in rows if p.guardian_id}
    guardians: dict[uuid.UUID, str] = {}
    if guardian_ids:
        guardians = dict(
            session.exec(
                select(Person.id, Person.full_name).where(col(Person.id).in_(guardian_ids))
            ).all()
        )
    return [_row(person, arrival_at, guardians) for person, arrival_at in rows]


def _row(person: Person, arrival_at: datetime, guardians: dict[uuid.UUID, str]) -> PersonRow:
    arrival: date = local_date(arrival_at)
    age, approximate = age_on_arrival(
        AgeFacts(person.birth_date, person.birth_year, person.estimated_age), arrival=arrival
    )
    return PersonRow(
        id=person.id,
        convoy_id=person.convoy_id,
        missing=tuple(person.missing),
        full_name=person.full_name,
        sex=Sex(person.sex),
        age=age,
        age_approximate=approximate,
        document_type=TravelDocType(person.document_type),
        document_number=person.document_number,
        is_minor=person.is_minor,
        unaccompanied=person.unaccompanied,
        guardian_name=guardians.get(person.guardian_id) if person.guardian_id else None,
        status=PersonStatus(person.status),
        arrival_at=arrival_at,
        earlier_deportations=person.earlier_deportations,
    )
