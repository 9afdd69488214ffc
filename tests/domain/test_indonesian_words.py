"""Indonesian day, month and number words for letters."""

from __future__ import annotations

from datetime import date

import pytest

from intake_app.domain.indonesian_words import (
    count_in_words,
    date_in_words,
    day_name,
    long_date,
    month_name,
    number_words,
)

SAMPLE = date(2026, 2, 5)  # DESIGN.md §5: "Pada hari ini Kamis tanggal lima bulan Februari ..."


def test_sample_date_in_words() -> None:
    assert date_in_words(SAMPLE) == (
        "Kamis tanggal lima bulan Februari tahun dua ribu dua puluh enam"
    )
    assert f"Pada hari ini {date_in_words(SAMPLE)}, bertempat di Entikong".startswith(
        "Pada hari ini Kamis tanggal lima bulan Februari tahun dua ribu dua puluh enam"
    )


def test_date_in_words_teen_and_thirty_first() -> None:
    assert date_in_words(date(2025, 12, 31)) == (
        "Rabu tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh lima"
    )
    assert date_in_words(date(2026, 8, 11)) == (
        "Selasa tanggal sebelas bulan Agustus tahun dua ribu dua puluh enam"
    )


def test_long_date() -> None:
    assert long_date(SAMPLE) == "5 Februari 2026"
    assert long_date(date(2026, 11, 30)) == "30 November 2026"


@pytest.mark.parametrize(
    ("d", "name"),
    [
        (date(2026, 2, 2), "Senin"),
        (date(2026, 2, 3), "Selasa"),
        (date(2026, 2, 4), "Rabu"),
        (date(2026, 2, 5), "Kamis"),
        (date(2026, 2, 6), "Jumat"),
        (date(2026, 2, 7), "Sabtu"),
        (date(2026, 2, 8), "Minggu"),
    ],
)
def test_day_names(d: date, name: str) -> None:
    assert day_name(d) == name


def test_month_names() -> None:
    assert [month_name(m) for m in range(1, 13)] == [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]  # fmt: skip


@pytest.mark.parametrize("month", [0, 13])
def test_month_name_out_of_range(month: int) -> None:
    with pytest.raises(ValueError):
        month_name(month)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (9, "sembilan"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (400, "empat ratus"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (1999, "seribu sembilan ratus sembilan puluh sembilan"),
        (2026, "dua ribu dua puluh enam"),
        (5623, "lima ribu enam ratus dua puluh tiga"),
        (11_000, "sebelas ribu"),
        (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"),
        (1_000_000, "satu juta"),
        (1_001_000, "satu juta seribu"),
        (2_500_000, "dua juta lima ratus ribu"),
        (1_000_000_000, "satu miliar"),
        (3_000_000_021, "tiga miliar dua puluh satu"),
    ],
)
def test_number_words(n: int, words: str) -> None:
    assert number_words(n) == words


def test_number_words_refuses_negative_and_non_integers() -> None:
    with pytest.raises(ValueError):
        number_words(-1)
    with pytest.raises(TypeError):
        number_words(True)
    with pytest.raises(TypeError):
        number_words(1.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("n", "text"),
    [(12, "12 (dua belas)"), (1, "1 (satu)"), (0, "0 (nol)"), (400, "400 (empat ratus)")],
)
def test_count_in_words(n: int, text: str) -> None:
    assert count_in_words(n) == text


def test_domain_import_does_not_load_lokal() -> None:
    import subprocess
    import sys

    code = "import sys, intake_app.domain.indonesian_words; sys.exit('lokal' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
