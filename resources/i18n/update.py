"""Refresh the .ts sources from the UI code: `python resources/i18n/update.py [--check]`.

Runs pyside6-lupdate over intake_app/ui/*.py into intake_app_en.ts and intake_app_id.ts
(strings no longer in the code are dropped), then fills the Indonesian file with its own
source strings: Indonesian is the source language, so that file is complete by definition.
New English strings come out `unfinished`; translate them in Qt Linguist
(`pyside6-linguist resources/i18n/intake_app_en.ts`) or by hand. With --check the script
exits 1 while any English string is unfinished. The .qm files are built by
intake_app.translations.build_qm (build.spec, tests, first start from a checkout).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from intake_app.translations import qt_tool, ts_file  # noqa: E402

TARGETS = {"en": "en_GB", "id": "id_ID"}


def lupdate() -> None:
    tool = qt_tool("lupdate")
    if tool is None:
        sys.exit("pyside6-lupdate not found: run this with the dev venv's Python")
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "intake_app/ui").glob("*.py"))
    for language, target in TARGETS.items():
        subprocess.run(
            [
                str(tool),
                *sources,
                "-no-obsolete",
                "-locations",
                "relative",
                "-source-language",
                "id_ID",
                "-target-language",
                target,
                "-ts",
                str(ts_file(language)),
            ],
            cwd=ROOT,
            check=True,
        )


def fill_indonesian() -> None:
    """Every Indonesian translation equals its source (one plural form in Indonesian)."""
    path = ts_file("id")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def unfinished(language: str) -> list[str]:
    root = ET.parse(ts_file(language)).getroot()
    return [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


def main(argv: list[str]) -> int:
    lupdate()
    fill_indonesian()
    missing = unfinished("en")
    for line in missing:
        print(f"unfinished: {line}")  # noqa: T201
    print(f"{len(missing)} English string(s) unfinished")  # noqa: T201
    return 1 if missing and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
