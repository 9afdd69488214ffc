"""UI translation files: .ts sources in resources/i18n/ and the .qm files lrelease builds.

The .qm files are build products, never committed: build.spec builds them into the bundle,
the tests build them into a temporary folder, and a source checkout builds them on first
need into the user cache folder (when PySide6's lrelease is installed, as in the dev venv).
Without a .qm the program shows its source strings, which are Indonesian.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import subprocess
import sys
from pathlib import Path

from intake_app import APP_NAME
from intake_app.paths import resource

log = logging.getLogger("intake_app.translations")

DEFAULT_LANGUAGE = "id"
LANGUAGES = ("id", "en")


def ts_file(language: str) -> Path:
    return resource("i18n", f"intake_app_{language}.ts")


def qm_name(language: str) -> str:
    return f"intake_app_{language}.qm"


def qt_tool(name: str) -> Path | None:
    """PySide6's `lrelease` or `lupdate`: the binary inside the PySide6 package, else the
    pyside6-* script beside this Python, else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    folders = (spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.is_file():
        return beside
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def build_qm(out_dir: Path, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Compile the .ts sources into `out_dir`; raises when lrelease is missing or fails."""
    lrelease = qt_tool("lrelease")
    if lrelease is None:
        raise FileNotFoundError("pyside6-lrelease not found; install PySide6 (dev venv)")
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for language in languages:
        target = out_dir / qm_name(language)
        subprocess.run(
            [str(lrelease), "-silent", str(ts_file(language)), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        built.append(target)
    return built


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def find_qm(language: str, cache_dir: Path | None = None) -> Path | None:
    """The .qm for `language`: the bundled/built one in resources/i18n/, else one built
    (again, if the .ts changed) into `cache_dir`; None when there is none to be had."""
    shipped = resource("i18n", qm_name(language))
    source = ts_file(language)
    if _fresh(shipped, source):
        return shipped
    if not source.is_file():
        return None
    if cache_dir is None:
        from platformdirs import user_cache_dir

        cache_dir = Path(user_cache_dir(APP_NAME, appauthor=False)) / "i18n"
    cached = cache_dir / qm_name(language)
    if _fresh(cached, source):
        return cached
    try:
        return build_qm(cache_dir, (language,))[0]
    except (OSError, subprocess.CalledProcessError) as error:
        log.warning("translation %s not built (%s); showing source strings", language, error)
        return None
