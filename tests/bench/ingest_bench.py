"""Head-office ingest rate on PostgreSQL for one batch of 100,000 changes (DESIGN.md §9)."""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, text

from intake_app.headoffice.database import create_schema, open_engine
from intake_app.headoffice.ingest import ingest_batch
from intake_app.headoffice.keys import init_keys
from intake_app.headoffice.registry import trust_post
from intake_app.sync.batch import Change, build_batch
from intake_app.sync.crypto import public_key_pem

INGEST_CHANGES = 100_000
INGEST_TARGET_PER_S = 10_000
NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)
POST_CODE = "P4MI-SGU"


@dataclass(frozen=True)
class IngestFigures:
    changes: int
    batch_mb: float
    first_s: float  # verify, decrypt, validate, insert, commit
    again_s: float  # the same batch delivered again


def measure_ingest(url: str, changes: int = INGEST_CHANGES) -> IngestFigures:
    """Ingest one synthetic batch into a fresh schema of the PostgreSQL database at `url`."""
    admin = create_engine(url)
    schema = f"ho_bench_{uuid.uuid4().hex[:10]}"
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    options = {**admin.url.query, "options": f"-csearch_path={schema}"}
    engine = open_engine(admin.url.set(query=options).render_as_string(hide_password=False))
    try:
        create_schema(engine)
        with tempfile.TemporaryDirectory() as folder:
            identity = init_keys(Path(folder) / "keys").identity
            post_key = Ed25519PrivateKey.generate()
            pem = Path(folder) / "post.pub.pem"
            pem.write_bytes(public_key_pem(post_key))
            trust_post(engine, pem, post_code=POST_CODE, now=NOW)
            data = build_batch(
                _changes(changes),
                post_code=POST_CODE,
                device_id=str(uuid.uuid4()),
                batch_id=uuid.uuid4(),
                created_at=NOW,
                signing_key=post_key,
                recipients=[identity.public],
            )
            started = time.perf_counter()
            first = ingest_batch(engine, identity, data, now=NOW)
            first_s = time.perf_counter() - started
            assert first.receipt["counts"]["applied"] == changes
            started = time.perf_counter()
            again = ingest_batch(engine, identity, data, now=NOW)
            again_s = time.perf_counter() - started
            assert again.receipt == first.receipt
        return IngestFigures(changes, len(data) / 1e6, first_s, again_s)
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _changes(count: int) -> Iterator[Change]:
    """Mostly persons (as a busy post's outbox is), with their convoys every 300."""
    rng = random.Random(2026)
    convoy_id = str(uuid.UUID(int=rng.getrandbits(128)))
    for seq in range(1, count + 1):
        record_id = str(uuid.UUID(int=rng.getrandbits(128)))
        if seq % 300 == 1:
            convoy_id = record_id
            yield Change(seq, _uuid(rng), "convoy", record_id, 1, _stamp(seq), _convoy(record_id))
            continue
        payload = _person(rng, record_id, convoy_id)
        yield Change(seq, _uuid(rng), "person", record_id, 1, _stamp(seq), payload)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128)))


def _stamp(seq: int) -> str:
    return f"2026-02-05T02:{seq // 60000 % 60:02d}:{seq // 1000 % 60:02d}.{seq % 1000:06d}Z"


def _convoy(record_id: str) -> dict[str, Any]:
    return {
        "id": record_id,
        "arrival_at": "2026-02-05T02:00:00Z",
        "depot": "semuja",
        "kind": "deportation",
        "kjri_letter_number": f"{record_id[:6]}/KJRI-KCH",
        "expected_count": 300,
        "version": 1,
    }


def _person(rng: random.Random, record_id: str, convoy_id: str) -> dict[str, Any]:
    name = f"{rng.choice(('SITI', 'AHMAD', 'DEWI', 'YOHANES'))} {rng.randrange(10**6)}"
    minor = rng.random() < 0.1
    return {
        "id": record_id,
        "convoy_id": convoy_id,
        "family_id": None,
        "full_name": name,
        "name_key": name.lower(),
        "sex": rng.choice("MF"),
        "birth_place": "Sambas",
        "birth_date": f"{rng.randrange(1960, 2020)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}",
        "nik": f"{rng.randrange(10**15, 10**16)}",
        "document_type": "spl",
        "document_number": f"SPL{rng.randrange(10**7)}",
        "province_code": "61",
        "regency_code": "61.01",
        "address": "Dusun Sebedang RT 002",
        "phone": None,
        "malaysia_state": "Sarawak",
        "years_in_malaysia": rng.randrange(1, 20),
        "employer": "Ladang Sawit",
        "sector": "perkebunan",
        "reasons": ["no_permit"],
        "detention_days": rng.randrange(10, 200),
        "earlier_deportations": 0,
        "pregnant": False,
        "sick": False,
        "is_minor": minor,
        "unaccompanied": False,
        "elderly": False,
        "status": "registered",
        "missing": [],
        "incomplete": False,
        "created_at": "2026-02-05T02:00:00Z",
        "updated_at": "2026-02-05T02:00:00Z",
        "version": 1,
    }
