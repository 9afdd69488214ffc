"""Pages of the people list, filtered and ordered in SQL so a million rows stay quick.

The list is read in keyset pages: each page continues from the sort key of a row the
caller already holds, so SQLite seeks in an index instead of walking and discarding the
rows before it (OFFSET). Only a jump to an arbitrary row (a scroll-bar drag) walks an
index once, from whichever end of the list is nearer, to find that row's key.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import String, and_, func, or_, type_coerce
from sqlalchemy.orm import aliased
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op
from sqlmodel import col, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import PersonStatus, Sex, TravelDocType
from intake_app.domain.minors import AgeFacts, age_on_arrival
from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, Person

Key = tuple[Any, Any]  # a row's sort key as stored: (created_at or full_name, id)


class PersonFilter(BaseModel):
    model_config = ConfigDict(frozen=True)

    convoy_id: uuid.UUID | None = None
    minors_only: bool = False
    unaccompanied_only: bool = False
    incomplete_only: bool = False
    status: PersonStatus | None = None


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the people list: only what the list shows, nothing sensitive.

    A slotted dataclass, not a pydantic model: the list builds thousands of these while
    scrolling, and each costs a few hundred bytes instead of about two kilobytes.
    """

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


@dataclass(frozen=True, slots=True)
class Page:
    """Consecutive rows of the list, with the sort keys of its first and last row."""

    rows: list[PersonRow]
    first: Key | None
    last: Key | None


def _filtered(
    statement: Any, flt: PersonFilter, *, use_indexes: bool = True, flag_indexes: bool = True
) -> Any:
    """The filter's conditions; without `use_indexes` SQLite may not pick an index for them,
    without `flag_indexes` not for the yes/no and status conditions (the convoy's may).

    Rows already chosen by primary key (search hits) must be looked up by it: without
    statistics SQLite would rather walk the index of a filter column, which at a million
    people can mean most of the table. A page of a list that a flag filter leaves long is
    quicker read along the list's sort index, testing the flag on each row, than by
    sorting every flagged person for each page (see `PeopleQuery.after`).
    """

    def column(attribute: Any, indexed: bool) -> Any:
        if use_indexes and indexed:
            return col(attribute)
        # Unary plus is a no-op on any value, and a term with it cannot use an index.
        return UnaryExpression(col(attribute), operator=custom_op("+"), type_=attribute.type)

    if flt.convoy_id is not None:
        statement = statement.where(column(Person.convoy_id, True) == flt.convoy_id)
    if flt.minors_only:
        statement = statement.where(column(Person.is_minor, flag_indexes))
    if flt.unaccompanied_only:
        statement = statement.where(column(Person.unaccompanied, flag_indexes))
    if flt.incomplete_only:
        statement = statement.where(column(Person.incomplete, flag_indexes))
    if flt.status is not None:
        statement = statement.where(column(Person.status, flag_indexes) == flt.status)
    return statement


def _key_columns(flt: PersonFilter) -> tuple[Any, Any]:
    """The list's sort columns, read and compared as stored (no conversion either way).

    Within a convoy officers look people up by name (index convoy_id, full_name); across
    convoys the newest registrations come first (index created_at, id, read backwards).
    """
    raw_id = type_coerce(Person.id, String)
    if flt.convoy_id is not None:
        return col(Person.full_name), raw_id
    return type_coerce(Person.created_at, String), raw_id


def _labelled_keys(flt: PersonFilter) -> tuple[Any, Any]:
    first, second = _key_columns(flt)
    return first.label("key_first"), second.label("key_id")


def _newest_first(flt: PersonFilter) -> bool:
    return flt.convoy_id is None


def _ordered(statement: Any, flt: PersonFilter, *, backwards: bool = False) -> Any:
    descending = _newest_first(flt) != backwards
    return statement.order_by(
        *(column.desc() if descending else column.asc() for column in _key_columns(flt))
    )


def _beyond(
    flt: PersonFilter, key: Key, *, backwards: bool = False, inclusive: bool = False
) -> Any:
    """Rows after `key` in list order (before it with `backwards`), as index-friendly terms:
    a range on the first column that SQLite seeks to, and the tie-break on the second."""
    first, second = _key_columns(flt)
    smaller = _newest_first(flt) != backwards
    if smaller:
        tie = second <= key[1] if inclusive else second < key[1]
        return and_(first <= key[0], or_(first < key[0], tie))
    tie = second >= key[1] if inclusive else second > key[1]
    return and_(first >= key[0], or_(first > key[0], tie))


_GUARDIAN = aliased(Person, name="guardian")
_ROW_COLUMNS = (
    col(Person.id),
    col(Person.convoy_id),
    col(Person.full_name),
    col(Person.sex),
    col(Person.birth_date),
    col(Person.birth_year),
    col(Person.estimated_age),
    col(Person.document_type),
    col(Person.document_number),
    col(Person.is_minor),
    col(Person.unaccompanied),
    col(_GUARDIAN.full_name),
    col(Person.status),
    col(Convoy.arrival_at),
    col(Person.missing),
    col(Person.earlier_deportations),
)


