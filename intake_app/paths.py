"""Where resources and user data live, in the source tree and inside a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from intake_app import APP_NAME

DATA_DIR_ENV = "INTAKE_APP_DATA_DIR"
DATABASE_FILE = "intake.sqlite3"


def resource_root() -> Path:
    """The `resources/` folder: beside the package in a checkout, unpacked data in a bundle."""
    if getattr(sys, "frozen", False):
        # PyInstaller sets sys._MEIPASS to the bundle's data folder (`_internal/` beside the
        # program in a one-folder build); build.spec puts resources/ there.
        bundle = getattr(sys, "_MEIPASS", None) or Path(sys.executable).resolve().parent
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def default_data_dir() -> Path:
    # Imported here: platformdirs is only needed when no folder was given.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None) -> Path:
    """--data-dir wins, then $INTAKE_APP_DATA_DIR, then the platform's user data folder.

    User data never goes beside the program: a bundled install may be read-only and is
    replaced on upgrade.
    """
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"
