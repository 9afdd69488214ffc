"""Head-office fixtures: a fresh database per test on SQLite and PostgreSQL, keys, real batches."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

from intake_app.headoffice.database import create_schema, open_engine
from intake_app.headoffice.keys import PUBLIC_KEYS_FILE, HeadOfficeIdentity, init_keys
from intake_app.headoffice.registry import trust_post
from intake_app.services.posts import the_post
from tests.services.accounts_world import encrypted_copy

POSTGRES_URL_ENV = "INTAKE_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]
_deselected: list[pytest.Item] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a PostgreSQL server the postgresql cases are left out, loudly; in CI never."""
    postgres = [item for item in items if _backend_of(item) == "postgresql"]
    if not postgres or os.environ.get(POSTGRES_URL_ENV):
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            f"CI must test the head office on PostgreSQL: {POSTGRES_URL_ENV} is not set "
            "(.ci/run starts a server and sets it)"
        )
    _deselected.extend(postgres)
    config.hook.pytest_deselected(items=postgres)
    items[:] = [item for item in items if _backend_of(item) != "postgresql"]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _deselected:
        terminalreporter.write_line(
            f"head office: {len(_deselected)} PostgreSQL tests not run; set {POSTGRES_URL_ENV}="
            "postgresql+psycopg://USER:PASSWORD@127.0.0.1/DB to run them (see docs/headoffice.md)",
            yellow=True,
        )


def _backend_of(item: pytest.Item) -> str | None:
    callspec = getattr(item, "callspec", None)
    return callspec.params.get("backend") if callspec else None


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def ho_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A database URL for an empty head-office database (PostgreSQL: a schema of its own)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'headoffice.sqlite3'}"
        return
    admin = create_engine(os.environ[POSTGRES_URL_ENV])
    schema = f"ho_test_{uuid.uuid4().hex[:12]}"
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        # libpq's `options` puts every connection of the URL into the test's schema.
        base = admin.url.set(query={**admin.url.query, "options": f"-csearch_path={schema}"})
        yield base.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def ho_engine(ho_url: str) -> Iterator[Engine]:
    engine = open_engine(ho_url)
    create_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def identity(tmp_path: Path) -> HeadOfficeIdentity:
    return init_keys(tmp_path / "ho-keys", key_id="ho-test-main").identity


@dataclass
class Post:
    """A post's data folder with demo data, ready to export batches for head office."""

    services: Any
    out: Path

    @property
    def code(self) -> str:
        with self.services.db.read() as session:
            return str(the_post(session).code)

    @property
    def public_key_file(self) -> Path:
        self.services.sync_export.ensure_post_keys()
        return Path(self.services.sync_export.post_public_key_path)

    def export(self) -> bytes:
        result = self.services.sync_export.export(self.out)
        assert result.path is not None, "nothing to export"
        return Path(result.path).read_bytes()

    def backup(self, target: Path) -> None:
        encrypted_copy(self.services.db, target)


@pytest.fixture
def post(
    demo_services: Any,
    identity: HeadOfficeIdentity,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Post:
    """The demo post, with head office's public key file imported (the normal setup)."""
    demo_services.sync_export.add_headoffice_keys(tmp_path / "ho-keys" / PUBLIC_KEYS_FILE)
    return Post(demo_services, tmp_path_factory.mktemp("usb"))


@pytest.fixture
def trusted(
    ho_engine: Engine, identity: HeadOfficeIdentity, post: Post, fixed_now: datetime
) -> Post:
    """The demo post, registered at head office."""
    trust_post(ho_engine, post.public_key_file, post_code=post.code, now=fixed_now)
    return post


@dataclass
class Receiver:
    """uvicorn serving the real app on a loopback port, in a thread."""

    server: Any
    thread: threading.Thread
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        assert not self.thread.is_alive(), "the receiver did not stop"


@pytest.fixture
def start_receiver(
    ho_engine: Engine, identity: HeadOfficeIdentity, fixed_now: datetime
) -> Iterator[Callable[..., Receiver]]:
    import uvicorn

    from intake_app.headoffice.api import create_app

    started: list[Receiver] = []

    def start(port: int = 0) -> Receiver:
        app = create_app(ho_engine, identity, now=lambda: fixed_now)
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the receiver did not start"
            time.sleep(0.01)
        bound = server.servers[0].sockets[0].getsockname()[1]
        receiver = Receiver(server, thread, bound)
        started.append(receiver)
        return receiver

    yield start
    for receiver in started:
        if receiver.thread.is_alive():
            receiver.stop()


@pytest.fixture
def receiver(start_receiver: Callable[..., Receiver]) -> Receiver:
    return start_receiver()