def _rows_statement(flt: PersonFilter, *, use_indexes: bool = True, along: bool = False) -> Any:
    """Only the columns the list shows (no ORM objects), the guardian's name joined by key.

    `along`: read along the list's sort index (the flag filters use no index).
    """
    statement = (
        select(*_ROW_COLUMNS, *_labelled_keys(flt))
        .join(Convoy, col(Convoy.id) == col(Person.convoy_id))
        .outerjoin(_GUARDIAN, col(_GUARDIAN.id) == col(Person.guardian_id))
    )
    return _filtered(statement, flt, use_indexes=use_indexes, flag_indexes=not along)


class PeopleQuery:
    """Read side of the people list; each call is one short read transaction.

    `many` (of `after`, `before` and `at`) says the filter leaves many rows: a page is then
    read along the list's sort index, testing the flag filters row by row, which costs
    about `limit` / (share of rows kept) rows. Without it SQLite takes the flag's own
    index and sorts every row that has the flag, for each page: quicker only for few rows.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, flt: PersonFilter) -> int:
        statement = _filtered(select(func.count()).select_from(Person), flt)
        with self._db.read() as session:
            return int(session.exec(statement).one())

    def page(self, flt: PersonFilter, *, offset: int, limit: int) -> list[PersonRow]:
        """`limit` rows from row `offset` on, in list order."""
        statement = _ordered(_rows_statement(flt), flt).offset(offset).limit(limit)
        return self._page(statement).rows

    def after(self, flt: PersonFilter, key: Key | None, *, limit: int, many: bool = True) -> Page:
        """The `limit` rows that follow the row with `key` (from the top without one)."""
        statement = _ordered(_rows_statement(flt, along=many), flt).limit(limit)
        if key is not None:
            statement = statement.where(_beyond(flt, key))
        return self._page(statement)

    def before(self, flt: PersonFilter, key: Key, *, limit: int, many: bool = True) -> Page:
        """The `limit` rows that come just before the row with `key`, in list order."""
        statement = _rows_statement(flt, along=many).where(_beyond(flt, key, backwards=True))
        statement = _ordered(statement, flt, backwards=True).limit(limit)
        return self._page(statement, reverse=True)

    def at(
        self, flt: PersonFilter, offset: int, *, limit: int, total: int, many: bool = True
    ) -> Page:
        """`limit` rows from row `offset` of `total`: the jump of a scroll-bar drag.

        One walk over the sort index, from the nearer end, finds the row's key (only
        the key columns are read, from the index alone when no flag filter is set);
        the page itself is then a keyset read.
        """
        if offset <= 0:
            return self.after(flt, None, limit=limit, many=many)
        if offset >= total:
            return Page([], None, None)
        backwards = offset >= total - offset
        skip = total - 1 - offset if backwards else offset
        key_query = select(*_labelled_keys(flt)).select_from(Person)
        key_query = _filtered(key_query, flt, flag_indexes=not many)
        key_query = _ordered(key_query, flt, backwards=backwards).offset(skip).limit(1)
        with self._db.read() as session:
            found = session.exec(key_query).first()
        if found is None:
            return Page([], None, None)
        statement = _rows_statement(flt, along=many)
        statement = statement.where(_beyond(flt, tuple(found), inclusive=True))
        return self._page(_ordered(statement, flt).limit(limit))

    def rows_by_id(self, ids: Sequence[uuid.UUID], flt: PersonFilter) -> list[PersonRow]:
        """The people of `ids` (search hits, best first) that pass the filter, in that order.

        Bounded by the length of `ids`: one primary-key lookup each, never a scan.
        """
        if not ids:
            return []
        statement = _rows_statement(flt, use_indexes=False).where(col(Person.id).in_(list(ids)))
        built = self._page(statement).rows
        rank = {person_id: number for number, person_id in enumerate(ids)}
        return sorted(built, key=lambda row: rank[row.id])

    def _page(self, statement: Any, *, reverse: bool = False) -> Page:
        with self._db.read() as session:
            # Plain column rows: the connection's result, without the ORM's loading step.
            found = list(session.connection().execute(statement))
        if reverse:
            found.reverse()
        if not found:
            return Page([], None, None)
        rows = [_row(values) for values in found]
        return Page(rows, tuple(found[0][-2:]), tuple(found[-1][-2:]))


def _row(values: Sequence[Any]) -> PersonRow:
    (
        person_id,
        convoy_id,
        full_name,
        sex,
        birth_date,
        birth_year,
        estimated_age,
        document_type,
        document_number,
        is_minor,
        unaccompanied,
        guardian_name,
        status,
        arrival_at,
        missing,
        earlier,
        *_key,
    ) = values
    arrival: date = local_date(arrival_at)
    age, approximate = age_on_arrival(
        AgeFacts(birth_date, birth_year, estimated_age), arrival=arrival
    )
    return PersonRow(
        id=person_id,
        convoy_id=convoy_id,
        full_name=full_name,
        sex=Sex(sex),
        age=age,
        age_approximate=approximate,
        document_type=TravelDocType(document_type),
        document_number=document_number,
        is_minor=bool(is_minor),
        unaccompanied=bool(unaccompanied),
        guardian_name=guardian_name,
        status=PersonStatus(status),
        arrival_at=arrival_at,
        missing=tuple(missing),
        earlier_deportations=earlier,
    )
