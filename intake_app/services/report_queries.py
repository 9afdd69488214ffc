"""The counting queries of the reports: GROUP BY in SQL, never a person loaded into Python.

Queries are SQLAlchemy Core over a `ReportSource`, a bundle of tables. The post uses its own
SQLModel tables; another database can hand in the same tables in another schema
(`ReportSource.local().in_schema("post_data")`), or any selectables with the columns the
queries use: head office passes subqueries over the JSON payloads it holds
(intake_app/headoffice/report_source.py), on PostgreSQL or SQLite.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    MetaData,
    String,
    Table,
    and_,
    case,
    cast,
    exists,
    func,
)
from sqlalchemy import select as sql_select

from intake_app.domain.clock import POST_TIMEZONE
from intake_app.storage.models import Convoy, Handover, ManifestEntry, OutboxEntry, Person
from intake_app.storage.models import PersonLink as PersonLinkRow

Counts = dict[tuple[str, str], int]  # (category key, sex) -> people


@dataclass(frozen=True)
class ReportSource:
    """The tables a report reads; swap them to read another schema or head office's records.

    Each is a Table or a subquery with the same column names (FromClause).
    """

    person: FromClause
    convoy: FromClause
    person_link: FromClause
    handover: FromClause
    manifest_entry: FromClause
    outbox: FromClause | None

    @classmethod
    def local(cls) -> ReportSource:
        return cls(
            person=Person.__table__,  # type: ignore[attr-defined]
            convoy=Convoy.__table__,  # type: ignore[attr-defined]
            person_link=PersonLinkRow.__table__,  # type: ignore[attr-defined]
            handover=Handover.__table__,  # type: ignore[attr-defined]
            manifest_entry=ManifestEntry.__table__,  # type: ignore[attr-defined]
            outbox=OutboxEntry.__table__,  # type: ignore[attr-defined]
        )

    def in_schema(self, schema: str) -> ReportSource:
        """The same tables in another database schema (head office keeps one per purpose)."""
        metadata = MetaData(schema=schema)
        moved = {
            name: _as_table(getattr(self, name)).to_metadata(metadata)
            for name in ("person", "convoy", "person_link", "handover", "manifest_entry")
        }
        return replace(self, outbox=None, **moved)


def _as_table(source: FromClause) -> Table:
    if not isinstance(source, Table):
        raise TypeError("in_schema() moves tables, not subqueries")
    return source


@dataclass(frozen=True)
class ReportScope:
    """Which people a report counts: arrival date (WIB) in [date_from, date_to], one convoy."""

    date_from: date
    date_to: date
    convoy_id: uuid.UUID | None = None
    post_id: uuid.UUID | None = None  # head office: one post of many

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """Half-open UTC range of the arrival days: 00:00 WIB of date_from to the day after
        date_to, so a convoy at 23:30 WIB counts on its own calendar day at the post."""
        start = datetime.combine(self.date_from, time(), POST_TIMEZONE)
        end = datetime.combine(self.date_to + timedelta(days=1), time(), POST_TIMEZONE)
        return start, end


def _period(source: ReportSource, scope: ReportScope) -> ColumnElement[bool]:
    convoy = source.convoy
    start, end = scope.utc_bounds()
    # The column type (UTCDateTime) turns aware moments into the naive UTC it stores.
    conditions = [convoy.c.arrival_at >= start, convoy.c.arrival_at < end]
    if scope.convoy_id is not None:
        conditions.append(convoy.c.id == scope.convoy_id)
    if scope.post_id is not None:
        conditions.append(convoy.c.post_id == scope.post_id)
    return and_(*conditions)


def _people(source: ReportSource, scope: ReportScope, *columns: Any):  # type: ignore[no-untyped-def]
    person, convoy = source.person, source.convoy
    return (
        sql_select(*columns)
        .select_from(person.join(convoy, person.c.convoy_id == convoy.c.id))
        .where(_period(source, scope))
    )


def grouped_counts(
    conn: Any,
    source: ReportSource,
    scope: ReportScope,
    key: ColumnElement[Any],
    *,
    where: ColumnElement[bool] | None = None,
) -> Counts:
    """People per (key, sex); a NULL key comes back as ""."""
    sex = source.person.c.sex
    statement = _people(source, scope, key.label("key"), sex, func.count().label("n"))
    if where is not None:
        statement = statement.where(where)
    statement = statement.group_by(key, sex)
    return {(row.key or "", row.sex): row.n for row in conn.execute(statement)}


def flag_counts(
    conn: Any, source: ReportSource, scope: ReportScope, flags: Mapping[str, ColumnElement[bool]]
) -> Counts:
    """People per (flag, sex) for overlapping groups, all flags in one pass over the rows."""
    sex = source.person.c.sex
    names = list(flags)
    # Positional labels: flag names ("" for "nothing recorded") need not be SQL identifiers.
    columns = [func.count().filter(flags[name]).label(f"f{i}") for i, name in enumerate(names)]
    statement = _people(source, scope, sex, *columns).group_by(sex)
    found: Counts = {}
    for row in conn.execute(statement):
        for i, name in enumerate(names):
            found[(name, row[0])] = int(row[i + 1])
    return found


def totals(conn: Any, source: ReportSource, scope: ReportScope) -> tuple[int, int]:
    """People and convoys in scope."""
    row = conn.execute(
        _people(source, scope, func.count(), func.count(source.convoy.c.id.distinct()))
    ).one()
    return int(row[0]), int(row[1])


def convoys_arrived(conn: Any, source: ReportSource, scope: ReportScope) -> int:
    """Convoys in scope, those with nobody registered yet included."""
    statement = sql_select(func.count()).select_from(source.convoy).where(_period(source, scope))
    return int(conn.execute(statement).scalar_one())


def reason_flags(source: ReportSource, codes: list[str]) -> dict[str, ColumnElement[bool]]:
    """One condition per reason code. The reasons are a JSON list; matching its text with
    LIKE works the same on SQLite and PostgreSQL, unlike their JSON table functions."""
    text = cast(source.person.c.reasons, String)
    flags = {code: text.like(f'%"{code}"%') for code in codes}
    flags[""] = ~text.like('%"%')  # an empty list: nothing recorded yet
    return flags


def is_repeat(source: ReportSource) -> ColumnElement[Any]:
    """Deported before: said so at the interview, or linked to an earlier record."""
    person, link = source.person, source.person_link
    linked = exists().where(link.c.person_id == person.c.id)
    return case((person.c.earlier_deportations > 0, "repeat"), (linked, "repeat"), else_="first")
