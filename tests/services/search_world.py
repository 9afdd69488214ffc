"""Three convoys and a handful of people, shared by the search and earlier-record tests."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from sqlalchemy import event

from intake_app.domain.enums import Depot, Sex, TravelDocType
from intake_app.services.bundle import AppServices
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.demo import DEMO_POST
from intake_app.services.earlier_records import EarlierRecords
from intake_app.services.people import PersonDraft
from intake_app.services.posts import create_post
from intake_app.services.search import PersonSearch

TODAY = datetime(2026, 2, 5, 3, 30, tzinfo=UTC)  # 10:30 WIB
LAST_YEAR = datetime(2025, 6, 10, 3, 0, tzinfo=UTC)
TWO_YEARS_AGO = datetime(2024, 3, 1, 3, 0, tzinfo=UTC)
NIK = "6103015705900001"
BORN = date(1990, 5, 17)


class Desk(NamedTuple):
    """A post with three convoys: two years ago, last year and today."""

    services: AppServices
    search: PersonSearch
    earlier: EarlierRecords
    old: uuid.UUID
    last: uuid.UUID
    today: uuid.UUID


def make_desk(services: AppServices, fixed_now: datetime) -> Desk:
    with services.db.write() as session:
        create_post(session, DEMO_POST, now=fixed_now)

    def convoy(at: datetime, depot: Depot = Depot.SEMUJA) -> uuid.UUID:
        return services.convoys.create(ConvoyDraft(arrival_at=at, depot=depot), officer_id=None)

    return Desk(
        services,
        PersonSearch(services.db),
        EarlierRecords(services.db),
        convoy(TWO_YEARS_AGO, Depot.BEKENU),
        convoy(LAST_YEAR),
        convoy(TODAY),
    )


def register(
    services: AppServices, convoy_id: uuid.UUID, full_name: str, **values: Any
) -> uuid.UUID:
    draft = PersonDraft(convoy_id=convoy_id, full_name=full_name, **{"sex": Sex.FEMALE, **values})
    return services.people.register(draft, officer_id=None).id


def make_people(desk: Desk) -> dict[str, uuid.UUID]:
    services, old, last, today = desk.services, desk.old, desk.last, desk.today
    ids = {
        name: register(services, last, name, **values)
        for name, values in {
            "Nur Aini": {"birth_date": BORN},
            "Muhammad Rizki": {"sex": Sex.MALE},
            "Siti binti Ahmad": {},
            "Siti Rahayu": {},
            "Siti": {},
            "Budi Santoso": {"sex": Sex.MALE},
            "Yohanes Lawing anak Jalong": {"sex": Sex.MALE},
            "Dewi Lestari": {
                "nik": NIK,
                "document_type": TravelDocType.SPLP,
                "document_number": "KCH-2025-00042",
            },
            "Rina Situmorang": {
                "document_type": TravelDocType.PASSPORT,
                "document_number": "C1234567",
            },
        }.items()
    }
    ids["Siti Rahayu (today)"] = register(services, today, "SITI RAHAYU")
    ids["Sri Wahyuni (old)"] = register(services, old, "Sri Wahyuni")
    return ids


def plans(services: AppServices, action: Callable[[], object]) -> list[str]:
    """EXPLAIN QUERY PLAN of every statement `action` sends to the database."""
    statements: list[tuple[str, object]] = []

    def grab(*args: Any) -> None:
        statement, parameters = args[2], args[3]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", grab)
    try:
        action()
    finally:
        event.remove(services.db.engine, "before_cursor_execute", grab)
    raw = services.db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        return [
            row[3]
            for statement, parameters in statements
            for row in cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
        ]
    finally:
        raw.close()


def assert_indexed(plan: list[str]) -> None:
    assert plan
    scans = [line for line in plan if line.startswith("SCAN")]
    assert all("VIRTUAL TABLE" in line for line in scans), plan
    assert not any("TEMP B-TREE" in line and "ORDER BY" not in line for line in plan), plan
