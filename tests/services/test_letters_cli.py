"""`letters list` and `verify-letter` on the demo letters: output and exit codes 0 / 1 / 2."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import select

from intake_app.services.demo_letters import issue_demo_letters
from intake_app.services.handovers import HandoverService, IssuedLetter
from intake_app.services.letter_seal import VerifyReason
from intake_app.services.letters_cli import REASONS, add_parsers, run
from intake_app.storage.models import Officer
from intake_app.sync.crypto import public_key_pem


def parse(*argv: str) -> argparse.Namespace:
    """The two commands as cli.py wires them: beside the others, with --data-dir."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="intake-app", parents=[common])
    add_parsers(parser.add_subparsers(dest="command"), common)
    return parser.parse_args(argv)


@pytest.fixture
def letters(demo_services: Any, fixed_now: Any) -> tuple[IssuedLetter, ...]:
    return issue_demo_letters(demo_services.db, demo_services.data_dir, now=fixed_now)


def test_demo_issues_family_transport_child_and_self_return(
    letters: tuple[IssuedLetter, ...],
) -> None:
    summary = [(i.recipient_type.value, i.persons, i.minors, i.number) for i in letters]
    assert summary == [
        ("family", 3, 2, "B/1/BP3MI.KB/PB.05.03/II/2026"),
        ("transport_provider", 20, 0, "B/2/BP3MI.KB/PB.05.03/II/2026"),
        ("child_protection", 1, 1, "B/3/BP3MI.KB/PB.05.03/II/2026"),
        ("self_return", 1, 0, None),
    ]
    assert all(i.pdf_path is not None and i.pdf_path.exists() for i in letters)


def test_letters_list_json(
    demo_services: Any, letters: tuple[IssuedLetter, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(parse("letters", "list", "--json"), demo_services) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {row["reference"] for row in listed} == {i.reference for i in letters}
    family = next(row for row in listed if row["recipient_type"] == "family")
    assert family | {"handover_id": "-"} == {
        "handover_id": "-",
        "number": "B/1/BP3MI.KB/PB.05.03/II/2026",
        "reference": "B/1/BP3MI.KB/PB.05.03/II/2026",
        "recipient_type": "family",
        "issued_on": "2026-02-05",
        "persons": 3,
        "minors": 2,
        "voided": False,
        "pdf_path": str(letters[0].pdf_path),
    }


def test_letters_list_text(
    demo_services: Any, letters: tuple[IssuedLetter, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(parse("letters", "list"), demo_services) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert any("B/2/BP3MI.KB/PB.05.03/II/2026" in line and "20 persons" in line for line in lines)


def test_verify_a_genuine_pdf_and_qr(
    demo_services: Any, letters: tuple[IssuedLetter, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(parse("verify-letter", str(letters[1].pdf_path)), demo_services) == 0
    assert "genuine: letter B/2/BP3MI.KB/PB.05.03/II/2026 of post P4MI-SGU" in (
        capsys.readouterr().out
    )
    assert run(parse("verify-letter", "--qr", letters[0].qr_payload or ""), demo_services) == 0


def test_verify_fails_with_the_reason(
    demo_services: Any,
    letters: tuple[IssuedLetter, ...],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    payload = letters[0].qr_payload or ""
    altered = payload.replace("|3|", "|2|")
    assert run(parse("verify-letter", "--qr", altered), demo_services) == 1
    assert "(bad_signature)" in capsys.readouterr().err

    assert run(parse("verify-letter", "--qr", "hello"), demo_services) == 1
    assert "(bad_format)" in capsys.readouterr().err

    missing = tmp_path / "missing.pdf"
    assert run(parse("verify-letter", str(missing)), demo_services) == 1
    assert "(unreadable_pdf)" in capsys.readouterr().err

    other_post = tmp_path / "other.pub.pem"
    other_post.write_bytes(public_key_pem(Ed25519PrivateKey.generate()))
    args = parse("verify-letter", str(letters[0].pdf_path), "--key", str(other_post))
    assert run(args, demo_services) == 1
    assert "(bad_signature)" in capsys.readouterr().err


def test_verify_says_a_voided_letter_is_void(
    demo_services: Any, letters: tuple[IssuedLetter, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    handovers = HandoverService(demo_services.db, demo_services.data_dir, demo_services.now)
    with demo_services.db.read() as session:
        officer_id = session.exec(select(Officer.id)).one()
    handovers.void(letters[2].handover_id, "salah cetak", officer_id=officer_id, supervisor=True)
    assert run(parse("verify-letter", "--qr", letters[2].qr_payload or ""), demo_services) == 1
    assert "voided" in capsys.readouterr().err
    # Elsewhere, with only the public key, the signature alone still holds.
    key = demo_services.data_dir / "keys" / "post_ed25519.pub.pem"
    args = parse("verify-letter", "--qr", letters[2].qr_payload or "", "--key", str(key))
    assert run(args, demo_services) == 0


def test_verify_needs_a_pdf_or_qr_but_not_both() -> None:
    for argv in (("verify-letter",), ("verify-letter", "a.pdf", "--qr", "x")):
        with pytest.raises(SystemExit) as stopped:
            parse(*argv)
        assert stopped.value.code == 2


def test_every_reason_has_a_message() -> None:
    assert set(REASONS) == {reason.value for reason in VerifyReason}


def test_letters_summary_writes_the_convoy_sheet(
    demo_services: Any, letters: tuple[IssuedLetter, ...], tmp_path: Path, capsys: Any
) -> None:
    from handover_world import flat, page_texts, qpdf_ok

    out = tmp_path / "rekap.pdf"
    assert run(parse("letters", "summary", str(out)), demo_services) == 0
    assert str(out) in capsys.readouterr().out
    qpdf_ok(out)
    text = flat(page_texts(out))
    assert "REKAPITULASI KEDATANGAN WNI DEPORTAN" in text
    assert "Dijemput keluarga 1 2 3" in text

    missing = tmp_path / "none.pdf"
    assert run(parse("letters", "summary", str(missing), "--convoy", "no-such"), demo_services) == 1
    assert "no convoy no-such" in capsys.readouterr().err
    assert not missing.exists()
