"""Test setup shared by every test: offscreen Qt, a fixed clock, a fresh data folder."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# 2026-02-05 09:00 WIB, a Thursday (the date of DESIGN.md's sample letter).
FIXED_NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)


@pytest.fixture
def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    # Never let a test fall back to the real user data folder.
    monkeypatch.setenv("INTAKE_APP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def services(data_dir: Path):  # type: ignore[no-untyped-def]
    from intake_app.app import open_data_dir

    built = open_data_dir(data_dir, now=lambda: FIXED_NOW)
    yield built
    built.db.dispose()


@pytest.fixture
def demo_services(services):  # type: ignore[no-untyped-def]
    from intake_app.services.demo import fill_demo

    fill_demo(services.db, now=FIXED_NOW)
    return services
