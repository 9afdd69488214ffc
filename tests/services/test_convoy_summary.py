"""The convoy summary sheet built from records: counts, dispositions, list, nothing sensitive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from handover_world import World, flat, make_world, page_texts, qpdf_ok

from intake_app.domain.enums import Disposition, Sex


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    yield from make_world(data_dir)


def test_summary_counts_dispositions_and_lists_everyone(world: World, tmp_path: Path) -> None:
    mother = world.person("Nur'aini binti Ahmad")
    child = world.child("Muhammad Rizky", guardian=mother)
    alone = world.person("Yohanes Ajun Jr.", Sex.MALE)
    suspect = world.person("Rina Marlina", trafficking_suspected=True)
    world.handovers.record_referral(
        suspect, to=Disposition.POLICE, reference="LP/1/II/2026", officer_id=world.officer_id
    )
    waiting = world.person("Dewi Lestari")
    world.issue(Disposition.FAMILY, mother, child)
    world.issue(Disposition.SELF_RETURN, alone)
    world.issue(Disposition.POLICE, suspect)

    pdf = world.handovers.convoy_summary(world.convoy_id, officer_id=world.officer_id)

    out = tmp_path / "rekap.pdf"
    out.write_bytes(pdf)
    qpdf_ok(out)
    pages = page_texts(pdf)
    first, listing = flat(pages[:1]), flat(pages[1:])
    assert "REKAPITULASI KEDATANGAN WNI DEPORTAN" in first
    assert "Rabu, 4 Februari 2026, pukul 10.30 WIB" in first
    assert "Dewasa 1 3 4" in first
    assert "Anak (di bawah 18 tahun) 1 0 1" in first
    assert "Jumlah 2 3 5" in first
    assert "Dijemput keluarga 1 1 2" in first
    assert "Pulang mandiri 1 0 1" in first
    assert "Kepolisian 0 1 1" in first
    assert "Belum diserahterimakan 0 1 1" in first
    assert "Hendra Gunawan, S.H." in first
    for name in ("Nur'aini binti Ahmad", "Muhammad Rizky", "Dewi Lestari", "Rina Marlina"):
        assert name in listing
    assert "anak; Dijemput keluarga" in listing
    # A name beside "Kepolisian" would tell every reader of a referral: the list says less.
    assert "Kepolisian" not in listing
    assert "Serah terima instansi" in listing
    assert waiting  # still at the post, listed as such
    assert "Belum diserahterimakan" in listing


def test_summary_of_unknown_convoy_is_a_clear_error(world: World) -> None:
    import uuid

    from intake_app.services.errors import ErrorCode, ServiceError

    with pytest.raises(ServiceError) as raised:
        world.handovers.convoy_summary(uuid.uuid4(), officer_id=None)
    assert raised.value.code is ErrorCode.NOT_FOUND
