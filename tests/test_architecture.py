"""Layering rules of DESIGN.md §8, checked by parsing every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "intake_app"


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _layer(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def test_the_package_has_modules_to_check() -> None:
    layers = {_layer(path) for path in _modules()}
    assert {"domain", "storage", "services", "ui", "app", "cli"} <= layers


def test_only_ui_and_app_import_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if _layer(path) not in {"ui", "app"}
        and any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path))
    ]
    assert offenders == []


def test_domain_imports_no_database_or_io_layers() -> None:
    forbidden = {
        "sqlmodel",
        "sqlalchemy",
        "alembic",
        "sqlite3",
        "intake_app.storage",
        "intake_app.services",
        "intake_app.ui",
        "PySide6",
    }
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in _imports(path)
            if any(name == bad or name.startswith(bad + ".") for bad in forbidden)
        )
        for path in _modules()
        if _layer(path) == "domain"
    }
    assert {module: names for module, names in offenders.items() if names} == {}


def test_domain_never_opens_a_session() -> None:
    for path in _modules():
        if _layer(path) != "domain":
            continue
        source = path.read_text(encoding="utf-8")
        assert "Session(" not in source and ".session(" not in source, path


def test_domain_does_not_read_the_clock() -> None:
    for path in _modules():
        if _layer(path) != "domain":
            continue
        source = path.read_text(encoding="utf-8")
        for call in ("datetime.now(", "date.today(", "time.time(", "utcnow("):
            assert call not in source, f"{path.name} calls {call}"


def test_layers_point_one_way() -> None:
    # storage, documents and sync must not reach up into services or ui.
    upward = {
        "storage": {"intake_app.services", "intake_app.ui"},
        "services": {"intake_app.ui", "intake_app.app"},
    }
    for path in _modules():
        banned = upward.get(_layer(path), set())
        bad = [n for n in _imports(path) if any(n.startswith(b) for b in banned)]
        assert bad == [], f"{path.relative_to(PACKAGE)} imports {bad}"


def test_the_check_would_catch_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(sample)
