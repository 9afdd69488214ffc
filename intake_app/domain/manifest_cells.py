"""Reading the cells of a manifest: names, birth dates, ages, documents and offences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from intake_app.domain.ages import (
    MAX_PLAUSIBLE_AGE,
    BirthDateProblem,
    age_on,
    birth_date_from_yymmdd,
    plausible_birth_date,
)
from intake_app.domain.enums import DeportationReason, Sex, TravelDocType

Cell = str | date | None


class RowProblemCode(StrEnum):
    MISSING_NAME = "missing_name"
    BAD_SEX = "bad_sex"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"
    IMPLAUSIBLE_DATE = "implausible_date"  # older than MAX_PLAUSIBLE_AGE
    BAD_AGE = "bad_age"
    DUPLICATE_ROW = "duplicate_row"  # value: the row number of the first occurrence


_PARTICLES = frozenset({"bin", "binti", "bt", "bte", "binte", "b.", "anak", "ak", "a/l", "a/p"})


def tidy_name(raw: str) -> str:
    """Whitespace collapsed; an ALL-CAPS name in title case with "bin"/"binti"/"anak" lower."""
    name = " ".join(raw.split())
    if name != name.upper() or name == name.lower():
        return name  # written in mixed case on purpose: keep as written
    words = []
    for position, word in enumerate(name.split(" ")):
        lower = word.lower()
        if position > 0 and lower in _PARTICLES:
            words.append(lower)
        else:
            # Only the first letter of each part: "Nur'aini", "Nur-Ain", "(Alias)".
            words.append("-".join(_FIRST_LETTER.sub(_upper, part, 1) for part in lower.split("-")))
    return " ".join(words)


_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _upper(match: re.Match[str]) -> str:
    return match[0].upper()


SEXES = {
    **dict.fromkeys(("l", "lk", "lelaki", "lakilaki", "laki", "pria", "m", "male"), Sex.MALE),
    **dict.fromkeys(("p", "pr", "perempuan", "wanita", "w", "f", "female"), Sex.FEMALE),
}
# "-", "?", "00/00/0000", "--/--/----": the birth date is simply unknown, which is no error.
_BLANK = re.compile(r"[-–—?./\s0]*")
_NO_DATE = frozenset({"tiada", "tidak diketahui", "tidak tahu", "n/a", "na", "nil"})
_DMY = re.compile(r"(\d{1,2}|[?x]{1,2})[-/. ]+(\d{1,2}|[?x]{1,2})[-/. ]+(\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_D_MONTH_Y = re.compile(r"(\d{1,2})[-/. ]+([a-z]+)\.?[-/. ]+(\d{4}|\d{2})")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4})")
_YEAR = re.compile(r"(\d{4})")
_MONTHS = {  # Malay, Indonesian and English names and abbreviations
    name: number
    for number, names in enumerate((
        "jan januari january", "feb februari february", "mac mar maret march", "apr april",
        "mei may", "jun juni june", "jul juli julai july", "ogo ogos ags agu agt agustus aug",
        "sep sept september", "okt oktober oct october", "nov november",
        "dis des disember desember dec december"), start=1)
    for name in names.split()
}  # fmt: skip


@dataclass(frozen=True)
class _Birth:
    exact: date | None = None
    year: int | None = None
    problem: RowProblemCode | None = None


def read_birth(value: Cell, today: date) -> _Birth:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _checked(_Birth(exact=value), today)
    text = (value or "").strip().casefold()
    if _BLANK.fullmatch(text) or text in _NO_DATE:
        return _Birth()
    if match := _YEAR.fullmatch(text):
        return _year(int(match[1]), today)
    if match := _YMD.fullmatch(text):
        return _exact(int(match[1]), match[2], match[3], today)
    if (match := _D_MONTH_Y.fullmatch(text)) and match[2] in _MONTHS:
        return _exact_dmy(match[1], str(_MONTHS[match[2]]), match[3], today)
    if match := _DMY.fullmatch(text) or _COMPACT.fullmatch(text):
        return _exact_dmy(match[1], match[2], match[3], today)
    return _Birth(problem=RowProblemCode.BAD_DATE)


def _exact_dmy(day: str, month: str, year: str, today: date) -> _Birth:
    # "00/00/1990" or "??/??/1990": only the year is known.
    known = day.isdigit() and month.isdigit() and int(day) > 0 and int(month) > 0
    if len(year) == 4:
        return _exact(int(year), month, day, today) if known else _year(int(year), today)
    if not known:  # two digits: the latest such year that is not after this one
        full = today.year // 100 * 100 + int(year)
        return _Birth(year=full if full <= today.year else full - 100)
    # Two digits: the century that keeps the date out of the future.
    found = birth_date_from_yymmdd(int(year), int(month), int(day), today=today)
    return _Birth(exact=found) if found else _Birth(problem=RowProblemCode.BAD_DATE)


def _exact(year: int, month: str, day: str, today: date) -> _Birth:
    try:
        return _checked(_Birth(exact=date(year, int(month), int(day))), today)
    except ValueError:  # 31/02/1990
        return _Birth(problem=RowProblemCode.BAD_DATE)


def _year(year: int, today: date) -> _Birth:
    if year > today.year:
        return _Birth(problem=RowProblemCode.FUTURE_DATE)
    # The youngest person born that year was born on 31 December.
    if age_on(date(year, 12, 31), today) > MAX_PLAUSIBLE_AGE:
        return _Birth(problem=RowProblemCode.IMPLAUSIBLE_DATE)
    return _Birth(year=year)


def _checked(birth: _Birth, today: date) -> _Birth:
    problem = plausible_birth_date(birth.exact, today) if birth.exact else None
    if problem is BirthDateProblem.IN_FUTURE:
        return _Birth(problem=RowProblemCode.FUTURE_DATE)
    if problem is BirthDateProblem.TOO_OLD:
        return _Birth(problem=RowProblemCode.IMPLAUSIBLE_DATE)
    return birth


_AGE = re.compile(
    r"(?:±|~|\+/?-|lk\.?|lebih kurang|kira-kira|kira2|sekitar|anggaran|est\.?)?\s*"
    r"(\d{1,3})\s*(bulan|bln|bl|months?|tahun|thn|th|years?|yrs?|y|t)?\.?"
)


def read_age(text: str) -> int | None:
    """Completed years from "34", "34 tahun", "± 30", "8 bulan"; raises ValueError otherwise."""
    match = _AGE.fullmatch(text.casefold())
    if match is None:
        raise ValueError(text)
    number, unit = int(match[1]), match[2] or ""
    years = number // 12 if unit.startswith(("b", "m")) else number
    if years > MAX_PLAUSIBLE_AGE:
        raise ValueError(text)
    return years


_NO_DOCUMENT = re.compile(r"\b(tiada|tidak ada|tanpa|hilang|nil|none|n/?a|belum ada)\b")
_PASSPORT = re.compile(r"[A-Z]{1,2}\d{6,8}")
_NUMBER_ONLY = re.compile(r"[\d/-]+")  # SPLPs are often listed by their bare number


def read_document(text: str | None) -> tuple[TravelDocType, str | None]:
    """Passport `C1234567`, SPLP `SPLP-KCH-2025-00123` or a bare number, or none.

    A number of no known shape is kept as a passport: the column is the passport column, and
    dropping the number would lose the one thing that identifies the person.
    """
    if text is None or _NO_DOCUMENT.search(text.casefold()):
        return TravelDocType.NONE, None
    upper = text.upper()
    if "SPLP" in upper or _NUMBER_ONLY.fullmatch(upper):
        return TravelDocType.SPLP, upper
    compact = re.sub(r"[\s-]", "", upper)
    if _PASSPORT.fullmatch(compact):
        return TravelDocType.PASSPORT, compact
    return TravelDocType.PASSPORT, upper


_R = DeportationReason
_S = r"\s*\(\s*"  # "6(1)(c)", "6 (1) (c)", "6( 1 )( c )"
_OFFENCES: tuple[tuple[re.Pattern[str], DeportationReason], ...] = tuple(
    (re.compile(pattern), reason)
    for pattern, reason in (
        (rf"(?<!\d)6{_S}1\s*\){_S}c\s*\)|pendatang asing tanpa izin|\bpati\b|masuk "
         r"(?:secara )?(?:haram|ilegal|illegal|tanpa)|illegal entry", _R.ILLEGAL_ENTRY),
        (r"(?:tanpa|tiada|tidak (?:memiliki|mempunyai|ada)) (?:paspor|pasport|dokumen)",
         _R.NO_PASSPORT),
        (rf"(?<!\d)15{_S}1\s*\){_S}c\s*\)|overstay|lebih masa|melebihi (?:masa|tempoh|izin)",
         _R.OVERSTAY),
        (rf"(?<!\d)39{_S}b\s*\)|(?:izin|permit) kerja|syarat pas", _R.NO_WORK_PERMIT),
        (r"judi", _R.GAMBLING),
        (r"dadah|narkoba|narkotik|syabu|\bsabu\b", _R.DRUGS),
        (r"kanun keseksaan|\b(?:men|pen)?curi(?:an)?\b|rompak|penipuan", _R.OTHER_CRIME),
        (r"lahir di (?:malaysia|sarawak|sabah)", _R.BORN_IN_MALAYSIA_UNDOCUMENTED),
    )
)  # fmt: skip


def offence_reasons(offence: str | None, document: TravelDocType) -> tuple[DeportationReason, ...]:
    """Reasons named by an offence text (Akta Imigresen sections, Malay or Indonesian words)."""
    if not offence:
        return ()
    text = " ".join(offence.casefold().split())
    found = {reason for pattern, reason in _OFFENCES if pattern.search(text)}
    if _R.ILLEGAL_ENTRY in found and document is TravelDocType.NONE:
        found.add(_R.NO_PASSPORT)  # 6(1)(c) is entry without a valid pass
    return tuple(reason for reason in _R if reason in found) or (_R.OTHER,)


def cell_text(cell: Cell) -> str | None:
    if isinstance(cell, date):
        return cell.isoformat()
    text = " ".join((cell or "").split())
    return None if text in {"", "-", "--", "–", "—", "?"} else text


def raw_text(cell: Cell) -> str:
    return cell.isoformat() if isinstance(cell, date) else (cell or "").strip()
