"""Dates and numbers written out in Indonesian, as official letters (BAST) spell them."""

from __future__ import annotations

from datetime import date

# date.weekday(): Monday is 0. "Jumat" and "Minggu" as KBBI and Tata Naskah Dinas write them.
_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def day_name(d: date) -> str:
    return _DAYS[d.weekday()]


def month_name(month: int) -> str:
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return _MONTHS[month - 1]


def number_words(n: int) -> str:
    """Lower-case words for a whole number ≥ 0: 11 "sebelas", 1000 "seribu", 0 "nol".

    lokal-id's `terbilang` spells these correctly (se- forms, ribu/juta/miliar/triliun), so it
    is used rather than our own table. Imported here, not at the top: importing `lokal` loads
    its PII detectors (~0.3 s), which only the first letter of a session should pay, off the
    GUI thread, and not every import of the domain.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"whole number expected: {n!r}")
    if n < 0:
        # No count or date on a letter is negative; printing "minus" would hide a bug.
        raise ValueError(f"negative number: {n}")
    from lokal.terbilang import terbilang

    return terbilang(n)


def date_in_words(d: date) -> str:
    """'Kamis tanggal lima bulan Februari tahun dua ribu dua puluh enam' (BAST opening)."""
    return (
        f"{day_name(d)} tanggal {number_words(d.day)} bulan {month_name(d.month)} "
        f"tahun {number_words(d.year)}"
    )


def long_date(d: date) -> str:
    """'5 Februari 2026': no leading zero, as under a signature."""
    return f"{d.day} {month_name(d.month)} {d.year}"


def count_in_words(n: int) -> str:
    """'12 (dua belas)': figures then words, as letters state a head count."""
    return f"{n} ({number_words(n)})"
