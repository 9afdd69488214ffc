"""The officer's guide (docs/panduan-petugas.md) and the script that makes its pictures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "panduan-petugas.md"

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("cheap_kdf")]


def _script():  # type: ignore[no-untyped-def]
    """docs/guide/screenshots.py, loaded from its file (docs/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "guide_screenshots", ROOT / "docs" / "guide" / "screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pictures() -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(guide/img/([^)]+)\)", GUIDE.read_text(encoding="utf-8"))


def test_the_guide_shows_every_picture_the_script_makes_and_nothing_else() -> None:
    shots = _script().SHOTS
    pictures = _pictures()
    assert sorted(pictures) == sorted(shots)
    for name in pictures:  # committed, so the guide reads on any machine
        assert (ROOT / "docs" / "guide" / "img" / name).is_file(), name


def test_the_script_takes_every_picture_from_the_real_app(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    script = _script()
    made = script.make_screenshots(tmp_path / "img", tmp_path / "work")
    assert sorted(p.name for p in made) == sorted(script.SHOTS)
    for path in made:
        image = QImage(str(path))
        assert image.width() >= 300 and image.height() >= 150, path.name
        # not a blank grab: a real window has many colours
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 20, path.name
