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


def wait_for_background_jobs() -> None:
    """Let every page's background query finish before its database goes away: a worker
    thread still reading a disposed SQLCipher connection crashes the whole test run."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    QThreadPool.globalInstance().waitForDone()
    for widget in QApplication.allWidgets():
        for pool in widget.findChildren(QThreadPool):
            pool.waitForDone()


@pytest.fixture
def services(data_dir: Path):  # type: ignore[no-untyped-def]
    """An encrypted, empty data folder: no post, nobody logged in (for service tests)."""
    from tests.services.accounts_world import open_test_folder

    built = open_test_folder(data_dir, now=lambda: FIXED_NOW)
    yield built
    wait_for_background_jobs()
    built.db.dispose()


@pytest.fixture
def demo_services(data_dir: Path, cheap_kdf: None):  # type: ignore[no-untyped-def]
    """The demo post as `intake-app demo` sets it up, logged in as the supervisor demo."""
    from intake_app.app import services_for
    from intake_app.log import setup_logging
    from intake_app.services.setup import setup_demo

    setup_logging(data_dir)
    built = services_for(setup_demo(data_dir, now=FIXED_NOW).session, now=lambda: FIXED_NOW)
    yield built
    wait_for_background_jobs()
    built.db.dispose()


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files made during the test use cheap argon2 settings (the real ones cost ~0.2 s
    per login, which adds up over hundreds of command-line calls)."""
    from intake_app.storage.keyring import Keyring
    from tests.services.accounts_world import CHEAP_KDF

    made_by = Keyring.new.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        Keyring,
        "new",
        classmethod(lambda cls, folder, kdf=None: made_by(cls, folder, kdf or CHEAP_KDF)),
    )


@pytest.fixture
def demo_login(cheap_kdf: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands log in as the demo supervisor (`intake-app demo` makes it): the same as
    `--user demo` with INTAKE_APP_PASSWORD=demo."""
    monkeypatch.setenv("INTAKE_APP_USER", "demo")
    monkeypatch.setenv("INTAKE_APP_PASSWORD", "demo")


@pytest.fixture
def cli_login(services, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The `services` folder with a key file and the supervisor sari, whom commands log in
    as (INTAKE_APP_USER / INTAKE_APP_PASSWORD): for command tests that build their data."""
    from tests.services.accounts_world import SUPERVISOR, add_login

    add_login(services, now=FIXED_NOW)
    monkeypatch.setenv("INTAKE_APP_USER", SUPERVISOR.username)
    monkeypatch.setenv("INTAKE_APP_PASSWORD", SUPERVISOR.password)
    return services
