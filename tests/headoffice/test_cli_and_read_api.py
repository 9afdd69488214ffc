"""`intake-app headoffice ...` end to end, and the read API over HTTP."""

from __future__ import annotations

import json
import urllib.error
from pathlib import Path
from typing import Any

import pytest
from ho_client import get_json, upload

from intake_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_round_trip_from_demo_post_to_headoffice_summary(
    demo_services: Any,
    ho_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fixed_now: Any,
) -> None:
    from intake_app.services.demo_letters import issue_demo_letters
    from intake_app.services.posts import the_post

    issue_demo_letters(demo_services.db, demo_services.data_dir, now=fixed_now)
    keys = tmp_path / "ho-keys"
    assert run(capsys, "headoffice", "init", "--db", ho_url, "--key-dir", str(keys))[0] == 0
    demo_services.sync_export.add_headoffice_keys(keys / "headoffice_keys.json")
    demo_services.sync_export.ensure_post_keys()
    with demo_services.db.read() as session:
        code = the_post(session).code
    batch = demo_services.sync_export.export(tmp_path / "usb").path
    post_summary = demo_services.summary().model_dump()
    pem = str(demo_services.sync_export.post_public_key_path)

    failed = run(capsys, "headoffice", "trust", pem, "--db", ho_url)
    assert failed[0] == 1 and "--post-code" in failed[2]
    assert run(capsys, "headoffice", "trust", pem, "--db", ho_url, "--post-code", code)[0] == 0
    status, out, _ = run(
        capsys, "headoffice", "ingest", str(batch), "--db", ho_url, "--key-dir", str(keys)
    )
    assert status == 0 and "0 conflicts" in out
    status, again, _ = run(
        capsys, "headoffice", "ingest", str(batch), "--db", ho_url, "--key-dir", str(keys)
    )
    assert status == 0 and "received before; same receipt" in again

    status, out, _ = run(capsys, "headoffice", "summary", "--db", ho_url, "--json")
    counts = json.loads(out)
    assert status == 0 and counts["posts"][code] == counts["total"]
    assert set(counts["total"]) == set(post_summary)
    for key in sorted(post_summary):
        assert counts["total"][key] == post_summary[key], key
    assert post_summary["handovers"] > 0 and post_summary["registered"] > 0
    # registering listed persons is a new version of their list entries, sent too
    assert 0 < post_summary["expected"] < post_summary["registered"]

    status, out, _ = run(
        capsys, "headoffice", "persons", "--db", ho_url, "--post", code, "--json", "--limit", "5"
    )
    page = json.loads(out)
    assert page["total"] == post_summary["registered"] and len(page["items"]) == 5


def test_ingest_of_a_damaged_file_fails_with_one_clear_line(
    trusted: Any, ho_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "damaged.intake-batch"
    damaged.write_bytes(trusted.export()[:-100])
    status, out, err = run(
        capsys,
        "headoffice",
        "ingest",
        str(damaged),
        "--db",
        ho_url,
        "--key-dir",
        str(tmp_path / "ho-keys"),
    )
    assert status == 1 and out == ""
    assert err.startswith("intake-app: error: malformed:") and err.count("\n") == 1


def test_the_read_api_pages_through_a_posts_records(trusted: Any, receiver: Any) -> None:
    assert upload(receiver.url, trusted.export()).status == 200
    assert get_json(f"{receiver.url}/health")["key_id"] == "ho-test-main"
    totals = get_json(f"{receiver.url}/summary")
    assert totals["posts"][trusted.code]["registered"] == 62
    seen: set[str] = set()
    offset = 0
    while True:
        page = get_json(f"{receiver.url}/posts/{trusted.code}/persons?offset={offset}&limit=25")
        assert page["total"] == 62
        seen.update(item["id"] for item in page["items"])
        offset += 25
        if offset >= page["total"]:
            break
    assert len(seen) == 62
    convoys = get_json(f"{receiver.url}/posts/{trusted.code}/convoys")
    assert convoys["total"] == 2 and len(convoys["items"]) == 2
    with pytest.raises(urllib.error.HTTPError) as missing:
        get_json(f"{receiver.url}/posts/NO-SUCH-POST/persons")
    assert missing.value.code == 404


def test_the_desktop_start_does_not_load_the_servers_libraries() -> None:
    import subprocess
    import sys

    probe = (
        "import sys; from intake_app.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('fastapi', 'uvicorn', 'psycopg', 'fastjsonschema') "
        "if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert loaded.stdout.strip() == "[]"
