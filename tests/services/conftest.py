"""The search world's post (three convoys) and its people, for the search, people-list and
earlier-record tests (tests/services/search_world.py)."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from intake_app.services.bundle import AppServices
from tests.services.search_world import Desk, make_desk, make_people


@pytest.fixture
def desk(services: AppServices, fixed_now: datetime) -> Desk:
    return make_desk(services, fixed_now)


@pytest.fixture
def people(desk: Desk) -> dict[str, uuid.UUID]:
    return make_people(desk)
