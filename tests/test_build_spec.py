"""build.spec, read without running PyInstaller: what it leaves out and what it must keep."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
HEAVY_QT = {
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtMultimedia",
    "PySide6.QtBluetooth",
}


def _literal(name: str) -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no literal {name}")


def _qt_modules_the_app_imports() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "intake_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(".".join(node.module.split(".")[:2]))
            elif isinstance(node, ast.Import):
                found.update(
                    ".".join(a.name.split(".")[:2])
                    for a in node.names
                    if a.name.startswith("PySide6.")
                )
    return found


def test_the_heavy_qt_modules_are_excluded_and_nothing_collects_all_of_qt() -> None:
    excludes = set(_literal("excludes"))
    assert HEAVY_QT <= excludes
    assert "collect_all" not in SPEC.read_text(encoding="utf-8")


def test_no_qt_module_the_app_imports_is_excluded() -> None:
    used = _qt_modules_the_app_imports()
    assert {"PySide6.QtWidgets", "PySide6.QtCore", "PySide6.QtGui"} <= used
    assert used & set(_literal("excludes")) == set()


def test_dropped_qt_files_are_the_unused_ones_only() -> None:
    dropped = re.compile("|".join(_literal("QT_DROPPED")))
    for name in (
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/translations/qt_ar.qm",
    ):
        assert dropped.search(name), name
    for name in (
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/translations/qtbase_en.qm",
    ):
        assert not dropped.search(name), name


def test_pyinstaller_is_in_the_build_extra_with_a_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    build = project["optional-dependencies"]["build"]
    pyinstaller = [req for req in build if req.lower().startswith("pyinstaller")]
    assert pyinstaller and "<" in pyinstaller[0] and ">=" in pyinstaller[0]
