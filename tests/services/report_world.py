"""A generated post for the report tests (fixed seed), and counts made independently of SQL.

The records are written straight into the tables so that every field the reports break down
(reasons, sector, disposition, flags, repeat links) takes many values, and kept as plain
dicts so the tests can count them again in Python.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from intake_app.domain.enums import DeportationReason, Depot, Disposition, Sector, TravelDocType
from intake_app.services.posts import ENTIKONG_POST, PostDraft, create_post
from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, Person, PersonLink

WIB = ZoneInfo("Asia/Jakarta")  # same offset as Pontianak; a second source of truth
REGENCIES = ["61.01", "61.03", "61.05", "53.01", "52.03", "73.22", None]
# Arrivals in UTC. The third is 23:30 WIB on 31 January, the fourth 00:30 WIB on 1 February:
# the period boundary is the calendar at the post, not UTC.
ARRIVALS = [
    datetime(2026, 1, 5, 3, 0, tzinfo=UTC),
    datetime(2026, 1, 19, 2, 30, tzinfo=UTC),
    datetime(2026, 1, 31, 16, 30, tzinfo=UTC),
    datetime(2026, 1, 31, 17, 30, tzinfo=UTC),
    datetime(2026, 2, 3, 3, 15, tzinfo=UTC),
    datetime(2026, 2, 4, 3, 30, tzinfo=UTC),
]


@dataclass
class World:
    convoys: list[dict[str, Any]]
    persons: list[dict[str, Any]]
    linked: set[uuid.UUID]  # persons linked to an earlier record


def build_world(
    db: Database, *, seed: int = 7, now: datetime, post_draft: PostDraft = ENTIKONG_POST
) -> World:
    rng = random.Random(seed)
    world = World([], [], set())
    with db.write() as session:
        post = create_post(session, post_draft, now=now)
        for index, arrival in enumerate(ARRIVALS):
            depot = rng.choice(list(Depot))
            convoy = Convoy(
                post_id=post.id,
                arrival_at=arrival,
                depot=depot,
                kind="deportation",
                kjri_letter_number=f"{1800 + index}/PK/KCH",
                expected_count=None,
            )
            session.add(convoy)
            session.flush()
            world.convoys.append({"id": convoy.id, "arrival_at": arrival, "depot": str(depot)})
            for _ in range(rng.randint(25, 70)):
                world.persons.append(_person(session, rng, convoy))
        session.flush()
        earlier = [p for p in world.persons if p["convoy_id"] == world.convoys[0]["id"]]
        later = [p for p in world.persons if p["convoy_id"] != world.convoys[0]["id"]]
        for person in rng.sample(later, 9):
            session.add(
                PersonLink(person_id=person["id"], earlier_person_id=rng.choice(earlier)["id"])
            )
            world.linked.add(person["id"])
    return world


def _person(session, rng: random.Random, convoy: Convoy) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    minor = rng.random() < 0.2
    regency = rng.choice(REGENCIES)
    values: dict[str, Any] = {
        "id": uuid.uuid4(),
        "convoy_id": convoy.id,
        "full_name": f"Orang {rng.randint(1, 10**6)}",
        "sex": rng.choice("LLP"),
        "is_minor": minor,
        "unaccompanied": minor and rng.random() < 0.25,
        "needs_birth_registration": minor and rng.random() < 0.3,
        "elderly": not minor and rng.random() < 0.05,
        "pregnant": rng.random() < 0.04,
        "disability": rng.random() < 0.03,
        "trafficking_suspected": rng.random() < 0.05,
        "violence_victim": rng.random() < 0.02,
        "regency_code": regency,
        "province_code": regency[:2] if regency else None,
        "sector": rng.choice([*(s.value for s in Sector), None, "nelayan"]),
        "document_type": rng.choice(list(TravelDocType)).value,
        "reasons": rng.sample([r.value for r in DeportationReason], rng.choice([0, 1, 1, 2, 3])),
        "disposition": rng.choice([*(d.value for d in Disposition), None, None]),
        "earlier_deportations": rng.choice([0, 0, 0, 0, 1, 2]),
    }
    session.add(Person(name_key=values["full_name"].lower(), **values))
    return values


def in_period(world: World, date_from: date, date_to: date) -> list[dict[str, Any]]:
    days = {
        c["id"]: c
        for c in world.convoys
        if date_from <= c["arrival_at"].astimezone(WIB).date() <= date_to
    }
    return [
        dict(p, depot=days[p["convoy_id"]]["depot"])
        for p in world.persons
        if p["convoy_id"] in days
    ]


def convoys_in_period(world: World, date_from: date, date_to: date) -> int:
    return sum(
        date_from <= c["arrival_at"].astimezone(WIB).date() <= date_to for c in world.convoys
    )


def by_sex(people: list[dict[str, Any]], key) -> dict[Any, tuple[int, int]]:  # type: ignore[no-untyped-def]
    counts: Counter[tuple[Any, str]] = Counter((key(p), p["sex"]) for p in people)
    keys = {k for k, _ in counts}
    return {k: (counts[(k, "L")], counts[(k, "P")]) for k in keys}


def flags_by_sex(people: list[dict[str, Any]], flags: dict[str, Any]) -> dict[str, tuple[int, int]]:
    return {
        name: (
            sum(1 for p in people if test(p) and p["sex"] == "L"),
            sum(1 for p in people if test(p) and p["sex"] == "P"),
        )
        for name, test in flags.items()
    }


def expected_day(moment: datetime) -> date:
    return (moment + timedelta(hours=7)).date()
