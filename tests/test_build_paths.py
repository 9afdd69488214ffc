"""Resources are found in the source tree and in a PyInstaller bundle; user data elsewhere."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from intake_app import paths
from intake_app.storage.migrate import MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent


def test_source_tree_resources_and_migrations_are_found() -> None:
    assert paths.resource_root() == ROOT / "resources"
    assert paths.resource("fonts", "DejaVuSans.ttf").is_file()
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "script.py.mako").is_file()
    assert sorted(MIGRATIONS_DIR.glob("versions/0001_*.py"))


def test_a_bundle_finds_resources_in_its_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "intake-app" / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resource_root() == bundle / "resources"
    assert paths.resource("fonts", "DejaVuSans.ttf") == bundle / "resources/fonts/DejaVuSans.ttf"


def test_a_frozen_program_without_meipass_looks_beside_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "intake-app" / "intake-app"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert paths.resource_root() == program.parent / "resources"


def test_user_data_never_goes_beside_the_bundled_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "intake-app"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "intake-app"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    data_dir = paths.resolve_data_dir(None)
    assert not data_dir.is_relative_to(bundle)
    assert data_dir.is_relative_to(tmp_path / "home")
