"""A post with last year's convoy and today's, some people in each (search and repeat tests)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from intake_app.domain.enums import Depot, Sex, TravelDocType
from intake_app.services.bundle import AppServices
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.demo import DEMO_POST
from intake_app.services.people import PersonDraft
from intake_app.services.posts import create_post

LAST_YEAR = datetime(2025, 6, 10, 3, 0, tzinfo=UTC)
TODAY = datetime(2026, 2, 5, 3, 30, tzinfo=UTC)  # 10:30 WIB
NIK = "6103015705900001"  # a woman born 17-05-1990
BORN = date(1990, 5, 17)


@dataclass(frozen=True)
class RepeatWorld:
    services: AppServices
    last_year: uuid.UUID
    today: uuid.UUID
    people: dict[str, uuid.UUID]

    def register(self, convoy: uuid.UUID, full_name: str, **values: Any) -> uuid.UUID:
        draft = PersonDraft(convoy_id=convoy, full_name=full_name, **{"sex": Sex.FEMALE, **values})
        return self.services.people.register(draft, officer_id=None).id


def make_world(services: AppServices, now: datetime) -> RepeatWorld:
    with services.db.write() as session:
        create_post(session, DEMO_POST, now=now)
    last_year = services.convoys.create(
        ConvoyDraft(arrival_at=LAST_YEAR, depot=Depot.BEKENU), officer_id=None
    )
    today = services.convoys.create(
        ConvoyDraft(arrival_at=TODAY, depot=Depot.SEMUJA, kjri_letter_number="1908/PK/KCH"),
        officer_id=None,
    )
    world = RepeatWorld(services, last_year, today, {})
    plan: list[tuple[uuid.UUID, str, dict[str, Any]]] = [
        (
            last_year,
            "Dewi Lestari",
            {
                "nik": NIK,
                "birth_date": BORN,
                "document_type": TravelDocType.PASSPORT,
                "document_number": "C1234567",
            },
        ),
        (last_year, "Nur Aini binti Hasan", {"birth_date": date(1988, 3, 2)}),
        (last_year, "Siti Rahayu", {"birth_date": date(1985, 1, 9)}),
        (today, "Siti Rahayu", {"birth_date": date(1985, 1, 9)}),
        (today, "Siti Aminah", {"birth_date": date(2014, 4, 1)}),  # a child, alone
        (today, "Budi Santoso", {"sex": Sex.MALE, "birth_date": date(1979, 8, 17)}),
        (today, "Yohanes Lawing anak Jalong", {"sex": Sex.MALE}),
    ]
    for convoy, name, values in plan:
        key = name if convoy == today else f"{name} (2025)"
        world.people[key] = world.register(convoy, name, **values)
    return world
