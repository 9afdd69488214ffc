"""`intake-app keys show|add-headoffice` and `intake-app sync --once` against a loopback server."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.sync.crypto import (
    HeadOfficeKey,
    dump_headoffice_keys,
    fingerprint,
    format_fingerprint,
    generate_encryption_key,
    generate_signing_key,
    load_verify_key,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from ho_stub import HeadOfficeStub, free_port_url  # noqa: E402

pytestmark = pytest.mark.usefixtures("demo_login")  # commands log in as demo


@pytest.fixture
def folder(tmp_path: Path, capsys) -> str:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "post")
    assert main(["demo", "--data-dir", path]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def office(tmp_path: Path):  # type: ignore[no-untyped-def]
    receipt_key = generate_signing_key()
    key = HeadOfficeKey(
        "ho-main", generate_encryption_key().public_key(), receipt_key.public_key(), "Pusat"
    )
    path = tmp_path / "ho-keys.json"
    path.write_bytes(dump_headoffice_keys([key]))
    return key, path, HeadOfficeStub(receipt_key, "ho-main")


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_keys_show_makes_the_post_key_and_writes_its_public_half(
    folder: str, office, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out_file = tmp_path / "post.pub.pem"
    code, out, _ = _run(capsys, "keys", "show", "--out", str(out_file), "--data-dir", folder)
    assert code == 0
    post_fp = format_fingerprint(fingerprint(load_verify_key(out_file)))
    assert f"post key: {post_fp}" in out and "none imported" in out
    key, path, _stub = office
    code, out, _ = _run(capsys, "keys", "add-headoffice", str(path), "--data-dir", folder)
    assert code == 0 and "ho-main (Pusat)" in out
    assert format_fingerprint(key.fingerprint) in out
    assert format_fingerprint(key.receipt_fingerprint) in out
    code, out, _ = _run(capsys, "keys", "show", "--data-dir", folder)
    assert f"post key: {post_fp}" in out and "ho-main" in out  # same key, not a new one


def test_adding_a_bad_key_file_fails_in_one_line(folder: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = _run(capsys, "keys", "add-headoffice", str(bad), "--data-dir", folder)
    assert code == 1 and err.count("\n") == 1 and "bad_headoffice_key_file" in err


def test_sync_once_sends_everything_then_has_nothing(folder: str, office, capsys) -> None:  # type: ignore[no-untyped-def]
    _key, path, stub = office
    assert main(["keys", "add-headoffice", str(path), "--data-dir", folder]) == 0
    with stub.running():
        code, out, _ = _run(capsys, "sync", "--url", stub.url, "--once", "--data-dir", folder)
        assert code == 0
        [line] = out.splitlines()
        assert line.startswith("sent ") and "applied=" in line and "conflicts=0" in line
        assert len(stub.received) == 1
        code, out, _ = _run(capsys, "sync", "--url", stub.url, "--once", "--data-dir", folder)
        # all that is new is the audit entry of this command's own login
        assert code == 0 and "applied=1 " in out and len(stub.received) == 2


def test_sync_once_exits_1_when_a_batch_fails(folder: str, office, capsys) -> None:  # type: ignore[no-untyped-def]
    _key, path, stub = office
    assert main(["keys", "add-headoffice", str(path), "--data-dir", folder]) == 0
    code, out, _ = _run(capsys, "sync", "--url", free_port_url(), "--once", "--data-dir", folder)
    assert code == 1 and "failed" in out and "connection_failed" in out
    stub.mode, stub.status, stub.error_code = "error", 403, "unknown_post"
    with stub.running():
        code, out, _ = _run(capsys, "sync", "--url", stub.url, "--once", "--data-dir", folder)
    assert code == 1 and "unknown_post: stub says no" in out
    stub.mode = "ok"
    with stub.running():  # the failed batch is retried at once with --once, and goes
        code, out, _ = _run(capsys, "sync", "--url", stub.url, "--once", "--data-dir", folder)
    assert code == 0 and out.startswith("sent ")


def test_sync_without_an_address_or_with_a_bad_one(folder: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, "sync", "--once", "--data-dir", folder)
    assert code == 1 and "no head-office address" in err
    code, _, err = _run(capsys, "sync", "--once", "--url", "ftp://x", "--data-dir", folder)
    assert code == 1 and "bad_url" in err and err.count("\n") == 1


def test_verify_with_a_headoffice_key_dir(folder: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from intake_app.sync.crypto import private_key_pem

    decrypt = generate_encryption_key()
    key_dir = tmp_path / "ho"
    key_dir.mkdir()
    (key_dir / "headoffice_x25519.pem").write_bytes(private_key_pem(decrypt))
    keys = tmp_path / "k.json"
    keys.write_bytes(
        dump_headoffice_keys(
            [HeadOfficeKey("ho-a", decrypt.public_key(), generate_signing_key().public_key())]
        )
    )
    assert main(["keys", "add-headoffice", str(keys), "--data-dir", folder]) == 0
    assert main(["export", "--out", str(tmp_path / "usb"), "--data-dir", folder]) == 0
    [batch] = (tmp_path / "usb").iterdir()
    capsys.readouterr()
    code, out, _ = _run(
        capsys, "verify", str(batch), "--headoffice-key-dir", str(key_dir), "--data-dir", folder
    )
    assert code == 0 and "decrypted" in out
